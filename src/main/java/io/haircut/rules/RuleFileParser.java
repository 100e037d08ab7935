package io.haircut.rules;

import io.haircut.ledger.Labelled;
import io.haircut.ledger.Relationship;
import io.haircut.ledger.Settlement;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Turns one rule file's located YAML tree into {@link Rule}s, refusing anything outside the grammar
 * below with an error that names the place, what was wrong and what was expected. The manual with an
 * example for every form is rules/README.md; this comment is the grammar's one written-down copy.
 *
 * <pre>
 * file        := rule                                  one rule: a mapping
 *              | "rules:" [rule, ...]                  several, in order (at least one)
 * rule        := mapping of
 *     id:          [a-z0-9][a-z0-9-]*                  required; unique across the loaded files
 *     description: text                                required
 *     basis:       text                                required; the citation, e.g. "ASC 850 / IAS 24"
 *     applies-to:  revenue                             optional, default revenue (the only one so far)
 *     view:        cash | adjusted                     required; the bridge step it feeds
 *     when:        conditions                          required
 *     action:      strip | haircut | flag              required
 *     percent:     number | "number%"                  with haircut only, required there; 0 &lt; p &lt;= 100
 * conditions  := mapping of condition entries, at least one; all must hold (AND)
 * condition   := FIELD: value                          equals, ignoring case
 *              | FIELD: [value, ...]                   equals one of them
 *              | FIELD: {test: ..., ...}               every test must hold
 *              | counterparty: {group: name | [name, ...], relationship: REL | [REL, ...]}   one or both
 *              | relationship: REL | [REL, ...]        = counterparty: {relationship: ...}
 *              | all: [conditions, ...]                every item holds
 *              | any: [conditions, ...]                at least one item holds
 *              | not: conditions                       the conditions do not all hold
 * test        := equals: value | in: [value, ...] | not-in: [value, ...]
 *              | matches: java-regex                   find, ignoring case; compiled at load
 *              | contains: text                        ignoring case
 * FIELD       := customer | channel | settlement | currency | date | month | amount | invoice | product
 * REL         := investor | affiliate | other
 * values of settlement: cash | cloud-credit; of month: YYYY-MM; of date: YYYY-MM-DD (checked at load)
 * </pre>
 */
final class RuleFileParser {

    /** A rule and where its id value is, for duplicate-id errors that name both places. */
    record ParsedRule(Rule rule, String file, int idLine, int idColumn) {
        String idPlace() {
            return file + ":" + idLine + ":" + idColumn;
        }
    }

    static final List<String> RULE_KEYS = List.of("id", "description", "basis", "applies-to", "view", "when", "action", "percent");
    static final List<String> FIELDS = List.of("customer", "channel", "settlement", "currency", "date", "month", "amount", "invoice", "product");
    static final List<String> COMBINATORS = List.of("counterparty", "relationship", "all", "any", "not");
    static final List<String> TESTS = List.of("equals", "in", "not-in", "matches", "contains");
    static final List<String> COUNTERPARTY_KEYS = List.of("group", "relationship");
    static final List<String> ACTIONS = List.of("strip", "haircut", "flag");
    /** applies-to values that name a real table but have no rules yet. */
    static final List<String> LATER_TABLES = List.of("costs", "cost", "funding", "commitments", "cash");

    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]*");
    private static final Pattern PERCENT = Pattern.compile("([0-9]+(?:\\.[0-9]+)?|\\.[0-9]+)\\s*%?");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    /** Patterns compare like the rest of the conditions: ignoring case, Unicode-aware. */
    static final int PATTERN_FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    private final String path;

    private RuleFileParser(String path) {
        this.path = path;
    }

    /** The rules of one file, in file order. */
    static List<ParsedRule> parse(String path, String text) {
        RuleFileParser parser = new RuleFileParser(path);
        Optional<YamlNode> root = YamlReader.read(path, text);
        if (root.isEmpty()) {
            throw new RuleFileException(path + ":1:1: the file has no rules; expected a rule (id, description, basis,"
                    + " view, when, action) or a 'rules:' list of them");
        }
        return parser.file(root.get());
    }

    // file := rule | "rules:" [rule, ...]
    private List<ParsedRule> file(YamlNode root) {
        if (!(root instanceof YamlNode.Mapping top)) {
            String hint = root instanceof YamlNode.Sequence ? "; put 'rules:' on the line above the list" : "";
            throw error(root, "the file holds " + root.describe() + "; expected a rule (id, description, basis, view,"
                    + " when, action) or a 'rules:' list of them" + hint);
        }
        Optional<YamlNode.Entry> rules = top.get("rules");
        if (rules.isEmpty()) {
            return List.of(rule(top));
        }
        for (YamlNode.Entry e : top.entries()) {
            if (!e.key().equals("rules")) {
                throw error(e, "unknown key '" + e.key() + "' beside 'rules'; expected only 'rules:' with a list"
                        + " of rules under it (or one rule and no 'rules:')");
            }
        }
        YamlNode list = rules.get().value();
        if (!(list instanceof YamlNode.Sequence seq) || seq.items().isEmpty()) {
            String found = list instanceof YamlNode.Sequence ? "an empty list" : list.describe();
            throw errorAtValue(rules.get(), "'rules' holds " + found + "; expected a list of rules, each starting with '- id: ...'");
        }
        List<ParsedRule> parsed = new ArrayList<>();
        for (YamlNode item : seq.items()) {
            if (!(item instanceof YamlNode.Mapping m)) {
                throw error(item, "a rule is " + item.describe() + "; expected a rule: a mapping with id, description,"
                        + " basis, view, when, action");
            }
            parsed.add(rule(m));
        }
        return parsed;
    }

    private ParsedRule rule(YamlNode.Mapping m) {
        for (YamlNode.Entry e : m.entries()) {
            if (!RULE_KEYS.contains(e.key())) {
                throw error(e, "unknown key '" + e.key() + "'; expected one of " + String.join(", ", RULE_KEYS));
            }
        }
        YamlNode.Entry idEntry = required(m, "id", "a short name for reports, e.g. cloud-credit-revenue");
        YamlNode.Scalar idValue = text(idEntry);
        String id = idValue.text().trim();
        if (!ID.matcher(id).matches()) {
            throw error(idValue, "rule id '" + id + "' has characters ids cannot use; expected lower-case letters,"
                    + " digits and hyphens, starting with a letter or digit, e.g. cloud-credit-revenue");
        }
        String description = text(required(m, "description", "one sentence an analyst reads beside the bridge step")).text().trim();
        String basis = text(required(m, "basis", "the accounting citation that defends it, e.g. ASC 850")).text().trim();
        m.get("applies-to").ifPresent(this::appliesTo);
        View view = view(required(m, "view", "cash or adjusted: the bridge step it feeds"));
        Condition when = conditions(required(m, "when", "the conditions an entry must meet, e.g. settlement: cloud-credit"));
        Action action = action(m, required(m, "action", "strip | haircut | flag"));
        Rule rule = new Rule(id, description, basis, when, action, view, new RuleOrigin(path, idEntry.line()));
        return new ParsedRule(rule, path, idValue.line(), idValue.column());
    }

    private YamlNode.Entry required(YamlNode.Mapping m, String key, String why) {
        return m.get(key).orElseThrow(() -> error(m, "rule is missing '" + key + "' (" + why + ")"));
    }

    /** A key's value as non-empty text: refuses nothing, a list or a mapping. */
    private YamlNode.Scalar text(YamlNode.Entry e) {
        if (e.value() instanceof YamlNode.Scalar s && !s.isNull() && !s.text().isBlank()) {
            return s;
        }
        if (e.value() instanceof YamlNode.Scalar) {
            throw error(e, "'" + e.key() + "' has no value; expected text after '" + e.key() + ":'");
        }
        throw error(e.value(), "'" + e.key() + "' holds " + e.value().describe() + "; expected text on the same line");
    }

    private void appliesTo(YamlNode.Entry e) {
        YamlNode.Scalar s = text(e);
        String value = s.text().trim().toLowerCase(Locale.ROOT);
        if (value.equals("revenue")) {
            return;
        }
        if (LATER_TABLES.contains(value)) {
            throw error(s, "applies-to: " + s.text().trim() + " is not supported yet; only revenue");
        }
        throw error(s, "unknown applies-to '" + s.text().trim() + "'; expected revenue (the only table rules apply to so far)");
    }

    private View view(YamlNode.Entry e) {
        YamlNode.Scalar s = text(e);
        return View.parse(s.text()).orElseThrow(() -> error(s, "unknown view '" + s.text().trim() + "'; expected one of "
                + Labelled.choices(View.class)));
    }

    private Action action(YamlNode.Mapping rule, YamlNode.Entry e) {
        YamlNode.Scalar s = text(e);
        String name = s.text().trim().toLowerCase(Locale.ROOT);
        Optional<YamlNode.Entry> percent = rule.get("percent");
        switch (name) {
            case "haircut" -> {
                YamlNode.Entry p = percent.orElseThrow(() -> error(rule, "rule with action haircut is missing 'percent'"
                        + " (the share of each entry to remove, e.g. 30 or 30%)"));
                return new Action.Haircut(percent(p));
            }
            case "strip", "flag" -> {
                if (percent.isPresent()) {
                    throw error(percent.get(), "'percent' is only for action haircut; remove it, or use action: haircut");
                }
                return name.equals("strip") ? new Action.Strip() : new Action.Flag();
            }
            default -> throw error(s, "unknown action '" + s.text().trim() + "'; expected one of " + String.join(" | ", ACTIONS));
        }
    }

    private BigDecimal percent(YamlNode.Entry e) {
        YamlNode.Scalar s = text(e);
        String written = s.text().trim();
        Matcher m = PERCENT.matcher(written);
        if (!m.matches()) {
            throw error(s, "percent '" + written + "' is not a number; expected a number above 0 and at most 100, e.g. 30 or 30%");
        }
        BigDecimal p = new BigDecimal(m.group(1));
        if (p.signum() <= 0 || p.compareTo(HUNDRED) > 0) {
            throw error(s, "percent '" + written + "' is out of range; expected a number above 0 and at most 100, e.g. 30 or 30%");
        }
        // No one means more than 10 decimal places, and a million of them would make every adjusted amount that long.
        if (p.scale() > 10) {
            throw error(s, "percent '" + written + "' has more than 10 decimal places; expected e.g. 30 or 33.3333");
        }
        return p;
    }

    // conditions := mapping of condition entries, all must hold
    private Condition conditions(YamlNode.Entry owner) {
        YamlNode node = owner.value();
        if (node instanceof YamlNode.Scalar s && s.isNull()) {
            throw error(owner, "'" + owner.key() + "' has no conditions; expected conditions indented under it,"
                    + " e.g. settlement: cloud-credit");
        }
        return conditions(node, "'" + owner.key() + "'");
    }

    private Condition conditions(YamlNode node, String what) {
        if (!(node instanceof YamlNode.Mapping m)) {
            String hint = node instanceof YamlNode.Sequence ? " (for alternatives use any: [...])" : "";
            throw error(node, what + " holds " + node.describe() + "; expected a mapping of conditions that must all hold,"
                    + " e.g. settlement: cloud-credit" + hint);
        }
        if (m.entries().isEmpty()) {
            throw error(m, what + " is empty; expected at least one condition, e.g. settlement: cloud-credit");
        }
        List<Condition> all = new ArrayList<>();
        for (YamlNode.Entry e : m.entries()) {
            all.add(condition(e));
        }
        return all.size() == 1 ? all.get(0) : new Condition.All(all);
    }

    private Condition condition(YamlNode.Entry e) {
        return switch (e.key()) {
            case "all" -> new Condition.All(conditionList(e));
            case "any" -> new Condition.Any(conditionList(e));
            case "not" -> new Condition.Not(conditions(e));
            case "counterparty" -> counterparty(e);
            case "relationship" -> new Condition.Counterparty(Set.of(), relationships(e));
            default -> {
                if (!FIELDS.contains(e.key())) {
                    throw error(e, "unknown field '" + e.key() + "'; expected one of " + String.join(", ", FIELDS)
                            + " (or " + String.join(", ", COMBINATORS) + ")");
                }
                yield field(e);
            }
        };
    }

    private List<Condition> conditionList(YamlNode.Entry e) {
        if (!(e.value() instanceof YamlNode.Sequence seq) || seq.items().isEmpty()) {
            String found = e.value() instanceof YamlNode.Sequence ? "an empty list" : e.value().describe();
            throw errorAtValue(e, "'" + e.key() + "' holds " + found + "; expected a list of conditions,"
                    + " each item starting with '- ', e.g. " + e.key() + ": [{settlement: cloud-credit}, {channel: aws-marketplace}]");
        }
        List<Condition> items = new ArrayList<>();
        for (YamlNode item : seq.items()) {
            items.add(conditions(item, "an item of '" + e.key() + "'"));
        }
        return items;
    }

    private Condition counterparty(YamlNode.Entry e) {
        if (!(e.value() instanceof YamlNode.Mapping m) || m.entries().isEmpty()) {
            throw errorAtValue(e, "'counterparty' holds " + describeEmpty(e.value())
                    + "; expected {group: Amazon} and/or {relationship: investor}");
        }
        Set<String> groups = Set.of();
        Set<Relationship> relationships = Set.of();
        for (YamlNode.Entry k : m.entries()) {
            switch (k.key()) {
                case "group" -> groups = Set.copyOf(scalars(k, "a group name from the Parties sheet, e.g. Amazon")
                        .stream().map(s -> s.text().trim()).toList());
                case "relationship" -> relationships = relationships(k);
                default -> throw error(k, "unknown key '" + k.key() + "' in counterparty; expected one of "
                        + String.join(", ", COUNTERPARTY_KEYS));
            }
        }
        return new Condition.Counterparty(groups, relationships);
    }

    private Set<Relationship> relationships(YamlNode.Entry e) {
        Set<Relationship> result = EnumSet.noneOf(Relationship.class);
        for (YamlNode.Scalar s : scalars(e, "a relationship: " + Labelled.choices(Relationship.class))) {
            result.add(Relationship.parse(s.text()).orElseThrow(() -> error(s, "unknown relationship '" + s.text().trim()
                    + "'; expected one of " + Labelled.choices(Relationship.class))));
        }
        return Set.copyOf(result);
    }

    private Condition field(YamlNode.Entry e) {
        String field = e.key();
        YamlNode value = e.value();
        if (value instanceof YamlNode.Scalar || value instanceof YamlNode.Sequence) {
            return new Condition.FieldIn(field, fieldValues(field, e));
        }
        YamlNode.Mapping tests = (YamlNode.Mapping) value;
        if (tests.entries().isEmpty()) {
            throw error(tests, "'" + field + "' has no test; expected one of " + String.join(", ", TESTS)
                    + ", e.g. " + field + ": {matches: 'AWS|Amazon'}");
        }
        List<Condition> all = new ArrayList<>();
        for (YamlNode.Entry t : tests.entries()) {
            all.add(switch (t.key()) {
                case "equals" -> {
                    if (!(t.value() instanceof YamlNode.Scalar)) {
                        throw error(t.value(), "'equals' holds " + t.value().describe()
                                + "; expected one value (for several use in: [a, b])");
                    }
                    yield new Condition.FieldIn(field, fieldValues(field, t));
                }
                case "in" -> new Condition.FieldIn(field, fieldValues(field, t));
                case "not-in" -> new Condition.Not(new Condition.FieldIn(field, fieldValues(field, t)));
                case "matches" -> new Condition.FieldMatches(field, pattern(t));
                case "contains" -> new Condition.FieldMatches(field,
                        Pattern.compile(Pattern.quote(one(t, "the text to look for, e.g. contains: marketplace").text()), PATTERN_FLAGS));
                default -> throw error(t, "unknown test '" + t.key() + "'; expected one of " + String.join(", ", TESTS));
            });
        }
        return all.size() == 1 ? all.get(0) : new Condition.All(all);
    }

    /** The values a field is compared with, checked and written the way {@code RevenueEntry.field} gives them. */
    private Set<String> fieldValues(String field, YamlNode.Entry e) {
        Set<String> values = new LinkedHashSet<>();
        for (YamlNode.Scalar s : scalars(e, "a value of " + field + example(field))) {
            values.add(canonical(field, s));
        }
        return values;
    }

    private String canonical(String field, YamlNode.Scalar s) {
        String written = s.text().trim();
        switch (field) {
            case "settlement" -> {
                return Settlement.parse(written).map(Settlement::label).orElseThrow(() -> error(s, "unknown settlement '"
                        + written + "'; expected one of " + Labelled.choices(Settlement.class)));
            }
            case "month" -> {
                try {
                    return YearMonth.parse(written).toString();
                } catch (DateTimeParseException x) {
                    throw error(s, "month '" + written + "' is not a month; expected YYYY-MM, e.g. 2026-03");
                }
            }
            case "date" -> {
                try {
                    return LocalDate.parse(written).toString();
                } catch (DateTimeParseException x) {
                    throw error(s, "date '" + written + "' is not a date; expected YYYY-MM-DD, e.g. 2026-03-31");
                }
            }
            default -> {
                return written;
            }
        }
    }

    private static String example(String field) {
        return switch (field) {
            case "settlement" -> ", e.g. cloud-credit";
            case "month" -> ", e.g. 2026-03";
            case "date" -> ", e.g. 2026-03-31";
            case "customer" -> ", e.g. 'AWS EMEA SARL'";
            case "currency" -> ", e.g. USD";
            default -> "";
        };
    }

    private Pattern pattern(YamlNode.Entry t) {
        YamlNode.Scalar s = one(t, "a Java regular expression, e.g. matches: 'AWS|Amazon'");
        try {
            return Pattern.compile(s.text(), PATTERN_FLAGS);
        } catch (PatternSyntaxException x) {
            String near = x.getIndex() < 0 ? "" : x.getIndex() >= s.text().length() ? " at the end of the pattern"
                    : " at character " + (x.getIndex() + 1);
            throw error(s, "bad pattern '" + s.text() + "': " + YamlReader.oneLine(x.getDescription()).toLowerCase(Locale.ROOT)
                    + near + "; expected a Java regular expression, e.g. 'AWS|Amazon'");
        }
    }

    /** One non-empty scalar value. */
    private YamlNode.Scalar one(YamlNode.Entry e, String expected) {
        if (e.value() instanceof YamlNode.Scalar s && !s.isNull() && !s.text().isEmpty()) {
            return s;
        }
        throw errorAtValue(e, "'" + e.key() + "' holds " + describeEmpty(e.value()) + "; expected " + expected);
    }

    /** A scalar, or a non-empty list of scalars; never nothing. */
    private List<YamlNode.Scalar> scalars(YamlNode.Entry e, String expected) {
        YamlNode v = e.value();
        if (v instanceof YamlNode.Scalar s) {
            if (s.isNull() || s.text().isBlank()) {
                throw error(e, "'" + e.key() + "' has no value; expected " + expected + ", or a list like [a, b]");
            }
            return List.of(s);
        }
        if (v instanceof YamlNode.Sequence seq) {
            if (seq.items().isEmpty()) {
                throw error(seq, "'" + e.key() + "' holds an empty list; expected at least one value");
            }
            List<YamlNode.Scalar> result = new ArrayList<>();
            for (YamlNode item : seq.items()) {
                if (!(item instanceof YamlNode.Scalar s) || s.isNull() || s.text().isBlank()) {
                    throw error(item, "an item of '" + e.key() + "' is " + item.describe() + "; expected " + expected);
                }
                result.add(s);
            }
            return result;
        }
        throw error(v, "'" + e.key() + "' holds " + v.describe() + "; expected " + expected + ", or a list like [a, b]");
    }

    private static String describeEmpty(YamlNode n) {
        return n instanceof YamlNode.Mapping m && m.entries().isEmpty() ? "an empty mapping" : n.describe();
    }

    /** An error about an entry's value, placed at the value, or at the key when the value is nothing. */
    private RuleFileException errorAtValue(YamlNode.Entry e, String message) {
        return e.value() instanceof YamlNode.Scalar s && s.isNull() ? error(e, message) : error(e.value(), message);
    }

    private RuleFileException error(YamlNode at, String message) {
        return error(at.line(), at.column(), message);
    }

    private RuleFileException error(YamlNode.Entry at, String message) {
        return error(at.line(), at.column(), message);
    }

    private RuleFileException error(int line, int column, String message) {
        return new RuleFileException(path + ":" + line + ":" + column + ": " + message);
    }
}
