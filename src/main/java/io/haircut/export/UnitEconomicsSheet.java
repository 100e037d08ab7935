package io.haircut.export;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * Unit economics on Reported and on Adjusted revenue, side by side (docs/methodology.md, "Unit economics"): Metric |
 * Reported | Adjusted | Change | Note. The figures come from the metrics stage as they are; Change is a
 * formula (Adjusted - Reported). A figure that is not available is "n/a" with the reason in Note.
 */
final class UnitEconomicsSheet {

    static final String NAME = "Unit Economics";
    static final int FIRST_ROW = 3;

    /** Where a metric's two figures are, for the Summary's references: 1-based row. */
    record Placed(MetricRow metric, int row) {
    }

    private UnitEconomicsSheet() {
    }

    static List<Placed> write(XSSFSheet sheet, List<MetricRow> metrics, String currency, Cells cells) {
        cells.text(sheet.createRow(0), 0, "Unit economics, reported vs adjusted (" + currency + ")", cells.title);
        cells.headers(sheet.createRow(1), "Metric", "Reported", "Adjusted", "Change", "Note");
        List<Placed> placed = new ArrayList<>();
        int n = FIRST_ROW - 1;
        for (MetricRow m : metrics) {
            Row row = sheet.createRow(n++);
            Cells.text(row, 0, m.label());
            figure(row, 1, m.reported(), m.kind(), cells);
            figure(row, 2, m.adjusted(), m.kind(), cells);
            if (m.reported() != null && m.adjusted() != null) {
                Cells.formula(row, 3, "C" + n + "-B" + n, m.adjusted().subtract(m.reported()), cells.style(m.kind()));
            }
            cells.text(row, 4, m.note(), cells.note);
            placed.add(new Placed(m, n));
        }
        sheet.createFreezePane(1, 2);
        int[] widths = {30, 20, 20, 18, 70};
        for (int c = 0; c < widths.length; c++) {
            sheet.setColumnWidth(c, widths[c] * 256);
        }
        return placed;
    }

    /** A metric's value in its format, or "n/a" (never 0) when it could not be computed. */
    static void figure(Row row, int column, java.math.BigDecimal value, FigureKind kind, Cells cells) {
        if (value == null) {
            cells.text(row, column, "n/a", cells.notAvailable);
        } else {
            Cells.number(row, column, value, cells.style(kind));
        }
    }
}
