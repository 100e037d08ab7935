package io.haircut.rules.files;

import java.util.Collection;
import java.util.Optional;

/** Edit distance, for "did you mean" hints in errors and for near-miss counterparty names. */
public final class Spelling {

    private Spelling() {
    }

    /** Levenshtein distance: the fewest single-character insertions, deletions or substitutions from a to b. */
    public static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitute = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitute, Math.min(previous[j] + 1, current[j - 1] + 1));
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }

    /** The choice nearest to {@code word}, if one is within two edits (and the word is not one itself). */
    static Optional<String> closest(String word, Collection<String> choices) {
        String best = null;
        int bestDistance = 3;
        for (String c : choices) {
            int d = distance(word, c);
            if (d > 0 && d < bestDistance) {
                best = c;
                bestDistance = d;
            }
        }
        return Optional.ofNullable(best);
    }

    /** {@code " (did you mean 'when'?)"} or nothing. */
    static String hint(String word, Collection<String> choices) {
        return closest(word, choices).map(c -> " (did you mean '" + c + "'?)").orElse("");
    }
}
