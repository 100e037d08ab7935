package io.haircut.metrics;

/**
 * The unit-economics metrics of docs/methodology.md, "Unit economics", in the order reports show them. Each has the
 * camelCase key that JSON and CSV use, the label the table shows, and its unit.
 */
public enum Metric {
    REVENUE("revenue", "Revenue", Unit.MONEY),
    ARR("arr", "ARR (last month x 12)", Unit.MONEY),
    GROSS_MARGIN("grossMargin", "Gross margin", Unit.RATIO),
    ARPA("arpa", "ARPA (monthly)", Unit.MONEY),
    CAC("cac", "CAC", Unit.MONEY),
    CAC_PAYBACK("cacPaybackMonths", "CAC payback (months)", Unit.MONTHS),
    LTV("ltv", "LTV", Unit.MONEY),
    LTV_TO_CAC("ltvToCac", "LTV / CAC", Unit.MULTIPLE),
    NRR("nrr", "NRR", Unit.RATIO),
    NET_BURN("netBurn", "Net burn (monthly)", Unit.MONEY),
    RUNWAY("runwayMonths", "Runway (months)", Unit.MONTHS),
    BURN_MULTIPLE("burnMultiple", "Burn multiple", Unit.MULTIPLE),
    FUNDING_RECEIVED("fundingReceived", "Funding received (binding)", Unit.MONEY),
    TOP_CUSTOMER_SHARE("topCustomerShare", "Top-customer share", Unit.RATIO),
    TOP5_SHARE("top5Share", "Top-5 share", Unit.RATIO),
    NON_CASH_SHARE("nonCashShare", "Non-cash share of revenue", Unit.RATIO),
    RELATED_PARTY_SHARE("relatedPartyShare", "Related-party share of revenue", Unit.RATIO),
    CREDIT_FUNDED_CLOUD_SHARE("creditFundedCloudCostShare", "Credit-funded share of cloud costs", Unit.RATIO);

    /** How a metric's value reads: an amount of money, a ratio (shown as %), months, or a multiple (x). */
    public enum Unit {
        MONEY, RATIO, MONTHS, MULTIPLE
    }

    private final String key;
    private final String label;
    private final Unit unit;

    Metric(String key, String label, Unit unit) {
        this.key = key;
        this.label = label;
        this.unit = unit;
    }

    /** The camelCase key in JSON and CSV output. */
    public String key() {
        return key;
    }

    public String label() {
        return label;
    }

    public Unit unit() {
        return unit;
    }
}
