package io.haircut.export;

import io.haircut.ledger.Party;
import java.util.List;
import java.util.Objects;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * The counterparty register in the canonical Parties layout (Name | Group | Relationship), so the
 * workbook imports again with the same groups and the related-party rules match the same entries.
 * Source names the cell each party came from.
 */
final class PartiesSheet {

    static final String NAME = "Parties";

    private PartiesSheet() {
    }

    static void write(Sheet sheet, List<Party> parties, Cells cells) {
        cells.headers(sheet.createRow(0), "Name", "Group", "Relationship", "Source");
        int n = 1;
        for (Party p : parties) {
            Row row = sheet.createRow(n++);
            Cells.text(row, 0, p.name());
            Cells.text(row, 1, p.group());
            Cells.text(row, 2, p.relationship().label());
            Cells.text(row, 3, Objects.toString(p.source(), null));
        }
        sheet.createFreezePane(0, 1);
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, n - 1), 0, 3));
        int[] widths = {36, 20, 14, 36};
        for (int c = 0; c < widths.length; c++) {
            sheet.setColumnWidth(c, widths[c] * 256);
        }
    }
}
