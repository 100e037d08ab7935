package io.haircut.workbook;

import io.haircut.HaircutException;
import io.haircut.ledger.Ledger;
import io.haircut.ledger.RevenueEntry;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Imports files one by one and prints, per file, what happened: the one-line error, or a summary of the
 * entries. Run as a program in a JVM with a small heap ({@code BoundedMemoryTest}), it also prints the
 * heap each import needed at most and how long it took.
 */
public final class ImportProbe {

    private ImportProbe() {
    }

    /** The error message, or "imported N revenue entries, total T, last at CELL[, each with N extra fields]". */
    static String outcome(Path file, String password) {
        try {
            Ledger ledger = LedgerImporter.importPath(file, password).ledger();
            BigDecimal total = ledger.revenue().stream().map(e -> e.amount().amount()).reduce(BigDecimal.ZERO, BigDecimal::add);
            String summary = String.format(Locale.ROOT, "imported %d revenue entries, total %s", ledger.revenue().size(),
                    total.setScale(2, java.math.RoundingMode.HALF_EVEN).toPlainString());
            if (!ledger.revenue().isEmpty()) {
                RevenueEntry last = ledger.revenue().get(ledger.revenue().size() - 1);
                summary += ", last at " + last.source();
                int extra = last.attributes().size();
                if (extra > 0) {
                    summary += String.format(Locale.ROOT, ", each with %,d extra fields", extra);
                }
            }
            return summary;
        } catch (HaircutException e) {
            return e.getMessage();
        }
    }

    /** Arguments: files to import. Prints "file<TAB>outcome<TAB>peak heap MB<TAB>seconds" per file. */
    public static void main(String[] args) {
        for (String arg : args) {
            System.gc();
            ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
            long start = System.nanoTime();
            String outcome;
            try {
                outcome = outcome(Path.of(arg), null);
            } catch (RuntimeException | OutOfMemoryError e) {
                outcome = "UNEXPECTED " + e;
            }
            long millis = (System.nanoTime() - start) / 1_000_000;
            long peak = ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                    .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
            System.out.printf(Locale.ROOT, "%s\t%s\t%d\t%d%n", Path.of(arg).getFileName(), outcome, peak >> 20, millis);
        }
    }
}
