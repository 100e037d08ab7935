package io.haircut.workbook.cells;

import java.util.regex.Pattern;

/** What haircut tells from a formula's text without evaluating it. */
public final class Formulas {

    /**
     * {@code [1]Sheet1!A1} (how .xlsx stores a link), {@code '[Book2.xlsx]Q1'!B3}, {@code 'C:\dir\[Book.xls]S'!A1}
     * or {@code [Book.xlsx]Sheet!A1}: a bracket that opens a workbook name before a sheet reference.
     */
    private static final Pattern ANOTHER_FILE = Pattern.compile("\\[[^\\]\\[\"]+\\][^!\"]*!");

    private Formulas() {
    }

    public static boolean refersToAnotherFile(String formula) {
        if (formula == null) {
            return false;
        }
        // Text in double quotes is not a reference ("[x]y!" as a string); structured table references use [ ] without !.
        String outsideStrings = formula.replaceAll("\"(?:[^\"]|\"\")*\"", "\"\"");
        return ANOTHER_FILE.matcher(outsideStrings).find();
    }
}
