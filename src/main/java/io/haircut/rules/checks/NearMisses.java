package io.haircut.rules.checks;

import io.haircut.ledger.CounterpartyNames;
import io.haircut.ledger.Party;
import io.haircut.ledger.PartyRegister;
import io.haircut.rules.files.Spelling;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Names that look like a group's but did not match it: suggestions for the analyst, never matches.
 * Names are compared after normalisation (CounterpartyNames), first word to first word, because the
 * first word of a company name is usually its distinctive one ("Amazonia Analytics" vs "Amazon Web
 * Services"), and as whole names for typos. A pair is a near miss when, in this order:
 * <ol>
 *   <li>the first words are equal ("Google Cloud" and "Google LLC");</li>
 *   <li>one first word starts with the other, of 4 letters or more ("amazonia" and "amazon");</li>
 *   <li>the first words share a beginning of 4 letters or more that is at least two thirds of the
 *       shorter one ("googolplex" and "google" share "goog");</li>
 *   <li>the whole names are at most 2 edits apart, both 6 letters or more ("microsfot" and "microsoft").</li>
 * </ol>
 */
public final class NearMisses {

    /** A suggestion: the raw name, the group it looks like, the alias it was compared with, and why. */
    public record NearMiss(String name, PartyRegister.Group group, String alias, String reason) {
    }

    /** Words that say nothing about which company it is, skipped when taking a name's first word. */
    private static final Set<String> FILLER = Set.of("the", "a", "an");

    private NearMisses() {
    }

    /** For each name (not matched to any group), the groups it looks like, one suggestion per group. */
    public static List<NearMiss> find(List<String> unmatched, PartyRegister register) {
        List<NearMiss> found = new ArrayList<>();
        for (String name : unmatched) {
            String n = CounterpartyNames.normalise(name);
            for (PartyRegister.Group g : register.groups()) {
                List<String> candidates = new ArrayList<>();
                candidates.add(g.name());
                g.aliases().stream().map(Party::name).forEach(candidates::add);
                for (String alias : candidates) {
                    Optional<String> why = reason(n, CounterpartyNames.normalise(alias));
                    if (why.isPresent()) {
                        found.add(new NearMiss(name, g, alias, why.get()));
                        break;
                    }
                }
            }
        }
        return found;
    }

    /** Why two normalised names look alike, or empty. */
    static Optional<String> reason(String a, String b) {
        if (a.isEmpty() || b.isEmpty() || a.equals(b)) {
            return Optional.empty();
        }
        String fa = firstWord(a);
        String fb = firstWord(b);
        if (fa.equals(fb) && fa.length() >= 3) {
            return Optional.of("same first word '" + fa + "'");
        }
        String shorter = fa.length() <= fb.length() ? fa : fb;
        String longer = shorter == fa ? fb : fa;
        if (shorter.length() >= 4 && longer.startsWith(shorter)) {
            return Optional.of("'" + longer + "' starts with '" + shorter + "'");
        }
        int common = 0;
        while (common < shorter.length() && shorter.charAt(common) == longer.charAt(common)) {
            common++;
        }
        // at least two thirds of the shorter word: common / shorter >= 2/3, in whole numbers
        if (common >= 4 && 3 * common >= 2 * shorter.length()) {
            return Optional.of("'" + fa + "' and '" + fb + "' both begin '" + shorter.substring(0, common) + "'");
        }
        if (a.length() >= 6 && b.length() >= 6) {
            int d = Spelling.distance(a, b);
            if (d <= 2) {
                return Optional.of("'" + a + "' is " + d + (d == 1 ? " edit" : " edits") + " from '" + b + "'");
            }
        }
        return Optional.empty();
    }

    private static String firstWord(String normalised) {
        List<String> words = Arrays.asList(normalised.split(" "));
        return words.stream().filter(w -> !FILLER.contains(w)).findFirst().orElse(words.get(0));
    }
}
