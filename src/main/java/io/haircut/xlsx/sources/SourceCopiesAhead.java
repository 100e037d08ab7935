package io.haircut.xlsx.sources;

import io.haircut.ledger.Ledger;
import io.haircut.ledger.SourceFile;
import io.haircut.xlsx.layout.Cells;
import io.haircut.xlsx.streaming.StreamedWorkbook;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The copies of the imported files' sheets ({@code src Revenue}, ...), written on one background thread as
 * soon as a ledger is imported, while the analyst (or a script) applies rules and reads reports. An export of
 * the same files then takes their rows as written rather than reading every source row again, the longest
 * part of writing a large workbook (docs/performance.md, "Source copies written ahead").
 *
 * <p>The copies are laid out by the same code as an export's ({@link SourceCopies#layOut}), in a workbook
 * with the same styles made first ({@link Cells} in the ledger's currency); an export takes them only when
 * its own copies and styles read the same ({@link #matches}), so a workbook is the same either way. A
 * failure here is not reported: the export copies the files itself and reports what it finds. One thread,
 * so the session's commands keep the other core. {@link #close()} stops the writing and deletes the
 * temporary files.
 */
public final class SourceCopiesAhead implements AutoCloseable {

    /** The copies as laid out, the currency and styles of their workbook, and the workbook writing their rows. */
    private record Written(List<SourceCopies.Copy> copies, String currency, List<String> styles, StreamedWorkbook rows) {
    }

    private final CompletableFuture<Written> written = new CompletableFuture<>();
    private final java.util.concurrent.atomic.AtomicInteger taken = new java.util.concurrent.atomic.AtomicInteger();
    private boolean closed;

    private SourceCopiesAhead() {
    }

    /** Starts copying {@code ledger}'s files on a background thread; nothing is read on the caller's. */
    public static SourceCopiesAhead start(Ledger ledger) {
        SourceCopiesAhead ahead = new SourceCopiesAhead();
        Thread t = new Thread(() -> ahead.write(ledger.files(), ledger::revenueCurrency, SheetSplit.EXCEL),
                "haircut-copies-ahead");
        t.setDaemon(true);
        t.start();
        return ahead;
    }

    /** Copies {@code files} for a workbook in {@code currency}, the caller waiting until their rows are being written (tests). */
    static SourceCopiesAhead startHere(List<SourceFile> files, String currency, SheetSplit split) {
        SourceCopiesAhead ahead = new SourceCopiesAhead();
        ahead.write(files, () -> currency, split);
        return ahead;
    }

    private void write(List<SourceFile> files, Supplier<String> currencyOf, SheetSplit split) {
        StreamedWorkbook rows = null;
        try {
            SourceCopies.verify(files); // changed since the import: the export refuses it, nothing to copy ahead
            String inCurrency = currencyOf.get();
            XSSFWorkbook layout = new XSSFWorkbook();
            rows = new StreamedWorkbook(layout, 1);
            Cells cells = new Cells(layout, inCurrency);
            List<SourceCopies.Copy> copies = SourceCopies.plan(files, split);
            List<SourceCopies.Body> bodies = SourceCopies.layOut(files, copies, layout, rows, cells.header);
            for (SourceCopies.Body b : bodies) {
                rows.stream(b.sheet(), b.lane(), b.rows());
            }
            Written w = new Written(copies, inCurrency, SourceCopies.styles(layout), rows);
            StreamedWorkbook started = rows;
            CompletableFuture<?>[] all = bodies.stream().map(b -> started.rowsOf(b.sheet().getSheetName())).toArray(CompletableFuture[]::new);
            synchronized (this) {
                if (closed) {
                    rows.close();
                    written.completeExceptionally(new io.haircut.Cancelled());
                    return;
                }
                rows.start();
                written.complete(w);
            }
            // Once every copy is written: the threads end and the source files are closed; the rows stay.
            CompletableFuture.allOf(all).whenComplete((done, failure) -> started.finishedWriting());
        } catch (RuntimeException | Error e) { // an export copies the files itself, and reports what it finds
            if (rows != null) {
                rows.close();
            }
            written.completeExceptionally(e);
        }
    }

    /**
     * Whether an export whose copies are {@code copies}, in a workbook in {@code currency} whose styles read
     * {@code styles} ({@link SourceCopies#styles}), can take these rows as they are. Waits for the copies to be
     * laid out (a fraction of a second after the start), not for their rows.
     */
    public boolean matches(List<SourceCopies.Copy> copies, String currency, List<String> styles) {
        Written w;
        try {
            w = written.join();
        } catch (RuntimeException e) {
            return false;
        }
        synchronized (this) {
            if (closed) {
                return false;
            }
        }
        boolean same = currency.equals(w.currency()) && w.copies().equals(copies) && w.styles().equals(styles);
        if (same) {
            taken.incrementAndGet();
        }
        return same;
    }

    /** How many workbooks took these copies' rows. */
    public int taken() {
        return taken.get();
    }

    /** The rows of the copy named {@code sheetName}, once written; after {@link #matches} said yes. */
    public CompletableFuture<StreamedWorkbook.Rows> rows(String sheetName) {
        return written.join().rows().rowsOf(sheetName);
    }

    /** Stops the copies still being written and deletes their temporary files; an export no longer takes them. */
    @Override
    public void close() {
        Written w;
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
            w = written.isDone() && !written.isCompletedExceptionally() ? written.join() : null;
        }
        if (w != null) {
            w.rows().close();
        }
    }
}
