package io.haircut.rules;

import io.haircut.ledger.LedgerEntry;
import io.haircut.ledger.PartyRegister;
import io.haircut.ledger.Relationship;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A test on one entry of any table. Rule files compile to a tree of these (grammar beside
 * {@code RuleFileParser} and in docs/rules.md): text tests compare the entry's field case-insensitively,
 * amount tests compare the amount as imported (BigDecimal, never text), date, month and year ranges are
 * inclusive, counterparty tests look the entry's counterparty up in the party register, and all / any /
 * not combine. A closed set: rule files are data, and nothing here can reach other code.
 */
public sealed interface Condition {

    boolean test(LedgerEntry entry, Counterparties parties);

    /** The test against a register directly; a rule run uses {@link Counterparties}, which remembers lookups. */
    default boolean test(LedgerEntry entry, PartyRegister parties) {
        return test(entry, new Counterparties(parties));
    }

    /** The field's value equals one of {@code values} (one value for {@code equals}), ignoring case. */
    record FieldIn(String field, Set<String> values) implements Condition {
        public FieldIn {
            values = values.stream().map(v -> v.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
        }

        @Override
        public boolean test(LedgerEntry entry, Counterparties parties) {
            Optional<String> value = entry.field(field);
            if (value.isEmpty()) {
                return false;
            }
            // equalsIgnoreCase on the trimmed value: no lower-cased copy of every cell on a large ledger
            String v = value.get().trim();
            for (String x : values) {
                if (x.equalsIgnoreCase(v)) {
                    return true;
                }
            }
            return false;
        }
    }

    /** The field's value contains a match of {@code pattern}; evaluation is bounded ({@link BoundedText}). */
    record FieldMatches(String field, Pattern pattern) implements Condition {
        @Override
        public boolean test(LedgerEntry entry, Counterparties parties) {
            return entry.field(field).map(v -> pattern.matcher(BoundedText.of(v)).find()).orElse(false);
        }
    }

    /** The entry has a non-blank value in the field ({@code exists: true}), or has none ({@code exists: false}). */
    record FieldExists(String field, boolean exists) implements Condition {
        @Override
        public boolean test(LedgerEntry entry, Counterparties parties) {
            return entry.field(field).filter(v -> !v.isBlank()).isPresent() == exists;
        }
    }

    /** The amount as imported equals one of {@code values}, compared as numbers (1200.5 equals 1200.50). */
    record AmountIn(Set<BigDecimal> values) implements Condition {
        public AmountIn {
            values = values.stream().map(Condition::canonical).collect(Collectors.toUnmodifiableSet());
        }

        @Override
        public boolean test(LedgerEntry entry, Counterparties parties) {
            return entry.amount() != null && values.contains(canonical(entry.amount().amount()));
        }
    }

    /** The amount as imported compares to {@code value} as {@code op} says ({@code amount: {gt: 1000000}}). */
    record AmountCompare(Comparison op, BigDecimal value) implements Condition {
        @Override
        public boolean test(LedgerEntry entry, Counterparties parties) {
            // A capacity commitment (GW) has no amount to compare.
            return entry.amount() != null && op.holds(entry.amount().amount().compareTo(value));
        }
    }

    /** The four comparisons a rule file may write, and the keys it writes them with. */
    enum Comparison {
        GT("gt"), GTE("gte"), LT("lt"), LTE("lte");

        final String key;

        Comparison(String key) {
            this.key = key;
        }

        boolean holds(int comparison) {
            return switch (this) {
                case GT -> comparison > 0;
                case GTE -> comparison >= 0;
                case LT -> comparison < 0;
                case LTE -> comparison <= 0;
            };
        }

        public static Optional<Comparison> of(String key) {
            for (Comparison c : values()) {
                if (c.key.equals(key)) {
                    return Optional.of(c);
                }
            }
            return Optional.empty();
        }
    }

    /** The entry's date lies between {@code from} and {@code to}, both inclusive; a null bound is open. */
    record DateBetween(LocalDate from, LocalDate to) implements Condition {
        @Override
        public boolean test(LedgerEntry entry, Counterparties parties) {
            return entry.field("date").map(LocalDate::parse)
                    .map(d -> (from == null || !d.isBefore(from)) && (to == null || !d.isAfter(to))).orElse(false);
        }
    }

    /** The entry's month lies between {@code from} and {@code to}, both inclusive; a null bound is open. */
    record MonthBetween(YearMonth from, YearMonth to) implements Condition {
        @Override
        public boolean test(LedgerEntry entry, Counterparties parties) {
            return entry.field("month").map(YearMonth::parse)
                    .map(m -> (from == null || !m.isBefore(from)) && (to == null || !m.isAfter(to))).orElse(false);
        }
    }

    /** The entry's year (a commitment's) lies between {@code from} and {@code to}, both inclusive. */
    record YearBetween(Integer from, Integer to) implements Condition {
        @Override
        public boolean test(LedgerEntry entry, Counterparties parties) {
            return entry.field("year").map(Integer::valueOf)
                    .map(y -> (from == null || y >= from) && (to == null || y <= to)).orElse(false);
        }
    }

    /**
     * The entry's counterparty (customer, investor or vendor) belongs to a declared group: to one of
     * {@code groups} when given, and with one of {@code relationships} when given.
     */
    record Counterparty(Set<String> groups, Set<Relationship> relationships) implements Condition {
        @Override
        public boolean test(LedgerEntry entry, Counterparties parties) {
            Optional<PartyRegister.Group> group = parties.groupOf(entry);
            if (group.isEmpty()) {
                return false;
            }
            boolean groupOk = groups.isEmpty() || groups.stream().anyMatch(g -> g.equalsIgnoreCase(group.get().name()));
            boolean relationshipOk = relationships.isEmpty()
                    || group.get().relationships().stream().anyMatch(relationships::contains);
            return groupOk && relationshipOk;
        }
    }

    record All(List<Condition> conditions) implements Condition {
        public All {
            conditions = List.copyOf(conditions);
        }

        @Override
        public boolean test(LedgerEntry entry, Counterparties parties) {
            for (Condition c : conditions) {
                if (!c.test(entry, parties)) {
                    return false;
                }
            }
            return true;
        }
    }

    record Any(List<Condition> conditions) implements Condition {
        public Any {
            conditions = List.copyOf(conditions);
        }

        @Override
        public boolean test(LedgerEntry entry, Counterparties parties) {
            for (Condition c : conditions) {
                if (c.test(entry, parties)) {
                    return true;
                }
            }
            return false;
        }
    }

    record Not(Condition condition) implements Condition {
        @Override
        public boolean test(LedgerEntry entry, Counterparties parties) {
            return !condition.test(entry, parties);
        }
    }

    /** Holds for every entry: the condition of a round-trip or concentration rule written without {@code when}. */
    record Always() implements Condition {
        @Override
        public boolean test(LedgerEntry entry, Counterparties parties) {
            return true;
        }
    }

    /** A number without trailing zeros, so that equal amounts are equal set members whatever their scale. */
    private static BigDecimal canonical(BigDecimal amount) {
        return amount.signum() == 0 ? BigDecimal.ZERO : amount.stripTrailingZeros();
    }
}
