package io.haircut.ledger;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Normalises a counterparty name so that spellings of one entity compare equal (docs/methodology.md, "Counterparties"):
 * case, accents, punctuation and trailing legal suffixes are dropped, so "Amazon.com Services, LLC"
 * and "AMAZON.COM SERVICES" both become "amazoncom services".
 */
public final class CounterpartyNames {

    /** Legal-form suffixes removed from the end of a name, after dots are dropped ("S.A." -> "sa"). */
    private static final Set<String> LEGAL_SUFFIXES = Set.of(
            "inc", "incorporated", "llc", "ltd", "limited", "gmbh", "sarl", "sa", "sas", "corp",
            "corporation", "co", "company", "plc", "ag", "bv", "nv", "llp", "lp", "pte", "pty", "kk", "srl", "spa", "oy", "ab");

    private CounterpartyNames() {
    }

    public static String normalise(String name) {
        String folded = Normalizer.normalize(name, Normalizer.Form.NFKD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replace("&", " and ")
                .replace(".", "")
                .replaceAll("[^\\p{L}\\p{N}]+", " ")
                .trim();
        if (folded.isEmpty()) {
            return folded;
        }
        List<String> tokens = new ArrayList<>(Arrays.asList(folded.split(" ")));
        // Keep at least one token: a company called "Co" is still a name.
        while (tokens.size() > 1 && LEGAL_SUFFIXES.contains(tokens.get(tokens.size() - 1))) {
            tokens.remove(tokens.size() - 1);
        }
        return String.join(" ", tokens);
    }
}
