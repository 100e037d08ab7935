package io.haircut.workbook.read;

import io.haircut.HaircutException;
import io.haircut.ledger.Commitment;
import io.haircut.ledger.Money;
import io.haircut.ledger.Status;
import io.haircut.workbook.ImportException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads one row of the Commitments sheet in one of its three forms (samples/README.md, Commitments):
 * <pre>
 *   Year + Amount                                  one year in dollars (the original layout)
 *   Total + Start Year + Term Years [+ Ramp]       a total spread evenly, or by a ramp of percents per year
 *   Capacity GW + Year | Start Year [+ Term Years] capacity in each year, in GW; dollars need a $/GW-year later
 * </pre>
 * A row that mixes forms, or lacks a column its form needs, fails naming the cell.
 */
final class CommitmentRows {

    private static final String FORMS = "give Year and Amount, or Total with Start Year and Term Years (and an optional Ramp), "
            + "or Capacity GW with Year (or Start Year and Term Years)";
    private static final Pattern RAMP_SEPARATORS = Pattern.compile("[,;\\s]+");
    private static final Pattern PERCENT = Pattern.compile("\\d+(\\.\\d+)?");
    private static final int LONGEST_TERM = 100;

    private CommitmentRows() {
    }

    static Commitment commitment(RowFields f, String vendor) {
        Status status = f.choice("Status", Status.class);
        List<String> stated = new ArrayList<>();
        for (String column : List.of("Amount", "Total", "Capacity GW")) {
            if (f.has(column)) {
                stated.add(column);
            }
        }
        if (stated.size() != 1) {
            String where = stated.isEmpty() ? "Vendor" : stated.get(1);
            String found = stated.isEmpty() ? "none" : String.join(" and ", stated);
            throw f.fail(where, "a commitment row states one of Amount, Total or Capacity GW, found " + found + "; " + FORMS);
        }
        try {
            return switch (stated.get(0)) {
                case "Amount" -> oneYear(f, vendor, status);
                case "Total" -> total(f, vendor, status);
                default -> capacity(f, vendor, status);
            };
        } catch (ImportException e) {
            throw e;
        } catch (HaircutException e) {
            // The ledger's own checks (a ramp that does not add up) already name the cell.
            throw new ImportException(e.getMessage(), e);
        }
    }

    private static Commitment oneYear(RowFields f, String vendor, Status status) {
        refuse(f, "Amount is one year's spend; for a total over several years use Total", "Start Year", "Term Years", "Ramp");
        if (!f.has("Year")) {
            throw f.fail("Amount", "an Amount needs a Year; " + FORMS);
        }
        return new Commitment(vendor, f.year("Year"), new Money(f.amount("Amount"), f.currency("Currency")), status, f.ref("Amount"));
    }

    private static Commitment total(RowFields f, String vendor, Status status) {
        int start = startYear(f, "Total");
        Money total = new Money(f.amount("Total"), f.currency("Currency"));
        if (f.has("Ramp")) {
            List<BigDecimal> percents = ramp(f);
            if (f.has("Term Years") && termYears(f) != percents.size()) {
                throw f.fail("Ramp", "the ramp " + f.text("Ramp") + " has " + percents.size() + " percents for a term of "
                        + termYears(f) + " years; expected one percent per year");
            }
            return Commitment.ramp(vendor, start, total, percents, status, f.ref("Total"), f.ref("Ramp"));
        }
        if (!f.has("Term Years")) {
            throw f.fail("Total", "a Total needs Term Years (or a Ramp with one percent per year); " + FORMS);
        }
        return Commitment.total(vendor, start, termYears(f), total, status, f.ref("Total"));
    }

    private static Commitment capacity(RowFields f, String vendor, Status status) {
        refuse(f, "a ramp spreads a Total; for capacity that changes by year give one row per year", "Ramp");
        int start = startYear(f, "Capacity GW");
        int term = f.has("Term Years") ? termYears(f) : 1;
        BigDecimal gigawatts = f.number("Capacity GW", "a capacity in GW such as 5 or 3.5");
        if (gigawatts.signum() <= 0) {
            throw f.fail("Capacity GW", "expected a capacity above 0 GW, found '" + f.text("Capacity GW") + "'");
        }
        return Commitment.capacity(vendor, start, term, gigawatts, status, f.ref("Capacity GW"));
    }

    /** Start Year, or Year when Start Year is blank; both given must agree. */
    private static int startYear(RowFields f, String form) {
        if (f.has("Start Year")) {
            int start = f.year("Start Year");
            if (f.has("Year") && f.year("Year") != start) {
                throw f.fail("Year", "Year " + f.year("Year") + " and Start Year " + start + " disagree; give one of them");
            }
            return start;
        }
        if (f.has("Year")) {
            return f.year("Year");
        }
        throw f.fail(form, form + " needs a Start Year (or a Year); " + FORMS);
    }

    private static int termYears(RowFields f) {
        long term = f.count("Term Years");
        if (term < 1 || term > LONGEST_TERM) {
            throw f.fail("Term Years", "expected a term of 1 to " + LONGEST_TERM + " years, found " + term);
        }
        return (int) term;
    }

    /** "10%,20%,30%,40%" (or "10 20 30 40", or ";" between): percents of the total, year by year. */
    private static List<BigDecimal> ramp(RowFields f) {
        String text = f.text("Ramp");
        List<BigDecimal> percents = new ArrayList<>();
        for (String part : RAMP_SEPARATORS.split(text.trim())) {
            String p = part.endsWith("%") ? part.substring(0, part.length() - 1) : part;
            if (!PERCENT.matcher(p).matches()) {
                throw f.fail("Ramp", "expected percents per year such as 10%,20%,30%,40%, found '" + text + "'");
            }
            percents.add(new BigDecimal(p));
        }
        return percents;
    }

    private static void refuse(RowFields f, String why, String... columns) {
        for (String column : columns) {
            if (f.has(column)) {
                throw f.fail(column, why);
            }
        }
    }
}
