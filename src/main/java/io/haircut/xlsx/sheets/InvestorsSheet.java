package io.haircut.xlsx.sheets;

import io.haircut.HaircutException;
import io.haircut.investors.InvestorGroup;
import io.haircut.investors.Investors;
import io.haircut.investors.InvestorsReport;
import io.haircut.report.InvestorsFormats;
import io.haircut.rules.applied.AdjustedLedger;
import io.haircut.xlsx.layout.Cells;
import java.math.BigDecimal;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * The {@code investors} report as a sheet (docs/investors-and-coverage.md): one row per investor or related group, the
 * amounts as figures and the three derived columns as live formulas over them:
 * <pre>
 * share of reported       = revenue reported / every customer's reported revenue
 * committed per $ funded  = binding commitments / binding funding ("n/a" without funding)
 * net flow                = binding funding - binding commitments
 * </pre>
 * Below the table, the near misses (names not counted for a group) and the reading in plain words.
 */
public final class InvestorsSheet {

    public static final String NAME = "Investors";
    private static final int HEADER_ROW = 4;
    private static final String TOTAL_CELL = "$B$2";

    private InvestorsSheet() {
    }

    /**
     * The report for the sheet, computed as {@code investors} does without a $/GW-year; empty when no group
     * funded the company or is related to it, or when the report is refused (funding in another currency):
     * the workbook then has no Investors sheet, as it shows only what exists.
     */
    public static Optional<InvestorsReport> report(AdjustedLedger adjusted) {
        try {
            InvestorsReport r = Investors.of(adjusted, null);
            return r.groups().isEmpty() ? Optional.empty() : Optional.of(r);
        } catch (HaircutException e) {
            return Optional.empty();
        }
    }

    public static void write(XSSFSheet sheet, InvestorsReport r, Cells cells) {
        cells.text(sheet.createRow(0), 0, "Investors and related groups (" + r.currency() + ")"
                + (r.asOf() == null ? "" : ", revenue to " + r.asOf()), cells.title);
        Row total = sheet.createRow(1);
        cells.text(total, 0, "Reported revenue, every customer", cells.bold);
        Cells.number(total, 1, r.totalReported(), cells.money);
        cells.headers(sheet.createRow(HEADER_ROW - 1), "Group", "Relationship", "Funding, binding", "in cash", "as cloud credits",
                "Funding, contingent", "Funding, unconfirmed", "Revenue, reported", "settled in credits", "Share of reported",
                "Taken out by the rules", "Commitments, binding", "Commitments, contingent", "Committed per $ funded", "Net flow");
        int n = HEADER_ROW;
        for (InvestorGroup g : r.groups()) {
            Row row = sheet.createRow(n++);
            Cells.text(row, 0, g.group());
            Cells.text(row, 1, g.relationship());
            BigDecimal[] amounts = {g.fundingBinding(), g.fundingBindingCash(), g.fundingBindingCredits(), g.fundingContingent(),
                g.fundingUnconfirmed(), g.revenueReported(), g.revenueCreditSettled()};
            for (int c = 0; c < amounts.length; c++) {
                Cells.number(row, 2 + c, amounts[c], cells.money);
            }
            Cells.formula(row, 9, "IF(" + TOTAL_CELL + "=0,0,H" + n + "/" + TOTAL_CELL + ")", g.revenueShareOfReported(), cells.percent);
            Cells.number(row, 10, g.revenueStripped(), cells.money);
            Cells.number(row, 11, g.commitmentsBinding(), cells.money);
            Cells.number(row, 12, g.commitmentsContingent(), cells.money);
            String per = "IF(C" + n + "=0,\"n/a\",L" + n + "/C" + n + ")";
            if (g.commitmentsPerFundingDollar().isPresent()) {
                Cells.formula(row, 13, per, g.commitmentsPerFundingDollar().get(), cells.ratio);
            } else {
                Cells.formula(row, 13, per, "n/a", cells.ratio);
            }
            Cells.formula(row, 14, "C" + n + "-L" + n, g.netFlow(), cells.money);
        }
        n++;
        for (InvestorsReport.NearMatch m : r.nearMisses()) {
            cells.text(sheet.createRow(n++), 0, "Not counted: " + m.name() + " (" + m.entries() + " " + m.table() + ") looks like "
                    + m.group() + " (" + m.reason() + "); add it as an alias if it is the same company", cells.note);
        }
        for (String note : r.notes()) {
            cells.text(sheet.createRow(n++), 0, "Note: " + note, cells.note);
        }
        // One sentence a row: a paragraph in one cell runs off the printed page.
        n++;
        for (String sentence : InvestorsFormats.reading(r).split("(?<=\\.) (?=[A-Z])")) {
            cells.text(sheet.createRow(n++), 0, sentence, cells.note);
        }
        sheet.createFreezePane(1, HEADER_ROW);
        sheet.setColumnWidth(0, 32 * 256);
        sheet.setColumnWidth(1, 24 * 256);
        for (int c = 2; c <= 14; c++) {
            sheet.setColumnWidth(c, 24 * 256);
        }
    }
}
