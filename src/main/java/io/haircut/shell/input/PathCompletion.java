package io.haircut.shell.input;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.shell.CompletionProposal;

/**
 * File names for Tab: the folders and the files with one of the given extensions in the folder the
 * typed text points at, relative to the working folder. A folder is proposed with its trailing "/"
 * and without a closing space, so the next Tab goes inside it; files and folders starting with a dot
 * only when the typed name does.
 */
public final class PathCompletion {

    /** A folder with more entries than this is cut short rather than making Tab hang. */
    static final int MAX_PROPOSALS = 500;

    private PathCompletion() {
    }

    public static List<CompletionProposal> complete(String typed, Set<String> extensions, Path workingFolder) {
        String text = typed == null ? "" : typed;
        int slash = text.lastIndexOf('/');
        String folderPart = text.substring(0, slash + 1);
        String namePart = text.substring(slash + 1);
        Path folder = folderPart.isEmpty() ? workingFolder : workingFolder.resolve(folderPart);
        List<CompletionProposal> proposals = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return proposals;
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
            for (Path entry : entries) {
                String name = entry.getFileName().toString();
                if (!name.startsWith(namePart) || (name.startsWith(".") && !namePart.startsWith("."))) {
                    continue;
                }
                if (Files.isDirectory(entry)) {
                    proposals.add(new CompletionProposal(folderPart + name + "/").displayText(name + "/").complete(false)
                            .category("Folders"));
                } else if (extensions.contains(extension(name))) {
                    proposals.add(new CompletionProposal(folderPart + name).displayText(name).category("Files"));
                }
                if (proposals.size() >= MAX_PROPOSALS) {
                    break;
                }
            }
        } catch (IOException | SecurityException e) {
            return List.of(); // an unreadable folder simply has nothing to offer
        }
        proposals.sort((a, b) -> a.value().compareTo(b.value()));
        return proposals;
    }

    static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot <= 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
