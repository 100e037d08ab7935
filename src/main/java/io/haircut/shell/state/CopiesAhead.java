package io.haircut.shell.state;

import io.haircut.ledger.Ledger;
import io.haircut.xlsx.sources.SourceCopiesAhead;
import jakarta.annotation.PreDestroy;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The source copies of the last imported ledger, written in the background from its import on, for the
 * next workbook export of that ledger to take ({@link SourceCopiesAhead}). One at a time: a new import stops
 * and deletes the last one's, and so does the shell's exit. {@code -Dhaircut.copies-ahead=false} turns it off.
 */
@Component
public class CopiesAhead {

    private final boolean enabled;
    private Ledger ledger;
    private SourceCopiesAhead copies;

    public CopiesAhead(@Value("${haircut.copies-ahead:true}") boolean enabled) {
        this.enabled = enabled;
    }

    /** Starts copying {@code imported}'s files, in place of what was being copied for an earlier import. */
    public synchronized void imported(Ledger imported) {
        close();
        if (enabled) {
            ledger = imported;
            copies = SourceCopiesAhead.start(imported);
        }
    }

    /** The copies written ahead for exactly this ledger (the session may have gone back to another by undo), or null. */
    public synchronized SourceCopiesAhead of(Ledger exported) {
        return exported == ledger ? copies : null;
    }

    @PreDestroy
    public synchronized void close() {
        if (copies != null) {
            copies.close();
        }
        copies = null;
        ledger = null;
    }
}
