package io.haircut.export;

import io.haircut.output.StaleTemporaries;
import io.haircut.output.IOConsumer;
import io.haircut.output.ExportException;
import io.haircut.output.AtomicFileWriter;
import io.haircut.Cancelled;
import io.haircut.Causes;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes several files into one folder all or nothing ({@code export --all}): every file is written into a
 * temporary folder beside the target ({@code .NAME.<hex>.tmp}) and moved in place only when all of them
 * are written. A new folder appears whole by one rename; into an existing folder each file is renamed in
 * place, and when one rename fails the files already moved are put back, so the folder keeps its previous
 * contents. Temporary files and folders left by an interrupted write are removed before the next write.
 */
public final class FolderExport {

    /** The names {@link AtomicFileWriter} and this class give their temporary files and folders. */

    /** One file of the folder: its name and how to write it at a given path. */
    public record Part(String name, IOConsumer<Path> writer) {
    }

    private FolderExport() {
    }

    /**
     * Writes {@code parts} into {@code folder}. {@code replace} names the files that may be replaced (the user
     * confirmed, or gave --force); each target is checked first as {@link AtomicFileWriter#check} does.
     */
    public static List<Path> write(Path folder, List<Part> parts, Set<Path> inputs, Set<String> replace) {
        Path target = folder.toAbsolutePath().normalize();
        if (Files.exists(target) && !Files.isDirectory(target)) {
            throw new ExportException(folder + " is a file; export --all writes into a folder");
        }
        for (Part p : parts) {
            AtomicFileWriter.check(folder.resolve(p.name()), inputs, replace.contains(p.name()));
        }
        Path parent = target.getParent();
        Path staging;
        try {
            Files.createDirectories(parent);
            StaleTemporaries.removeStale(parent, Set.of(target.getFileName().toString()));
            if (Files.isDirectory(target)) {
                StaleTemporaries.removeStale(target, parts.stream().map(Part::name).collect(java.util.stream.Collectors.toSet()));
            }
            staging = createStaging(parent, target.getFileName().toString());
        } catch (IOException e) {
            throw new ExportException("cannot create a folder beside " + folder + ": " + Causes.of(e), e);
        }
        boolean done = false;
        try {
            for (Part p : parts) {
                p.writer().accept(staging.resolve(p.name()));
                if (Thread.currentThread().isInterrupted()) {
                    throw new Cancelled();
                }
            }
            if (Files.isDirectory(target)) {
                moveInto(staging, target, parts);
            } else {
                Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
            }
            done = true;
        } catch (IOException e) {
            throw new ExportException("cannot write " + folder + ": " + Causes.of(e) + "; nothing was changed", e);
        } catch (ExportException e) {
            // The part names its file inside the temporary folder; the user knows it by its place in the target.
            throw new ExportException(e.getMessage().replace(staging.toString(), folder.toString())
                    + "; nothing was changed", e);
        } finally {
            if (!done) {
                StaleTemporaries.deleteTree(staging);
            }
        }
        StaleTemporaries.deleteTree(staging);
        return parts.stream().map(p -> folder.resolve(p.name())).toList();
    }

    /** Each new file renamed over its target; on a failure the ones moved go back (old files from the backup). */
    private static void moveInto(Path staging, Path target, List<Part> parts) throws IOException {
        Path backup = Files.createDirectory(staging.resolve(".previous.0.tmp"));
        List<Part> moved = new ArrayList<>();
        try {
            for (Part p : parts) {
                Path to = target.resolve(p.name());
                if (Files.exists(to, LinkOption.NOFOLLOW_LINKS)) {
                    rename(to, backup.resolve(p.name()));
                }
                moved.add(p);
                rename(staging.resolve(p.name()), to);
            }
        } catch (IOException | RuntimeException e) {
            for (int i = moved.size() - 1; i >= 0; i--) {
                Path to = target.resolve(moved.get(i).name());
                Path old = backup.resolve(moved.get(i).name());
                try {
                    if (Files.exists(old, LinkOption.NOFOLLOW_LINKS)) {
                        rename(old, to);
                    } else {
                        Files.deleteIfExists(to);
                    }
                } catch (IOException restore) {
                    e.addSuppressed(restore);
                }
            }
            throw e;
        }
    }

    private static void rename(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static Path createStaging(Path parent, String name) throws IOException {
        while (true) {
            Path staging = parent.resolve("." + name + "." + Long.toHexString(ThreadLocalRandom.current().nextLong()) + ".tmp");
            try {
                return Files.createDirectory(staging);
            } catch (java.nio.file.FileAlreadyExistsException e) {
                // another name
            }
        }
    }
}
