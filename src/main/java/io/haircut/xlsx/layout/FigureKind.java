package io.haircut.xlsx.layout;

/** How a figure in the workbook is shown: its number format, and what a change in it means. */
public enum FigureKind {
    /** An amount in the workbook's currency: {@code "$"#,##0.00}, negatives in red parentheses. */
    MONEY,
    /** A fraction shown as a percentage: 0.625 is {@code 62.5%}. */
    PERCENT,
    /** A ratio shown as a multiple: 3.2 is {@code 3.20x} (LTV/CAC, burn multiple, coverage). */
    MULTIPLE,
    /** A duration in months, one decimal (CAC payback, runway). */
    MONTHS,
    /** A whole number (customers). */
    COUNT,
    /** A calendar year, no thousands separator (first shortfall year). */
    YEAR
}
