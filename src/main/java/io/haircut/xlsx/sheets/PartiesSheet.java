package io.haircut.xlsx.sheets;

import io.haircut.ledger.Party;
import io.haircut.xlsx.layout.Cells;
import io.haircut.xlsx.streaming.StreamedWorkbook;
import java.util.List;
import java.util.Objects;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * The counterparty register in the canonical Parties layout (Name | Group | Relationship), so the
 * workbook imports again with the same groups and the related-party rules match the same entries.
 * Source names the cell each party came from.
 */
public final class PartiesSheet {

    public static final String NAME = "Parties";

    private PartiesSheet() {
    }

    public static void write(XSSFSheet sheet, StreamedWorkbook book, List<Party> parties, Cells cells) {
        String[] headers = {"Name", "Group", "Relationship", "Source"};
        book.stream(sheet, rows -> {
            rows.row(1);
            for (int c = 0; c < headers.length; c++) {
                rows.text(c, headers[c], cells.header);
            }
            int n = 1;
            for (Party p : parties) {
                rows.row(++n);
                rows.text(0, p.name());
                rows.text(1, p.group());
                rows.text(2, p.relationship().label());
                rows.text(3, Objects.toString(p.source(), null));
            }
        });
        int n = 1 + parties.size();
        sheet.createFreezePane(0, 1);
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, n - 1), 0, 3));
        int[] widths = {36, 20, 14, 36};
        for (int c = 0; c < widths.length; c++) {
            sheet.setColumnWidth(c, widths[c] * 256);
        }
    }
}
