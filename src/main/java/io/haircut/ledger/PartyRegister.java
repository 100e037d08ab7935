package io.haircut.ledger;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The counterparty groups the analyst declared, looked up by normalised name. Related-party status
 * belongs to the group, not to single names (docs/methodology.md, "Counterparties"), so every alias of a group carries
 * all the relationships stated for any of its names.
 */
public final class PartyRegister {

    /** A counterparty group: its name, its aliases as given, and its relationships to the company. */
    public record Group(String name, List<Party> aliases, Set<Relationship> relationships) {

        public Group {
            aliases = List.copyOf(aliases);
            relationships = Set.copyOf(relationships);
        }

        public boolean isRelated() {
            return relationships.contains(Relationship.INVESTOR) || relationships.contains(Relationship.AFFILIATE);
        }
    }

    private static final PartyRegister EMPTY = new PartyRegister(List.of());

    private final List<Party> parties;
    private final Map<String, Group> groupsByName;
    private final Map<String, Group> groupsByNormalisedAlias;
    private final List<Group> groupsInOrder;

    public PartyRegister(List<Party> parties) {
        this.parties = List.copyOf(parties);
        Map<String, List<Party>> aliasesByGroup = new LinkedHashMap<>();
        for (Party p : parties) {
            aliasesByGroup.computeIfAbsent(p.group(), g -> new ArrayList<>()).add(p);
        }
        Map<String, Group> byName = new LinkedHashMap<>();
        Map<String, Group> byAlias = new HashMap<>();
        aliasesByGroup.forEach((name, aliases) -> {
            Set<Relationship> relationships = EnumSet.noneOf(Relationship.class);
            aliases.forEach(a -> relationships.add(a.relationship()));
            Group group = new Group(name, aliases, relationships);
            byName.put(name, group);
            byAlias.putIfAbsent(CounterpartyNames.normalise(name), group);
            aliases.forEach(a -> byAlias.putIfAbsent(CounterpartyNames.normalise(a.name()), group));
        });
        this.groupsByName = Map.copyOf(byName);
        this.groupsByNormalisedAlias = Map.copyOf(byAlias);
        this.groupsInOrder = List.copyOf(byName.values());
    }

    public static PartyRegister empty() {
        return EMPTY;
    }

    /** The group a raw counterparty name belongs to, by its normalised form; empty if none. */
    public Optional<Group> groupOf(String rawName) {
        return Optional.ofNullable(groupsByNormalisedAlias.get(CounterpartyNames.normalise(rawName)));
    }

    public Optional<Group> group(String name) {
        return Optional.ofNullable(groupsByName.get(name));
    }

    public Collection<Group> groups() {
        return groupsInOrder;
    }

    public List<Party> parties() {
        return parties;
    }

    /** Groups with an investor relationship: the count the import summary shows. */
    public long investorGroups() {
        return groupsInOrder.stream().filter(g -> g.relationships().contains(Relationship.INVESTOR)).count();
    }
}
