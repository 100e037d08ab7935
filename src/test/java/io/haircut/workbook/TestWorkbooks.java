package io.haircut.workbook;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Builds small workbooks inside tests: each row is given as values (String, Number, LocalDate). */
final class TestWorkbooks {

    private final XSSFWorkbook workbook = new XSSFWorkbook();
    private final CellStyle dateStyle;

    TestWorkbooks() {
        dateStyle = workbook.createCellStyle();
        dateStyle.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
    }

    TestWorkbooks sheet(String name, Object[]... rows) {
        Sheet sheet = workbook.createSheet(name);
        for (int r = 0; r < rows.length; r++) {
            Row row = sheet.createRow(r);
            for (int c = 0; c < rows[r].length; c++) {
                Object v = rows[r][c];
                if (v == null) {
                    continue;
                }
                Cell cell = row.createCell(c);
                if (v instanceof String s) {
                    cell.setCellValue(s);
                } else if (v instanceof LocalDate d) {
                    cell.setCellValue(d);
                    cell.setCellStyle(dateStyle);
                } else if (v instanceof Number n) {
                    cell.setCellValue(Double.parseDouble(n.toString())); // POI's cell API takes a double
                }
            }
        }
        return this;
    }

    XSSFWorkbook workbook() {
        return workbook;
    }

    Path write(Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            workbook.write(out);
        }
        workbook.close();
        return file;
    }

    static Object[] row(Object... values) {
        return values;
    }
}
