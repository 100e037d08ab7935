package io.haircut.shell;

import io.haircut.ledger.Ledger;
import io.haircut.workbook.ImportedLedger;
import java.util.Locale;

/** Short confirmations the commands print; pure text, no arithmetic beyond counting. */
final class Rendering {

    private Rendering() {
    }

    static String importSummary(String name, ImportedLedger imported) {
        Ledger l = imported.ledger();
        String span = l.firstMonth().map(first -> " (" + first + " .. " + l.lastMonth().orElseThrow() + ")").orElse("");
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "Imported %s: %s, %s%s, %s, %s",
                name, count(imported.tables(), "table"), count(l.revenue().size(), "revenue entry", "revenue entries"), span,
                count(l.parties().investorGroups(), "investor"), count(l.commitmentVendors(), "commitment")));
        imported.notes().forEach(n -> out.append("\n  note: ").append(n));
        return out.toString();
    }

    static String count(long n, String one) {
        return count(n, one, one + "s");
    }

    static String count(long n, String one, String many) {
        return String.format(Locale.ROOT, "%,d %s", n, n == 1 ? one : many);
    }
}
