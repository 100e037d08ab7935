package io.haircut.workbook;

import java.nio.file.Path;

/**
 * How to import: a mapping file (null for none), a rate table (null for none), whether hidden sheets,
 * rows and columns are left out (they are imported by default, and always reported), the password
 * of a protected workbook (null for none; never stored), and whether forecast columns are imported
 * (only actuals are, by default).
 */
public record ImportOptions(Path mapping, Path rates, boolean skipHidden, String password, boolean includeForecast) {

    public static final ImportOptions DEFAULTS = new ImportOptions(null, null, false, null);

    public ImportOptions(Path mapping, Path rates, boolean skipHidden, String password) {
        this(mapping, rates, skipHidden, password, false);
    }

    public ImportOptions(Path mapping, Path rates, boolean skipHidden) {
        this(mapping, rates, skipHidden, null);
    }
}
