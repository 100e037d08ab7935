package io.haircut;

import java.io.InterruptedIOException;
import java.nio.channels.ClosedByInterruptException;

/**
 * The analyst stopped a running command (Ctrl-C). The command changes nothing: the session is only
 * replaced when a command succeeds, and files are written to a temporary name first.
 */
public class Cancelled extends HaircutException {

    public Cancelled() {
        super("cancelled");
    }

    /** Throws if the current thread was interrupted, clearing the flag so the shell can read the next line. */
    public static void checkInterrupted() {
        if (Thread.interrupted()) {
            throw new Cancelled();
        }
    }

    /**
     * Whether an I/O failure was really an interruption: an interruptible channel closes itself and
     * throws {@link ClosedByInterruptException} when the thread is interrupted during a read or write.
     * Clears the interrupt flag when it answers yes.
     */
    public static boolean wasInterruption(Throwable failure) {
        boolean interrupted = false;
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof ClosedByInterruptException || t instanceof InterruptedIOException
                    || t instanceof InterruptedException) {
                interrupted = true;
            }
        }
        return Thread.interrupted() || interrupted;
    }
}
