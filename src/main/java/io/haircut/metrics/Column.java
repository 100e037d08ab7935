package io.haircut.metrics;

/** The two sides every metric is shown on (docs/methodology.md, "Unit economics"): Reported and Adjusted revenue. */
enum Column {
    REPORTED, ADJUSTED
}
