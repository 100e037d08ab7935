package io.haircut.shell.input;

import io.haircut.HaircutException;
import io.haircut.coverage.Basis;
import io.haircut.coverage.CoverageOptions;
import io.haircut.coverage.Scenario;
import io.haircut.ledger.Granularity;
import io.haircut.ledger.Labelled;
import io.haircut.ledger.Period;
import io.haircut.ledger.Status;
import io.haircut.metrics.PeriodSelection;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads what the analyst typed as option values into the values the domain takes: rates, dollars,
 * statuses, periods, sheet names, a scenario. Only the shell knows options by name, so each mistake is
 * one line naming the option and what was expected.
 */
public final class OptionText {

    /** The option that prices capacity, named in coverage's note when no commitment needed a price. */
    static final String USD_PER_GW_YEAR = "--usd-per-gw-year";

    /** The option that picks sheets by name, named in the import's notes and errors about them. */
    public static final String SHEETS = "--sheets";

    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)");
    private static final Pattern DOLLARS = Pattern.compile("(\\d+(\\.\\d*)?|\\.\\d+)(k|m|b|bn)?");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-[Qq]([1-4])");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");

    private OptionText() {
    }

    /** {@code 40%} -> 0.40, {@code -5%} -> -0.05, {@code 0.4} -> 0.4 (a fraction when there is no % sign). */
    static BigDecimal rate(String text, String option) {
        String t = text == null ? "" : text.trim();
        boolean percent = t.endsWith("%");
        String digits = percent ? t.substring(0, t.length() - 1).trim() : t;
        if (!NUMBER.matcher(digits).matches()) {
            throw new HaircutException(option + ": expected a rate such as 40% or 0.4, found '" + text + "'");
        }
        BigDecimal v = new BigDecimal(digits);
        return percent ? v.movePointLeft(2) : v;
    }

    /** A positive dollar amount: digits with optional $ and thousands commas, and an optional k, M or B multiplier. */
    static BigDecimal dollars(String text, String option) {
        String t = text == null ? "" : text.trim().toLowerCase(Locale.ROOT).replace(",", "").replace("_", "");
        if (t.startsWith("$")) {
            t = t.substring(1);
        }
        Matcher m = DOLLARS.matcher(t);
        if (!m.matches()) {
            throw new HaircutException(option + ": expected dollars such as 2000000000, 2,000,000,000 or 2B, found '" + text + "'");
        }
        BigDecimal v = new BigDecimal(m.group(1));
        String unit = m.group(3) == null ? "" : m.group(3);
        v = switch (unit) {
            case "k" -> v.movePointRight(3);
            case "m" -> v.movePointRight(6);
            case "b", "bn" -> v.movePointRight(9);
            default -> v;
        };
        if (v.signum() <= 0) {
            throw new HaircutException(option + ": expected dollars above 0, found '" + text + "'");
        }
        return v;
    }

    /** {@code --usd-per-gw-year}: null when not given. */
    public static BigDecimal usdPerGwYear(String text) {
        return text == null ? null : dollars(text, USD_PER_GW_YEAR);
    }

    /**
     * {@code --include}: {@code contingent}, {@code reported-unconfirmed}, both comma-separated, or {@code all};
     * null or blank counts binding commitments only (docs/methodology.md, "Contingent amounts": "excluded from coverage unless asked").
     */
    static Set<Status> included(String text) {
        EnumSet<Status> statuses = EnumSet.of(Status.BINDING);
        if (text == null || text.isBlank()) {
            return statuses;
        }
        for (String part : text.split(",")) {
            String p = part.trim();
            if (p.toLowerCase(Locale.ROOT).equals("all")) {
                statuses.addAll(EnumSet.allOf(Status.class));
                continue;
            }
            statuses.add(Status.parse(p).orElseThrow(() -> new HaircutException("--include: unknown status '" + p
                    + "'; expected one of " + Labelled.choices(Status.class) + " or all, comma-separated")));
        }
        return statuses;
    }

    /** What {@code coverage} counts: {@code --include} and {@code --usd-per-gw-year}. */
    public static CoverageOptions coverage(String include, String usdPerGwYear) {
        return new CoverageOptions(included(include), usdPerGwYear(usdPerGwYear), USD_PER_GW_YEAR);
    }

    /**
     * A growth scenario from {@code --growth} and {@code --decay} (0% when not given); the one place both
     * {@code coverage --growth} and {@code scenario add} build theirs.
     */
    public static Scenario scenario(String name, String growth, String decay, boolean withoutTopCustomer, Basis basis,
                             boolean withoutVendorFunding) {
        return new Scenario(name, rate(growth, "--growth"), decay == null ? BigDecimal.ZERO : rate(decay, "--decay"),
                withoutTopCustomer, basis, withoutVendorFunding);
    }

    /** {@code --basis}: adjusted | reported. */
    public static Basis basis(String text) {
        return Basis.parse(text).orElseThrow(() -> new HaircutException(
                "--basis: unknown basis '" + text + "'; expected one of " + Labelled.choices(Basis.class)));
    }

    /** {@code --by}: month | quarter | year; null when not given. */
    public static Granularity granularity(String text) {
        return text == null ? null : Granularity.parse(text).orElseThrow(() -> new HaircutException(
                "unknown period '" + text + "'; expected one of " + Labelled.choices(Granularity.class)));
    }

    /** {@code --period}: {@code 2026-03} (a month), {@code 2026-Q1} (a quarter), {@code 2026} (a year) or {@code all}; null for the default. */
    public static PeriodSelection period(String text) {
        if (text == null) {
            return PeriodSelection.LATEST;
        }
        String t = text.trim();
        if (t.equalsIgnoreCase("all")) {
            return PeriodSelection.ALL;
        }
        Matcher m = MONTH.matcher(t);
        if (m.matches() && Integer.parseInt(m.group(2)) >= 1 && Integer.parseInt(m.group(2)) <= 12) {
            return PeriodSelection.of(new Period(Granularity.MONTH, YearMonth.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)))));
        }
        Matcher q = QUARTER.matcher(t);
        if (q.matches()) {
            return PeriodSelection.of(new Period(Granularity.QUARTER,
                    YearMonth.of(Integer.parseInt(q.group(1)), (Integer.parseInt(q.group(2)) - 1) * 3 + 1)));
        }
        if (YEAR.matcher(t).matches()) {
            return PeriodSelection.of(new Period(Granularity.YEAR, YearMonth.of(Integer.parseInt(t), 1)));
        }
        throw new HaircutException("'" + text + "' is not a period; expected a month (2026-03), a quarter (2026-Q1), a year (2026) or all");
    }

    /** The names of {@code --sheets "Income Statement,Revenue"}: split at commas, trimmed; empty for null. */
    public static List<String> sheetNames(String text) {
        if (text == null) {
            return List.of();
        }
        return Arrays.stream(text.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }
}
