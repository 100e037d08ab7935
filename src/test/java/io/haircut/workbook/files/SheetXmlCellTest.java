package io.haircut.workbook.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamReader;
import org.junit.jupiter.api.Test;

/** One cell of a sheet's XML as the readers see it: its column, type, style and value. */
class SheetXmlCellTest {

    @Test
    void aCellsTypeIsTheSpreadsheetConstantAndAnUnknownTypeStaysAsWritten() throws Exception {
        String xml = "<sheetData><row r=\"2\"><c r=\"B2\" t=\"s\" s=\"3\"><v>7</v></c><c t=\"inlineStr\"><is><t>Acme</t></is></c>"
                + "<c r=\"E2\"><v>12.5</v></c><c r=\"F2\" t=\"x-custom\"><v>1</v></c></row></sheetData>";
        XMLStreamReader r = SpreadsheetXml.reader(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        SheetXmlCell c = new SheetXmlCell();
        List<String> seen = new ArrayList<>();
        List<String> types = new ArrayList<>();
        while (r.hasNext()) {
            if (c.ended(r.next(), r)) {
                seen.add(c.column() + ":" + c.type() + ":" + c.style() + ":" + c.value());
                types.add(c.type());
            }
        }

        // B is column 1; the cell without a reference follows it in column 2 (C); E is 4.
        assertThat(seen).containsExactly("1:s:3:7", "2:inlineStr:-1:Acme", "4:null:-1:12.5", "5:x-custom:-1:1");
        assertThat(types.get(0)).isSameAs("s"); // the constant itself, not a copy read from the file
        assertThat(types.get(1)).isSameAs("inlineStr");
    }
}
