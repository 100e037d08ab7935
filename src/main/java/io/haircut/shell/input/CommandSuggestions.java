package io.haircut.shell.input;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * Finds the commands an analyst probably meant when they typed one that does not exist: a group
 * word alone ("rules") suggests its commands; otherwise the commands within a small edit distance
 * (insertions, deletions, substitutions and swaps of two neighbouring letters, ignoring case).
 */
public final class CommandSuggestions {

    /** What was typed that matched no command, and the commands that come closest. */
    public record Suggestion(String typed, List<String> commands) {
    }

    private CommandSuggestions() {
    }

    public static Suggestion nearest(List<String> typedWords, Collection<String> commands) {
        List<String> words = typedWords.stream().filter(w -> !w.isBlank()).map(w -> w.toLowerCase(Locale.ROOT)).toList();
        if (words.isEmpty()) {
            return new Suggestion("", List.of());
        }
        String line = String.join(" ", words);
        List<String> grouped = commands.stream().filter(c -> c.startsWith(line + " ")).sorted().toList();
        if (!grouped.isEmpty()) {
            return new Suggestion(line, grouped);
        }
        int best = Integer.MAX_VALUE;
        int bestWords = 1;
        List<String> found = new ArrayList<>();
        for (String command : commands) {
            int k = command.split(" ").length;
            String typed = String.join(" ", words.subList(0, Math.min(k, words.size())));
            int d = distance(typed, command);
            if (d > allowed(command)) {
                continue;
            }
            if (d < best) {
                best = d;
                bestWords = Math.min(k, words.size());
                found.clear();
            }
            if (d == best) {
                found.add(command);
            }
        }
        String typed = String.join(" ", typedWords.stream().filter(w -> !w.isBlank()).toList()
                .subList(0, found.isEmpty() ? 1 : bestWords));
        return new Suggestion(typed, found.stream().sorted().toList());
    }

    /** Short names allow one slip, longer ones a slip per three letters, never more than three. */
    private static int allowed(String command) {
        return Math.max(1, Math.min(3, command.length() / 3));
    }

    /** Optimal string alignment distance (Damerau-Levenshtein without repeated edits of one substring). */
    static int distance(String a, String b) {
        a = a.toLowerCase(Locale.ROOT);
        b = b.toLowerCase(Locale.ROOT);
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }

    /** "unknown command 'brige'; did you mean 'bridge'?" (or, with nothing close, where to look). */
    public static String message(Suggestion s) {
        String start = "unknown command '" + s.typed() + "'";
        return switch (s.commands().size()) {
            case 0 -> start + "; type help to list the commands";
            case 1 -> start + "; did you mean '" + s.commands().get(0) + "'?";
            default -> start + "; did you mean one of: " + String.join(", ", s.commands().stream().map(c -> "'" + c + "'").toList())
                    + "?";
        };
    }
}
