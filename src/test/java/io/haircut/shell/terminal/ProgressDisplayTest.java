package io.haircut.shell.terminal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ProgressDisplayTest {

    @Test
    void withATotalTheBarFillsAndShowsPercentRowsAndRate() {
        // 6,500 of 14,329 rows: 20 * 6500 / 14329 = 9.07 -> 9 of 20 marks; 100 * 6500 / 14329 = 45.4 -> 45%;
        // 6,500 rows in 0.5 s = 13,000 rows/s.
        assertThat(ProgressDisplay.line("Writing a.xlsx", 6_500, 14_329, 500, 100)).isEqualTo(
                "Writing a.xlsx [#########...........]  45%  6,500 of 14,329 rows  13,000 rows/s  Ctrl-C cancels");
    }

    @Test
    void withoutATotalABlockMovesAndTheRowsAndRateAreShown() {
        // 1,000,000 rows in 4 s = 250,000 rows/s; at 4 s the block has moved 32 steps, bouncing over 16 places: 0.
        assertThat(ProgressDisplay.line("Importing big.csv", 1_000_000, -1, 4_000, 100)).isEqualTo(
                "Importing big.csv [####                ]  1,000,000 rows  250,000 rows/s  Ctrl-C cancels");
        // At 1 s: 8 steps from the left.
        assertThat(ProgressDisplay.line("Importing big.csv", 0, -1, 1_000, 100))
                .startsWith("Importing big.csv [        ####        ]  0 rows  0 rows/s");
    }

    @Test
    void aNarrowTerminalDropsTheHintThenCutsTheLine() {
        String line = ProgressDisplay.line("Importing big.csv", 1_000_000, -1, 4_000, 40);
        assertThat(line).hasSize(39).doesNotContain("Ctrl-C");
    }

    @Test
    void theBarDrawsOverItselfAndErasesItselfWhenClosed() {
        StringWriter screen = new StringWriter();
        AtomicLong nanos = new AtomicLong();
        ProgressDisplay.Bar bar = new ProgressDisplay.Bar("Importing x.csv", new PrintWriter(screen), 100, nanos::get);
        bar.rows(512);
        nanos.set(2_000_000_000L); // 2 s later: 256 rows/s, and the block is 16 steps in, at the right end
        bar.draw();
        assertThat(screen.toString()).isEqualTo(
                "\rImporting x.csv [                ####]  512 rows  256 rows/s  Ctrl-C cancels\u001b[K");
        bar.close();
        assertThat(screen.toString()).endsWith("Ctrl-C cancels\u001b[K\r\u001b[K");
    }
}
