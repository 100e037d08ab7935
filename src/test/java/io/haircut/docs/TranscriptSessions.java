package io.haircut.docs;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.haircut.shell.HaircutApplication;
import io.haircut.shell.running.CommandRunner;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.jline.terminal.Terminal;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.shell.Shell;
import org.springframework.shell.context.InteractionMode;
import org.springframework.shell.context.ShellContext;
import org.springframework.shell.jline.PromptProvider;

/**
 * The child side of {@link DocTranscriptsTest}: runs the commands of each documentation page in a fresh
 * haircut session, as if typed at the prompt, and records the prompt shown before each command and
 * what the command printed. It runs in its own JVM whose working folder is a scratch folder; before each
 * page the folder is emptied and the project's {@code samples/}, {@code rules/} and {@code docs/examples/} are copied into it
 * again, so what one page writes or edits never reaches the next.
 *
 * <p>Arguments: the project folder, the request file (JSON: a list of pages, each a list of command
 * lines), the response file (JSON: per page, per command, {@code {"prompt", "output"}}) and the file
 * the parent sends this JVM's standard output and error to, which is where the shell's terminal writes:
 * a command's output is what that file gained while it ran.
 */
public final class TranscriptSessions {

    /** One command as run: the prompt shown before it, and everything it printed. */
    public record Step(String prompt, String output) {
    }

    private TranscriptSessions() {
    }

    public static void main(String[] args) throws Exception {
        Path project = Path.of(args[0]);
        Path work = Path.of("").toAbsolutePath();
        Path screenFile = Path.of(args[3]);
        ObjectMapper json = new ObjectMapper();
        List<List<String>> pages = json.readValue(Path.of(args[1]).toFile(),
                json.getTypeFactory().constructCollectionType(List.class,
                        json.getTypeFactory().constructCollectionType(List.class, String.class)));
        List<List<Step>> results = new ArrayList<>();
        for (List<String> commands : pages) {
            freshCopy(project, work);
            results.add(runPage(commands, screenFile));
        }
        json.writeValue(Path.of(args[2]).toFile(), results);
        // Spring Shell and POI leave non-daemon threads behind; the results are written.
        System.exit(0);
    }

    private static List<Step> runPage(List<String> commands, Path screenFile) throws IOException {
        ConfigurableApplicationContext context = new SpringApplicationBuilder(HaircutApplication.class)
                .properties("haircut.terminal=false", "spring.shell.history.enabled=false")
                .registerShutdownHook(false)
                // Commands come from the page, not from standard input.
                .initializers(c -> c.addBeanFactoryPostProcessor(
                        bf -> ((BeanDefinitionRegistry) bf).removeBeanDefinition("interactiveRunner")))
                .run();
        try {
            Shell shell = context.getBean(Shell.class);
            PromptProvider prompt = context.getBean(PromptProvider.class);
            Terminal terminal = context.getBean(Terminal.class);
            context.getBean(ShellContext.class).setInteractionMode(InteractionMode.INTERACTIVE);
            List<Step> steps = new ArrayList<>();
            for (String command : commands) {
                String shown = prompt.getPrompt().toString();
                flush(terminal);
                long before = Files.size(screenFile);
                try {
                    shell.run(CommandRunner.oneLine(command));
                } catch (Exception e) {
                    // The shell's resolver has already printed the error line, as at the prompt.
                }
                flush(terminal);
                steps.add(new Step(shown, printedSince(screenFile, before)));
            }
            return steps;
        } finally {
            context.close();
        }
    }

    private static void flush(Terminal terminal) {
        terminal.writer().flush();
        terminal.flush();
        System.out.flush();
        System.err.flush();
    }

    /** What the shell printed (to its terminal, standard output or error: all go to the screen file) since {@code offset}. */
    private static String printedSince(Path screenFile, long offset) throws IOException {
        byte[] all = Files.readAllBytes(screenFile);
        return new String(all, (int) offset, all.length - (int) offset, StandardCharsets.UTF_8);
    }

    /** Empties {@code work} and copies the project's samples/, rules/ and docs/examples/ into it. */
    static void freshCopy(Path project, Path work) throws IOException {
        try (Stream<Path> old = Files.list(work)) {
            for (Path p : old.toList()) {
                deleteTree(p);
            }
        }
        for (String folder : List.of("samples", "rules", "docs/examples")) {
            Path from = project.resolve(folder);
            try (Stream<Path> tree = Files.walk(from)) {
                for (Path p : tree.toList()) {
                    Path to = work.resolve(folder).resolve(from.relativize(p).toString());
                    if (Files.isDirectory(p)) {
                        Files.createDirectories(to);
                    } else {
                        Files.copy(p, to, StandardCopyOption.COPY_ATTRIBUTES);
                    }
                }
            }
        }
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> tree = Files.walk(root)) {
            for (Path p : tree.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
