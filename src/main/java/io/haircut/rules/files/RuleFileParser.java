package io.haircut.rules.files;

import io.haircut.ledger.CostCategory;
import io.haircut.ledger.Labelled;
import io.haircut.ledger.Relationship;
import io.haircut.ledger.Settlement;
import io.haircut.ledger.Status;
import io.haircut.rules.Action;
import io.haircut.rules.Condition;
import io.haircut.rules.Rule;
import io.haircut.rules.RuleFileException;
import io.haircut.rules.RuleKind;
import io.haircut.rules.RuleOrigin;
import io.haircut.rules.Scope;
import io.haircut.rules.View;
import io.haircut.yaml.YamlNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Turns one rule file's located YAML tree into {@link Rule}s, refusing anything outside the grammar
 * below with an error that names the place, what was wrong and what was expected. The manual with an
 * example for every form is docs/rules.md; this comment is the grammar's one written-down copy.
 *
 * <pre>
 * file        := [file-key ...] rule                   one rule: a mapping
 *              | [file-key ...] "rules:" [rule, ...]   several, in order (at least one)
 * file-key    := fields: [NAME, ...]                   extra Revenue columns the file's rules may test
 *              | include-parties: PATH | [PATH, ...]   parties files, relative to this file's folder
 * rule        := mapping of
 *     id:          [a-z0-9][a-z0-9-]*                  required; unique across the loaded files
 *     description: text                                required
 *     basis:       text                                required; the citation, e.g. "ASC 850 / IAS 24"
 *     applies-to:  revenue | costs | funding | commitments   optional, default revenue
 *     kind:        entry | round-trip | concentration  optional, default entry
 *     view:        cash | adjusted                     required; the view it feeds
 *     priority:    integer                             optional, default 0; higher applies first in its view
 *     when:        conditions                          required for kind entry; optional otherwise
 *     one of:
 *       action:     strip | haircut | flag
 *       reclassify: contra-revenue | gross-to-net | credits-not-cash
 *       tag:        NAME                               [a-z0-9][a-z0-9-]*
 *     percent:       number | "number%"               haircut (required), contra-revenue (optional); 0 &lt; p &lt;= 100
 *     amount-column: NAME                              contra-revenue (optional, not with percent)
 *     fee-percent:   number | "number%"               gross-to-net: exactly one of fee-percent, fee-column
 *     fee-column:    NAME
 *     window-months: 1..120                            round-trip, required
 *     funding-when:  conditions on funding entries     round-trip, optional
 *     threshold-percent: number | "number%"           concentration, required; 0 &lt; t &lt;= 100
 * conditions  := mapping of condition entries, at least one; all must hold (AND)
 * condition   := FIELD: value                          equals (ignoring case; amounts as numbers)
 *              | FIELD: [value, ...]                   equals one of them
 *              | FIELD: {test: ..., ...}               every test must hold
 *              | counterparty: {group: name | [name, ...], relationship: REL | [REL, ...]}   one or both
 *              | relationship: REL | [REL, ...]        = counterparty: {relationship: ...}
 *              | all: [conditions, ...]                every item holds
 *              | any: [conditions, ...]                at least one item holds
 *              | not: conditions                       the conditions do not all hold
 * test        := equals: value | in: [value, ...] | not-in: [value, ...]
 *              | matches: java-regex                   find, ignoring case; compiled at load (text fields)
 *              | contains: text                        ignoring case (text fields)
 *              | exists: true | false                  the entry has a non-blank value (text fields)
 *              | gt | gte | lt | lte: number           amount only
 *              | from: value, to: value                date, month, year; inclusive, either may be left out
 * FIELD       := per table (Scope): revenue customer channel settlement currency date month amount invoice product
 *                and the file's fields:; costs month category paid-with currency amount; funding date month
 *                investor form status currency amount; commitments vendor year status currency amount
 * REL         := investor | affiliate | other
 * values are checked at load: settlement, form, paid-with (cash | cloud-credit); status (binding | contingent);
 * category (cost categories); date YYYY-MM-DD; month YYYY-MM; year YYYY; amount a number
 * </pre>
 */
final class RuleFileParser {

    /** A rule and where its id value is, for duplicate-id errors that name both places. */
    record ParsedRule(Rule rule, String file, int idLine, int idColumn) {
        String idPlace() {
            return file + ":" + idLine + ":" + idColumn;
        }
    }

    /** A parties file the rule file includes: the path as written and where it is written. */
    record Include(String path, String place) {
    }

    /** What one rule file holds: its rules in file order and the parties files it includes. */
    record ParsedFile(List<ParsedRule> rules, List<Include> includes) {
    }

    static final List<String> FILE_KEYS = List.of("rules", "fields", "include-parties");
    static final List<String> RULE_KEYS = List.of("id", "description", "basis", "applies-to", "kind", "view", "priority",
            "when", "action", "reclassify", "tag", "percent", "amount-column", "fee-percent", "fee-column", "window-months",
            "funding-when", "threshold-percent");
    static final List<String> COMBINATORS = List.of("counterparty", "relationship", "all", "any", "not");
    static final List<String> TESTS = List.of("equals", "in", "not-in", "matches", "contains", "exists", "gt", "gte",
            "lt", "lte", "from", "to");
    static final List<String> COUNTERPARTY_KEYS = List.of("group", "relationship");
    static final List<String> ACTIONS = List.of("strip", "haircut", "flag");
    static final List<String> RECLASSIFICATIONS = List.of("contra-revenue", "gross-to-net", "credits-not-cash");
    static final List<String> KINDS = List.of("entry", "round-trip", "concentration");
    /** The keys that say what a rule does; a rule has exactly one. */
    static final List<String> DOING = List.of("action", "reclassify", "tag");

    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]*");
    private static final Pattern PERCENT = Pattern.compile("([0-9]+(?:\\.[0-9]+)?|\\.[0-9]+)\\s*%?");
    private static final Pattern NUMBER = Pattern.compile("-?(?:[0-9]+(?:\\.[0-9]+)?|\\.[0-9]+)");
    private static final Pattern INTEGER = Pattern.compile("-?[0-9]{1,9}");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    /** Round trips further apart than ten years are not a round trip; also keeps date arithmetic sane. */
    static final int MAX_WINDOW_MONTHS = 120;
    /** Patterns compare like the rest of the conditions: ignoring case, Unicode-aware. */
    static final int PATTERN_FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    private final String path;
    /** Extra Revenue columns this file declares under {@code fields:}, by normalised name. */
    private final Set<String> declaredFields = new LinkedHashSet<>();

    private RuleFileParser(String path) {
        this.path = path;
    }

    /** The rules of one file, in file order, and the parties files it includes. */
    static ParsedFile parse(String path, String text) {
        RuleFileParser parser = new RuleFileParser(path);
        Optional<YamlNode> root = YamlReader.read(path, text);
        if (root.isEmpty()) {
            throw new RuleFileException(path + ":1:1: the file has no rules; expected a rule (id, description, basis,"
                    + " view, when, action) or a 'rules:' list of them");
        }
        return parser.file(root.get());
    }

    /** True when the text is a parties file ('parties:' at the top, no rule), not a rule file. */
    static boolean isPartiesFile(String path, String text) {
        Optional<YamlNode> root = YamlReader.read(path, text);
        return root.isPresent() && root.get() instanceof YamlNode.Mapping top && top.get("parties").isPresent()
                && top.get("rules").isEmpty() && top.get("id").isEmpty();
    }

    // file := [file-key ...] (rule | "rules:" [rule, ...])
    private ParsedFile file(YamlNode root) {
        if (!(root instanceof YamlNode.Mapping top)) {
            String hint = root instanceof YamlNode.Sequence ? "; put 'rules:' on the line above the list" : "";
            throw error(root, "the file holds " + root.describe() + "; expected a rule (id, description, basis, view,"
                    + " when, action) or a 'rules:' list of them" + hint);
        }
        if (top.get("parties").isPresent() && top.get("rules").isEmpty() && top.get("id").isEmpty()) {
            throw error(top.get("parties").get(), "this is a parties file, not a rule file; include it from a rule file"
                    + " with include-parties: " + java.nio.file.Path.of(path).getFileName());
        }
        top.get("fields").ifPresent(this::fields);
        List<Include> includes = top.get("include-parties").map(this::includes).orElse(List.of());
        Optional<YamlNode.Entry> rules = top.get("rules");
        if (rules.isEmpty()) {
            return new ParsedFile(List.of(rule(top, true)), includes);
        }
        for (YamlNode.Entry e : top.entries()) {
            if (!FILE_KEYS.contains(e.key())) {
                throw error(e, "unknown key '" + e.key() + "' beside 'rules'; expected only " + String.join(", ", FILE_KEYS)
                        + " at the top, with each rule's keys inside its '- id: ...' item");
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
            parsed.add(rule(m, false));
        }
        return new ParsedFile(parsed, includes);
    }

    // fields: [NAME, ...]
    private void fields(YamlNode.Entry e) {
        for (YamlNode.Scalar s : scalars(e, "the lower-case header of a Revenue column, e.g. region")) {
            String name = normalisedField(s.text());
            if (Scope.REVENUE.fields().containsKey(name) || COMBINATORS.contains(name)) {
                throw error(s, "'" + name + "' is already a field of every revenue entry; list under fields: only"
                        + " the extra columns of your Revenue sheet, e.g. fields: [region]");
            }
            declaredFields.add(name);
        }
    }

    /** A column header as the importer keys it: lower case, single spaces. */
    static String normalisedField(String text) {
        return text.trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private List<Include> includes(YamlNode.Entry e) {
        List<Include> result = new ArrayList<>();
        for (YamlNode.Scalar s : scalars(e, "a parties file, relative to this file, e.g. parties.yaml")) {
            result.add(new Include(s.text().trim(), path + ":" + s.line() + ":" + s.column()));
        }
        return result;
    }

    private ParsedRule rule(YamlNode.Mapping m, boolean fileKeysAllowed) {
        for (YamlNode.Entry e : m.entries()) {
            boolean fileKey = fileKeysAllowed && (e.key().equals("fields") || e.key().equals("include-parties"));
            if (!RULE_KEYS.contains(e.key()) && !fileKey) {
                String where = !fileKeysAllowed && (e.key().equals("fields") || e.key().equals("include-parties"))
                        ? "; '" + e.key() + "' belongs at the top of the file, beside 'rules:'" : "";
                throw error(e, "unknown key '" + e.key() + "'" + Spelling.hint(e.key(), RULE_KEYS) + "; expected one of "
                        + String.join(", ", RULE_KEYS) + where);
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
        Scope scope = m.get("applies-to").map(this::appliesTo).orElse(Scope.REVENUE);
        String kindName = m.get("kind").map(this::kindName).orElse("entry");
        View view = view(required(m, "view", "cash or adjusted: the bridge step it feeds"));
        int priority = m.get("priority").map(this::priority).orElse(0);
        if (!kindName.equals("entry") && scope != Scope.REVENUE) {
            throw error(m.get("kind").get().value(), "kind " + kindName + " is for revenue rules; remove applies-to: "
                    + scope.label() + " or the kind");
        }
        RuleKind kind = kind(m, kindName);
        Condition when = kindName.equals("entry")
                ? conditions(required(m, "when", "the conditions an entry must meet, e.g. settlement: cloud-credit"), scope)
                : m.get("when").map(w -> conditions(w, scope)).orElse(new Condition.Always());
        Action action = action(m, scope, kindName);
        Rule rule = new Rule(id, description, basis, when, action, view, new RuleOrigin(path, idEntry.line()), scope,
                priority, kind);
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

    private Scope appliesTo(YamlNode.Entry e) {
        YamlNode.Scalar s = text(e);
        return Scope.parse(s.text()).orElseThrow(() -> error(s, "unknown applies-to '" + s.text().trim() + "'"
                + Spelling.hint(s.text().trim(), labels(Scope.class)) + "; expected one of " + Labelled.choices(Scope.class)));
    }

    private String kindName(YamlNode.Entry e) {
        YamlNode.Scalar s = text(e);
        String name = s.text().trim().toLowerCase(Locale.ROOT);
        if (!KINDS.contains(name)) {
            throw error(s, "unknown kind '" + s.text().trim() + "'" + Spelling.hint(name, KINDS) + "; expected one of "
                    + String.join(" | ", KINDS));
        }
        return name;
    }

    private View view(YamlNode.Entry e) {
        YamlNode.Scalar s = text(e);
        return View.parse(s.text()).orElseThrow(() -> error(s, "unknown view '" + s.text().trim() + "'; expected one of "
                + Labelled.choices(View.class)));
    }

    private int priority(YamlNode.Entry e) {
        YamlNode.Scalar s = text(e);
        String written = s.text().trim();
        if (!INTEGER.matcher(written).matches()) {
            throw error(s, "priority '" + written + "' is not a whole number; expected e.g. 10 (higher applies first"
                    + " within its view; the default is 0)");
        }
        return Integer.parseInt(written);
    }

    // kind-specific keys: window-months and funding-when (round-trip), threshold-percent (concentration)
    private RuleKind kind(YamlNode.Mapping rule, String kindName) {
        refuseUnless(rule, "window-months", kindName.equals("round-trip"), "kind: round-trip");
        refuseUnless(rule, "funding-when", kindName.equals("round-trip"), "kind: round-trip");
        refuseUnless(rule, "threshold-percent", kindName.equals("concentration"), "kind: concentration");
        return switch (kindName) {
            case "round-trip" -> {
                YamlNode.Entry w = rule.get("window-months").orElseThrow(() -> error(rule, "rule of kind round-trip is"
                        + " missing 'window-months' (how long after a funding date its revenue counts, e.g. 12)"));
                YamlNode.Scalar s = text(w);
                String written = s.text().trim();
                if (!INTEGER.matcher(written).matches() || Integer.parseInt(written) < 1
                        || Integer.parseInt(written) > MAX_WINDOW_MONTHS) {
                    throw error(s, "window-months '" + written + "' is not a number of months from 1 to "
                            + MAX_WINDOW_MONTHS + "; expected e.g. 12");
                }
                Condition funding = rule.get("funding-when").map(f -> conditions(f, Scope.FUNDING))
                        .orElse(new Condition.Always());
                yield new RuleKind.RoundTrip(Integer.parseInt(written), funding);
            }
            case "concentration" -> {
                YamlNode.Entry t = rule.get("threshold-percent").orElseThrow(() -> error(rule, "rule of kind concentration"
                        + " is missing 'threshold-percent' (a customer's share of a year's revenue, e.g. 10)"));
                yield new RuleKind.Concentration(percent(t));
            }
            default -> new RuleKind.PerEntry();
        };
    }

    private void refuseUnless(YamlNode.Mapping rule, String key, boolean allowed, String forWhat) {
        if (!allowed && rule.get(key).isPresent()) {
            throw error(rule.get(key).get(), "'" + key + "' is only for " + forWhat + "; remove it, or add that kind");
        }
    }

    // exactly one of action | reclassify | tag, with the parameters that action takes
    private Action action(YamlNode.Mapping rule, Scope scope, String kindName) {
        List<YamlNode.Entry> doing = rule.entries().stream().filter(e -> DOING.contains(e.key())).toList();
        if (doing.isEmpty()) {
            throw error(rule, "rule is missing 'action' (strip | haircut | flag; or reclassify: "
                    + String.join(" | ", RECLASSIFICATIONS) + "; or tag: NAME)");
        }
        if (doing.size() > 1) {
            throw error(doing.get(1), "'" + doing.get(1).key() + "' and '" + doing.get(0).key() + "' both given; a rule"
                    + " does one thing: keep one, and write another rule for the other");
        }
        YamlNode.Entry e = doing.get(0);
        YamlNode.Scalar s = text(e);
        String name = s.text().trim().toLowerCase(Locale.ROOT);
        Action action = switch (e.key()) {
            case "action" -> switch (name) {
                case "haircut" -> new Action.Haircut(percent(rule.get("percent").orElseThrow(() -> error(rule,
                        "rule with action haircut is missing 'percent' (the share of each entry to remove, e.g. 30 or 30%)"))));
                case "strip" -> new Action.Strip();
                case "flag" -> new Action.Flag();
                default -> {
                    String hint = RECLASSIFICATIONS.contains(name) ? " (write it as reclassify: " + name + ")"
                            : name.equals("tag") ? " (write it as tag: NAME, e.g. tag: contingent)"
                            : "";
                    throw error(s, "unknown action '" + s.text().trim() + "'" + hint + "; expected one of "
                            + String.join(" | ", ACTIONS));
                }
            };
            case "reclassify" -> reclassify(rule, s, name);
            default -> {
                if (!ID.matcher(name).matches()) {
                    throw error(s, "tag '" + s.text().trim() + "' has characters tags cannot use; expected lower-case"
                            + " letters, digits and hyphens, e.g. contingent");
                }
                yield new Action.Tag(name);
            }
        };
        refuseParameters(rule, action);
        checkFits(e, s, action, scope, kindName);
        return action;
    }

    private Action reclassify(YamlNode.Mapping rule, YamlNode.Scalar s, String name) {
        return switch (name) {
            case "contra-revenue" -> {
                Optional<YamlNode.Entry> p = rule.get("percent");
                Optional<YamlNode.Entry> c = rule.get("amount-column");
                if (p.isPresent() && c.isPresent()) {
                    throw error(c.get(), "'amount-column' and 'percent' both given; the consideration is a share of the"
                            + " entry or the amount in a column: keep one");
                }
                yield new Action.ContraRevenue(p.map(this::percent).orElse(null), c.map(this::column).orElse(null));
            }
            case "gross-to-net" -> {
                Optional<YamlNode.Entry> p = rule.get("fee-percent");
                Optional<YamlNode.Entry> c = rule.get("fee-column");
                if (p.isPresent() == c.isPresent()) {
                    throw error(c.orElse(rule.get("reclassify").get()), p.isPresent()
                            ? "'fee-column' and 'fee-percent' both given; the partner's fee is a share or a column: keep one"
                            : "reclassify: gross-to-net needs the partner's fee: fee-percent: 20 (a share of the gross"
                                    + " amount) or fee-column: partner_fee (a Revenue column holding the fee)");
                }
                yield new Action.GrossToNet(p.map(this::percent).orElse(null), c.map(this::column).orElse(null));
            }
            case "credits-not-cash" -> new Action.CreditsNotCash();
            default -> throw error(s, "unknown reclassify '" + s.text().trim() + "'" + Spelling.hint(name, RECLASSIFICATIONS)
                    + "; expected one of " + String.join(" | ", RECLASSIFICATIONS));
        };
    }

    /** Refuses a parameter key the chosen action does not take, naming the actions that do. */
    private void refuseParameters(YamlNode.Mapping rule, Action action) {
        Map<String, String> takers = new LinkedHashMap<>();
        takers.put("percent", "action: haircut and reclassify: contra-revenue");
        takers.put("amount-column", "reclassify: contra-revenue");
        takers.put("fee-percent", "reclassify: gross-to-net");
        takers.put("fee-column", "reclassify: gross-to-net");
        Set<String> taken = action instanceof Action.Haircut ? Set.of("percent")
                : action instanceof Action.ContraRevenue ? Set.of("percent", "amount-column")
                : action instanceof Action.GrossToNet ? Set.of("fee-percent", "fee-column")
                : Set.of();
        for (Map.Entry<String, String> t : takers.entrySet()) {
            Optional<YamlNode.Entry> given = rule.get(t.getKey());
            if (given.isPresent() && !taken.contains(t.getKey())) {
                String advice = t.getKey().equals("percent") ? "; remove it, or use action: haircut" : "; remove it";
                throw error(given.get(), "'" + t.getKey() + "' is only for " + t.getValue() + advice);
            }
        }
    }

    /** Refuses an action its table or kind cannot take (a gross-to-net on funding, a strip of concentration). */
    private void checkFits(YamlNode.Entry e, YamlNode.Scalar s, Action action, Scope scope, String kindName) {
        String what = e.key() + ": " + s.text().trim();
        boolean revenueOnly = action instanceof Action.ContraRevenue || action instanceof Action.GrossToNet;
        if (revenueOnly && scope != Scope.REVENUE) {
            throw error(s, what + " is for revenue; it cannot apply to " + scope.label());
        }
        if (action instanceof Action.CreditsNotCash && scope != Scope.FUNDING) {
            throw error(s, what + " is for funding received as credits; add applies-to: funding");
        }
        if (kindName.equals("round-trip") && !(action instanceof Action.Strip || action instanceof Action.Flag)) {
            throw error(s, "a round-trip rule does action: flag (report the pairs) or action: strip (remove the revenue"
                    + " up to the invested amount); found " + what);
        }
        if (kindName.equals("concentration") && !(action instanceof Action.Flag || action instanceof Action.Tag)) {
            throw error(s, "a concentration rule only marks revenue (action: flag or tag: NAME): a large customer is not"
                    + " a reason to remove revenue (ASC 280); found " + what);
        }
    }

    private BigDecimal percent(YamlNode.Entry e) {
        YamlNode.Scalar s = text(e);
        String written = s.text().trim();
        Matcher m = PERCENT.matcher(written);
        if (!m.matches()) {
            throw error(s, e.key() + " '" + written + "' is not a number; expected a number above 0 and at most 100, e.g. 30 or 30%");
        }
        BigDecimal p = new BigDecimal(m.group(1));
        if (p.signum() <= 0 || p.compareTo(HUNDRED) > 0) {
            throw error(s, e.key() + " '" + written + "' is out of range; expected a number above 0 and at most 100, e.g. 30 or 30%");
        }
        // No one means more than 10 decimal places, and a million of them would make every adjusted amount that long.
        if (p.scale() > 10) {
            throw error(s, "percent '" + written + "' has more than 10 decimal places; expected e.g. 30 or 33.3333");
        }
        return p;
    }

    /** A column named by fee-column or amount-column: an extra Revenue column this file declares. */
    private String column(YamlNode.Entry e) {
        YamlNode.Scalar s = text(e);
        String name = normalisedField(s.text());
        if (!declaredFields.contains(name)) {
            throw error(s, e.key() + " '" + name + "' is not declared; add it to the file's fields: list"
                    + " (fields: [" + name + "]), the Revenue column that holds the amount");
        }
        return name;
    }

    // conditions := mapping of condition entries, all must hold
    private Condition conditions(YamlNode.Entry owner, Scope scope) {
        YamlNode node = owner.value();
        if (node instanceof YamlNode.Scalar s && s.isNull()) {
            throw error(owner, "'" + owner.key() + "' has no conditions; expected conditions indented under it,"
                    + " e.g. " + example(scope));
        }
        return conditions(node, "'" + owner.key() + "'", scope);
    }

    private static String example(Scope scope) {
        return switch (scope) {
            case REVENUE -> "settlement: cloud-credit";
            case COSTS -> "paid-with: cloud-credit";
            case FUNDING -> "form: cloud-credit";
            case COMMITMENTS -> "status: contingent";
        };
    }

    private Condition conditions(YamlNode node, String what, Scope scope) {
        if (!(node instanceof YamlNode.Mapping m)) {
            String hint = node instanceof YamlNode.Sequence ? " (for alternatives use any: [...])" : "";
            throw error(node, what + " holds " + node.describe() + "; expected a mapping of conditions that must all hold,"
                    + " e.g. " + example(scope) + hint);
        }
        if (m.entries().isEmpty()) {
            throw error(m, what + " is empty; expected at least one condition, e.g. " + example(scope));
        }
        List<Condition> all = new ArrayList<>();
        for (YamlNode.Entry e : m.entries()) {
            all.add(condition(e, scope));
        }
        return all.size() == 1 ? all.get(0) : new Condition.All(all);
    }

    private Condition condition(YamlNode.Entry e, Scope scope) {
        return switch (e.key()) {
            case "all" -> new Condition.All(conditionList(e, scope));
            case "any" -> new Condition.Any(conditionList(e, scope));
            case "not" -> new Condition.Not(conditions(e, scope));
            case "counterparty" -> {
                requireCounterparty(e, scope);
                yield counterparty(e);
            }
            case "relationship" -> {
                requireCounterparty(e, scope);
                yield new Condition.Counterparty(Set.of(), relationships(e));
            }
            default -> field(e, scope, fieldKind(e, scope));
        };
    }

    private void requireCounterparty(YamlNode.Entry e, Scope scope) {
        if (scope.counterpartyField().isEmpty()) {
            throw error(e, scope.label() + " entries have no counterparty; '" + e.key() + "' is for revenue (customer),"
                    + " funding (investor) and commitments (vendor)");
        }
    }

    /** What the named field holds in this table; refuses a field the table does not have. */
    private Scope.Field fieldKind(YamlNode.Entry e, Scope scope) {
        String name = e.key();
        Scope.Field kind = scope.fields().get(name);
        if (kind != null) {
            return kind;
        }
        if (scope == Scope.REVENUE && declaredFields.contains(normalisedField(name))) {
            return Scope.Field.TEXT;
        }
        List<String> known = new ArrayList<>(scope.fields().keySet());
        if (scope == Scope.REVENUE) {
            known.addAll(declaredFields);
        }
        List<String> hintChoices = new ArrayList<>(known);
        hintChoices.addAll(COMBINATORS);
        String combinators = scope.counterpartyField().isPresent() ? String.join(", ", COMBINATORS) : "all, any, not";
        String declare = scope == Scope.REVENUE ? "; declare other Revenue columns with fields: [" + name + "]" : "";
        throw error(e, "unknown field '" + name + "'" + (scope == Scope.REVENUE ? "" : " for " + scope.label())
                + Spelling.hint(name, hintChoices) + "; expected one of " + String.join(", ", known)
                + " (or " + combinators + ")" + declare);
    }

    private List<Condition> conditionList(YamlNode.Entry e, Scope scope) {
        if (!(e.value() instanceof YamlNode.Sequence seq) || seq.items().isEmpty()) {
            String found = e.value() instanceof YamlNode.Sequence ? "an empty list" : e.value().describe();
            throw errorAtValue(e, "'" + e.key() + "' holds " + found + "; expected a list of conditions,"
                    + " each item starting with '- ', e.g. " + e.key() + ": [{settlement: cloud-credit}, {channel: aws-marketplace}]");
        }
        List<Condition> items = new ArrayList<>();
        for (YamlNode item : seq.items()) {
            items.add(conditions(item, "an item of '" + e.key() + "'", scope));
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

    private Condition field(YamlNode.Entry e, Scope scope, Scope.Field kind) {
        String field = e.key().equals(normalisedField(e.key())) ? e.key() : normalisedField(e.key());
        YamlNode value = e.value();
        if (value instanceof YamlNode.Scalar || value instanceof YamlNode.Sequence) {
            return equalsAny(field, kind, e);
        }
        YamlNode.Mapping tests = (YamlNode.Mapping) value;
        if (tests.entries().isEmpty()) {
            throw error(tests, "'" + field + "' has no test; expected one of " + String.join(", ", testsFor(kind))
                    + ", e.g. " + field + ": {" + testExample(kind) + "}");
        }
        List<Condition> all = new ArrayList<>();
        Optional<YamlNode.Entry> from = tests.get("from");
        Optional<YamlNode.Entry> to = tests.get("to");
        for (YamlNode.Entry t : tests.entries()) {
            if (!testsFor(kind).contains(t.key())) {
                String why = TESTS.contains(t.key()) ? "test '" + t.key() + "' does not apply to " + field
                        : "unknown test '" + t.key() + "'" + Spelling.hint(t.key(), TESTS);
                throw error(t, why + "; expected one of " + String.join(", ", testsFor(kind)));
            }
            switch (t.key()) {
                case "equals" -> {
                    if (!(t.value() instanceof YamlNode.Scalar)) {
                        throw error(t.value(), "'equals' holds " + t.value().describe()
                                + "; expected one value (for several use in: [a, b])");
                    }
                    all.add(equalsAny(field, kind, t));
                }
                case "in" -> all.add(equalsAny(field, kind, t));
                case "not-in" -> all.add(new Condition.Not(equalsAny(field, kind, t)));
                case "matches" -> all.add(new Condition.FieldMatches(field, pattern(t)));
                case "contains" -> all.add(new Condition.FieldMatches(field,
                        Pattern.compile(Pattern.quote(one(t, "the text to look for, e.g. contains: marketplace").text()), PATTERN_FLAGS)));
                case "exists" -> all.add(new Condition.FieldExists(field, bool(t)));
                case "gt", "gte", "lt", "lte" -> all.add(new Condition.AmountCompare(
                        Condition.Comparison.of(t.key()).orElseThrow(), number(one(t, "a number, e.g. 1000000"))));
                case "from" -> {
                    // from and to make one range; it is added once, at the first of the two
                    all.add(range(field, kind, from, to));
                }
                case "to" -> {
                    if (from.isEmpty()) {
                        all.add(range(field, kind, from, to));
                    }
                }
                default -> throw new IllegalStateException(t.key());
            }
        }
        return all.size() == 1 ? all.get(0) : new Condition.All(all);
    }

    /** The tests a field of this kind takes. */
    private static List<String> testsFor(Scope.Field kind) {
        return switch (kind) {
            case TEXT -> List.of("equals", "in", "not-in", "matches", "contains", "exists");
            case SETTLEMENT, STATUS, CATEGORY -> List.of("equals", "in", "not-in");
            case DATE, MONTH, YEAR -> List.of("equals", "in", "not-in", "from", "to");
            case AMOUNT -> List.of("equals", "in", "not-in", "gt", "gte", "lt", "lte");
        };
    }

    private static String testExample(Scope.Field kind) {
        return switch (kind) {
            case TEXT -> "matches: 'AWS|Amazon'";
            case SETTLEMENT -> "in: [cash, cloud-credit]";
            case STATUS -> "equals: contingent";
            case CATEGORY -> "equals: cost-of-revenue";
            case DATE -> "from: 2025-01-01, to: 2025-06-30";
            case MONTH -> "from: 2025-01, to: 2025-06";
            case YEAR -> "from: 2027, to: 2030";
            case AMOUNT -> "gt: 1000000";
        };
    }

    /** equals / in on one field: amounts compare as numbers, everything else as checked, canonical text. */
    private Condition equalsAny(String field, Scope.Field kind, YamlNode.Entry e) {
        List<YamlNode.Scalar> written = scalars(e, "a value of " + field + example(field, kind));
        if (kind == Scope.Field.AMOUNT) {
            Set<BigDecimal> values = new LinkedHashSet<>();
            written.forEach(s -> values.add(number(s)));
            return new Condition.AmountIn(values);
        }
        Set<String> values = new LinkedHashSet<>();
        for (YamlNode.Scalar s : written) {
            values.add(canonical(field, kind, s));
        }
        return new Condition.FieldIn(field, values);
    }

    private Condition range(String field, Scope.Field kind, Optional<YamlNode.Entry> from, Optional<YamlNode.Entry> to) {
        Optional<YamlNode.Scalar> f = from.map(x -> one(x, "a " + field + example(field, kind)));
        Optional<YamlNode.Scalar> t = to.map(x -> one(x, "a " + field + example(field, kind)));
        Condition range = switch (kind) {
            case DATE -> new Condition.DateBetween(f.map(s -> LocalDate.parse(canonical(field, kind, s))).orElse(null),
                    t.map(s -> LocalDate.parse(canonical(field, kind, s))).orElse(null));
            case MONTH -> new Condition.MonthBetween(f.map(s -> YearMonth.parse(canonical(field, kind, s))).orElse(null),
                    t.map(s -> YearMonth.parse(canonical(field, kind, s))).orElse(null));
            case YEAR -> new Condition.YearBetween(f.map(s -> Integer.valueOf(canonical(field, kind, s))).orElse(null),
                    t.map(s -> Integer.valueOf(canonical(field, kind, s))).orElse(null));
            default -> throw new IllegalStateException(kind.name());
        };
        if (f.isPresent() && t.isPresent()
                && canonical(field, kind, f.get()).compareTo(canonical(field, kind, t.get())) > 0) {
            throw error(t.get(), field + " range ends (" + t.get().text().trim() + ") before it starts ("
                    + f.get().text().trim() + "); expected from before to");
        }
        return range;
    }

    /** A value checked against the field's kind and written the way {@code LedgerEntry.field} gives it. */
    private String canonical(String field, Scope.Field kind, YamlNode.Scalar s) {
        String written = s.text().trim();
        return switch (kind) {
            case SETTLEMENT -> Settlement.parse(written).map(Settlement::label).orElseThrow(() -> error(s, "unknown "
                    + field + " '" + written + "'; expected one of " + Labelled.choices(Settlement.class)));
            case STATUS -> Status.parse(written).map(Status::label).orElseThrow(() -> error(s, "unknown status '"
                    + written + "'; expected one of " + Labelled.choices(Status.class)));
            case CATEGORY -> CostCategory.parse(written).map(CostCategory::label).orElseThrow(() -> error(s, "unknown"
                    + " category '" + written + "'; expected one of " + Labelled.choices(CostCategory.class)));
            case MONTH -> {
                try {
                    yield YearMonth.parse(written).toString();
                } catch (DateTimeParseException x) {
                    throw error(s, "month '" + written + "' is not a month; expected YYYY-MM, e.g. 2026-03");
                }
            }
            case DATE -> {
                try {
                    yield LocalDate.parse(written).toString();
                } catch (DateTimeParseException x) {
                    throw error(s, "date '" + written + "' is not a date; expected YYYY-MM-DD, e.g. 2026-03-31");
                }
            }
            case YEAR -> {
                if (!written.matches("[0-9]{4}")) {
                    throw error(s, "year '" + written + "' is not a year; expected YYYY, e.g. 2027");
                }
                yield written;
            }
            default -> written;
        };
    }

    private BigDecimal number(YamlNode.Scalar s) {
        String written = s.text().trim().replace("_", "");
        if (!NUMBER.matcher(written).matches()) {
            throw error(s, "amount '" + s.text().trim() + "' is not a number; expected digits with an optional"
                    + " decimal point, e.g. 1000000 or 1234.56 (no currency sign or thousands commas)");
        }
        return new BigDecimal(written);
    }

    private boolean bool(YamlNode.Entry t) {
        YamlNode.Scalar s = one(t, "true or false");
        return switch (s.text().trim().toLowerCase(Locale.ROOT)) {
            case "true", "yes" -> true;
            case "false", "no" -> false;
            default -> throw error(s, "exists '" + s.text().trim() + "' is not true or false; expected exists: true"
                    + " (the entry has a value) or exists: false (it has none)");
        };
    }

    private static String example(String field, Scope.Field kind) {
        return switch (kind) {
            case SETTLEMENT -> ", e.g. cloud-credit";
            case STATUS -> ", e.g. contingent";
            case CATEGORY -> ", e.g. cost-of-revenue";
            case MONTH -> ", e.g. 2026-03";
            case DATE -> ", e.g. 2026-03-31";
            case YEAR -> ", e.g. 2027";
            case AMOUNT -> ", e.g. 1000000";
            case TEXT -> switch (field) {
                case "customer" -> ", e.g. 'AWS EMEA SARL'";
                case "currency" -> ", e.g. USD";
                default -> "";
            };
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

    private static <E extends Enum<E> & Labelled> List<String> labels(Class<E> type) {
        return java.util.Arrays.stream(type.getEnumConstants()).map(Labelled::label).toList();
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
