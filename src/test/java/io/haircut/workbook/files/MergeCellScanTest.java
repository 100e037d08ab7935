package io.haircut.workbook.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.haircut.ledger.RevenueEntry;
import io.haircut.workbook.ImportException;
import io.haircut.workbook.LedgerImporter;
import io.haircut.workbook.RawXlsx;
import io.haircut.workbook.SheetReader;
import io.haircut.workbook.SheetSelection;
import io.haircut.workbook.cells.CellLimits;
import io.haircut.workbook.cells.CellRange;
import io.haircut.workbook.mapping.ImportMapping;
import io.haircut.workbook.read.LedgerBuilder;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The merged cells of an .xlsx sheet are found ahead of its rows by searching the sheet's bytes while
 * the container is checked ({@link MergeCellScan} in {@link ZipScan}); what the search finds must be what
 * the XML parser reads at the end.
 */
class MergeCellScanTest {

    @TempDir
    Path dir;

    private static List<CellRange> scan(String xml, int buffer) throws IOException {
        return MergeCellScan.read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), buffer);
    }

    @Test
    void itFindsEachMergeCellElementHoweverItIsWrittenAndWhereverTheBufferEnds() throws Exception {
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<x:worksheet xmlns:x=\"" + RawXlsx.MAIN + "\"><x:sheetData>"
                + "<x:row r=\"1\"><x:c r=\"A1\" t=\"inlineStr\"><x:is><x:t>mergeCell ref=&quot;A1:Z9&quot; in a cell's text</x:t></x:is></x:c></x:row>"
                + "</x:sheetData><x:mergeCells count=\"4\">"
                + "<x:mergeCell ref=\"B1:C1\"/>"
                + "<x:mergeCell xr:uid=\"{00000000-0001}\" ref='A250:A252'></x:mergeCell>"
                + "<x:mergeCell\n    ref = \"$D$3:$F$3\" />"
                + "<x:mergeCellsExtra ref=\"A1:A2\"/>"
                + "<mergeCell ref=\"XFD1:XFD1048576\"/>"
                + "</x:mergeCells></x:worksheet>";
        List<CellRange> expected = List.of(new CellRange(1, 1, 1, 2), new CellRange(250, 252, 0, 0), new CellRange(3, 3, 3, 5),
                new CellRange(1, 1_048_576, 16_383, 16_383));
        assertThat(scan(xml, 1 << 16)).isEqualTo(expected);
        for (int buffer = 128; buffer < 128 + 80; buffer++) {
            assertThat(scan(xml, buffer)).as("buffer of %d bytes", buffer).isEqualTo(expected);
        }
    }

    @Test
    void aSheetWithoutMergedCellsHasNone() throws Exception {
        assertThat(scan(RawXlsx.sheet(RawXlsx.header(), RawXlsx.row(2, "2025-01-15", "Globex", "direct", "cash", "100.00")), 128)).isEmpty();
    }

    /** A revenue sheet of 250 entries (rows 2..251), all Globex but rows 200..202, Initech's, its name merged down B200:B202. */
    private static String longSheet(String prefix, String inSheetData, String merges) {
        StringBuilder rows = new StringBuilder(RawXlsx.row(1, "Date", "Customer", "Channel", "Settlement", "Amount"));
        for (int r = 2; r <= 251; r++) {
            String customer = r == 200 ? "Initech" : r == 201 || r == 202 ? null : "Globex";
            rows.append("<row r=\"").append(r).append("\">").append(RawXlsx.inline("A" + r, "2025-03-14"))
                    .append(customer == null ? "" : RawXlsx.inline("B" + r, customer))
                    .append(RawXlsx.inline("C" + r, "direct")).append(RawXlsx.inline("D" + r, "cash"))
                    .append(RawXlsx.number("E" + r, "10.00")).append("</row>");
            if (r == 100) {
                rows.append(inSheetData);
            }
        }
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<worksheet xmlns=\"" + RawXlsx.MAIN + "\"><sheetData>" + rows
                + "</sheetData><mergeCells count=\"1\">" + merges + "</mergeCells></worksheet>";
        // Every element with the namespace prefix, as some generators (the Open XML SDK) write them.
        return prefix.isEmpty() ? xml : xml.replaceAll("<(/?)(?!\\?)", "<$1" + prefix + ":").replace("xmlns=", "xmlns:" + prefix + "=");
    }

    @Test
    void aPrefixedLongSheetHasItsMergedCustomerReadAhead() throws Exception {
        Path file = RawXlsx.withSheet(longSheet("x", "", "<mergeCell ref=\"B200:B202\"/>")).write(dir.resolve("prefixed.xlsx"));
        List<RevenueEntry> revenue = LedgerImporter.importPath(file).ledger().revenue();
        assertThat(revenue).hasSize(250);
        assertThat(revenue.stream().filter(e -> e.customer().equals("Initech")).map(e -> e.source().cell())).containsExactly("E200", "E201", "E202");
    }

    @Test
    void readWithoutTheContainerCheckTheMergedCellsOfALongSheetComeTooLateAndThatIsReported() throws Exception {
        Path file = RawXlsx.withSheet(longSheet("", "", "<mergeCell ref=\"B200:B202\"/>")).write(dir.resolve("late.xlsx"));
        LedgerBuilder builder = new LedgerBuilder();
        XlsxReader.read(file, "late.xlsx", new SheetReader(ImportMapping.NONE, builder, false, false, SheetSelection.ALL), ZipScan.Findings.NONE);
        assertThat(builder.warnings()).contains("late.xlsx!Revenue: merged cells B200:B202 are listed after rows already read and were"
                + " not applied to them; open the file in Excel and save it again");
    }

    @Test
    void moreMergedCellsThanTheLimitAreRefusedBeforeAnyRowIsRead() throws Exception {
        // Stored, not deflated: 24 MB of one repeated element would otherwise be refused as a zip bomb first.
        String merges = "<mergeCell ref=\"A1:A2\"/>".repeat(CellLimits.MAX_MERGED_CELLS + 1);
        byte[] sheet = longSheet("", "", merges).getBytes(StandardCharsets.UTF_8);
        Path file = RawXlsx.valid().put(new RawXlsx.Part(RawXlsx.SHEET, sheet, true)).write(dir.resolve("many.xlsx"));
        assertThatThrownBy(() -> LedgerImporter.importPath(file)).hasMessage("many.xlsx: refused: the workbook lists more than 1,000,000"
                + " merged cells (in the sheets up to xl/worksheets/sheet1.xml), haircut's limit (docs/limits-and-security.md)");
    }

    @Test
    void rowsOutOfOrderInASheetWithMergedCellsAreRefused() throws Exception {
        String xml = RawXlsx.sheet(RawXlsx.header(), RawXlsx.row(2, "2025-01-15", "Globex", "direct", "cash", "1"),
                RawXlsx.row(4, "2025-01-17", "Initech", "api", "cash", "3"), RawXlsx.row(3, "2025-01-16", "Globex", "direct", "cash", "2"))
                .replace("</sheetData>", "</sheetData><mergeCells count=\"1\"><mergeCell ref=\"C2:C3\"/></mergeCells>");
        Path file = RawXlsx.withSheet(xml).write(dir.resolve("order.xlsx"));
        assertThatThrownBy(() -> LedgerImporter.importPath(file)).hasMessage("order.xlsx!Revenue: row 3 comes after row 4 in the sheet's XML,"
                + " and the sheet has merged cells; the file is damaged: open it in Excel and save it again");
    }

    @Test
    void mergedCellsStandingForMoreCellsThanTheLimitAreRefused() throws Exception {
        // One region 1,000 columns wide over 11,000 rows that each hold a cell: 999 cells filled per row, past
        // 10,000,000 at row 10,011.
        String last = io.haircut.ledger.SourceRef.columnLetters(999);
        StringBuilder rows = new StringBuilder();
        for (int r = 1; r <= 11_000; r++) {
            rows.append(RawXlsx.row(r, "x"));
        }
        String xml = RawXlsx.sheet(rows.toString())
                .replace("</sheetData>", "</sheetData><mergeCells count=\"1\"><mergeCell ref=\"A1:" + last + "11000\"/></mergeCells>");
        Path file = RawXlsx.withSheet(xml).put("xl/workbook.xml", RawXlsx.WORKBOOK.replace("Revenue", "Notes")).write(dir.resolve("wide.xlsx"));
        assertThatThrownBy(() -> LedgerImporter.importPath(file)).hasMessage("wide.xlsx!Notes: refused: its merged cells stand for more than"
                + " 10,000,000 cells, haircut's limit for a sheet (docs/limits-and-security.md)");
    }

    @Test
    void mergedCellMarkupInACommentAmongTheRowsIsRefusedNotApplied() throws Exception {
        Path file = RawXlsx.withSheet(longSheet("", "<!-- <mergeCell ref=\"C2:C251\"/> -->", "<mergeCell ref=\"B200:B202\"/>"))
                .write(dir.resolve("comment.xlsx"));
        assertThatThrownBy(() -> LedgerImporter.importPath(file)).isInstanceOf(ImportException.class)
                .hasMessage("comment.xlsx!Revenue: the merged cells found ahead of the rows (2) are not the 1 the sheet lists after them,"
                        + " so cells under them may be misread; open the file in Excel and save it again");
    }
}
