package io.haircut.export;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.haircut.ledger.RevenueEntry;
import io.haircut.rules.Adjustment;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The audit trail as CSV or JSON: one record per adjustment, with the rule, its basis, the source cell
 * and the entry's fields, and the amount before, the change and the amount after (rounded half-even to
 * cents here, once). CSV text goes through {@link FormulaGuard}, so a customer named {@code =cmd|...}
 * cannot run when the file is opened in a spreadsheet.
 */
public final class AdjustmentFormats {

    static final String[] COLUMNS = {"rule", "view", "basis", "source", "date", "customer", "channel", "settlement",
        "currency", "before", "adjustment", "after"};

    private static final CSVFormat CSV = CSVFormat.DEFAULT.builder()
            .setHeader(COLUMNS)
            .setRecordSeparator("\n")
            .get();

    private AdjustmentFormats() {
    }

    public static String csv(List<Adjustment> adjustments) {
        StringBuilder out = new StringBuilder();
        try (CSVPrinter printer = new CSVPrinter(out, CSV)) {
            for (Adjustment a : adjustments) {
                RevenueEntry e = a.entry();
                printer.printRecord(text(a.rule().id()), text(a.rule().view().label()), text(a.rule().basis()),
                        text(Objects.toString(e.source(), null)), e.date().toString(), text(e.customer()),
                        text(e.channel()), text(e.settlement().label()), text(e.amount().currency()),
                        BridgeFormats.plain(a.before()), BridgeFormats.plain(a.change()), BridgeFormats.plain(a.after()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e); // appending to a StringBuilder does not fail
        }
        return out.toString();
    }

    /** {@code {"adjustments": [{"rule", "view", "basis", "source", "date", "customer", ...}]}}, amounts as strings. */
    public static String json(List<Adjustment> adjustments) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        ArrayNode array = root.putArray("adjustments");
        for (Adjustment a : adjustments) {
            RevenueEntry e = a.entry();
            ObjectNode node = array.addObject();
            node.put("rule", a.rule().id());
            node.put("view", a.rule().view().label());
            node.put("basis", a.rule().basis());
            node.put("source", Objects.toString(e.source(), null));
            node.put("date", e.date().toString());
            node.put("customer", e.customer());
            node.put("channel", e.channel());
            node.put("settlement", e.settlement().label());
            node.put("currency", e.amount().currency());
            node.put("before", BridgeFormats.plain(a.before()));
            node.put("adjustment", BridgeFormats.plain(a.change()));
            node.put("after", BridgeFormats.plain(a.after()));
        }
        return BridgeFormats.write(root);
    }

    /** Text as CSV writes it: escaped against formula injection; null stays an empty field. */
    private static String text(String value) {
        return value == null ? null : FormulaGuard.text(value);
    }
}
