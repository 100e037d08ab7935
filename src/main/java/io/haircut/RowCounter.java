package io.haircut;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Counts the rows a reader or writer handles; every {@link #EVERY} rows it tells the {@link Progress}
 * and checks whether the thread was interrupted (the shell interrupts a command on Ctrl-C), throwing
 * {@link Cancelled} so the task stops between two rows, and whether the heap still has room ({@link HeapRoom}).
 */
public final class RowCounter {

    /** Often enough that Ctrl-C takes effect at once, rarely enough to cost nothing per row. */
    public static final int EVERY = 512;

    private final Progress progress;
    private final AtomicLong rows = new AtomicLong(); // the workbook's large sheets are written on two threads
    private long reported;

    public RowCounter(Progress progress) {
        this.progress = progress == null ? Progress.NONE : progress;
    }

    public void row() {
        long n = rows.incrementAndGet();
        if (n % EVERY == 0) {
            Cancelled.checkInterrupted();
            HeapRoom.check();
            report(n);
        }
    }

    private synchronized void report(long n) {
        if (n > reported) {
            reported = n;
            progress.rows(n);
        }
    }

    /** Reports the final count (the last partial batch). */
    public synchronized void done() {
        reported = rows.get();
        progress.rows(reported);
    }

    public long rows() {
        return rows.get();
    }
}
