package io.haircut.workbook;

import java.nio.file.Path;
import java.util.List;

/**
 * How to import: a mapping file (null for none), a rate table (null for none), whether hidden sheets,
 * rows and columns are left out (they are imported by default, and always reported), the password
 * of a protected workbook (null for none; never stored), the sheets to read (empty for all, or the
 * mapping's {@code only:}), whether forecast columns are imported (only actuals are, by default), and
 * how the sheets were named, for messages (the shell passes its option's name).
 */
public record ImportOptions(Path mapping, Path rates, boolean skipHidden, String password, List<String> sheets,
                            boolean includeForecast, String sheetsNamedBy) {

    public static final ImportOptions DEFAULTS = new ImportOptions(null, null, false, null);

    public ImportOptions {
        sheets = sheets == null ? List.of() : List.copyOf(sheets);
        sheetsNamedBy = sheetsNamedBy == null ? "the sheets asked for" : sheetsNamedBy;
    }

    public ImportOptions(Path mapping, Path rates, boolean skipHidden, String password, List<String> sheets,
                         boolean includeForecast) {
        this(mapping, rates, skipHidden, password, sheets, includeForecast, null);
    }

    public ImportOptions(Path mapping, Path rates, boolean skipHidden, String password) {
        this(mapping, rates, skipHidden, password, List.of(), false);
    }

    public ImportOptions(Path mapping, Path rates, boolean skipHidden, String password, List<String> sheets, String sheetsNamedBy) {
        this(mapping, rates, skipHidden, password, sheets, false, sheetsNamedBy);
    }

    public ImportOptions(Path mapping, Path rates, boolean skipHidden, String password, boolean includeForecast) {
        this(mapping, rates, skipHidden, password, List.of(), includeForecast);
    }

    public ImportOptions(Path mapping, Path rates, boolean skipHidden) {
        this(mapping, rates, skipHidden, null);
    }
}
