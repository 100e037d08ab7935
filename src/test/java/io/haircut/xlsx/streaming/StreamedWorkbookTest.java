package io.haircut.xlsx.streaming;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.haircut.output.ExportException;
import io.haircut.xlsx.layout.Cells;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** A laid-out workbook with one streamed sheet, opened again by POI as a spreadsheet reader would. */
class StreamedWorkbookTest {

    private static final int ROWS = 70_000;

    @Test
    void streamedRowsSitInTheLaidOutSheetWithItsLinks() throws Exception {
        byte[] file;
        try (XSSFWorkbook layout = new XSSFWorkbook()) {
            Cells cells = new Cells(layout);
            XSSFSheet summary = layout.createSheet("Summary");
            summary.createRow(0).createCell(0).setCellValue("whole sheet");
            XSSFSheet big = layout.createSheet("Big");
            big.createFreezePane(0, 1);
            big.setAutoFilter(new CellRangeAddress(0, ROWS, 0, 1));
            big.setColumnWidth(0, 30 * 256);
            StreamedWorkbook book = new StreamedWorkbook(layout);
            book.stream(big, rows -> {
                rows.row(1);
                rows.text(0, "Source", cells.header);
                for (int r = 2; r <= ROWS + 1; r++) {
                    rows.row(r);
                    rows.text(0, "row " + r, cells.link);
                    rows.link(0, "Summary!A1");
                    rows.text(1, "value " + r);
                }
            });
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            book.write(out);
            file = out.toByteArray();
        }

        try (XSSFWorkbook read = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            assertThat(read.getSheet("Summary").getRow(0).getCell(0).getStringCellValue()).isEqualTo("whole sheet");
            XSSFSheet big = read.getSheet("Big");
            assertThat(big.getLastRowNum()).isEqualTo(ROWS);
            assertThat(big.getRow(0).getCell(0).getCellStyle().getFont().getBold()).isTrue();
            assertThat(big.getRow(ROWS).getCell(1).getStringCellValue()).isEqualTo("value " + (ROWS + 1));
            assertThat(big.getHyperlinkList()).hasSize(ROWS);
            assertThat(big.getHyperlink(ROWS, 0).getAddress()).isEqualTo("Summary!A1");
            assertThat(big.getPaneInformation().isFreezePane()).isTrue();
            assertThat(big.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:B" + (ROWS + 1));
            assertThat(big.getColumnWidth(0)).isEqualTo(30 * 256);
        }

        // Plain zip (no zip64 extra field, header id 0x0001), which every reader opens; and no stale
        // dimension of A1 for the streamed sheet.
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(file))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                byte[] extra = e.getExtra();
                assertThat(extra == null || extra.length < 2 || (extra[0] != 1 || extra[1] != 0)).as(e.getName()).isTrue();
                if (e.getName().equals("xl/worksheets/sheet2.xml")) {
                    String head = new String(zip.readNBytes(2000), StandardCharsets.UTF_8);
                    assertThat(head).doesNotContain("<dimension").contains("<sheetData><row r=\"1\">");
                }
            }
        }
    }

    @Test
    void sheetsWrittenSideBySideEachHoldTheirOwnRows() throws Exception {
        byte[] file;
        try (XSSFWorkbook layout = new XSSFWorkbook()) {
            List<String> names = List.of("One", "Two", "Three", "Four");
            Object sharedLane = new Object(); // Three and Four share a lane, as the copies of one source file do
            StreamedWorkbook book = new StreamedWorkbook(layout);
            for (String name : names) {
                XSSFSheet sheet = layout.createSheet(name);
                Object lane = name.equals("Three") || name.equals("Four") ? sharedLane : sheet;
                book.stream(sheet, lane, rows -> {
                    for (int r = 1; r <= 20_000; r++) {
                        rows.row(r);
                        rows.text(0, name + " " + r);
                    }
                });
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            book.write(out);
            file = out.toByteArray();
        }
        try (XSSFWorkbook read = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            for (String name : List.of("One", "Two", "Three", "Four")) {
                XSSFSheet sheet = read.getSheet(name);
                assertThat(sheet.getLastRowNum()).as(name).isEqualTo(19_999);
                assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo(name + " 1");
                assertThat(sheet.getRow(19_999).getCell(0).getStringCellValue()).isEqualTo(name + " 20000");
            }
        }
    }

    @Test
    void aSheetWritersFailureIsTheWorkbooksAndNoTemporaryFileStays() throws Exception {
        List<Path> before = temporaries();
        try (XSSFWorkbook layout = new XSSFWorkbook()) {
            StreamedWorkbook book = new StreamedWorkbook(layout);
            book.stream(layout.createSheet("Fine"), rows -> {
                for (int r = 1; r <= 50_000; r++) {
                    rows.row(r);
                    rows.text(0, "row " + r);
                }
            });
            book.stream(layout.createSheet("Broken"), rows -> {
                rows.row(1);
                throw new ExportException("ledger.xlsx: the sheet 'Revenue' is gone since it was imported");
            });
            assertThatThrownBy(() -> book.write(new ByteArrayOutputStream()))
                    .isInstanceOf(ExportException.class)
                    .hasMessage("ledger.xlsx: the sheet 'Revenue' is gone since it was imported");
        }
        assertThat(temporaries()).isEqualTo(before);
    }

    private static List<Path> temporaries() throws Exception {
        try (Stream<Path> files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return files.filter(f -> f.getFileName().toString().startsWith("haircut-sheet-")).sorted().toList();
        }
    }

    @Test
    void sheetsGivenAfterTheFirstStartAreWrittenToo() throws Exception {
        byte[] file;
        try (XSSFWorkbook layout = new XSSFWorkbook()) {
            StreamedWorkbook book = new StreamedWorkbook(layout);
            book.stream(layout.createSheet("Early"), oneCell("written from the first start"));
            XSSFSheet late = layout.createSheet("Late");
            book.start();
            book.stream(late, oneCell("given after the first start"));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            book.write(out);
            file = out.toByteArray();
        }
        try (XSSFWorkbook read = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            assertThat(read.getSheet("Early").getRow(0).getCell(0).getStringCellValue()).isEqualTo("written from the first start");
            assertThat(read.getSheet("Late").getRow(0).getCell(0).getStringCellValue()).isEqualTo("given after the first start");
        }
    }

    @Test
    void aLaneWhoseWriterStartedTakesNoMoreSheets() throws Exception {
        try (XSSFWorkbook layout = new XSSFWorkbook(); StreamedWorkbook book = new StreamedWorkbook(layout)) {
            Object lane = new Object();
            book.stream(layout.createSheet("Early"), lane, oneCell("written from the first start"));
            XSSFSheet shared = layout.createSheet("Shared");
            book.start();
            // A lane's sheets share what is not safe on two threads: once its writer started, it takes no more.
            book.stream(shared, lane, oneCell("too late"));
            assertThatThrownBy(book::start).isInstanceOf(IllegalStateException.class);
        }
    }

    private static java.util.function.Consumer<StreamedRows> oneCell(String text) {
        return rows -> {
            rows.row(1);
            rows.text(0, text);
        };
    }
}
