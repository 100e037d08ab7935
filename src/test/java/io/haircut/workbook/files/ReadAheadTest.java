package io.haircut.workbook.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.haircut.workbook.ImportException;
import io.haircut.workbook.cells.CellRange;
import io.haircut.workbook.cells.RawCell;
import io.haircut.workbook.cells.SheetInfo;
import io.haircut.workbook.cells.TableRow;
import io.haircut.workbook.cells.TableSink;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import javax.xml.stream.XMLStreamException;
import org.junit.jupiter.api.Test;

/** A sheet parsed on a second thread: the sink sees what one thread would show it, on the calling thread. */
class ReadAheadTest {

    private static final SheetInfo SHEET = new SheetInfo("ledger.xlsx", "Revenue", "Revenue", false, Set.of(), List.of(), "xlsx");

    /** Records every call, and the thread it came on. */
    private static class Recording implements TableSink {
        final List<String> calls = new ArrayList<>();
        final Set<Thread> threads = new java.util.HashSet<>();

        @Override
        public void startTable(SheetInfo sheet) {
            threads.add(Thread.currentThread());
            calls.add("start " + sheet.sheet());
        }

        @Override
        public void row(TableRow row) {
            threads.add(Thread.currentThread());
            calls.add("row " + row.row());
        }

        @Override
        public void merged(List<CellRange> regions) {
            threads.add(Thread.currentThread());
            calls.add("merged " + regions.size());
        }

        @Override
        public void endTable() {
            threads.add(Thread.currentThread());
            calls.add("end");
        }
    }

    private static TableRow row(int n) {
        return new TableRow(n, List.of(new RawCell(0, RawCell.Kind.NUMBER, Integer.toString(n))));
    }

    @Test
    void everyCallArrivesInOrderOnTheCallingThread() throws Exception {
        Recording sink = new Recording();
        ReadAhead.read(s -> {
            s.startTable(SHEET);
            for (int r = 2; r <= 1001; r++) {
                s.row(row(r));
            }
            s.merged(List.of(CellRange.parse("A1:B1")));
            s.endTable();
        }, sink);

        List<String> expected = new ArrayList<>(List.of("start Revenue"));
        for (int r = 2; r <= 1001; r++) {
            expected.add("row " + r);
        }
        expected.addAll(List.of("merged 1", "end"));
        assertThat(sink.calls).isEqualTo(expected);
        assertThat(sink.threads).containsExactly(Thread.currentThread());
    }

    @Test
    void theParsersFailureComesAfterTheRowsBeforeIt() {
        Recording sink = new Recording();
        assertThatThrownBy(() -> ReadAhead.read(s -> {
            s.startTable(SHEET);
            for (int r = 2; r <= 301; r++) {
                s.row(row(r));
            }
            throw new ImportException("ledger.xlsx!Revenue: row 302 is damaged");
        }, sink)).isInstanceOf(ImportException.class).hasMessage("ledger.xlsx!Revenue: row 302 is damaged");
        assertThat(sink.calls).hasSize(1 + 300).endsWith("row 301");
    }

    @Test
    void aDamagedSheetStaysAnXmlFailure() {
        XMLStreamException damaged = new XMLStreamException("unexpected end tag");
        assertThatThrownBy(() -> ReadAhead.read(s -> {
            throw damaged;
        }, new Recording())).isSameAs(damaged);
    }

    @Test
    void whenTheSinkRefusesARowTheParserStopsSoonAfter() {
        AtomicInteger parsed = new AtomicInteger();
        TableSink refusing = new Recording() {
            @Override
            public void row(TableRow row) {
                if (row.row() == 10) {
                    throw new ImportException("ledger.xlsx!Revenue!B10: not a date");
                }
            }
        };
        assertThatThrownBy(() -> ReadAhead.read(s -> {
            s.startTable(SHEET);
            for (int r = 2; r <= 10_000_000; r++) {
                s.row(row(r));
                parsed.incrementAndGet();
            }
            s.endTable();
        }, refusing)).hasMessage("ledger.xlsx!Revenue!B10: not a date");
        // read() returns only once the parser has stopped: it parsed at most the batches the queue holds, not the sheet.
        int stoppedAt = parsed.get();
        assertThat(stoppedAt).isLessThan(100_000);
        assertThat(parsed.get()).isEqualTo(stoppedAt);
    }
}
