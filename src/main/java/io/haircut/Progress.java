package io.haircut;

/**
 * Told how far a long import or export has got, so the shell can show a progress bar. Readers and
 * writers call {@link #rows} every few hundred rows through a {@link RowCounter}, which is also where
 * they notice that the analyst pressed Ctrl-C. Knows nothing of terminals: the shell draws.
 */
@FunctionalInterface
public interface Progress {

    /** For callers that do not watch: the overloads without a listener use it. */
    Progress NONE = rows -> { };

    /** {@code rows} rows read or written so far, counted from the start of the task. */
    void rows(long rows);

    /** The number of rows the task will handle in all, when known before it starts; at most once. */
    default void expect(long totalRows) {
    }
}
