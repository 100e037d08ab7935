package io.haircut.output;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The temporaries an interrupted write leaves ({@code .NAME.<hex>.tmp}, see {@link AtomicFileWriter}),
 * cleared at the next write of the same name.
 */
public final class StaleTemporaries {

    private static final Pattern TEMPORARY = Pattern.compile("\\..+\\.[0-9a-f]{1,16}\\.tmp");

    private StaleTemporaries() {
    }

    /**
     * Removes what an interrupted write of one of {@code names} left in {@code folder}: the files and folders
     * haircut names {@code .NAME.<hex>.tmp} while it writes NAME. Nothing else is touched.
     */
    public static void removeStale(Path folder, Set<String> names) {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder, p -> isTemporaryOf(p.getFileName().toString(), names))) {
            for (Path p : entries) {
                deleteTree(p);
            }
        } catch (IOException | RuntimeException e) {
            // A folder that cannot be listed is reported by the write itself.
        }
    }

    private static boolean isTemporaryOf(String file, Set<String> names) {
        if (!TEMPORARY.matcher(file).matches()) {
            return false;
        }
        String name = file.substring(1, file.lastIndexOf('.', file.length() - ".tmp".length() - 1));
        return names.contains(name);
    }

    public static void deleteTree(Path root) {
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> all = Files.walk(root)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException ignored) {
                    // What cannot be deleted now is removed at the next write.
                }
            });
        } catch (IOException | RuntimeException ignored) {
            // as above
        }
    }
}
