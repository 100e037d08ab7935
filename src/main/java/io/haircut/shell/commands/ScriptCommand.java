package io.haircut.shell.commands;

import io.haircut.HaircutException;
import io.haircut.shell.running.CommandRunner;
import io.haircut.shell.running.ScriptFailedException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.springframework.shell.command.annotation.Command;
import org.springframework.shell.command.annotation.Option;
import org.springframework.shell.command.annotation.OptionValues;

/**
 * Runs a file of shell commands, one per line; blank lines and lines starting with {@code #} or
 * {@code //} are comments. Stops at the first command that fails and names its line, so
 * {@code java -jar haircut.jar script FILE} exits non-zero.
 */
@Command(group = "Session")
public class ScriptCommand {

    private final CommandRunner runner;

    ScriptCommand(CommandRunner runner) {
        this.runner = runner;
    }

    @Command(command = "script", description = "Run a file of haircut commands, stopping at the first that fails. Example: script samples/demo.hc")
    void script(@Option(longNames = "file", required = true, label = "FILE.hc",
            description = "the script file (one command per line, # for comments)") @OptionValues(provider = "scriptFiles") String file) {
        List<String> lines = read(Path.of(file));
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#") || line.startsWith("//")) {
                continue;
            }
            String where = file + ":" + (i + 1);
            runner.unknown(line).ifPresent(why -> {
                throw new ScriptFailedException(where + ": " + why);
            });
            if (!runner.run(line)) {
                throw new ScriptFailedException(where + ": '" + line + "' failed; the script stopped there");
            }
        }
    }

    private static List<String> read(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new HaircutException(file + ": no such script file");
        } catch (IOException e) {
            throw new HaircutException(file + ": cannot read the script: " + io.haircut.Causes.of(e), e);
        }
    }
}
