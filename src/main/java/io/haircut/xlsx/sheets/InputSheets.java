package io.haircut.xlsx.sheets;

import io.haircut.ledger.CashBalance;
import io.haircut.ledger.Commitment;
import io.haircut.ledger.CostEntry;
import io.haircut.ledger.CustomerCount;
import io.haircut.ledger.FundingEntry;
import io.haircut.ledger.Ledger;
import io.haircut.xlsx.layout.Cells;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The company's other tables in the canonical layout (samples/README.md), as input cells in blue: Costs,
 * Customers, Funding, Commitments and Cash. The Unit Economics and Coverage sheets are formulas over these
 * cells, so an analyst who edits one and recalculates moves every figure that depends on it; importing
 * the workbook again reads them back as the same tables. A table the data room did not give gets no
 * sheet. Entry i of a table is on row i + 2 (row 1 is the header).
 */
public final class InputSheets {

    public static final String COSTS = "Costs";
    static final String CUSTOMERS = "Customers";
    public static final String FUNDING = "Funding";
    public static final String COMMITMENTS = "Commitments";
    static final String CASH = "Cash";
    public static final int FIRST_ROW = 2;

    /** Column letters the formulas read. */
    static final String COST_MONTH = "A";
    static final String COST_CATEGORY = "B";
    static final String COST_AMOUNT = "C";
    static final String COST_PAID_WITH = "D";
    static final String FUNDING_DATE = "A";
    static final String FUNDING_AMOUNT = "C";
    static final String FUNDING_FORM = "D";
    static final String FUNDING_STATUS = "E";
    static final String COMMITMENT_STATUS = "B";
    static final String COMMITMENT_AMOUNT = "D";
    static final String COMMITMENT_TOTAL = "F";
    static final String CASH_BALANCE = "B";
    static final String CASH_CREDITS = "C";

    private InputSheets() {
    }

    /** The input sheets this ledger has, in workbook order. */
    public static List<String> names(Ledger ledger) {
        List<String> names = new java.util.ArrayList<>();
        if (!ledger.costs().isEmpty()) {
            names.add(COSTS);
        }
        if (!ledger.customers().isEmpty()) {
            names.add(CUSTOMERS);
        }
        if (!ledger.funding().isEmpty()) {
            names.add(FUNDING);
        }
        if (!ledger.commitments().isEmpty()) {
            names.add(COMMITMENTS);
        }
        if (!ledger.cash().isEmpty()) {
            names.add(CASH);
        }
        return names;
    }

    /** A table's range of one column, header excluded, at least one row so an empty table still parses. */
    static String range(String sheet, String column, int entries) {
        int last = Math.max(FIRST_ROW, FIRST_ROW + entries - 1);
        return sheet + "!$" + column + "$" + FIRST_ROW + ":$" + column + "$" + last;
    }

    public static void write(XSSFWorkbook book, Ledger ledger, Cells cells) {
        if (!ledger.costs().isEmpty()) {
            costs(book.getSheet(COSTS), ledger.costs(), cells);
        }
        if (!ledger.customers().isEmpty()) {
            customers(book.getSheet(CUSTOMERS), ledger.customers(), cells);
        }
        if (!ledger.funding().isEmpty()) {
            funding(book.getSheet(FUNDING), ledger.funding(), cells);
        }
        if (!ledger.commitments().isEmpty()) {
            commitments(book.getSheet(COMMITMENTS), ledger.commitments(), cells);
        }
        if (!ledger.cash().isEmpty()) {
            cash(book.getSheet(CASH), ledger.cash(), cells);
        }
    }

    private static void costs(XSSFSheet sheet, List<CostEntry> costs, Cells cells) {
        String[] headers = {"Month", "Category", "Amount", "Paid With", "Currency", "Source"};
        rows(sheet, cells, headers, costs, (row, c) -> {
            cells.month(row, 0, c.month());
            row.getCell(0).setCellStyle(cells.inputMonth);
            cells.text(row, 1, c.category().label(), cells.inputText);
            Cells.number(row, 2, c.amount().amount(), cells.inputMoney);
            cells.text(row, 3, c.paidWith().label(), cells.inputText);
            cells.text(row, 4, c.amount().currency(), cells.inputText);
            Cells.text(row, 5, Objects.toString(c.source(), null));
        }, 10, 22, 20, 14, 10, 36);
    }

    private static void customers(XSSFSheet sheet, List<CustomerCount> customers, Cells cells) {
        String[] headers = {"Month", "Active", "New", "Churned", "Source"};
        rows(sheet, cells, headers, customers, (row, c) -> {
            cells.month(row, 0, c.month());
            row.getCell(0).setCellStyle(cells.inputMonth);
            Cells.number(row, 1, BigDecimal.valueOf(c.active()), cells.inputCount);
            Cells.number(row, 2, BigDecimal.valueOf(c.added()), cells.inputCount);
            Cells.number(row, 3, BigDecimal.valueOf(c.churned()), cells.inputCount);
            Cells.text(row, 4, Objects.toString(c.source(), null));
        }, 10, 12, 12, 12, 36);
    }

    private static void funding(XSSFSheet sheet, List<FundingEntry> funding, Cells cells) {
        String[] headers = {"Date", "Investor", "Amount", "Form", "Status", "Currency", "Source"};
        rows(sheet, cells, headers, funding, (row, f) -> {
            cells.date(row, 0, f.date());
            row.getCell(0).setCellStyle(cells.inputDate);
            cells.text(row, 1, f.investor(), cells.inputText);
            Cells.number(row, 2, f.amount().amount(), cells.inputMoney);
            cells.text(row, 3, f.form().label(), cells.inputText);
            cells.text(row, 4, f.status().label(), cells.inputText);
            cells.text(row, 5, f.amount().currency(), cells.inputText);
            Cells.text(row, 6, Objects.toString(f.source(), null));
        }, 12, widest(funding.stream().map(FundingEntry::investor).toList(), 24), 24, 14, 12, 10, 36);
    }

    private static void commitments(XSSFSheet sheet, List<Commitment> commitments, Cells cells) {
        String[] headers = {"Vendor", "Status", "Year", "Amount", "Currency", "Total", "Start Year", "Term Years", "Ramp",
                "Capacity GW", "Source"};
        rows(sheet, cells, headers, commitments, (row, c) -> {
            cells.text(row, 0, c.vendor(), cells.inputText);
            cells.text(row, 1, c.status().label(), cells.inputText);
            boolean oneYear = !c.isCapacity() && c.termYears() == 1 && c.rampPercents().isEmpty();
            if (oneYear) {
                Cells.formulaFree(row, 2, c.year(), cells.inputPlain);
                Cells.number(row, 3, c.amount().amount(), cells.inputMoney);
            } else if (c.isCapacity()) {
                Cells.formulaFree(row, 6, c.year(), cells.inputPlain);
                Cells.formulaFree(row, 7, c.termYears(), cells.inputPlain);
                Cells.number(row, 9, c.gigawatts(), cells.inputDecimal);
            } else {
                Cells.number(row, 5, c.amount().amount(), cells.inputMoney);
                Cells.formulaFree(row, 6, c.year(), cells.inputPlain);
                Cells.formulaFree(row, 7, c.termYears(), cells.inputPlain);
                if (!c.rampPercents().isEmpty()) {
                    cells.text(row, 8, c.rampPercents().stream().map(p -> p.toPlainString() + "%")
                            .collect(Collectors.joining(", ")), cells.inputText);
                }
            }
            if (c.amount() != null) {
                cells.text(row, 4, c.amount().currency(), cells.inputText);
            }
            Cells.text(row, 10, Objects.toString(c.source(), null));
        }, widest(commitments.stream().map(Commitment::vendor).toList(), 24), 22, 8, 22, 10,
                22, 11, 11, 18, 12, 36);
    }

    private static void cash(XSSFSheet sheet, List<CashBalance> cash, Cells cells) {
        String[] headers = {"Month", "Cash Balance", "Unused Credits", "Currency", "Source"};
        rows(sheet, cells, headers, cash, (row, c) -> {
            cells.month(row, 0, c.month());
            row.getCell(0).setCellStyle(cells.inputMonth);
            Cells.number(row, 1, c.cash().amount(), cells.inputMoney);
            Cells.number(row, 2, c.unusedCredits().amount(), cells.inputMoney);
            cells.text(row, 3, c.cash().currency(), cells.inputText);
            Cells.text(row, 4, Objects.toString(c.source(), null));
        }, 10, 24, 24, 10, 36);
    }

    /** A header row, then one row per item written by {@code fill}; header frozen and filtered, widths in characters. */
    private static <T> void rows(XSSFSheet sheet, Cells cells, String[] headers, List<T> items, BiConsumer<Row, T> fill,
                                 int... widths) {
        cells.headers(sheet.createRow(0), headers);
        int n = FIRST_ROW - 1;
        for (T item : items) {
            fill.accept(sheet.createRow(n++), item);
        }
        finish(sheet, headers.length, n, widths);
    }

    /** Header frozen and filtered; column widths in characters. */
    private static void finish(XSSFSheet sheet, int columns, int lastRow, int... widths) {
        sheet.createFreezePane(0, 1);
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, lastRow - 1), 0, columns - 1));
        for (int c = 0; c < widths.length; c++) {
            sheet.setColumnWidth(c, Math.min(255, widths[c]) * 256);
        }
    }

    /** The longest text's width plus a margin, at least {@code least} characters, at most 60. */
    static int widest(List<String> texts, int least) {
        int longest = texts.stream().filter(Objects::nonNull).mapToInt(String::length).max().orElse(0);
        return Math.min(60, Math.max(least, longest + 2));
    }
}
