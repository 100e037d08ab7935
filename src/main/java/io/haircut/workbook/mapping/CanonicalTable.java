package io.haircut.workbook.mapping;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The tables of the canonical workbook (samples/README.md): each sheet's name and its columns.
 * Only Revenue is required; headers are matched case-insensitively.
 */
public enum CanonicalTable {
    REVENUE("Revenue", List.of("Date", "Customer", "Channel", "Settlement", "Amount"), List.of("Invoice", "Product", "Currency")),
    COSTS("Costs", List.of("Month", "Category", "Amount", "Paid With"), List.of("Currency")),
    CUSTOMERS("Customers", List.of("Month", "Active", "New", "Churned"), List.of()),
    FUNDING("Funding", List.of("Date", "Investor", "Amount", "Form", "Status"), List.of("Currency")),
    // A row is one year (Year, Amount), a total over a term, or capacity in GW: see CommitmentRows.
    COMMITMENTS("Commitments", List.of("Vendor", "Status"),
            List.of("Year", "Amount", "Currency", "Total", "Start Year", "Term Years", "Ramp", "Capacity GW")),
    PARTIES("Parties", List.of("Name", "Group", "Relationship"), List.of()),
    CASH("Cash", List.of("Month", "Cash Balance", "Unused Credits"), List.of("Currency"));

    private final String sheetName;
    private final List<String> required;
    private final List<String> optional;

    CanonicalTable(String sheetName, List<String> required, List<String> optional) {
        this.sheetName = sheetName;
        this.required = required;
        this.optional = optional;
    }

    public String sheetName() {
        return sheetName;
    }

    public List<String> required() {
        return required;
    }

    List<String> optional() {
        return optional;
    }

    public static Optional<CanonicalTable> named(String name) {
        String n = normalisedHeader(name);
        return Arrays.stream(values()).filter(t -> normalisedHeader(t.sheetName).equals(n)).findFirst();
    }

    public static String sheetNames() {
        return Arrays.stream(values()).map(CanonicalTable::sheetName).collect(Collectors.joining(", "));
    }

    /** Header text as compared: lower case, single spaces, no surrounding blanks. */
    public static String normalisedHeader(String text) {
        return text.trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
