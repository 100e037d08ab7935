package io.haircut.workbook.files;

import io.haircut.Causes;
import io.haircut.workbook.ImportException;
import io.haircut.workbook.cells.CellRange;
import io.haircut.workbook.cells.Formulas;
import io.haircut.workbook.cells.RawCell;
import io.haircut.workbook.cells.SheetInfo;
import io.haircut.workbook.cells.TableRow;
import io.haircut.workbook.cells.TableSink;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.poi.hssf.OldExcelFormatException;
import org.apache.poi.hssf.usermodel.HSSFFormulaEvaluator;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.NotOLE2FileException;
import org.apache.poi.poifs.filesystem.OfficeXmlFileException;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.CellValue;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * Reads an old binary .xls workbook (Excel 97-2003) through POI's HSSF user model: these files are
 * small by nature (65,536 rows at most), so holding one in memory is fine, and it lets formulas be
 * evaluated when the file asks for recalculation. Opened read-only; the file is never written.
 */
public final class XlsReader {

    /** Excel shows 15 significant digits; the rest of a binary double is noise (0.1 is 0.1000000000000000055...). */
    private static final MathContext EXCEL_PRECISION = new MathContext(15, RoundingMode.HALF_EVEN);

    private XlsReader() {
    }

    public static void read(Path file, String displayName, TableSink sink) {
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true); HSSFWorkbook wb = new HSSFWorkbook(fs)) {
            boolean date1904 = wb.getInternalWorkbook().isUsing1904DateWindowing();
            // A workbook saved without calculating (some generators do this) asks Excel to recalculate on
            // open: its saved formula results cannot be trusted, so haircut evaluates them itself.
            for (int i = 0; i < wb.getNumberOfSheets(); i++) {
                Sheet sheet = wb.getSheetAt(i);
                HSSFFormulaEvaluator evaluator = wb.getForceFormulaRecalculation() || sheet.getForceFormulaRecalculation()
                        ? wb.getCreationHelper().createFormulaEvaluator() : null;
                boolean hidden = wb.isSheetHidden(i) || wb.isSheetVeryHidden(i);
                Set<Integer> hiddenColumns = new HashSet<>();
                int widest = 0;
                for (Row row : sheet) {
                    widest = Math.max(widest, row.getLastCellNum());
                }
                for (int c = 0; c < widest; c++) {
                    if (sheet.isColumnHidden(c)) {
                        hiddenColumns.add(c);
                    }
                }
                List<CellRange> merges = new ArrayList<>();
                for (CellRangeAddress a : sheet.getMergedRegions()) {
                    merges.add(new CellRange(a.getFirstRow() + 1, a.getLastRow() + 1, a.getFirstColumn(), a.getLastColumn()));
                }
                sink.startTable(new SheetInfo(displayName, sheet.getSheetName(), sheet.getSheetName(), hidden, hiddenColumns, merges, "xls"));
                for (Row row : sheet) {
                    List<RawCell> cells = new ArrayList<>();
                    for (Cell cell : row) {
                        RawCell raw = cell(cell, date1904, evaluator);
                        if (raw != null && !raw.isBlank()) {
                            cells.add(raw);
                        }
                    }
                    if (!cells.isEmpty()) {
                        sink.row(new TableRow(row.getRowNum() + 1, cells, row.getZeroHeight()));
                    }
                }
                sink.endTable();
            }
        } catch (OfficeXmlFileException e) {
            throw new ImportException(displayName + ": this is an .xlsx workbook with an .xls name; rename it to .xlsx");
        } catch (OldExcelFormatException e) {
            throw new ImportException(displayName + ": an Excel 5/95 workbook, older than haircut reads; save it as .xlsx");
        } catch (NotOLE2FileException e) {
            throw new ImportException(displayName + ": not an .xls workbook: it is not an Office 97-2003 file; ask the company"
                    + " for the workbook itself", e);
        } catch (IOException | RuntimeException e) {
            if (e instanceof ImportException ie) {
                throw ie;
            }
            throw new ImportException(displayName + ": cannot read the .xls workbook: "
                    + (e instanceof IOException io ? Causes.of(io) : "it is damaged, or holds records haircut does not read")
                    + "; open it in Excel and save it as Excel Workbook (.xlsx)", e);
        }
    }

    /** What a copy of an .xls sheet is written to: its rows in order, each cell as the file saved it. */
    public interface Copy {
        /** Row {@code number}, 1-based, as the spreadsheet shows it. */
        void row(int number);

        /** A number to Excel's 15 digits, and the index of its cell style, whose number format shows it. */
        void number(int column, String digits, int style);

        void text(int column, String value);

        void bool(int column, boolean value);
    }

    /** Each cell style's number format by the style's index, "General" left out: what a copy shows numbers with. */
    public static java.util.Map<Integer, String> numberFormats(Path file, String displayName) {
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true); HSSFWorkbook wb = new HSSFWorkbook(fs)) {
            java.util.Map<Integer, String> formats = new java.util.HashMap<>();
            for (int i = 0; i < wb.getNumCellStyles(); i++) {
                String format = wb.getCellStyleAt(i).getDataFormatString();
                if (format != null && !format.equals("General")) {
                    formats.put(i, format);
                }
            }
            return formats;
        } catch (IOException | RuntimeException e) {
            throw unreadable(displayName, e);
        }
    }

    /** The sheet's column widths in characters, for as many columns as its widest row, for a copy to keep. */
    public static List<Integer> columnWidths(Path file, String displayName, String sheetName) {
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true); HSSFWorkbook wb = new HSSFWorkbook(fs)) {
            Sheet sheet = wb.getSheet(sheetName);
            int widest = 0;
            for (Row row : sheet == null ? List.<Row>of() : sheet) {
                widest = Math.max(widest, row.getLastCellNum());
            }
            List<Integer> widths = new ArrayList<>();
            for (int c = 0; c < widest; c++) {
                widths.add(sheet.getColumnWidth(c) / 256);
            }
            return widths;
        } catch (IOException | RuntimeException e) {
            throw unreadable(displayName, e);
        }
    }

    /**
     * The cells of one sheet as the file saved them, for a copy: a formula's last result (never evaluated), a number
     * cut to 15 digits as the import reads it, an error as its text.
     */
    public static void copy(Path file, String displayName, String sheetName, Copy out) {
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true); HSSFWorkbook wb = new HSSFWorkbook(fs)) {
            Sheet sheet = wb.getSheet(sheetName);
            if (sheet == null) {
                throw new ImportException(displayName + ": the sheet '" + sheetName + "' is gone since it was imported");
            }
            for (Row row : sheet) {
                out.row(row.getRowNum() + 1);
                for (Cell cell : row) {
                    CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
                    int column = cell.getColumnIndex();
                    switch (type) {
                        case NUMERIC -> out.number(column, digits(cell.getNumericCellValue()), cell.getCellStyle().getIndex());
                        case STRING -> out.text(column, cell.getStringCellValue());
                        case BOOLEAN -> out.bool(column, cell.getBooleanCellValue());
                        case ERROR -> out.text(column, FormulaError.forInt(cell.getErrorCellValue()).getString());
                        default -> { }
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            throw unreadable(displayName, e);
        }
    }

    private static ImportException unreadable(String displayName, Exception e) {
        if (e instanceof ImportException ie) {
            return ie;
        }
        return new ImportException(displayName + ": cannot read the .xls workbook: "
                + (e instanceof IOException io ? Causes.of(io) : "it is damaged, or holds records haircut does not read"), e);
    }

    private static String digits(double value) {
        return new BigDecimal(value).round(EXCEL_PRECISION).stripTrailingZeros().toPlainString();
    }

    private static RawCell cell(Cell cell, boolean date1904, HSSFFormulaEvaluator evaluator) {
        int column = cell.getColumnIndex();
        CellType type = cell.getCellType();
        if (type == CellType.FORMULA) {
            CellValue v = evaluator == null || refersToAnotherFile(cell) ? null : evaluated(evaluator, cell);
            if (v != null) {
                return switch (v.getCellType()) {
                    case NUMERIC -> number(column, v.getNumberValue(), cell, date1904);
                    case STRING -> new RawCell(column, RawCell.Kind.TEXT, v.getStringValue());
                    case BOOLEAN -> new RawCell(column, RawCell.Kind.BOOLEAN, v.getBooleanValue() ? "TRUE" : "FALSE");
                    case ERROR -> new RawCell(column, RawCell.Kind.ERROR, FormulaError.forInt(v.getErrorValue()).getString());
                    default -> null;
                };
            }
            type = cell.getCachedFormulaResultType();
        }
        return switch (type) {
            case NUMERIC -> number(column, cell.getNumericCellValue(), cell, date1904);
            case STRING -> new RawCell(column, RawCell.Kind.TEXT, cell.getRichStringCellValue().getString());
            case BOOLEAN -> new RawCell(column, RawCell.Kind.BOOLEAN, cell.getBooleanCellValue() ? "TRUE" : "FALSE");
            case ERROR -> new RawCell(column, RawCell.Kind.ERROR, FormulaError.forInt(cell.getErrorCellValue()).getString());
            default -> null;
        };
    }

    /**
     * The formula worked out here, or null to keep the value the file saved: a function POI does not know,
     * an array formula it cannot follow. Never another workbook: haircut opens no file the user did not give.
     */
    private static CellValue evaluated(HSSFFormulaEvaluator evaluator, Cell cell) {
        try {
            return evaluator.evaluate(cell);
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** Whether the cell's formula names another workbook ([Book2.xls]Sheet1!A1); such a cell keeps its saved value. */
    static boolean refersToAnotherFile(Cell cell) {
        try {
            return Formulas.refersToAnotherFile(cell.getCellFormula());
        } catch (RuntimeException e) {
            return true; // a reference POI cannot even spell out points outside this workbook
        }
    }

    /** The POI cell boundary: .xls stores a binary double, read here once and cut to Excel's 15 digits. */
    private static RawCell number(int column, double value, Cell cell, boolean date1904) {
        String text = digits(value);
        if (DateUtil.isCellDateFormatted(cell)) {
            return new RawCell(column, RawCell.Kind.DATE, date1904 ? "1904:" + text : text);
        }
        String format = cell.getCellStyle().getDataFormatString();
        if (format != null && format.contains("%")) {
            return new RawCell(column, RawCell.Kind.PERCENT, text);
        }
        return new RawCell(column, RawCell.Kind.NUMBER, text);
    }
}
