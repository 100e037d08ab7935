package io.haircut.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hostile corpus (docs/limits-and-security.md): every hostile or broken file ends in exactly the
 * one-line message stated beside it in {@link HostileCorpus}, and the input file is never changed. The
 * large cases run in a small heap in {@link BoundedMemoryTest}.
 */
class HostileFilesTest {

    @TempDir
    Path dir;

    @Test
    void theCorpusHoldsAtLeastFortyFiles() {
        assertThat(HostileCorpus.all()).hasSizeGreaterThanOrEqualTo(40);
        assertThat(HostileCorpus.all().stream().map(HostileCorpus.Case::file).distinct()).hasSize(HostileCorpus.all().size());
    }

    @TestFactory
    Stream<DynamicTest> eachFileGivesItsMessage() {
        List<HostileCorpus.Case> cases = HostileCorpus.all().stream().filter(c -> !c.bounded()).toList();
        return cases.stream().map(c -> DynamicTest.dynamicTest(c.file(), () -> {
            Path file = c.maker().make(dir);
            byte[] before = Files.isRegularFile(file) ? Files.readAllBytes(file) : null;

            assertThat(ImportProbe.outcome(file, c.password())).isEqualTo(c.expected().replace("{dir}", dir.toString()));

            if (before != null) {
                assertThat(Files.readAllBytes(file)).as("the input is never written").isEqualTo(before);
            }
        }));
    }
}
