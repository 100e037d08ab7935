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
 * the figures of README's "Limits".
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
}
