package io.haircut.session;

import io.haircut.Cancelled;
import io.haircut.ledger.SourceFile;
import io.haircut.rules.RuleSet;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * Whether the session's results are stale: reports always show what was loaded, so they are out of
 * date exactly when an input file changed on disk since it was loaded. A workbook or CSV file is
 * compared by the SHA-256 recorded at import, a rule file by the text kept when it was loaded.
 */
public final class InputChanges {

    /** One input that is no longer what the session holds, and the command that loads it again. */
    public record Change(String path, Kind kind, String reload) {

        @Override
        public String toString() {
            return path + " " + kind.label + " since it was loaded; to use it: " + reload;
        }
    }

    public enum Kind {
        CHANGED("changed on disk"),
        MISSING("is gone"),
        UNREADABLE("cannot be read");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    private InputChanges() {
    }

    /** The inputs of {@code session} that differ from the disk now, ledger files first, then rule files. */
    public static List<Change> check(Session session) {
        List<Change> changes = new ArrayList<>();
        if (session.ledger() != null) {
            List<SourceFile> files = session.ledger().files();
            for (SourceFile f : files) {
                Path path = Path.of(f.path());
                // A folder of CSV files was imported as a whole, so it is imported again as a whole.
                String reload = "import " + (files.size() > 1 && path.getParent() != null ? path.getParent() + "/" : f.path());
                kindOf(path, p -> sha256(p).equals(f.sha256())).ifPresent(k -> changes.add(new Change(f.path(), k, reload)));
            }
        }
        for (RuleSet.RuleFile f : session.rules().files()) {
            Path path = Path.of(f.path());
            kindOf(path, p -> Files.readString(p, StandardCharsets.UTF_8).equals(f.text()))
                    .ifPresent(k -> changes.add(new Change(f.path(), k, "rules load " + f.path())));
        }
        return changes;
    }

    private interface Same {
        boolean test(Path p) throws IOException;
    }

    private static Optional<Kind> kindOf(Path path, Same same) {
        if (!Files.isRegularFile(path)) {
            return Optional.of(Kind.MISSING);
        }
        try {
            return same.test(path) ? Optional.empty() : Optional.of(Kind.CHANGED);
        } catch (IOException e) {
            if (Cancelled.wasInterruption(e)) {
                throw new Cancelled();
            }
            return Optional.of(Kind.UNREADABLE);
        }
    }

    /** Hex SHA-256 of a file, as {@code SourceFile.sha256} records it at import. */
    static String sha256(Path file) throws IOException {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
