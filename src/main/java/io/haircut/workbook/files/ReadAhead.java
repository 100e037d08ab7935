package io.haircut.workbook.files;

import io.haircut.Cancelled;
import io.haircut.workbook.cells.CellRange;
import io.haircut.workbook.cells.SheetInfo;
import io.haircut.workbook.cells.TableRow;
import io.haircut.workbook.cells.TableSink;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import javax.xml.stream.XMLStreamException;

/**
 * A sheet parsed on a second thread while the calling thread hands its rows to the sink: walking the XML and
 * building the ledger's entries each take about half of a large import, and the machine has a second core
 * (docs/performance.md). The sink sees exactly what it would from one thread, in the same order: the same
 * calls, on the calling thread, then the parser's failure, if there is one, after the rows before it.
 */
final class ReadAhead {

    /** Parses one sheet into a sink; runs on the second thread. */
    interface Parse {
        void into(TableSink sink) throws XMLStreamException;
    }

    private static final int BATCH = 256;
    private static final int BATCHES_AHEAD = 16;

    private sealed interface Event {
    }

    private record Start(SheetInfo sheet) implements Event {
    }

    private record Rows(List<TableRow> rows) implements Event {
    }

    private record Merged(List<CellRange> regions) implements Event {
    }

    private record End() implements Event {
    }

    private record Failed(Throwable failure) implements Event {
    }

    private record Finished() implements Event {
    }

    /** The reader left (it failed, or was cancelled): the parser stops at its next row. */
    private static final class Stopped extends RuntimeException {
        Stopped() {
            super(null, null, false, false);
        }
    }

    private ReadAhead() {
    }

    static void read(Parse parse, TableSink sink) throws XMLStreamException {
        Handoff handoff = new Handoff();
        Thread parser = new Thread(() -> handoff.produce(parse), "haircut-sheet-parser");
        parser.setDaemon(true);
        parser.start();
        boolean done = false;
        try {
            while (!done) {
                Event event = handoff.queue.take();
                if (event instanceof Rows r) {
                    r.rows().forEach(sink::row);
                } else if (event instanceof Start s) {
                    sink.startTable(s.sheet());
                } else if (event instanceof Merged m) {
                    sink.merged(m.regions());
                } else if (event instanceof End) {
                    sink.endTable();
                } else if (event instanceof Failed f) {
                    done = true;
                    rethrow(f.failure());
                } else {
                    done = true; // Finished
                }
            }
        } catch (InterruptedException e) {
            throw new Cancelled(); // Ctrl-C while waiting for the parser's next rows
        } finally {
            handoff.stopped = true;
            if (!done) {
                parser.interrupt();
            }
            joinUninterruptibly(parser);
        }
    }

    private static void rethrow(Throwable failure) throws XMLStreamException {
        if (failure instanceof XMLStreamException x) {
            throw x;
        }
        if (failure instanceof RuntimeException r) {
            throw r;
        }
        if (failure instanceof Error e) {
            throw e;
        }
        throw new IllegalStateException(failure);
    }

    /** Waits for the parser to let go of the sheet's stream before the caller closes the package. */
    private static void joinUninterruptibly(Thread parser) {
        boolean interrupted = false;
        while (parser.isAlive()) {
            try {
                parser.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt(); // kept for the next check, which cancels
        }
    }

    /** The parser's side: rows in batches, each call after the rows before it. */
    private static final class Handoff implements TableSink {
        final BlockingQueue<Event> queue = new ArrayBlockingQueue<>(BATCHES_AHEAD);
        volatile boolean stopped;
        private List<TableRow> batch = new ArrayList<>(BATCH);

        void produce(Parse parse) {
            Event last;
            try {
                parse.into(this);
                flush();
                last = new Finished();
            } catch (Stopped s) {
                return;
            } catch (Throwable t) { // handed to the reading thread, which throws it
                try {
                    flush();
                } catch (Stopped s) {
                    return;
                }
                last = new Failed(t);
            }
            try {
                put(last);
            } catch (Stopped s) {
                // the reader has left
            }
        }

        @Override
        public void startTable(SheetInfo sheet) {
            flush();
            put(new Start(sheet));
        }

        @Override
        public void row(TableRow row) {
            batch.add(row);
            if (batch.size() == BATCH) {
                flush();
            }
        }

        @Override
        public void merged(List<CellRange> regions) {
            flush();
            put(new Merged(regions));
        }

        @Override
        public void endTable() {
            flush();
            put(new End());
        }

        private void flush() {
            if (!batch.isEmpty()) {
                put(new Rows(batch));
                batch = new ArrayList<>(BATCH);
            }
        }

        private void put(Event event) {
            try {
                while (!queue.offer(event, 50, TimeUnit.MILLISECONDS)) {
                    if (stopped) {
                        throw new Stopped();
                    }
                }
            } catch (InterruptedException e) {
                throw new Stopped();
            }
            if (stopped) {
                throw new Stopped();
            }
        }
    }
}
