package io.haircut.rules.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.haircut.rules.RuleFileException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A rule or parties file that is something else: refused with its place and at most 60 characters of it. */
class HostileRuleFilesTest {

    @TempDir
    Path dir;

    @Test
    void aPlainTextFileIsQuotedAsAnExcerpt() throws Exception {
        String line = "All revenue is recognised when cash arrives, say the notes to the accounts. ";
        Path file = Files.writeString(dir.resolve("notes.yaml"), line.repeat(200));
        // 76 characters * 200 = 15,200, less the trailing space YAML drops: 15,199.
        assertThatThrownBy(() -> RuleFiles.load(file)).isInstanceOf(RuleFileException.class).hasMessage(file
                + ":1:1: the file holds 'All revenue is recognised when cash arrives, say the notes t\u2026' (15,199 characters);"
                + " expected a rule (id, description, basis, view, when, action) or a 'rules:' list of them");
    }

    @Test
    void aPartiesFileThatIsLongTextIsNotEchoed() throws Exception {
        Files.writeString(dir.resolve("parties.yaml"), "x".repeat(5_000));
        Path rule = Files.writeString(dir.resolve("rule.yaml"), """
                include-parties: parties.yaml
                id: investor-clouds
                description: d
                basis: b
                view: adjusted
                when: {relationship: [investor]}
                action: strip
                """);
        assertThatThrownBy(() -> RuleFiles.load(rule)).isInstanceOf(RuleFileException.class)
                .satisfies(e -> assertThat(e.getMessage()).hasSizeLessThan(400).doesNotContain("x".repeat(61)));
    }

    @Test
    void yamlSyntaxErrorsAreInHaircutsWords() throws Exception {
        Path file = Files.writeString(dir.resolve("r.yaml"), "id: a\nwhen:\n  customer: [a, b\n");
        assertThatThrownBy(() -> RuleFiles.load(file)).isInstanceOf(RuleFileException.class)
                .satisfies(e -> assertThat(e.getMessage()).startsWith(file + ":").contains("YAML syntax error: ")
                        .doesNotContain("while parsing").doesNotContain("expected ','"));
    }
}
