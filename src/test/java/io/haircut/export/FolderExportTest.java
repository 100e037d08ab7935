package io.haircut.export;

import io.haircut.output.ExportException;
import io.haircut.output.AtomicFileWriter;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code export --all} writes all of its files or none: a failure at any file leaves the folder as it
 * was (absent, or with its previous files), a temporary file or folder left by a killed write is removed
 * by the next one, and {@code --force} replaces only plain files the user owns and may write.
 */
class FolderExportTest {

    private static final List<String> NAMES = List.of("bridge.csv", "bridge.json", "coverage.csv", "coverage.json", "acme-adjusted.xlsx");

    @TempDir
    Path dir;

    /** The five parts, each writing "new NAME" the way the shell does (through {@link AtomicFileWriter}); part {@code failAt} fails. */
    private static List<FolderExport.Part> parts(int failAt) {
        List<FolderExport.Part> parts = new ArrayList<>();
        for (int i = 0; i < NAMES.size(); i++) {
            String name = NAMES.get(i);
            boolean fails = i == failAt;
            parts.add(new FolderExport.Part(name, at -> AtomicFileWriter.write(at, Set.of(), false, out -> {
                out.write(("new " + name).getBytes(UTF_8));
                if (fails) {
                    throw new IOException("No space left on device");
                }
            })));
        }
        return parts;
    }

    /** Every file under {@code root} (hidden ones too) with its text, by path relative to {@code root}. */
    private static Map<String, String> tree(Path root) throws IOException {
        Map<String, String> files = new TreeMap<>();
        if (!Files.exists(root)) {
            return files;
        }
        try (Stream<Path> all = Files.walk(root)) {
            for (Path p : all.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(p).toString(), Files.readString(p));
            }
        }
        return files;
    }

    private static Map<String, String> complete() {
        Map<String, String> expected = new TreeMap<>();
        NAMES.forEach(n -> expected.put("out/" + n, "new " + n));
        return expected;
    }

    @Test
    void aFailureAtAnyFileOfANewFolderLeavesNothing() throws IOException {
        for (int failAt = 0; failAt < NAMES.size(); failAt++) {
            int at = failAt;
            assertThatThrownBy(() -> FolderExport.write(dir.resolve("out"), parts(at), Set.of(), Set.of()))
                    .isInstanceOf(ExportException.class)
                    .hasMessage("cannot write " + dir.resolve("out").resolve(NAMES.get(at)) + ": No space left on device;"
                            + " nothing was changed");
            assertThat(tree(dir)).as("after a failure at file %d", at + 1).isEmpty();
            assertThat(Files.list(dir).toList()).as("no temporary folder stays").isEmpty();
        }
        FolderExport.write(dir.resolve("out"), parts(-1), Set.of(), Set.of());
        assertThat(tree(dir)).isEqualTo(complete());
    }

    @Test
    void aFailureAtAnyFileOfAFolderThatHasFilesKeepsItsOldFiles() throws IOException {
        Path out = Files.createDirectory(dir.resolve("out"));
        Map<String, String> old = new TreeMap<>();
        for (String n : NAMES) {
            Files.writeString(out.resolve(n), "old " + n);
            old.put("out/" + n, "old " + n);
        }
        Files.writeString(out.resolve("notes.txt"), "the analyst's own file");
        old.put("out/notes.txt", "the analyst's own file");
        for (int failAt = 0; failAt < NAMES.size(); failAt++) {
            int at = failAt;
            assertThatThrownBy(() -> FolderExport.write(out, parts(at), Set.of(), Set.copyOf(NAMES)))
                    .isInstanceOf(ExportException.class).hasMessageEndingWith(": No space left on device; nothing was changed");
            assertThat(tree(dir)).as("after a failure at file %d", at + 1).isEqualTo(old);
            assertThat(Files.list(dir).toList()).containsExactly(out);
        }
        FolderExport.write(out, parts(-1), Set.of(), Set.copyOf(NAMES));
        Map<String, String> expected = complete();
        expected.put("out/notes.txt", "the analyst's own file");
        assertThat(tree(dir)).isEqualTo(expected);
    }

    @Test
    void filesOfAFolderThatExistAreRefusedWithoutForceBeforeAnyIsWritten() throws IOException {
        Path out = Files.createDirectory(dir.resolve("out"));
        Files.writeString(out.resolve("coverage.csv"), "old");
        assertThatThrownBy(() -> FolderExport.write(out, parts(-1), Set.of(), Set.of()))
                .hasMessage(out.resolve("coverage.csv") + " exists; add --force to replace it");
        assertThat(tree(dir)).isEqualTo(Map.of("out/coverage.csv", "old"));
    }

    @Test
    void temporaryFilesOfAKilledWriteAreRemovedByTheNextWrite() throws IOException {
        // What kill -9 leaves: a 0-byte temporary file beside a target, and a temporary folder beside the folder.
        Path out = Files.createDirectory(dir.resolve("out"));
        Files.createFile(out.resolve(".bridge.csv.1f2e3d4c5b6a7988.tmp"));
        Path staging = Files.createDirectory(dir.resolve(".out.a0b1c2d3.tmp"));
        Files.writeString(staging.resolve("bridge.csv"), "half");
        Files.writeString(out.resolve(".profile.1234.tmp"), "not haircut's: another name");
        Files.writeString(dir.resolve(".other.abc.tmp"), "not haircut's: another folder's name");

        FolderExport.write(out, parts(-1), Set.of(), Set.of());

        Map<String, String> expected = complete();
        expected.put("out/.profile.1234.tmp", "not haircut's: another name");
        expected.put(".other.abc.tmp", "not haircut's: another folder's name");
        assertThat(tree(dir)).isEqualTo(expected);
    }

    @Test
    void aSingleFileWriteRemovesItsOwnStaleTemporaryFile() throws IOException {
        Files.createFile(dir.resolve(".bridge.csv.00ff.tmp"));
        AtomicFileWriter.write(dir.resolve("bridge.csv"), Set.of(), false, o -> o.write("a".getBytes(UTF_8)));
        assertThat(tree(dir)).isEqualTo(Map.of("bridge.csv", "a"));
    }

    @Test
    void forceRefusesAReadOnlyFile() throws IOException {
        Path target = Files.writeString(dir.resolve("bridge.csv"), "kept");
        assumeTrue(Files.getFileStore(target).supportsFileAttributeView("posix"));
        Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("r--r--r--"));
        assertThatThrownBy(() -> AtomicFileWriter.write(target, Set.of(), true, o -> o.write("new".getBytes(UTF_8))))
                .hasMessage(target + " is read-only; --force does not replace read-only files: make it writable first (chmod u+w "
                        + target + ") or write elsewhere");
        assertThat(target).hasContent("kept");
    }

    @Test
    void forceRefusesAnotherUsersFile() throws IOException {
        Path target = Files.writeString(dir.resolve("bridge.csv"), "kept");
        assumeTrue(Files.getFileStore(target).supportsFileAttributeView("posix"));
        UserPrincipal nobody;
        try {
            nobody = target.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("nobody");
            Files.setOwner(target, nobody);
        } catch (IOException e) {
            nobody = null; // only root may give a file away
        }
        assumeTrue(nobody != null && !"nobody".equals(System.getProperty("user.name")));
        assertThatThrownBy(() -> AtomicFileWriter.write(target, Set.of(), true, o -> o.write("new".getBytes(UTF_8))))
                .hasMessage(target + " belongs to another user (nobody); --force replaces only your own files: write elsewhere,"
                        + " or have its owner remove it");
        assertThat(target).hasContent("kept");
    }

    @Test
    void aSymbolicLinkIsRefusedWithOrWithoutForceAndStaysALink() throws IOException {
        Path real = Files.writeString(dir.resolve("real.csv"), "kept");
        Path link = Files.createSymbolicLink(dir.resolve("bridge.csv"), real);
        for (boolean force : new boolean[] {false, true}) {
            assertThatThrownBy(() -> AtomicFileWriter.write(link, Set.of(), force, o -> o.write("new".getBytes(UTF_8))))
                    .hasMessage(link + " is a symbolic link (to " + real + "); haircut does not write through links: give the path"
                            + " of the file itself");
        }
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(real).hasContent("kept");
    }
}
