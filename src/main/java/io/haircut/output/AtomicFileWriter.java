package io.haircut.output;

import io.haircut.Cancelled;
import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes an output file so that a reader sees the old file or the whole new one, never half of it:
 * the body writes a temporary file in the target's folder, which is then renamed over the target.
 * Refuses to replace an input file, or an existing file unless {@code force} is given.
 */
public final class AtomicFileWriter {

    private static final int TEMP_NAME_ATTEMPTS = 16;

    private AtomicFileWriter() {
    }

    /**
     * Checks the target (see {@link #check}), creates its folders, runs {@code body} on a stream to a
     * temporary file and moves that file over {@code target}. On any failure the temporary file is
     * deleted and a previous file at {@code target} is left as it was.
     */
    public static void write(Path target, Set<Path> inputs, boolean force, IOConsumer<OutputStream> body) {
        check(target, inputs, force);
        Path folder = target.toAbsolutePath().getParent();
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new ExportException("cannot create the folder for " + target + ": " + reason(e), e);
        }
        StaleTemporaries.removeStale(folder, Set.of(target.getFileName().toString()));
        Path temp = null;
        boolean moved = false;
        try {
            temp = createTemp(folder, target.getFileName().toString());
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16);
                body.accept(new KeepOpen(out));
                out.flush();
                // On disk before the rename, so a crash cannot leave a renamed but empty file.
                channel.force(true);
            }
            move(temp, target, force);
            moved = true;
        } catch (IOException e) {
            if (Cancelled.wasInterruption(e)) {
                // Ctrl-C closed the channel mid-write; the temporary file goes below, the target is untouched.
                throw new Cancelled();
            }
            throw new ExportException("cannot write " + target + ": " + reason(e), e);
        } finally {
            if (temp != null && !moved) {
                deleteQuietly(temp);
            }
        }
    }

    /**
     * Throws {@link ExportException} when {@code target} is a folder, is one of {@code inputs} (compared
     * by real path, so another spelling or a link to an input is caught), or exists and {@code force}
     * is false. The shell may call this before asking the user whether to replace a file.
     */
    public static void check(Path target, Set<Path> inputs, boolean force) {
        if (Files.isDirectory(target)) {
            throw new ExportException(target + " is a folder; give a file name to write");
        }
        Path real = realPath(target);
        for (Path input : inputs) {
            if (real.equals(realPath(input)) || sameFile(target, input)) {
                throw new ExportException(target + " is one of the input files (" + input
                        + "); choose another output path");
            }
        }
        if (Files.isSymbolicLink(target)) {
            // Writing through would change a file elsewhere; replacing would turn the link into a file. Neither
            // is what "export FILE" says, so haircut asks for the real path.
            throw new ExportException(target + " is a symbolic link (to " + linkTarget(target) + "); haircut does not write"
                    + " through links: give the path of the file itself");
        }
        if (!force && Files.exists(target, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            throw exists(target);
        }
        if (force && Files.exists(target)) {
            refuseProtected(target);
        }
    }

    /**
     * --force replaces files the user could replace by hand, not ones they protected or that belong to
     * someone else; the message says how to allow it.
     */
    private static void refuseProtected(Path target) {
        try {
            if (Files.getFileStore(target).supportsFileAttributeView(java.nio.file.attribute.PosixFileAttributeView.class)) {
                java.nio.file.attribute.PosixFileAttributes a = Files.readAttributes(target,
                        java.nio.file.attribute.PosixFileAttributes.class);
                String me = System.getProperty("user.name");
                if (me != null && !a.owner().getName().equals(me)) {
                    throw new ExportException(target + " belongs to another user (" + a.owner().getName() + "); --force replaces"
                            + " only your own files: write elsewhere, or have its owner remove it");
                }
                if (!a.permissions().contains(java.nio.file.attribute.PosixFilePermission.OWNER_WRITE)) {
                    throw new ExportException(target + " is read-only; --force does not replace read-only files: make it"
                            + " writable first (chmod u+w " + target + ") or write elsewhere");
                }
            } else if (!Files.isWritable(target)) {
                throw new ExportException(target + " is read-only; --force does not replace read-only files: make it"
                        + " writable first or write elsewhere");
            }
        } catch (IOException e) {
            throw new ExportException("cannot check " + target + ": " + io.haircut.Causes.of(e), e);
        }
    }

    private static String linkTarget(Path link) {
        try {
            return Files.readSymbolicLink(link).toString();
        } catch (IOException | UnsupportedOperationException e) {
            return "another file";
        }
    }

    private static ExportException exists(Path target) {
        return new ExportException(target + " exists; add --force to replace it");
    }

    /**
     * A new, empty file beside the target. Created with the default permissions (not
     * {@code Files.createTempFile}'s owner-only ones) so the result looks like any file the user writes.
     */
    private static Path createTemp(Path folder, String name) throws IOException {
        for (int attempt = 0; ; attempt++) {
            Path temp = folder.resolve("." + name + "." + Long.toHexString(ThreadLocalRandom.current().nextLong()) + ".tmp");
            try {
                Files.newByteChannel(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE).close();
                return temp;
            } catch (FileAlreadyExistsException e) {
                if (attempt == TEMP_NAME_ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    private static void move(Path temp, Path target, boolean force) throws IOException {
        if (!force) {
            // A plain rename in one folder is atomic too, and unlike ATOMIC_MOVE it refuses to replace a
            // file that appeared since check() ran.
            try {
                Files.move(temp, target);
            } catch (FileAlreadyExistsException e) {
                throw exists(target);
            }
            return;
        }
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** The real path of a file, or of its nearest existing folder plus the rest when it does not exist yet. */
    private static Path realPath(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        try {
            return absolute.toRealPath();
        } catch (IOException e) {
            Path parent = absolute.getParent();
            return parent == null ? absolute : realPath(parent).resolve(absolute.getFileName());
        }
    }

    /** Catches hard links, which have different real paths. */
    private static boolean sameFile(Path a, Path b) {
        try {
            return Files.exists(a) && Files.exists(b) && Files.isSameFile(a, b);
        } catch (IOException e) {
            return false;
        }
    }

    private static void deleteQuietly(Path temp) {
        try {
            Files.deleteIfExists(temp);
        } catch (IOException ignored) {
            // The failure being reported matters more; a stray ".name.tmp" file is harmless.
        }
    }

    /** The cause without the path, which the message already names. */
    private static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "no such file or folder";
        }
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return f.getReason();
        }
        return io.haircut.Causes.of(e);
    }

    /**
     * Lets the body close its writer (a CSVPrinter closes its stream, a zip stream its own) without closing
     * ours before the sync.
     */
    public static final class KeepOpen extends FilterOutputStream {
        public KeepOpen(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
