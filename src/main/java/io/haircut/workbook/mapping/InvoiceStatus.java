package io.haircut.workbook.mapping;

import java.util.Optional;
import java.util.Set;

/**
 * A revenue export's status column ("Status", "Invoice Status", "Financial Status"), and the statuses
 * that mean nothing was billed: a void, cancelled, refunded, failed, deleted or draft invoice is not
 * revenue, so its row is left out and counted in a note. Every other status ("paid", "open", "overdue",
 * "partially refunded") is billed revenue; the column stays with each entry for rules.
 */
public final class InvoiceStatus {

    private static final Set<String> HEADERS = Set.of("status", "invoice status", "payment status", "order status", "financial status",
            "state", "invoice state", "transaction status", "charge status");
    private static final Set<String> NOT_BILLED = Set.of("void", "voided", "cancelled", "canceled", "cancel", "refunded", "fully refunded",
            "refund", "failed", "payment failed", "declined", "deleted", "draft");

    private InvoiceStatus() {
    }

    public static boolean isStatusHeader(String header) {
        return HEADERS.contains(Dictionary.header(header).key());
    }

    /** The status as normalised when it means the row was never billed ("voided"), else empty. */
    public static Optional<String> notBilled(String cellText) {
        String k = Dictionary.key(cellText);
        return NOT_BILLED.contains(k) ? Optional.of(k) : Optional.empty();
    }
}
