package io.haircut.workbook;

import static io.haircut.workbook.RawXlsx.header;
import static io.haircut.workbook.RawXlsx.inline;
import static io.haircut.workbook.RawXlsx.sheet;
import static org.assertj.core.api.Assertions.assertThat;

import io.haircut.workbook.cells.Formulas;
import io.haircut.workbook.files.FileKind;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile files the first corpus did not hold: formulas that point at other workbooks, array formulas and
 * error values in .xls, part names that differ only in case, a program named .csv. Each ends in a correct
 * import or in one line that names the file and cell and says what to do.
 */
class HostileInputsTest {

    @TempDir
    Path dir;

    /** A Revenue table with two rows; E3 (the second amount) is whatever {@code amount} writes. */
    private Path xls(String name, boolean recalculate, java.util.function.Consumer<Row> amount) throws IOException {
        try (HSSFWorkbook wb = new HSSFWorkbook()) {
            Sheet s = wb.createSheet("Revenue");
            String[] head = {"Date", "Customer", "Channel", "Settlement", "Amount"};
            Row h = s.createRow(0);
            for (int i = 0; i < head.length; i++) {
                h.createCell(i).setCellValue(head[i]);
            }
            Object[][] rows = {{"2025-01-15", "Globex", "direct", "cash"}, {"2025-02-15", "Initech", "api", "cash"}};
            for (int r = 0; r < rows.length; r++) {
                Row row = s.createRow(r + 1);
                for (int c = 0; c < 4; c++) {
                    row.createCell(c).setCellValue((String) rows[r][c]);
                }
            }
            s.getRow(1).createCell(4).setCellValue(100.0);
            amount.accept(s.getRow(2));
            wb.setForceFormulaRecalculation(recalculate);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            return Files.write(dir.resolve(name), out.toByteArray());
        }
    }

    @Test
    void anXlsFormulaThatRefersToAnotherWorkbookKeepsTheValueItSaved() throws IOException {
        // Saved value 250.5 for ='[prices.xls]Sheet1'!A1; the file asks for recalculation, which must not open prices.xls.
        Path file = xls("linked.xls", true, row -> {
            HSSFWorkbook wb = (HSSFWorkbook) row.getSheet().getWorkbook();
            HSSFWorkbook prices = new HSSFWorkbook();
            prices.createSheet("Sheet1");
            wb.linkExternalWorkbook("prices.xls", prices);
            var cell = row.createCell(4);
            cell.setCellFormula("[prices.xls]Sheet1!A1");
            cell.setCellValue(250.5);
        });
        // 100.00 + 250.50 = 350.50, two entries
        assertThat(ImportProbe.outcome(file, null)).isEqualTo("imported 2 revenue entries, total 350.50, last at linked.xls!Revenue!E3");
    }

    @Test
    void anXlsArrayFormulaIsReadAsItsValue() throws IOException {
        // {=SUM(F3:G3*2)} over F3 = 10 and G3 = 15: (10 + 15) * 2 = 50, saved as its value; the file asks for
        // recalculation, and whether POI can follow the array or not, the figure is 50.
        Path file = xls("array.xls", true, row -> {
            row.createCell(5).setCellValue(10);
            row.createCell(6).setCellValue(15);
            row.getSheet().setArrayFormula("SUM(F3:G3*2)", CellRangeAddress.valueOf("E3"));
            row.getCell(4).setCellValue(50);
        });
        // 100 + 50 = 150
        assertThat(ImportProbe.outcome(file, null)).isEqualTo("imported 2 revenue entries, total 150.00, last at array.xls!Revenue!E3");
    }

    @Test
    void anXlsErrorValueIsNamedWithItsCell() throws IOException {
        Path file = xls("ref-error.xls", false, row -> row.createCell(4).setCellErrorValue(FormulaError.REF.getCode()));
        String message = ImportProbe.outcome(file, null);
        assertThat(message).startsWith("ref-error.xls!Revenue!E3: ").contains("#REF!");
        assertThat(LibraryText.in(message)).as(message).isNull();
    }

    @Test
    void anXlsxFormulaSavedWithoutItsValueThatRefersToAnotherFileIsNamedSo() throws IOException {
        Path file = RawXlsx.valid().put(RawXlsx.SHEET, sheet(header(), "<row r=\"2\">" + inline("A2", "2025-01-15") + inline("B2", "Globex")
                + inline("C2", "direct") + inline("D2", "cash") + "<c r=\"E2\"><f>[1]Prices!A1</f></c></row>"))
                .write(dir.resolve("external.xlsx"));
        assertThat(ImportProbe.outcome(file, null)).startsWith("external.xlsx!Revenue!E2: the cell's formula (=[1]Prices!A1) refers to"
                + " another file and was saved without its value; haircut never opens other files");
    }

    @Test
    void partNamesThatDifferOnlyInCaseAreRefused() throws IOException {
        Path file = RawXlsx.valid().put(new RawXlsx.Part("XL/Worksheets/Sheet1.xml", sheet(header())))
                .write(dir.resolve("case-twins.xlsx"));
        assertThat(ImportProbe.outcome(file, null)).isEqualTo("case-twins.xlsx: the workbook is damaged: it holds two parts whose"
                + " names differ only in case (xl/worksheets/sheet1.xml and XL/Worksheets/Sheet1.xml), which a workbook cannot"
                + " hold; get a fresh copy of the file");
    }

    @Test
    void aProgramNamedCsvIsNamedAsBinary() throws IOException {
        byte[] elf = new byte[4096];
        new Random(7).nextBytes(elf);
        System.arraycopy(new byte[] {0x7F, 'E', 'L', 'F', 2, 1, 1, 0}, 0, elf, 0, 8);
        Path file = Files.write(dir.resolve("ledger.csv"), elf);
        assertThat(ImportProbe.outcome(file, null)).isEqualTo("ledger.csv: not a text file: it holds binary data; ask the company"
                + " for the CSV export or the workbook itself");
    }

    @Test
    void utf16TextWithoutAMarkIsStillText() throws IOException {
        Path file = Files.write(dir.resolve("utf16.csv"), ("Date,Customer,Channel,Settlement,Amount\n2025-01-15,Globex,direct,cash,7.25\n")
                .getBytes(java.nio.charset.StandardCharsets.UTF_16LE));
        assertThat(FileKind.of(file)).isNotEqualTo(FileKind.BINARY_DATA);
    }

    @Test
    void aFormulaOnlyRefersToAnotherFileWhenABracketNamesAWorkbookBeforeASheet() {
        assertThat(Formulas.refersToAnotherFile("[1]Prices!A1")).isTrue();
        assertThat(Formulas.refersToAnotherFile("SUM('C:\\deals\\[Book2.xlsx]Q1'!B3:B9)")).isTrue();
        assertThat(Formulas.refersToAnotherFile("SUM(Table1[Amount])")).isFalse();
        assertThat(Formulas.refersToAnotherFile("IF(A1=\"[x]y!\",1,2)")).isFalse();
        assertThat(Formulas.refersToAnotherFile("Revenue!E2*2")).isFalse();
        assertThat(new BigDecimal("350.50")).isEqualByComparingTo("350.5");
    }

    @Test
    void aHugeCsvFieldIsQuotedAsAnExcerptOnly() throws IOException {
        String amount = "12" + "x".repeat(5_000);
        Path file = Files.writeString(dir.resolve("huge.csv"), "Date,Customer,Channel,Settlement,Amount\n2025-01-15,Globex,direct,cash,"
                + amount + "\n");
        String message = ImportProbe.outcome(file, null);
        assertThat(message).startsWith("huge.csv").doesNotContain("x".repeat(61)).hasSizeLessThan(400);
        assertThat(LibraryText.in(message)).isNull();
    }

    @Test
    void aHugeWorkbookCellIsQuotedAsAnExcerptOnly() throws IOException {
        Path file = RawXlsx.valid().put(RawXlsx.SHEET, sheet(header(), "<row r=\"2\">" + inline("A2", "2025-01-15") + inline("B2", "Globex")
                + inline("C2", "direct") + inline("D2", "cash") + inline("E2", "12" + "y".repeat(5_000)) + "</row>"))
                .write(dir.resolve("huge.xlsx"));
        String message = ImportProbe.outcome(file, null);
        assertThat(message).startsWith("huge.xlsx!Revenue").doesNotContain("y".repeat(61)).hasSizeLessThan(400);
        assertThat(LibraryText.in(message)).isNull();
    }
}
