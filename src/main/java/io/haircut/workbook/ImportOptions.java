package io.haircut.workbook;

import java.nio.file.Path;

/**
 * How to import: a mapping file (null for none), a rate table (null for none), and whether hidden
 * sheets, rows and columns are left out (they are imported by default, and always reported).
 */
public record ImportOptions(Path mapping, Path rates, boolean skipHidden) {

    public static final ImportOptions DEFAULTS = new ImportOptions(null, null, false);
}
