package io.haircut.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import io.haircut.ledger.CostEntry;
import io.haircut.ledger.RevenueEntry;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Property: whatever a plan looks like, no import adds a row whose unit is a count, a price or a
 * percentage into an amount. Plans are generated from a fixed seed (so a failure is repeatable): revenue
 * and cost lines with amounts, driver rows mixed in among them (their unit in a unit column, or in their
 * label), sometimes a "(per order)" cost block, sometimes three scenario blocks. Each import either
 * refuses (naming a cell) or gives exactly the amounts of the revenue and cost rows of the first block,
 * computed here from the generated figures, and no entry from a driver row.
 */
class DriverRowsPropertyTest {

    /** Drivers whose label alone says what they are (no unit column needed). */
    private static final String[] LABELLED = {"Number of Orders", "Average Order Value", "Price per unit", "% growth", "Gross margin %",
        "Conversion rate", "Headcount", "ARPU", "Unit price", "Avg. basket size", "No. of customers", "Revenue growth %", "Revenue per customer",
        "Average selling price", "Sales per employee", "MoM growth"};
    /** Drivers with a neutral label whose unit cell says what they are. */
    private static final String[] NEUTRAL = {"Orders", "Seats", "Subscribers", "Basket", "Visits", "Take", "Uplift", "Yield"};
    private static final String[] UNITS = {"#", "units", "count", "%", "$/order", "per unit", "USD/seat", "Nos.", "(%)", "qty"};
    private static final String[][] SCENARIOS = {{"Live", "Upper", "Lower"}, {"Base case", "Upside", "Downside"}};

    @TempDir
    Path dir;

    /** A generated plan: the rows to write, which rows are drivers, and the amounts the first block states. */
    private static final class Plan {
        final List<Object[]> rows = new ArrayList<>();
        final Set<Integer> drivers = new HashSet<>();
        final Set<Integer> firstBlock = new HashSet<>();
        BigDecimal revenue = BigDecimal.ZERO;
        BigDecimal costs = BigDecimal.ZERO;
        boolean inFirst = true;

        int add(Object... row) {
            rows.add(row);
            int n = rows.size();
            if (inFirst) {
                firstBlock.add(n);
            }
            return n;
        }
    }

    @Test
    void noImportAddsACountPriceOrPercentageRowIntoAnAmount() throws Exception {
        Random random = new Random(20_240_611L);
        int imported = 0;
        int refused = 0;
        for (int trial = 0; trial < 60; trial++) {
            Plan plan = generate(random);
            TestBook book = TestBook.xlsx().sheet("Plan");
            for (int i = 0; i < plan.rows.size(); i++) {
                book.row(i + 1, plan.rows.get(i));
            }
            Path file = book.write(dir.resolve("plan-" + trial + ".xlsx"));
            ImportedLedger result;
            try {
                result = LedgerImporter.importPaths(List.of(file), ImportOptions.DEFAULTS);
            } catch (ImportException refusal) {
                // Right or refused: a refusal must point at the sheet (and so at a cell or the choice to make).
                assertThat(refusal.getMessage()).as("trial %d", trial).contains("plan-" + trial + ".xlsx!Plan");
                refused++;
                continue;
            }
            imported++;
            for (RevenueEntry e : result.ledger().revenue()) {
                assertThat(plan.drivers).as("trial %d: revenue from %s", trial, e.source()).doesNotContain(e.source().row());
                assertThat(plan.firstBlock).as("trial %d: revenue from %s, outside the first block", trial, e.source()).contains(e.source().row());
            }
            for (CostEntry e : result.ledger().costs()) {
                assertThat(plan.drivers).as("trial %d: cost from %s", trial, e.source()).doesNotContain(e.source().row());
            }
            BigDecimal revenue = result.ledger().revenue().stream().map(e -> e.amount().amount()).reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal costs = result.ledger().costs().stream().map(e -> e.amount().amount()).reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(revenue).as("trial %d revenue", trial).isEqualByComparingTo(plan.revenue);
            assertThat(costs).as("trial %d costs", trial).isEqualByComparingTo(plan.costs);
        }
        // The property holds vacuously for refused files: most generated plans are plain enough to import.
        assertThat(imported).as("imported, with %d refused", refused).isGreaterThanOrEqualTo(45);
    }

    private static Plan generate(Random random) {
        Plan plan = new Plan();
        int periods = 3 + random.nextInt(3);
        boolean unitColumn = random.nextBoolean();
        boolean years = random.nextBoolean();
        String[] scenarios = random.nextInt(3) == 0 ? SCENARIOS[random.nextInt(SCENARIOS.length)] : null;
        plan.add("Acme plan");
        int blocks = scenarios == null ? 1 : scenarios.length;
        for (int b = 0; b < blocks; b++) {
            plan.inFirst = b == 0;
            if (scenarios != null) {
                plan.add(scenarios[b]);
            }
            List<Object> header = new ArrayList<>();
            header.add(null);
            if (unitColumn) {
                header.add("Unit");
            }
            for (int p = 0; p < periods; p++) {
                header.add(years ? (Object) (2021 + p) : new String[] {"Jan", "Feb", "Mar", "Apr", "May"}[p] + "-25");
            }
            plan.add(header.toArray());
            block(plan, random, periods, unitColumn, b == 0);
        }
        return plan;
    }

    /** One block: a Revenue section with drivers among its lines, then costs, perhaps a per-order cost section. */
    private static void block(Plan plan, Random random, int periods, boolean unitColumn, boolean counted) {
        plan.add("Revenue");
        int lines = 1 + random.nextInt(2);
        BigDecimal[] sum = zeros(periods);
        String[] names = lines == 1 ? new String[] {"Revenue"} : new String[] {"Subscription revenue", "Services revenue"};
        List<Object[]> amounts = new ArrayList<>();
        for (String name : names) {
            Object[] row = line(name, unitColumn ? "$" : null, amounts(random, periods, sum));
            amounts.add(row);
        }
        // Drivers go before, between and after the revenue lines.
        List<Object[]> drivers = new ArrayList<>();
        for (int d = random.nextInt(4); d >= 0; d--) {
            drivers.add(driver(random, periods, unitColumn));
        }
        List<Object[]> section = new ArrayList<>(amounts);
        for (Object[] d : drivers) {
            section.add(random.nextInt(section.size() + 1), d);
        }
        for (Object[] row : section) {
            int n = plan.add(row);
            if (drivers.contains(row)) {
                plan.drivers.add(n);
            }
        }
        if (lines == 2 && random.nextBoolean()) {
            plan.add(line("Total revenue", unitColumn ? "$" : null, sum));
        }
        if (counted) {
            plan.revenue = plan.revenue.add(total(sum));
        }
        BigDecimal[] cogs = zeros(periods);
        if (random.nextBoolean()) {
            plan.add("Cost of Goods Sold (per order)");
            for (String part : new String[] {"Manufacturing", "Shipping", "Packaging"}) {
                if (random.nextBoolean()) {
                    plan.drivers.add(plan.add(line(part, unitColumn ? "$" : null, amounts(random, periods, zeros(periods)))));
                }
            }
        }
        plan.add(line("Cost of Goods Sold", unitColumn ? "$" : null, amounts(random, periods, cogs)));
        plan.drivers.add(plan.add(line("Gross margin %", unitColumn ? "%" : null, amounts(random, periods, zeros(periods)))));
        if (counted) {
            plan.costs = plan.costs.add(total(cogs));
        }
    }

    private static Object[] driver(Random random, int periods, boolean unitColumn) {
        String label;
        String unit;
        if (unitColumn && random.nextBoolean()) {
            label = NEUTRAL[random.nextInt(NEUTRAL.length)];
            unit = UNITS[random.nextInt(UNITS.length)];
        } else {
            label = LABELLED[random.nextInt(LABELLED.length)];
            unit = unitColumn ? (label.contains("%") || label.contains("growth") || label.contains("rate") ? "%" : "$") : null;
        }
        return line(label, unit, amounts(random, periods, zeros(periods)));
    }

    private static Object[] line(String label, String unit, BigDecimal[] figures) {
        List<Object> row = new ArrayList<>();
        row.add(label);
        if (unit != null) {
            row.add(unit);
        }
        row.addAll(List.of(figures));
        return row.toArray();
    }

    /** Figures in whole and half units (exact in a double), each added into {@code sum}. */
    private static BigDecimal[] amounts(Random random, int periods, BigDecimal[] sum) {
        BigDecimal[] out = new BigDecimal[periods];
        for (int p = 0; p < periods; p++) {
            out[p] = BigDecimal.valueOf(1 + random.nextInt(200_000)).divide(BigDecimal.valueOf(2));
            sum[p] = sum[p].add(out[p]);
        }
        return out;
    }

    private static BigDecimal[] zeros(int periods) {
        BigDecimal[] z = new BigDecimal[periods];
        java.util.Arrays.fill(z, BigDecimal.ZERO);
        return z;
    }

    private static BigDecimal total(BigDecimal[] figures) {
        return java.util.Arrays.stream(figures).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
