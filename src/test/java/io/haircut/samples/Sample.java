package io.haircut.samples;

import java.util.List;

/**
 * A generated sample company: its file stem ("frontier-ai") and its sheets in workbook order, plus
 * the generator's own count of what it put in, for the summary it prints.
 */
record Sample(String stem, List<SampleSheet> sheets, Summary summary) {

    Sample {
        sheets = List.copyOf(sheets);
    }

    /** What the generator meant to put in, in cents: printed so the README can be checked against it. */
    record Summary(int entries, long reportedCents, long creditCents, long relatedCents, long overlapCents) {
    }
}
