package io.haircut.shell;

import io.haircut.HaircutException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.jline.reader.ParsedLine;
import org.springframework.context.annotation.Lazy;
import org.springframework.shell.Input;
import org.springframework.shell.Shell;
import org.springframework.shell.command.CommandCatalog;
import org.springframework.shell.command.annotation.Command;
import org.springframework.shell.command.annotation.Option;
import org.springframework.shell.jline.ExtendedDefaultParser;

/**
 * Runs a file of shell commands, one per line; blank lines and lines starting with {@code #} or
 * {@code //} are comments. Stops at the first command that fails and names its line, so
 * {@code java -jar haircut.jar script FILE} exits non-zero.
 */
@Command(group = "Session")
class ScriptCommand {

    private final Shell shell;
    private final CommandCatalog catalog;
    private final CommandOutcomes outcomes;

    ScriptCommand(@Lazy Shell shell, @Lazy CommandCatalog catalog, CommandOutcomes outcomes) {
        this.shell = shell;
        this.catalog = catalog;
        this.outcomes = outcomes;
    }

    @Command(command = "script", description = "Run a file of haircut commands, stopping at the first that fails. Example: script samples/demo.hc")
    void script(@Option(longNames = "file", required = true, description = "the script file (one command per line, # for comments)") String file) {
        List<String> lines = read(Path.of(file));
        ExtendedDefaultParser parser = new ExtendedDefaultParser();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#") || line.startsWith("//")) {
                continue;
            }
            String where = file + ":" + (i + 1);
            ParsedLine parsed = parser.parse(line, line.length() + 1);
            List<String> words = parsed.words().stream().filter(w -> !w.isEmpty()).toList();
            if (!isCommand(words)) {
                throw new ScriptFailedException(where + ": unknown command '" + words.get(0) + "'; type help to list the commands");
            }
            long failuresBefore = outcomes.failures();
            boolean failed;
            try {
                shell.run(oneLine(line, words));
                failed = outcomes.failures() > failuresBefore;
            } catch (Exception e) {
                failed = true; // the command's own error was already shown by the resolver
            }
            if (failed) {
                throw new ScriptFailedException(where + ": '" + line + "' failed; the script stopped there");
            }
        }
    }

    private boolean isCommand(List<String> words) {
        String joined = String.join(" ", words);
        return catalog.getRegistrations().keySet().stream().anyMatch(c -> joined.equals(c) || joined.startsWith(c + " "));
    }

    private static org.springframework.shell.InputProvider oneLine(String line, List<String> words) {
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

    private static List<String> read(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new HaircutException(file + ": no such script file");
        } catch (IOException e) {
            throw new HaircutException(file + ": cannot read the script: " + e.getMessage());
        }
    }
}
