package io.haircut;

/**
 * Counts the rows a reader or writer handles; every {@link #EVERY} rows it tells the {@link Progress}
 * and checks whether the thread was interrupted (the shell interrupts a command on Ctrl-C), throwing
 * {@link Cancelled} so the task stops between two rows.
 */
public final class RowCounter {

    /** Often enough that Ctrl-C takes effect at once, rarely enough to cost nothing per row. */
    public static final int EVERY = 512;

    private final Progress progress;
    private long rows;

    public RowCounter(Progress progress) {
        this.progress = progress == null ? Progress.NONE : progress;
    }

    public void row() {
        rows++;
        if (rows % EVERY == 0) {
            Cancelled.checkInterrupted();
            progress.rows(rows);
        }
    }

    /** Reports the final count (the last partial batch). */
    public void done() {
        progress.rows(rows);
    }

    public long rows() {
        return rows;
    }
}
