package io.haircut.workbook.files;

import io.haircut.workbook.cells.RawCell;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellValue;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.NumberToTextConverter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Works out the formulas an .xlsx file saved without their values (some generators never calculate).
 * The streaming reader cannot evaluate, so the first such cell opens the workbook in POI's user model
 * from a stream (never for writing) and evaluates cells one by one. Only files up to {@link #MAX_BYTES}:
 * a larger file keeps the one-line error that asks for the values to be saved.
 */
final class FormulaFallback {

    /** The user model takes about 30 to 50 times a file's size in heap: 20 MB files stay under 1 GB. */
    static final long MAX_BYTES = 20L * 1024 * 1024;

    private final Path file;
    private XSSFWorkbook book;
    private FormulaEvaluator evaluator;
    private boolean unavailable;

    FormulaFallback(Path file) {
        this.file = file;
    }

    /**
     * The formula's value at {@code row} (1-based) and {@code column} (0-based) of {@code sheet}, as the
     * cell would hold it had the file been saved by Excel, or null when it cannot be worked out here.
     */
    RawCell evaluate(String sheet, int row, int column, boolean dateStyle) {
        if (!open()) {
            return null;
        }
        Sheet s = book.getSheet(sheet);
        Row r = s == null ? null : s.getRow(row - 1);
        Cell cell = r == null ? null : r.getCell(column);
        if (cell == null) {
            return null;
        }
        try {
            CellValue value = evaluator.evaluate(cell);
            if (value == null) {
                return null;
            }
            return switch (value.getCellType()) {
                // Excel's own 15-digit text of the result, as a saved value would be written.
                case NUMERIC -> new RawCell(column, dateStyle ? RawCell.Kind.DATE : RawCell.Kind.NUMBER,
                        NumberToTextConverter.toText(value.getNumberValue()));
                case STRING -> new RawCell(column, RawCell.Kind.TEXT, value.getStringValue());
                case BOOLEAN -> new RawCell(column, RawCell.Kind.BOOLEAN, value.getBooleanValue() ? "1" : "0");
                case ERROR -> new RawCell(column, RawCell.Kind.ERROR, FormulaError.forInt(value.getErrorValue()).getString());
                default -> null;
            };
        } catch (RuntimeException e) {
            return null; // a function POI does not know, a reference to another file: the cell stays unevaluated
        }
    }

    private boolean open() {
        if (book != null) {
            return true;
        }
        if (unavailable) {
            return false;
        }
        try {
            if (Files.size(file) > MAX_BYTES) {
                unavailable = true;
                return false;
            }
            try (InputStream in = Files.newInputStream(file)) {
                book = new XSSFWorkbook(in);
            }
            evaluator = book.getCreationHelper().createFormulaEvaluator();
            return true;
        } catch (IOException | RuntimeException e) {
            unavailable = true;
            return false;
        }
    }
}
