package io.haircut.export;

import io.haircut.Cancelled;
import io.haircut.Progress;
import io.haircut.RowCounter;
import io.haircut.bridge.Bridges;
import io.haircut.bridge.RevenueBridge;
import io.haircut.ledger.Granularity;
import io.haircut.ledger.RevenueEntry;
import io.haircut.rules.AdjustedLedger;
import io.haircut.rules.Rule;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes the adjusted workbook: Bridge (live formulas, total and by month), Revenue (the entries as
 * imported, with their source cells) and Adjustments (the audit trail, linked to Revenue rows).
 */
public final class AdjustedWorkbookExporter {

    /** Rows kept in memory per sheet; older rows go to a temporary file, so large ledgers fit. */
    static final int WINDOW = 100;

    private AdjustedWorkbookExporter() {
    }

    /**
     * Checks that the ledger fits a workbook, builds its bridges, and writes {@code target} through
     * {@link AtomicFileWriter} (same refusals: an input file, or an existing file without {@code force}).
     * Mixed currencies are refused by {@link Bridges} before anything is written.
     */
    public static void export(AdjustedLedger adjusted, Path target, Set<Path> inputs, boolean force) {
        export(adjusted, target, inputs, force, Progress.NONE);
    }

    /**
     * As {@link #export(AdjustedLedger, Path, Set, boolean)}, telling {@code progress} the Revenue and
     * Adjustments rows written so far. Stops with {@link Cancelled} when the thread is
     * interrupted (Ctrl-C in the shell); the temporary file is deleted and {@code target} is untouched.
     */
    public static void export(AdjustedLedger adjusted, Path target, Set<Path> inputs, boolean force, Progress progress) {
        if (!target.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
            throw new ExportException(target + ": the adjusted workbook is an Excel file; give a name ending in .xlsx");
        }
        requireFits(adjusted).ifPresent(problem -> {
            throw new ExportException("cannot write " + target + ": " + problem);
        });
        RevenueBridge total = Bridges.total(adjusted);
        List<RevenueBridge> months = Bridges.byPeriod(adjusted, Granularity.MONTH);
        progress.expect((long) adjusted.ledger().revenue().size() + adjusted.adjustments().size());
        RowCounter counter = new RowCounter(progress);
        AtomicFileWriter.write(target, inputs, force, out -> {
            write(adjusted, total, months, out, counter);
            Cancelled.checkInterrupted(); // before the move: a late Ctrl-C still leaves the target as it was
        });
        counter.done();
    }

    /**
     * The workbook to a stream, for bridges built from {@code adjusted}. Streaming sheets keep
     * {@link #WINDOW} rows in memory; their temporary files are deleted whatever happens.
     */
    static void write(AdjustedLedger adjusted, RevenueBridge total, List<RevenueBridge> months, OutputStream out)
            throws IOException {
        write(adjusted, total, months, out, new RowCounter(Progress.NONE));
    }

    static void write(AdjustedLedger adjusted, RevenueBridge total, List<RevenueBridge> months, OutputStream out,
            RowCounter counter) throws IOException {
        SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW);
        try {
            Cells cells = new Cells(workbook);
            // Bridge first, so the workbook opens on it; a streaming sheet can be filled in any order.
            Sheet bridge = workbook.createSheet(BridgeSheet.NAME);
            Sheet revenue = workbook.createSheet(RevenueSheet.NAME);
            Sheet adjustments = workbook.createSheet(AdjustmentsSheet.NAME);

            List<RevenueEntry> entries = adjusted.ledger().revenue();
            RevenueSheet.Layout layout = RevenueSheet.write(revenue, entries, cells, counter);
            int adjustmentsLastRow = AdjustmentsSheet.write(adjustments, adjusted.adjustments(), layout.rowOf(), cells, counter);
            BridgeSheet.write(bridge, total, months, entries.size(),
                    BridgeSheet.Ranges.of(layout, adjustmentsLastRow), cells);

            // The cached values are Java's figures; Excel recalculates on open anyway, so the formulas rule.
            workbook.setForceFormulaRecalculation(true);
            workbook.setActiveSheet(0);
            workbook.write(out);
        } finally {
            workbook.dispose();
            workbook.close();
        }
    }

    /** What keeps the ledger from being written as a workbook, checked before any file is touched. */
    static Optional<String> requireFits(AdjustedLedger adjusted) {
        int maxRows = SpreadsheetVersion.EXCEL2007.getMaxRows();
        List<RevenueEntry> entries = adjusted.ledger().revenue();
        if (entries.size() >= maxRows) {
            return Optional.of(String.format(Locale.ROOT,
                    "%,d revenue entries do not fit one sheet (at most %,d rows); export the bridge as csv instead",
                    entries.size(), maxRows - 1));
        }
        if (adjusted.adjustments().size() >= maxRows) {
            return Optional.of(String.format(Locale.ROOT,
                    "%,d adjustments do not fit one sheet (at most %,d rows); export the bridge as csv instead",
                    adjusted.adjustments().size(), maxRows - 1));
        }
        for (RevenueEntry e : entries) {
            String where = Objects.toString(e.source(), "a revenue entry");
            Optional<String> tooLong = tooLong(where, "customer", e.customer())
                    .or(() -> tooLong(where, "channel", e.channel()));
            for (Map.Entry<String, String> a : e.attributes().entrySet()) {
                tooLong = tooLong.or(() -> tooLong(where, a.getKey(), a.getValue()));
            }
            if (tooLong.isPresent()) {
                return tooLong;
            }
        }
        Map<String, Rule> byLowerCaseId = new HashMap<>();
        for (Rule rule : adjusted.rules().rules()) {
            String where = "rule '" + rule.id() + "' (" + rule.origin() + ")";
            Optional<String> problem = BridgeSheet.criterionProblem(rule.id())
                    .map(p -> where + ": the id " + p + "; use letters, digits, '-', '_' or '.' in rule ids")
                    .or(() -> tooLong(where, "basis", rule.basis()))
                    .or(() -> tooLong(where, "description", rule.description()));
            if (problem.isPresent()) {
                return problem;
            }
            // SUMIFS compares text ignoring case, so two such ids would each sum both rules' adjustments.
            Rule other = byLowerCaseId.putIfAbsent(rule.id().toLowerCase(Locale.ROOT), rule);
            if (other != null) {
                return Optional.of(where + " and rule '" + other.id() + "' (" + other.origin()
                        + ") differ only in case, which Excel does not tell apart; rename one");
            }
        }
        return Optional.empty();
    }

    private static Optional<String> tooLong(String where, String field, String text) {
        if (text == null || text.length() <= Cells.MAX_TEXT) {
            return Optional.empty();
        }
        return Optional.of(String.format(Locale.ROOT, "%s: the %s has %,d characters; an Excel cell holds at most %,d",
                where, field, text.length(), Cells.MAX_TEXT));
    }
}
