package io.haircut.workbook;

import java.nio.file.Path;
import java.util.List;

/**
 * How to import: a mapping file (null for none), a rate table (null for none), whether hidden sheets,
 * rows and columns are left out (they are imported by default, and always reported), the password
 * of a protected workbook (null for none; never stored), the sheets to read (empty for all, or the
 * mapping's {@code only:}), and whether forecast columns are imported (only actuals are, by default).
 */
public record ImportOptions(Path mapping, Path rates, boolean skipHidden, String password, List<String> sheets,
                            boolean includeForecast) {

    public static final ImportOptions DEFAULTS = new ImportOptions(null, null, false, null);

    public ImportOptions {
        sheets = sheets == null ? List.of() : List.copyOf(sheets);
    }

    public ImportOptions(Path mapping, Path rates, boolean skipHidden, String password) {
        this(mapping, rates, skipHidden, password, List.of(), false);
    }

    public ImportOptions(Path mapping, Path rates, boolean skipHidden, String password, List<String> sheets) {
        this(mapping, rates, skipHidden, password, sheets, false);
    }

    public ImportOptions(Path mapping, Path rates, boolean skipHidden, String password, boolean includeForecast) {
        this(mapping, rates, skipHidden, password, List.of(), includeForecast);
    }

    /** The names of {@code --sheets "Income Statement,Revenue"}: split at commas, trimmed; empty for null. */
    public static List<String> sheetNames(String option) {
        if (option == null) {
            return List.of();
        }
        return java.util.Arrays.stream(option.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    public ImportOptions(Path mapping, Path rates, boolean skipHidden) {
        this(mapping, rates, skipHidden, null);
    }
}
