package io.haircut.workbook.cells;

import io.haircut.ledger.SourceRef;

/** A rectangle of cells, rows 1-based and columns 0-based like {@link SourceRef}: a merged region or a table's extent. */
public record CellRange(int firstRow, int lastRow, int firstColumn, int lastColumn) {

    public boolean contains(int row, int column) {
        return row >= firstRow && row <= lastRow && column >= firstColumn && column <= lastColumn;
    }

    /** "B4:T40", or "B4" for a single cell. */
    @Override
    public String toString() {
        String first = SourceRef.columnLetters(firstColumn) + firstRow;
        String last = SourceRef.columnLetters(lastColumn) + lastRow;
        return first.equals(last) ? first : first + ":" + last;
    }

    /** Parses "A1:C3" (the form sheet XML uses for merged cells); null when malformed or outside Excel's sheet. */
    public static CellRange parse(String ref) {
        String[] parts = ref.trim().split(":");
        if (parts.length < 1 || parts.length > 2) {
            return null;
        }
        int[] a = cell(parts[0]);
        int[] b = parts.length == 2 ? cell(parts[1]) : a;
        if (a == null || b == null) {
            return null;
        }
        return new CellRange(Math.min(a[0], b[0]), Math.max(a[0], b[0]), Math.min(a[1], b[1]), Math.max(a[1], b[1]));
    }

    private static int[] cell(String ref) {
        int i = 0;
        int col = 0;
        String r = ref.replace("$", "");
        while (i < r.length() && (r.charAt(i) >= 'A' && r.charAt(i) <= 'Z' || r.charAt(i) >= 'a' && r.charAt(i) <= 'z')) {
            col = col * 26 + (Character.toUpperCase(r.charAt(i)) - 'A' + 1);
            i++;
            if (col > CellLimits.MAX_COLUMNS) {
                return null;
            }
        }
        if (i == 0 || i == r.length() || r.length() - i > 7) {
            return null;
        }
        try {
            int row = Integer.parseInt(r.substring(i));
            return row < 1 || row > CellLimits.MAX_ROW ? null : new int[] {row, col - 1};
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
