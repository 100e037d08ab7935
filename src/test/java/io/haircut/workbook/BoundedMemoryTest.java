package io.haircut.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The large cases of {@link HostileCorpus} (a million rows, every column, 10 MB cells, 50 MB CSV lines
 * without end) imported in a JVM of their own with a 256 MB heap: each ends in its stated message or
 * import, without running out of memory, within the time limit. Prints the peak heap and time of each,
 * the figures of docs/limits-and-security.md, "Limits".
 */
class BoundedMemoryTest {

    static final String HEAP = "-Xmx256m";

    @TempDir
    Path dir;

    @Test
    void largeAndEndlessFilesEndClearlyInA256MbHeap() throws Exception {
        Map<String, String> expected = new LinkedHashMap<>();
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"), HEAP,
                "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"), ImportProbe.class.getName()));
        for (HostileCorpus.Case c : HostileCorpus.all()) {
            if (c.bounded()) {
                command.add(c.maker().make(dir).toString());
                expected.put(c.file(), c.expected());
            }
        }
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(300, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(output).isZero();

        Map<String, String> outcomes = new LinkedHashMap<>();
        for (String line : output.lines().filter(l -> l.contains("\t")).toList()) {
            String[] f = line.split("\t");
            outcomes.put(f[0], f[1]);
            System.out.printf("%-28s peak heap %4s MB  %6s ms  %s%n", f[0], f[2], f[3], HEAP);
            assertThat(Long.parseLong(f[3])).as(f[0] + " took too long").isLessThan(60_000);
        }
        assertThat(outcomes).isEqualTo(expected);
    }

    @Test
    void runningOutOfMemoryIsAnErrorAndTheNextImportWorks() throws Exception {
        tooLargeThenSmall("-Xmx32m", "-XX:+UseSerialGC");
    }

    /**
     * G1, the JVM's own choice on most machines, collects ever more often as the heap fills rather than failing:
     * the import is refused once collections leave the heap full (HeapRoom), with the same message.
     */
    @Test
    void aHeapThatStaysFullThroughCollectionsIsTheSameErrorUnderG1() throws Exception {
        tooLargeThenSmall("-Xmx64m", "-XX:+UseG1GC");
    }

    private void tooLargeThenSmall(String heap, String collector) throws Exception {
        // 300,000 revenue rows (17 MB of CSV) take about 100 MB as entries: more than a 32 or 64 MB heap holds.
        Path folder = java.nio.file.Files.createDirectories(dir.resolve("big"));
        try (java.io.Writer w = java.nio.file.Files.newBufferedWriter(folder.resolve("Revenue.csv"))) {
            w.write("Date,Customer,Channel,Settlement,Amount,Invoice\n");
            for (int i = 0; i < 300_000; i++) {
                w.write(String.format(java.util.Locale.ROOT, "2025-%02d-15,Customer %d,direct,cash,%d.%02d,INV-%07d%n",
                        i % 12 + 1, i % 500, i % 100_000, i % 100, i));
            }
        }
        Process p = new ProcessBuilder(ProcessHandle.current().info().command().orElse("java"), heap, collector,
                "-cp", System.getProperty("java.class.path"), ImportProbe.class.getName(), folder.toString(), "samples/clean-saas.xlsx")
                .redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();

        List<String> outcomes = output.lines().filter(l -> l.contains("\t")).map(l -> l.split("\t")[1]).toList();
        assertThat(outcomes).as(output).hasSize(2);
        assertThat(outcomes.get(0)).matches(java.util.regex.Pattern.quote(folder + ": not enough memory to import this file in"
                + " haircut's ") + "\\d+ MB heap, full after [0-9,]+ rows" + java.util.regex.Pattern.quote(" (a million revenue rows take about 300 MB);"
                + " start haircut with more, e.g. java -Xmx4g -jar haircut.jar"));
        // clean-saas: 497 entries totalling 2,892,390.04 (samples/README.md).
        assertThat(outcomes.get(1)).startsWith("imported 497 revenue entries, total 2892390.04");
    }
}
