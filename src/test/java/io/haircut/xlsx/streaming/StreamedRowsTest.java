package io.haircut.xlsx.streaming;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.haircut.xlsx.layout.Cells;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.function.Consumer;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The streamed cells, read back by a standard XML parser: what a spreadsheet would read. */
class StreamedRowsTest {

    @Test
    void inputTextComesBackAsWritten() throws Exception {
        List<String> texts = List.of("a<b & \"c\" > d", "line\r\nbreak\ttab", " leading and trailing ",
                "Zürich € 東京", "emoji \uD83D\uDE80 rocket", "=HYPERLINK(\"http://x\")", "");
        Document doc = rows(r -> {
            r.row(1);
            for (int c = 0; c < texts.size(); c++) {
                r.text(c, texts.get(c));
            }
        });
        NodeList cells = doc.getElementsByTagName("c");
        assertThat(cells.getLength()).isEqualTo(texts.size());
        for (int c = 0; c < texts.size(); c++) {
            Element cell = (Element) cells.item(c);
            assertThat(cell.getAttribute("t")).isEqualTo("inlineStr");
            assertThat(cell.getTextContent()).isEqualTo(texts.get(c));
        }
        // A reader that trims would lose the spaces unless the text says to keep them.
        Element t = (Element) ((Element) cells.item(2)).getElementsByTagName("t").item(0);
        assertThat(t.getAttribute("xml:space")).isEqualTo("preserve");
    }

    @Test
    void textLongerThanTheWritersBufferIsWhole() throws Exception {
        String ascii = "x".repeat(70_000);
        String wide = "東".repeat(30_000); // 90,000 bytes of UTF-8
        Document doc = rows(r -> {
            for (int i = 1; i <= 3; i++) {
                r.row(i);
                r.text(0, ascii);
                r.text(1, wide);
            }
        });
        NodeList t = doc.getElementsByTagName("t");
        assertThat(t.getLength()).isEqualTo(6);
        for (int i = 0; i < 6; i += 2) {
            assertThat(t.item(i).getTextContent()).isEqualTo(ascii);
            assertThat(t.item(i + 1).getTextContent()).isEqualTo(wide);
        }
    }

    @Test
    void charactersXmlCannotHoldBecomeQuestionMarks() throws Exception {
        Document doc = rows(r -> {
            r.row(1);
            r.text(0, "bell\u0007 and lone \uD800 surrogate");
        });
        assertThat(doc.getElementsByTagName("t").item(0).getTextContent()).isEqualTo("bell? and lone ? surrogate");
    }

    @Test
    void cellsAreAddressedByRowAndColumn() throws Exception {
        Document doc = rows(r -> {
            r.row(2);
            r.text(0, "x");
            r.text(27, "y"); // column AB
            r.text(3, null); // nothing at all for an empty value
            r.row(1_048_576);
            r.bool(1, true);
        });
        NodeList rowElements = doc.getElementsByTagName("row");
        assertThat(((Element) rowElements.item(0)).getAttribute("r")).isEqualTo("2");
        assertThat(((Element) rowElements.item(1)).getAttribute("r")).isEqualTo("1048576");
        NodeList cells = doc.getElementsByTagName("c");
        assertThat(cells.getLength()).isEqualTo(3);
        assertThat(((Element) cells.item(0)).getAttribute("r")).isEqualTo("A2");
        assertThat(((Element) cells.item(1)).getAttribute("r")).isEqualTo("AB2");
        assertThat(((Element) cells.item(2)).getAttribute("r")).isEqualTo("B1048576");
        assertThat(((Element) cells.item(2)).getAttribute("t")).isEqualTo("b");
        assertThat(cells.item(2).getTextContent()).isEqualTo("1");
    }

    @Test
    void numbersAreTheirExactDigitsAndDatesExcelSerials() throws Exception {
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            Cells cells = new Cells(book);
            Document doc = rows(r -> {
                r.row(1);
                r.number(0, new BigDecimal("-1234567.89"), cells.money);
                r.number(1, new BigDecimal("1E+3"), cells.money);
                // Excel's own serials: 2025-01-01 is 45658, so 2026-01-01 is 365 days later; 1900-03-01 is 61.
                r.date(2, LocalDate.of(2026, 1, 1), cells.date);
                r.date(3, LocalDate.of(1900, 3, 1), cells.date);
                r.month(4, YearMonth.of(2025, 1), cells.month);
                r.storedNumber(5, " 1.25E-3 ", null);
            });
            NodeList values = doc.getElementsByTagName("v");
            assertThat(values.item(0).getTextContent()).isEqualTo("-1234567.89");
            assertThat(values.item(1).getTextContent()).isEqualTo("1000");
            assertThat(values.item(2).getTextContent()).isEqualTo("46023");
            assertThat(values.item(3).getTextContent()).isEqualTo("61");
            assertThat(values.item(4).getTextContent()).isEqualTo("45658");
            assertThat(values.item(5).getTextContent()).isEqualTo("1.25E-3");
            NodeList c = doc.getElementsByTagName("c");
            assertThat(((Element) c.item(0)).getAttribute("s")).isEqualTo(Integer.toString(cells.money.getIndex()));
            assertThat(((Element) c.item(2)).getAttribute("s")).isEqualTo(Integer.toString(cells.date.getIndex()));
            assertThat(((Element) c.item(5)).hasAttribute("s")).isFalse();
        }
    }

    @Test
    void onlyNumbersReachAValueElement() {
        for (String good : List.of("0", "-12", "+3.5", ".5", "5.", "1e10", "1.5E+07", "-2.5e-3")) {
            assertThat(StreamedRows.isNumber(good)).as(good).isTrue();
        }
        for (String bad : List.of("", "-", ".", "1e", "1e+", "12a", "1,5", "</v><f>1+1</f><v>1", "١٢", "NaN", "Infinity")) {
            assertThat(StreamedRows.isNumber(bad)).as(bad).isFalse();
        }
        assertThatThrownBy(() -> rows(r -> {
            r.row(1);
            r.storedNumber(0, "</v>", null);
        })).isInstanceOf(NumberFormatException.class);
    }

    @Test
    void rowsAndCellsGoForwardOnly() {
        assertThatThrownBy(() -> rows(r -> {
            r.row(5);
            r.row(5);
        })).isInstanceOf(IllegalStateException.class).hasMessageContaining("row 5 after row 5");
        assertThatThrownBy(() -> rows(r -> {
            r.row(1);
            r.text(2, "b");
            r.text(1, "a");
        })).isInstanceOf(IllegalStateException.class).hasMessageContaining("column 1 after column 2");
        assertThatThrownBy(() -> rows(r -> r.text(0, "no row"))).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> rows(r -> {
            r.row(1);
            r.date(0, LocalDate.of(1900, 2, 28), null);
        })).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void linksAreListedForTheirCellsWithTheAddressEscaped() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StreamedRows rows = new StreamedRows(out);
        rows.row(3);
        rows.text(3, "pnl.xlsx!Revenue!E12");
        rows.link(3, "'src R&D'!E12");
        rows.finish();
        String xml = StreamedRows.hyperlinksXml(rows.links());
        assertThat(xml).isEqualTo("<hyperlinks><hyperlink ref=\"D3\" location=\"'src R&amp;D'!E12\"/></hyperlinks>");
        assertThat(StreamedRows.hyperlinksXml(List.of())).isEmpty();
    }

    /** The rows as a parsed {@code <sheetData>} element; larger than the writer's buffer when the body is. */
    private static Document rows(Consumer<StreamedRows> body) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write("<sheetData xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">".getBytes(StandardCharsets.US_ASCII));
        StreamedRows rows = new StreamedRows(out);
        body.accept(rows);
        rows.finish();
        out.write("</sheetData>".getBytes(StandardCharsets.US_ASCII));
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(out.toByteArray()));
    }
}
