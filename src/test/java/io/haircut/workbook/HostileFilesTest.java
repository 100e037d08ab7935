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

    @TestFactory
    Stream<DynamicTest> noMessageHoldsALibrarysWords() {
        List<HostileCorpus.Case> cases = HostileCorpus.all().stream().filter(c -> !c.bounded()).toList();
        return cases.stream().map(c -> DynamicTest.dynamicTest(c.file(), () -> {
            String message = ImportProbe.outcome(c.maker().make(dir), c.password());
            assertThat(LibraryText.in(message)).as(message).isNull();
            assertThat(message).as("one line").doesNotContain("\n");
        }));
    }

    @Test
    void theLibraryWordsAreRecognised() {
        // The messages users saw before: each must be caught, or the test above could pass on library text.
        assertThat(LibraryText.in("Cannot invoke \"org.apache.poi.hssf.record.ArrayRecord.getFormulaTokens()\" because \"arec\" is null"))
                .isEqualTo("org.apache.poi.hssf.record.ArrayRecord.getFormulaTokens");
        assertThat(LibraryText.in("Had unexpected type of ptg (UnknownPtg)")).isEqualTo("ptg");
        assertThat(LibraryText.in("Could not resolve external workbook name 'x'. Workbook environment has not been set up"))
                .isEqualTo("workbook environment");
        assertThat(LibraryText.in("Cannot get a NUMERIC value from a ERROR formula cell")).isEqualTo("cannot get a numeric value");
        assertThat(LibraryText.in("unexpected failure: BigInteger would overflow supported range")).isEqualTo("biginteger");
        assertThat(LibraryText.in("a.xlsx!Revenue!E3: the cell holds #REF! (an error); fix it in the workbook")).isNull();
    }
}
