package io.haircut.metrics;

/** The two sides every metric is shown on (BRIEF.md section 6): Reported and Adjusted revenue. */
enum Column {
    REPORTED, ADJUSTED
}
