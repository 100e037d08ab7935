package io.haircut.report;

/**
 * Keeps CSV text cells from being run as formulas when the file is opened in a spreadsheet
 * (OWASP "CSV injection"): a cell that starts with {@code = + - @}, a tab or a carriage return gets a
 * leading single quote. Only text goes through here; amounts we format ourselves stay plain numbers.
 */
final class FormulaGuard {

    private FormulaGuard() {
    }

    static String text(String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        return switch (value.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r' -> "'" + value;
            default -> value;
        };
    }
}
