package io.haircut.workbook;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbookType;

/**
 * Builds the odd workbooks of the import corpus inside tests: cells placed by row and column, title
 * blocks, merged and hidden cells, hidden sheets, formulas with or without saved results, percentage
 * formats, the 1904 date system, in .xlsx, .xlsm or the old binary .xls.
 */
final class TestBook {

    /** A formula cell; {@code evaluate} decides whether the file carries its result. */
    record Formula(String formula) {
    }

    /** A raw date serial shown as a date (for the 1904 system, where POI's own date conversion does not apply). */
    record DateSerial(long serial) {
    }

    /** A number shown as a percentage (0.125 is 12.5%). */
    record Pct(double fraction) {
    }

    private final Workbook workbook;
    private final CellStyle dateStyle;
    private final CellStyle pctStyle;
    private Sheet sheet;
    private boolean evaluate = true;

    private TestBook(Workbook workbook) {
        this.workbook = workbook;
        dateStyle = workbook.createCellStyle();
        dateStyle.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
        pctStyle = workbook.createCellStyle();
        pctStyle.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("0.0%"));
    }

    static TestBook xlsx() {
        return new TestBook(new XSSFWorkbook());
    }

    static TestBook xlsm() {
        return new TestBook(new XSSFWorkbook(XSSFWorkbookType.XLSM));
    }

    static TestBook xls() {
        return new TestBook(new HSSFWorkbook());
    }

    TestBook sheet(String name) {
        sheet = workbook.createSheet(name);
        return this;
    }

    /** Values of row {@code row} (1-based) from column A. */
    TestBook row(int row, Object... values) {
        return rowAt(row, 0, values);
    }

    /** Values of row {@code row} (1-based) from column index {@code column} (0-based). */
    TestBook rowAt(int row, int column, Object... values) {
        Row r = sheet.getRow(row - 1) != null ? sheet.getRow(row - 1) : sheet.createRow(row - 1);
        for (int i = 0; i < values.length; i++) {
            Object v = values[i];
            if (v == null) {
                continue;
            }
            Cell cell = r.createCell(column + i);
            if (v instanceof String s) {
                cell.setCellValue(s);
            } else if (v instanceof LocalDate d) {
                cell.setCellValue(d);
                cell.setCellStyle(dateStyle);
            } else if (v instanceof Formula f) {
                cell.setCellFormula(f.formula());
            } else if (v instanceof DateSerial d) {
                cell.setCellValue(d.serial());
                cell.setCellStyle(dateStyle);
            } else if (v instanceof Pct p) {
                cell.setCellValue(p.fraction());
                cell.setCellStyle(pctStyle);
            } else if (v instanceof Number n) {
                cell.setCellValue(Double.parseDouble(n.toString())); // POI's cell API takes a double
            } else {
                throw new IllegalArgumentException(v.toString());
            }
        }
        return this;
    }

    TestBook merge(String range) {
        sheet.addMergedRegion(CellRangeAddress.valueOf(range));
        return this;
    }

    TestBook hideRow(int row) {
        sheet.getRow(row - 1).setZeroHeight(true);
        return this;
    }

    TestBook hideColumn(int column) {
        sheet.setColumnHidden(column, true);
        return this;
    }

    TestBook hideSheet() {
        workbook.setSheetHidden(workbook.getSheetIndex(sheet), true);
        return this;
    }

    /** Formulas are saved without their results (as some generators write them). */
    TestBook withoutFormulaResults() {
        evaluate = false;
        return this;
    }

    TestBook date1904() {
        if (workbook instanceof XSSFWorkbook x) {
            var ct = x.getCTWorkbook();
            (ct.isSetWorkbookPr() ? ct.getWorkbookPr() : ct.addNewWorkbookPr()).setDate1904(true);
        } else {
            throw new IllegalStateException("1904 in tests: xlsx only");
        }
        return this;
    }

    Workbook workbook() {
        return workbook;
    }

    Path write(Path file) throws IOException {
        if (evaluate) {
            workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
        } else if (workbook instanceof HSSFWorkbook) {
            workbook.forEach(s -> s.setForceFormulaRecalculation(true)); // the flag .xls keeps per sheet
        }
        try (OutputStream out = Files.newOutputStream(file)) {
            workbook.write(out);
        }
        workbook.close();
        return file;
    }

    /** A text file in the given encoding, lines joined with "\r\n" (as Excel on Windows saves CSV). */
    static Path text(Path file, Charset charset, boolean bom, String... lines) throws IOException {
        List<Byte> bytes = new ArrayList<>();
        byte[] body = String.join("\r\n", lines).concat("\r\n").getBytes(charset);
        try (OutputStream out = Files.newOutputStream(file)) {
            if (bom) {
                String name = charset.name();
                if (name.equals("UTF-8")) {
                    out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
                } else if (name.equals("UTF-16LE")) {
                    out.write(new byte[] {(byte) 0xFF, (byte) 0xFE});
                } else if (name.equals("UTF-16BE")) {
                    out.write(new byte[] {(byte) 0xFE, (byte) 0xFF});
                }
            }
            out.write(body);
        }
        bytes.clear();
        return file;
    }
}
