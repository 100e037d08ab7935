package io.haircut.shell.terminal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class TextFitTest {

    /** Columns: Period (6 wide) then three 12-wide right-aligned amounts: 42 characters in all. */
    private static String row(String label, String a, String b, String c) {
        return String.format(Locale.ROOT, "%-6s%12s%12s%12s", label, a, b, c);
    }

    private static final String TABLE = String.join("\n",
            "Revenue by year (USD)",
            row("Period", "Alpha", "Beta", "Gamma"),
            row("2025", "1,000.00", "2,000.00", "3,000.00"),
            row("2026", "10,000.00", "20,000.00", "30,000.00"));

    @Test
    void textThatFitsOrIsNotForATerminalIsLeftAlone() {
        assertThat(TextFit.fit(TABLE, 42)).isEqualTo(TABLE);
        assertThat(TextFit.fit(TABLE, 0)).isEqualTo(TABLE); // piped: no width
    }

    @Test
    void aWideTableIsSplitIntoPanelsThatRepeatTheFirstColumn() {
        // At 30 columns: Period (6) + Alpha (12) + Beta (12) = 30 fit; Gamma goes to a second panel.
        String expected = String.join("\n",
                "Revenue by year (USD)",
                "Period       Alpha        Beta",
                "2025      1,000.00    2,000.00",
                "2026     10,000.00   20,000.00",
                "",
                "Period       Gamma",
                "2025      3,000.00",
                "2026     30,000.00");
        assertThat(TextFit.fit(TABLE, 30)).isEqualTo(expected);
    }

    @Test
    void aLongLineOfProseWrapsAtSpacesWithTheContinuationIndented() {
        String line = "Imported frontier-ai.xlsx: 7 tables, 14,329 revenue entries";
        assertThat(TextFit.fit(line, 30)).isEqualTo(String.join("\n",
                "Imported frontier-ai.xlsx: 7",
                "  tables, 14,329 revenue",
                "  entries"));
    }

    @Test
    void aLabelAndALongTextAreWrappedNotCut() {
        String text = String.join("\n",
                "Rules    2: cloud-credit-revenue, related-party-revenue",
                "           from rules/cloud-credit-revenue.yaml");
        // Two wide lines, but their second "column" alone is wider than the screen: not a table.
        assertThat(TextFit.fit(text, 45)).isEqualTo(String.join("\n",
                "Rules    2: cloud-credit-revenue,",
                "  related-party-revenue",
                "           from",
                "             rules/cloud-credit-revenue.yaml"));
    }

    @Test
    void aWordWiderThanTheScreenIsCutWithAMarker() {
        String word = "x".repeat(50);
        assertThat(TextFit.fit(word, 20)).isEqualTo("x".repeat(19) + TextFit.MARK);
    }

    @Test
    void styledLinesAreLeftAlone() {
        String styled = "\u001b[1m" + "y".repeat(50) + "\u001b[0m";
        assertThat(TextFit.fit(styled, 20)).isEqualTo(styled);
    }

    @Test
    void blankLinesBetweenBlocksStay() {
        String text = "short\n\n" + "a b c d e f g h";
        assertThat(TextFit.fit(text, 10)).isEqualTo("short\n\na b c d e\n  f g h");
        assertThat(TextFit.wrap("a b c d e f g h", 10)).isEqualTo(List.of("a b c d e", "  f g h"));
    }
}
