package io.haircut.output;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFileWriterTest {

    @TempDir
    Path dir;

    @Test
    void writesTheFileCreatingItsFoldersAndLeavesNoTemporaryFile() throws IOException {
        Path target = dir.resolve("out/deeper/bridge.csv");

        AtomicFileWriter.write(target, Set.of(), false, out -> out.write("a,b\n".getBytes(UTF_8)));

        assertThat(target).hasContent("a,b");
        assertThat(names(target.getParent())).containsExactly("bridge.csv");
    }

    @Test
    void aBodyThatClosesItsStreamStillWrites() throws IOException {
        Path target = dir.resolve("bridge.csv");

        AtomicFileWriter.write(target, Set.of(), false, out -> {
            try (Writer w = new OutputStreamWriter(out, UTF_8)) { // as CSVPrinter.close() does
                w.write("closed early");
            }
        });

        assertThat(target).hasContent("closed early");
    }

    @Test
    void refusesAnExistingFileWithoutForce() throws IOException {
        Path target = Files.writeString(dir.resolve("bridge.csv"), "previous");

        assertThatThrownBy(() -> AtomicFileWriter.write(target, Set.of(), false, out -> out.write('x')))
                .isInstanceOf(ExportException.class)
                .hasMessage(target + " exists; add --force to replace it");
        assertThat(target).hasContent("previous");
        assertThat(names(dir)).containsExactly("bridge.csv");
    }

    @Test
    void forceReplacesAnExistingFile() throws IOException {
        Path target = Files.writeString(dir.resolve("bridge.csv"), "previous");

        AtomicFileWriter.write(target, Set.of(), true, out -> out.write("new".getBytes(UTF_8)));

        assertThat(target).hasContent("new");
        assertThat(names(dir)).containsExactly("bridge.csv");
    }

    @Test
    void withoutForceAFileThatAppearsWhileWritingIsNotReplaced() throws IOException {
        Path target = dir.resolve("bridge.csv");

        assertThatThrownBy(() -> AtomicFileWriter.write(target, Set.of(), false, out -> {
            Files.writeString(target, "written by someone else meanwhile");
            out.write("ours".getBytes(UTF_8));
        })).isInstanceOf(ExportException.class).hasMessage(target + " exists; add --force to replace it");

        assertThat(target).hasContent("written by someone else meanwhile");
        assertThat(names(dir)).containsExactly("bridge.csv");
    }

    @Test
    void aBodyThatFailsMidwayLeavesThePreviousFileAndNoTemporaryFile() throws IOException {
        Path target = Files.writeString(dir.resolve("bridge.csv"), "previous");

        assertThatThrownBy(() -> AtomicFileWriter.write(target, Set.of(), true, out -> {
            out.write("half of the new fi".getBytes(UTF_8));
            out.flush();
            throw new IllegalStateException("disk on fire");
        })).isInstanceOf(IllegalStateException.class).hasMessage("disk on fire");

        assertThat(target).hasContent("previous");
        assertThat(names(dir)).containsExactly("bridge.csv");
    }

    @Test
    void anIoFailureInTheBodyIsReportedWithThePath() throws IOException {
        Path target = Files.writeString(dir.resolve("bridge.csv"), "previous");

        assertThatThrownBy(() -> AtomicFileWriter.write(target, Set.of(), true, out -> {
            out.write(new byte[100_000]); // more than the buffer, so part of it reaches the temporary file
            throw new IOException("No space left on device");
        })).isInstanceOf(ExportException.class).hasMessage("cannot write " + target + ": No space left on device");

        assertThat(target).hasContent("previous");
        assertThat(names(dir)).containsExactly("bridge.csv");
    }

    @Test
    void aFailureOnANewFileLeavesNothingBehind() throws IOException {
        Path target = dir.resolve("bridge.csv");

        assertThatThrownBy(() -> AtomicFileWriter.write(target, Set.of(), false, out -> {
            throw new UncheckedIOException(new IOException("boom"));
        })).isInstanceOf(UncheckedIOException.class);

        assertThat(names(dir)).isEmpty();
    }

    @Test
    void refusesToOverwriteAnInputEvenWithForceAndSpelledAnotherWay() throws IOException {
        Path input = Files.writeString(dir.resolve("pnl.csv"), "the startup's own file");
        Path sameFileOtherSpelling = dir.resolve("sub/../pnl.csv");
        Files.createDirectories(dir.resolve("sub"));

        assertThatThrownBy(() -> AtomicFileWriter.write(sameFileOtherSpelling, Set.of(input), true, out -> out.write('x')))
                .isInstanceOf(ExportException.class)
                .hasMessage(sameFileOtherSpelling + " is one of the input files (" + input + "); choose another output path");
        assertThat(input).hasContent("the startup's own file");
    }

    @Test
    void refusesToOverwriteAnInputThroughASymbolicLink() throws IOException {
        Path input = Files.writeString(dir.resolve("pnl.csv"), "the startup's own file");
        Path link = dir.resolve("link.csv");
        try {
            Files.createSymbolicLink(link, input);
        } catch (UnsupportedOperationException | IOException e) {
            assumeTrue(false, "this file system has no symbolic links");
        }

        assertThatThrownBy(() -> AtomicFileWriter.write(link, Set.of(input), true, out -> out.write('x')))
                .isInstanceOf(ExportException.class).hasMessageContaining("is one of the input files");
        assertThat(input).hasContent("the startup's own file");
    }

    @Test
    void refusesAnInputThatIsOnlyGivenRelatively() throws IOException {
        // The input as the user typed it (relative to the working folder), the target absolute.
        Path relativeInput = Path.of("pom.xml");
        Path absoluteTarget = relativeInput.toAbsolutePath();
        assumeTrue(Files.exists(absoluteTarget));

        assertThatThrownBy(() -> AtomicFileWriter.check(absoluteTarget, Set.of(relativeInput), true))
                .isInstanceOf(ExportException.class).hasMessageContaining("is one of the input files");
    }

    @Test
    void refusesAFolder() {
        assertThatThrownBy(() -> AtomicFileWriter.write(dir, Set.of(), true, out -> out.write('x')))
                .isInstanceOf(ExportException.class).hasMessage(dir + " is a folder; give a file name to write");
    }

    @Test
    void aNewFileGetsOrdinaryPermissionsNotATemporaryFilesOwnerOnlyOnes() throws IOException {
        assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"));
        Path reference = Files.writeString(dir.resolve("reference.txt"), "x"); // made with the process umask
        Path target = dir.resolve("bridge.csv");

        AtomicFileWriter.write(target, Set.of(), false, (OutputStream out) -> out.write('x'));

        assertThat(Files.getPosixFilePermissions(target)).isEqualTo(Files.getPosixFilePermissions(reference));
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
