package io.haircut.docs;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every shell transcript in README.md and docs/ is real output. A transcript is a fenced code block whose
 * first line starts with haircut's prompt ({@code haircut > }, {@code haircut:frontier-ai [9 rules] > });
 * each prompt line is a command, the lines under it up to the next prompt line are what it printed. The
 * commands of one page run in order in one fresh session (in a scratch copy of samples/ and rules/, so
 * files they write or edit go there), and the prompt and output of each are compared with the page.
 *
 * <p>Normalised before comparing, and only this: trailing spaces on each line, blank lines at the end of
 * a command's output, and the scratch folder's absolute path (shown as the relative path). A line that
 * is exactly {@code ...} in a page stands for any number of lines, so a page may show an excerpt.
 *
 * <p>When figures change on purpose, rewrite the transcripts with the real output:
 * {@code mvn -B -q test -Dtest=DocTranscriptsTest -Dhaircut.docs.regenerate=true} (docs/dev/benchmarks.md
 * and docs/dev/architecture.md describe it). A command whose output still matches its excerpt keeps the
 * excerpt; any other is written out whole.
 */
class DocTranscriptsTest {

    static final Pattern PROMPT = Pattern.compile("^(haircut(?::[^ \\[]+)?(?: \\[\\d+ rules?\\])? > )(.*)$");
    private static final String ELISION = "...";

    @TempDir
    Path scratch;

    /** One command of a transcript: where it is, its prompt and command, the output the page shows. */
    record Command(Path file, int line, String prompt, String text, List<String> expected) {
    }

    /** A transcript block: the lines it spans (exclusive of the fences) and its commands. */
    record Block(int firstLine, int endLine, String indent, List<Command> commands) {
    }

    record Page(Path file, List<String> lines, List<Block> blocks) {
        List<Command> commands() {
            return blocks.stream().flatMap(b -> b.commands().stream()).toList();
        }
    }

    @Test
    void everyTranscriptInTheDocsIsWhatHaircutPrints() throws Exception {
        Path project = Path.of("").toAbsolutePath();
        List<Page> pages = new ArrayList<>();
        for (Path file : documentationFiles(project)) {
            Page page = parse(file);
            if (!page.blocks().isEmpty()) {
                pages.add(page);
            }
        }
        assertThat(pages).as("README.md has transcripts").anyMatch(p -> p.file().endsWith("README.md"));

        List<List<TranscriptSessions.Step>> results = run(project, pages);
        boolean regenerate = Boolean.getBoolean("haircut.docs.regenerate");
        List<String> differences = new ArrayList<>();
        for (int p = 0; p < pages.size(); p++) {
            Page page = pages.get(p);
            List<Command> commands = page.commands();
            List<TranscriptSessions.Step> steps = results.get(p);
            List<List<String>> shown = new ArrayList<>();
            for (int c = 0; c < commands.size(); c++) {
                Command command = commands.get(c);
                List<String> actual = normalise(steps.get(c).output(), scratch);
                String prompt = steps.get(c).prompt();
                boolean outputAgrees = matches(command.expected(), actual);
                if (!outputAgrees || !prompt.equals(command.prompt())) {
                    differences.add(difference(project, command, prompt, actual));
                }
                List<String> lines = new ArrayList<>();
                lines.add(prompt + command.text());
                lines.addAll(outputAgrees ? command.expected() : actual);
                shown.add(lines);
            }
            if (regenerate) {
                rewrite(page, shown);
            }
        }
        if (regenerate) {
            System.out.println("Rewrote the transcripts of " + pages.size() + " pages; " + differences.size()
                    + " commands had changed output");
            return;
        }
        assertThat(differences).as("Transcripts that differ from haircut's real output. If the change is meant, "
                + "rewrite them with: mvn -B -q test -Dtest=DocTranscriptsTest -Dhaircut.docs.regenerate=true").isEmpty();
    }

    static List<Path> documentationFiles(Path project) throws IOException {
        List<Path> files = new ArrayList<>();
        files.add(project.resolve("README.md"));
        Path docs = project.resolve("docs");
        if (Files.isDirectory(docs)) {
            try (Stream<Path> tree = Files.walk(docs)) {
                tree.filter(f -> f.toString().endsWith(".md")).sorted().forEach(files::add);
            }
        }
        return files;
    }

    /** The transcript blocks of a Markdown file. */
    static Page parse(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<Block> blocks = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String fence = lines.get(i).stripLeading();
            if (!fence.startsWith("```")) {
                continue;
            }
            String indent = lines.get(i).substring(0, lines.get(i).length() - fence.length());
            int end = i + 1;
            while (end < lines.size() && !lines.get(end).strip().startsWith("```")) {
                end++;
            }
            List<String> body = new ArrayList<>();
            for (int j = i + 1; j < end; j++) {
                String l = lines.get(j);
                body.add(l.startsWith(indent) ? l.substring(indent.length()) : l.stripLeading());
            }
            if (!body.isEmpty() && PROMPT.matcher(body.get(0)).matches()) {
                blocks.add(new Block(i + 1, end, indent, commands(file, i + 1, body)));
            }
            i = end;
        }
        return new Page(file, lines, blocks);
    }

    private static List<Command> commands(Path file, int firstLine, List<String> body) {
        List<Command> commands = new ArrayList<>();
        for (int j = 0; j < body.size(); j++) {
            Matcher m = PROMPT.matcher(body.get(j));
            if (!m.matches()) {
                continue;
            }
            int k = j + 1;
            while (k < body.size() && !PROMPT.matcher(body.get(k)).matches()) {
                k++;
            }
            List<String> expected = trimEnd(body.subList(j + 1, k).stream().map(String::stripTrailing).toList());
            commands.add(new Command(file, firstLine + j + 1, m.group(1), m.group(2).strip(), expected));
            j = k - 1;
        }
        return commands;
    }

    /** Output as compared: trailing spaces and final blank lines gone, the scratch folder's path made relative. */
    static List<String> normalise(String output, Path scratch) {
        String text = output.replace("\r\n", "\n")
                .replace(scratch.toAbsolutePath() + File.separator, "")
                .replace(scratch.toAbsolutePath().toString(), ".");
        List<String> lines = Arrays.stream(text.split("\n", -1)).map(String::stripTrailing).toList();
        return trimEnd(lines);
    }

    private static List<String> trimEnd(List<String> lines) {
        int n = lines.size();
        while (n > 0 && lines.get(n - 1).isEmpty()) {
            n--;
        }
        return List.copyOf(lines.subList(0, n));
    }

    /** The page's lines equal the output, a {@code ...} line standing for any number of lines. */
    static boolean matches(List<String> expected, List<String> actual) {
        List<List<String>> segments = new ArrayList<>();
        List<String> current = new ArrayList<>();
        for (String line : expected) {
            if (line.strip().equals(ELISION)) {
                segments.add(current);
                current = new ArrayList<>();
            } else {
                current.add(line);
            }
        }
        segments.add(current);
        if (segments.size() == 1) {
            return expected.equals(actual);
        }
        List<String> first = segments.get(0);
        List<String> last = segments.get(segments.size() - 1);
        if (first.size() + last.size() > actual.size()
                || !actual.subList(0, first.size()).equals(first)
                || !actual.subList(actual.size() - last.size(), actual.size()).equals(last)) {
            return false;
        }
        int from = first.size();
        int to = actual.size() - last.size();
        for (List<String> middle : segments.subList(1, segments.size() - 1)) {
            int at = indexOf(actual.subList(from, to), middle);
            if (at < 0) {
                return false;
            }
            from += at + middle.size();
        }
        return true;
    }

    private static int indexOf(List<String> haystack, List<String> needle) {
        for (int i = 0; i + needle.size() <= haystack.size(); i++) {
            if (haystack.subList(i, i + needle.size()).equals(needle)) {
                return i;
            }
        }
        return -1;
    }

    private static String difference(Path project, Command command, String prompt, List<String> actual) {
        StringBuilder s = new StringBuilder("\n").append(project.relativize(command.file())).append(':')
                .append(command.line()).append(": ").append(command.prompt()).append(command.text());
        if (!prompt.equals(command.prompt())) {
            s.append("\n  the prompt is '").append(prompt).append("', the page shows '").append(command.prompt()).append('\'');
        }
        if (!matches(command.expected(), actual)) {
            int i = 0;
            while (i < command.expected().size() && i < actual.size() && command.expected().get(i).equals(actual.get(i))) {
                i++;
            }
            s.append("\n  output line ").append(i + 1).append(": the page shows: ")
                    .append(i < command.expected().size() ? command.expected().get(i) : "(nothing more)")
                    .append("\n  ").append(" ".repeat(String.valueOf(i + 1).length() + 13)).append("haircut prints: ")
                    .append(i < actual.size() ? actual.get(i) : "(nothing more)");
        }
        return s.toString();
    }

    private List<List<TranscriptSessions.Step>> run(Path project, List<Page> pages) throws Exception {
        ObjectMapper json = new ObjectMapper();
        Path control = Files.createTempDirectory("haircut-doc-transcripts");
        Path request = control.resolve("request.json");
        Path response = control.resolve("response.json");
        Path log = control.resolve("child.log");
        json.writeValue(request.toFile(), pages.stream()
                .map(p -> p.commands().stream().map(Command::text).toList()).toList());
        List<String> command = List.of(ProcessHandle.current().info().command().orElse("java"),
                "-cp", System.getProperty("java.class.path"), TranscriptSessions.class.getName(),
                project.toString(), request.toString(), response.toString(), log.toString());
        Process child = new ProcessBuilder(command).directory(scratch.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).start();
        boolean finished = child.waitFor(10, TimeUnit.MINUTES);
        if (!finished) {
            child.destroyForcibly();
        }
        assertThat(finished && child.exitValue() == 0 && Files.exists(response))
                .as("the transcript runner failed:\n" + Files.readString(log)).isTrue();
        JavaType stepList = json.getTypeFactory().constructCollectionType(List.class, TranscriptSessions.Step.class);
        List<List<TranscriptSessions.Step>> results = json.readValue(response.toFile(),
                json.getTypeFactory().constructCollectionType(List.class, stepList));
        assertThat(results).hasSameSizeAs(pages);
        return results;
    }

    /** Writes each transcript block of the page again, with the commands' prompts and output as given. */
    private static void rewrite(Page page, List<List<String>> shown) throws IOException {
        List<String> out = new ArrayList<>();
        int next = 0;
        int c = 0;
        for (Block block : page.blocks()) {
            out.addAll(page.lines().subList(next, block.firstLine()));
            for (int i = 0; i < block.commands().size(); i++, c++) {
                for (String line : shown.get(c)) {
                    out.add(line.isEmpty() ? "" : block.indent() + line);
                }
            }
            next = block.endLine();
        }
        out.addAll(page.lines().subList(next, page.lines().size()));
        Files.writeString(page.file(), String.join("\n", out) + "\n", StandardCharsets.UTF_8);
    }
}
