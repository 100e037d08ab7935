package io.haircut.workbook.read;

import io.haircut.workbook.ImportException;
import java.util.ArrayList;
import java.util.List;

/**
 * Where a reader's problems go: an import stops at the first one (it is thrown), an inspection
 * collects them (up to a limit per table) and carries on, so it can show the whole layout.
 */
public final class Problems {

    private static final int LIMIT = 5;

    private final boolean strict;
    private final List<String> collected = new ArrayList<>();
    private int more;

    public Problems(boolean strict) {
        this.strict = strict;
    }

    boolean strict() {
        return strict;
    }

    public void add(ImportException e) {
        if (strict) {
            throw e;
        }
        if (collected.size() < LIMIT) {
            collected.add(e.getMessage());
        } else {
            more++;
        }
    }

    public List<String> list() {
        List<String> out = new ArrayList<>(collected);
        if (more > 0) {
            out.add("... and " + more + " more");
        }
        return out;
    }

    boolean isEmpty() {
        return collected.isEmpty();
    }
}
