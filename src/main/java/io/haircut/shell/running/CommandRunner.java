package io.haircut.shell.running;

import io.haircut.shell.input.CommandSuggestions;
import java.util.List;
import java.util.Optional;
import org.jline.reader.ParsedLine;
import org.springframework.context.annotation.Lazy;
import org.springframework.shell.Input;
import org.springframework.shell.InputProvider;
import org.springframework.shell.Shell;
import org.springframework.shell.command.CommandCatalog;
import org.springframework.shell.jline.ExtendedDefaultParser;
import org.springframework.stereotype.Component;

/**
 * Runs command lines through the shell exactly as if they were typed (same parsing, output and error
 * handling), for {@code script} and {@code tutorial}.
 */
@Component
public class CommandRunner {

    private final Shell shell;
    private final CommandCatalog catalog;
    private final CommandOutcomes outcomes;
    private final ErrorReporter errors;

    CommandRunner(@Lazy Shell shell, @Lazy CommandCatalog catalog, CommandOutcomes outcomes, @Lazy ErrorReporter errors) {
        this.shell = shell;
        this.catalog = catalog;
        this.outcomes = outcomes;
        this.errors = errors;
    }

    /** Why {@code line} is not a command ("unknown command 'brige'; did you mean 'bridge'? ..."), if it is not one. */
    public Optional<String> unknown(String line) {
        List<String> words = words(line);
        String joined = String.join(" ", words);
        boolean known = catalog.getRegistrations().keySet().stream().anyMatch(c -> joined.equals(c) || joined.startsWith(c + " "));
        return known ? Optional.empty()
                : Optional.of(CommandSuggestions.message(CommandSuggestions.nearest(words, catalog.getRegistrations().keySet())));
    }

    /** Runs one line; true when the command succeeded (its output or error is already on screen). */
    public boolean run(String line) {
        List<String> words = words(line);
        long failuresBefore = outcomes.failures();
        try {
            shell.run(oneLine(line));
            return outcomes.failures() == failuresBefore;
        } catch (Exception e) {
            return false; // the command's own error was already shown by the resolver
        } catch (OutOfMemoryError e) {
            // The shell's resolvers see exceptions only; the command's half-built results are garbage by now.
            errors.report(io.haircut.HeapRoom.outOfMemory(line));
            return false;
        }
    }

    /** The words of a typed line, as the shell's parser splits them (quotes kept together, empty words dropped). */
    private static List<String> words(String line) {
        ParsedLine parsed = new ExtendedDefaultParser().parse(line, line.length() + 1);
        return parsed.words().stream().filter(w -> !w.isEmpty()).toList();
    }

    /** {@code line} as the shell's input, given once: a script's line or a transcript's, run as if typed. */
    public static InputProvider oneLine(String line) {
        List<String> words = words(line);
        boolean[] given = {false};
        return () -> {
            if (given[0]) {
                return null;
            }
            given[0] = true;
            return new Input() {
                @Override
                public String rawText() {
                    return line;
                }

                @Override
                public List<String> words() {
                    return words;
                }
            };
        };
    }
}
