package io.haircut.rules;

import io.haircut.ledger.PartyRegister;
import io.haircut.ledger.Relationship;
import io.haircut.ledger.RevenueEntry;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A test on one entry. Rule files compile to a tree of these (grammar in rules/README.md):
 * field tests compare the entry's text case-insensitively; counterparty tests look the customer up
 * in the party register; all / any / not combine.
 */
public sealed interface Condition {

    boolean test(RevenueEntry entry, PartyRegister parties);

    /** The field's value equals one of {@code values} (one value for {@code equals}), ignoring case. */
    record FieldIn(String field, Set<String> values) implements Condition {
        public FieldIn {
            values = values.stream().map(v -> v.toLowerCase(Locale.ROOT)).collect(java.util.stream.Collectors.toUnmodifiableSet());
        }

        @Override
        public boolean test(RevenueEntry entry, PartyRegister parties) {
            return entry.field(field).map(v -> values.contains(v.trim().toLowerCase(Locale.ROOT))).orElse(false);
        }
    }

    /** The field's value contains a match of {@code pattern}. */
    record FieldMatches(String field, Pattern pattern) implements Condition {
        @Override
        public boolean test(RevenueEntry entry, PartyRegister parties) {
            return entry.field(field).map(v -> pattern.matcher(BoundedText.of(v)).find()).orElse(false);
        }
    }

    /**
     * The customer belongs to a declared group: to one of {@code groups} when given, and with one of
     * {@code relationships} when given.
     */
    record Counterparty(Set<String> groups, Set<Relationship> relationships) implements Condition {
        @Override
        public boolean test(RevenueEntry entry, PartyRegister parties) {
            Optional<PartyRegister.Group> group = parties.groupOf(entry.customer());
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
        @Override
        public boolean test(RevenueEntry entry, PartyRegister parties) {
            return conditions.stream().allMatch(c -> c.test(entry, parties));
        }
    }

    record Any(List<Condition> conditions) implements Condition {
        @Override
        public boolean test(RevenueEntry entry, PartyRegister parties) {
            return conditions.stream().anyMatch(c -> c.test(entry, parties));
        }
    }

    record Not(Condition condition) implements Condition {
        @Override
        public boolean test(RevenueEntry entry, PartyRegister parties) {
            return !condition.test(entry, parties);
        }
    }
}
