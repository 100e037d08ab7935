package io.haircut.shell.terminal;

/**
 * A command's "done" line ("Imported ...", "Wrote ..."), as opposed to its results: shown normally,
 * sent to stderr with {@code --quiet} so that stdout holds only results and pipes cleanly. Return one
 * from a command instead of a String for messages of that kind.
 */
public record Confirmation(String text) {

    @Override
    public String toString() {
        return text;
    }
}
