package io.haircut.rules.files;

import io.haircut.ledger.CounterpartyNames;
import io.haircut.ledger.Labelled;
import io.haircut.ledger.Party;
import io.haircut.ledger.Relationship;
import io.haircut.rules.DeclaredParty;
import io.haircut.rules.RuleFileException;
import io.haircut.yaml.YamlNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a parties file: counterparty groups with their aliases and relationship, declared beside the
 * rules that need them (docs/rules.md, "Parties files"). Same YAML reader and located errors as rule
 * files.
 *
 * <pre>
 * file    := "parties:" [group, ...]
 * group   := mapping of
 *     group:        name                        required
 *     relationship: investor | affiliate | other   required
 *     aliases:      name | [name, ...]          optional; the group's name always counts as one
 *     evidence:     text                        optional; where the relationship is documented
 * </pre>
 */
final class PartyFileParser {

    static final List<String> GROUP_KEYS = List.of("group", "relationship", "aliases", "evidence");

    private final String path;
    private final String includedBy;

    private PartyFileParser(String path, String includedBy) {
        this.path = path;
        this.includedBy = includedBy;
    }

    /** The parties the file declares, one per name, in file order. */
    static List<DeclaredParty> parse(String path, String text, String includedBy) {
        PartyFileParser parser = new PartyFileParser(path, includedBy);
        Optional<YamlNode> root = YamlReader.read(path, text);
        if (root.isEmpty()) {
            throw new RuleFileException(path + ":1:1: the parties file is empty; expected 'parties:' with a list of"
                    + " groups, each with group, relationship and aliases");
        }
        return parser.file(root.get());
    }

    private List<DeclaredParty> file(YamlNode root) {
        if (!(root instanceof YamlNode.Mapping top) || top.get("parties").isEmpty()) {
            throw error(root, "expected a parties file: 'parties:' with a list of groups, e.g. - group: Amazon,"
                    + " relationship: investor, aliases: [AWS EMEA SARL]");
        }
        for (YamlNode.Entry e : top.entries()) {
            if (!e.key().equals("parties")) {
                throw error(e, "unknown key '" + e.key() + "' beside 'parties'; a parties file holds only 'parties:'");
            }
        }
        YamlNode.Entry parties = top.get("parties").get();
        if (!(parties.value() instanceof YamlNode.Sequence seq) || seq.items().isEmpty()) {
            throw error(parties, "'parties' holds " + parties.value().describe() + "; expected a list of groups,"
                    + " each starting with '- group: ...'");
        }
        List<DeclaredParty> result = new ArrayList<>();
        Map<String, DeclaredParty> byName = new HashMap<>();
        for (YamlNode item : seq.items()) {
            if (!(item instanceof YamlNode.Mapping m)) {
                throw error(item, "a group is " + item.describe() + "; expected a mapping with group, relationship, aliases");
            }
            for (DeclaredParty p : group(m)) {
                DeclaredParty earlier = byName.putIfAbsent(CounterpartyNames.normalise(p.party().name()), p);
                if (earlier != null && !earlier.party().group().equals(p.party().group())) {
                    throw new RuleFileException(p.origin() + ": '" + p.party().name() + "' is already an alias of "
                            + earlier.party().group() + " at " + earlier.origin() + "; a name belongs to one group");
                }
                result.add(p);
            }
        }
        return result;
    }

    private List<DeclaredParty> group(YamlNode.Mapping m) {
        for (YamlNode.Entry e : m.entries()) {
            if (!GROUP_KEYS.contains(e.key())) {
                throw error(e, "unknown key '" + e.key() + "'" + Spelling.hint(e.key(), GROUP_KEYS) + "; expected one of "
                        + String.join(", ", GROUP_KEYS));
            }
        }
        YamlNode.Scalar group = text(m, "group", "the group's name, e.g. Amazon");
        YamlNode.Scalar rel = text(m, "relationship", Labelled.choices(Relationship.class));
        Relationship relationship = Relationship.parse(rel.text()).orElseThrow(() -> error(rel, "unknown relationship '"
                + rel.text().trim() + "'; expected one of " + Labelled.choices(Relationship.class)));
        String evidence = m.get("evidence").map(e -> text(m, "evidence", "text").text().trim()).orElse(null);
        String name = group.text().trim();
        List<DeclaredParty> result = new ArrayList<>();
        Optional<YamlNode.Entry> aliases = m.get("aliases");
        if (aliases.isEmpty()) {
            // The register knows a group by its members; with no alias, the group's own name is its one member.
            result.add(declared(name, name, relationship, group, evidence));
        } else {
            YamlNode v = aliases.get().value();
            List<YamlNode> items = v instanceof YamlNode.Sequence seq ? seq.items() : List.of(v);
            for (YamlNode item : items) {
                if (!(item instanceof YamlNode.Scalar s) || s.isNull() || s.text().isBlank()) {
                    throw error(item, "an alias is " + item.describe() + "; expected a name as written in the ledger,"
                            + " e.g. 'Amazon Web Services, Inc.'");
                }
                result.add(declared(s.text().trim(), name, relationship, s, evidence));
            }
        }
        return result;
    }

    private DeclaredParty declared(String name, String group, Relationship relationship, YamlNode.Scalar at, String evidence) {
        String origin = path + ":" + at.line() + ":" + at.column();
        return new DeclaredParty(new Party(name, group, relationship, null), origin, path, includedBy, evidence);
    }

    private YamlNode.Scalar text(YamlNode.Mapping m, String key, String expected) {
        YamlNode.Entry e = m.get(key).orElseThrow(() -> error(m, "group is missing '" + key + "' (" + expected + ")"));
        if (e.value() instanceof YamlNode.Scalar s && !s.isNull() && !s.text().isBlank()) {
            return s;
        }
        throw error(e, "'" + key + "' holds " + e.value().describe() + "; expected " + expected);
    }

    private RuleFileException error(YamlNode at, String message) {
        return new RuleFileException(path + ":" + at.line() + ":" + at.column() + ": " + message);
    }

    private RuleFileException error(YamlNode.Entry at, String message) {
        return new RuleFileException(path + ":" + at.line() + ":" + at.column() + ": " + message);
    }
}
