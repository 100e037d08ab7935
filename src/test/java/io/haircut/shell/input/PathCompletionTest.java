package io.haircut.shell.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.shell.CompletionProposal;

class PathCompletionTest {

    private static final Set<String> IMPORTABLE = Set.of("xlsx", "xlsm", "xls", "csv", "tsv");

    @TempDir
    Path dir;

    @BeforeEach
    void files() throws Exception {
        for (String name : List.of("books.xlsx", "Books.CSV", "notes.txt", "rules.yaml", ".hidden.xlsx", "data/Revenue.csv")) {
            Path p = dir.resolve(name);
            Files.createDirectories(p.getParent());
            Files.writeString(p, "x");
        }
        Files.createDirectories(dir.resolve("empty"));
    }

    private static List<String> values(List<CompletionProposal> proposals) {
        return proposals.stream().map(CompletionProposal::value).toList();
    }

    @Test
    void offersFoldersAndOnlyFilesWithTheGivenExtensionsInAnyCase() {
        assertThat(values(PathCompletion.complete("", IMPORTABLE, dir)))
                .containsExactly("Books.CSV", "books.xlsx", "data/", "empty/");
        assertThat(values(PathCompletion.complete("", Set.of("yaml", "yml"), dir)))
                .containsExactly("data/", "empty/", "rules.yaml");
    }

    @Test
    void aFolderEndsWithASlashAndLeavesTheWordOpenForTheNextTab() {
        List<CompletionProposal> proposals = PathCompletion.complete("da", IMPORTABLE, dir);
        assertThat(values(proposals)).containsExactly("data/");
        assertThat(proposals.get(0).complete()).isFalse();
        assertThat(proposals.get(0).displayText()).isEqualTo("data/");
    }

    @Test
    void insideAFolderTheValueKeepsTheTypedFolderAndShowsOnlyTheName() {
        List<CompletionProposal> proposals = PathCompletion.complete("data/R", IMPORTABLE, dir);
        assertThat(values(proposals)).containsExactly("data/Revenue.csv");
        assertThat(proposals.get(0).displayText()).isEqualTo("Revenue.csv");
        assertThat(proposals.get(0).complete()).isTrue();
    }

    @Test
    void hiddenFilesOnlyWhenTheNameStartsWithADot() {
        assertThat(values(PathCompletion.complete(".h", IMPORTABLE, dir))).containsExactly(".hidden.xlsx");
    }

    @Test
    void anAbsolutePathAndAMissingFolderWork() {
        assertThat(values(PathCompletion.complete(dir + "/bo", IMPORTABLE, Path.of("/"))))
                .containsExactly(dir + "/books.xlsx");
        assertThat(PathCompletion.complete("no-such-folder/x", IMPORTABLE, dir)).isEmpty();
    }
}
