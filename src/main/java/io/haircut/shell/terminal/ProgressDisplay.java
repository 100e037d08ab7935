package io.haircut.shell.terminal;

import io.haircut.Progress;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.LongSupplier;
import org.jline.terminal.Terminal;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * Progress bars for long imports and exports. A command wraps its work in one:
 * <pre>
 * try (ProgressDisplay.Bar bar = progress.start("Importing " + name)) {
 *     imported = LedgerImporter.importPath(path, bar);
 * }
 * </pre>
 * The bar appears only on a terminal, not under {@code --quiet}, and only once the work has taken
 * {@link #DELAY_MILLIS}; it shows rows done and the rate, and is erased when the work ends.
 */
@Component
public class ProgressDisplay {

    /** Work shorter than this shows no bar at all. */
    static final long DELAY_MILLIS = 1_000;
    static final long REDRAW_MILLIS = 125;

    private final Terminal terminal;
    private final Screen screen;

    public ProgressDisplay(@Lazy Terminal terminal, Screen screen) {
        this.terminal = terminal;
        this.screen = screen;
    }

    /** A bar for {@code task} ("Importing big.csv"); close it when the work ends, however it ends. */
    public Bar start(String task) {
        if (!screen.showProgress()) {
            return new Bar(task, null, 0, System::nanoTime);
        }
        return new Bar(task, terminal.writer(), screen.width(), System::nanoTime).startDrawing();
    }

    /** Receives the rows from the domain and redraws itself from a background thread. */
    public static final class Bar implements Progress, AutoCloseable {

        private final String task;
        private final PrintWriter out;
        private final int width;
        private final LongSupplier clock;
        private final long started;
        private volatile long rows;
        private volatile long total = -1;
        private Thread drawer;
        private boolean drawn;

        Bar(String task, PrintWriter out, int width, LongSupplier clock) {
            this.task = task;
            this.out = out;
            this.width = width;
            this.clock = clock;
            this.started = clock.getAsLong();
        }

        private Bar startDrawing() {
            drawer = new Thread(this::drawUntilClosed, "haircut-progress");
            drawer.setDaemon(true);
            drawer.start();
            return this;
        }

        @Override
        public void rows(long rowsSoFar) {
            rows = rowsSoFar;
        }

        @Override
        public void expect(long totalRows) {
            total = totalRows;
        }

        private void drawUntilClosed() {
            try {
                Thread.sleep(DELAY_MILLIS);
                while (!Thread.currentThread().isInterrupted()) {
                    draw();
                    Thread.sleep(REDRAW_MILLIS);
                }
            } catch (InterruptedException e) {
                // closed
            }
        }

        synchronized void draw() {
            long millis = (clock.getAsLong() - started) / 1_000_000;
            out.print("\r" + line(task, rows, total, millis, width) + CLEAR_TO_END);
            out.flush();
            drawn = true;
        }

        @Override
        public void close() {
            if (drawer != null) {
                drawer.interrupt();
                try {
                    drawer.join(1_000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt(); // Ctrl-C during the wait: keep it for the command
                }
            }
            synchronized (this) {
                if (drawn) {
                    out.print("\r" + CLEAR_TO_END);
                    out.flush();
                    drawn = false;
                }
            }
        }
    }

    static final int BAR = 20;
    /** ANSI "erase to end of line": a shorter frame, or the echoed ^C, leaves nothing behind. */
    private static final String CLEAR_TO_END = "\u001b[K";
    private static final String HINT = "  Ctrl-C cancels";

    /**
     * One frame: {@code Importing big.csv [####......] 45%  6,500 of 14,329 rows  12,300 rows/s}. Without
     * a known total the bar is a block that moves back and forth. Never wider than {@code width - 1},
     * so the terminal does not wrap it.
     */
    static String line(String task, long rows, long total, long millis, int width) {
        long rate = millis > 0 ? rows * 1000 / millis : 0;
        StringBuilder bar = new StringBuilder("[");
        String counts;
        if (total > 0) {
            int filled = (int) Math.min(BAR, rows * BAR / total);
            bar.append("#".repeat(filled)).append(".".repeat(BAR - filled)).append("] ")
                    .append(String.format(Locale.ROOT, "%3d%%", Math.min(100, rows * 100 / total)));
            counts = String.format(Locale.ROOT, "%,d of %,d rows", rows, total);
        } else {
            int block = 4;
            int span = BAR - block;
            int step = (int) (millis * 8 / 1000 % (2 * span));
            int at = step <= span ? step : 2 * span - step;
            bar.append(" ".repeat(at)).append("#".repeat(block)).append(" ".repeat(span - at)).append(']');
            counts = String.format(Locale.ROOT, "%,d rows", rows);
        }
        String text = String.format(Locale.ROOT, "%s %s  %s  %,d rows/s", task, bar, counts, rate);
        int room = width <= 1 ? Integer.MAX_VALUE : width - 1;
        if (text.length() + HINT.length() <= room) {
            text += HINT;
        }
        return text.length() > room ? text.substring(0, room) : text;
    }
}
