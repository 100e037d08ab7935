package io.haircut.fuzz;

import io.haircut.HaircutException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Byte-level fuzzing in plain JUnit: seeded mutations (flip a bit, insert, delete, overwrite with a
 * token the format cares about, duplicate a run, truncate) of valid inputs, each case run on a worker
 * thread with a time limit. The only acceptable outcomes are success and haircut's own one-line error;
 * any other exception, a message of several lines, or a hang fails the test and leaves the input in
 * {@code target/fuzz-failures} for a regression test. {@code -Dhaircut.fuzz.scale=N} runs N times more
 * cases; {@code -Dhaircut.fuzz.seed=S} varies them (each test's own seed is added, so tests still differ).
 */
public final class Fuzz {

    /** Per case: generous, since CI machines stall; a hang is what this catches, not slowness. */
    static final long CASE_TIMEOUT_SECONDS = 20;

    /** Tokens that matter to zip, XML, CSV, YAML and JSON readers, spliced in by {@link #mutate}. */
    private static final List<byte[]> TOKENS = List.of(
            bytes("PK\u0003\u0004"), bytes("PK\u0001\u0002"), bytes("PK\u0005\u0006"), new byte[] {(byte) 0xFF, (byte) 0xFF, (byte) 0xFF, 0x7F},
            new byte[] {0, 0, 0, 0}, bytes("<"), bytes(">"), bytes("</"), bytes("<!DOCTYPE x>"), bytes("&amp;"), bytes("&x;"),
            bytes("<![CDATA["), bytes("r=\"XFD1048576\""), bytes("t=\"s\""), bytes("t=\"inlineStr\""), bytes("s=\"-1\""),
            bytes("<v>1e999</v>"), bytes("<v>-0</v>"), bytes("\""), bytes(","), bytes("\r\n"), bytes("\n"), bytes("\uFEFF"),
            bytes("\u00e9"), new byte[] {(byte) 0xC3}, bytes(": "), bytes("- "), bytes("  "), bytes("\t"), bytes("*a"), bytes("&a "),
            bytes("!!"), bytes("{"), bytes("}"), bytes("["), bytes("]"), bytes("null"), bytes("99999999999999999999"),
            bytes("1e308"), bytes("-"), bytes("#"), bytes("'"), bytes("\\u0000"), bytes("2025-02-30"), bytes("$(1,000.00)"));

    private final Random random;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "fuzz-case");
        t.setDaemon(true); // a hung case must not keep the test JVM alive
        return t;
    });
    private final List<String> failures = new ArrayList<>();
    private int successes;
    private int refusals;

    public Fuzz(long seed) {
        this.random = new Random(seed);
    }

    public Random random() {
        return random;
    }

    /** The test's seed, plus {@code haircut.fuzz.seed} when given. */
    public static long seed(long testSeed) {
        return testSeed + Long.getLong("haircut.fuzz.seed", 0L);
    }

    /** How many cases to run: {@code base} times the scale property (1 in CI). */
    public static int cases(int base) {
        return base * Integer.getInteger("haircut.fuzz.scale", 1);
    }

    /** The input with 1 to 4 random mutations. */
    public byte[] mutate(byte[] input) {
        byte[] b = input;
        int count = 1 + random.nextInt(4);
        for (int i = 0; i < count; i++) {
            b = mutateOnce(b);
        }
        return b;
    }

    private byte[] mutateOnce(byte[] b) {
        if (b.length == 0) {
            return TOKENS.get(random.nextInt(TOKENS.size())).clone();
        }
        int at = random.nextInt(b.length);
        switch (random.nextInt(7)) {
            case 0 -> { // flip one bit
                byte[] c = b.clone();
                c[at] ^= (byte) (1 << random.nextInt(8));
                return c;
            }
            case 1 -> { // insert random bytes
                byte[] ins = new byte[1 + random.nextInt(8)];
                random.nextBytes(ins);
                return splice(b, at, 0, ins);
            }
            case 2 -> { // delete a run
                return splice(b, at, Math.min(b.length - at, 1 + random.nextInt(16)), new byte[0]);
            }
            case 3 -> { // insert a token
                return splice(b, at, 0, TOKENS.get(random.nextInt(TOKENS.size())));
            }
            case 4 -> { // overwrite with a token
                byte[] t = TOKENS.get(random.nextInt(TOKENS.size()));
                return splice(b, at, Math.min(b.length - at, t.length), t);
            }
            case 5 -> { // duplicate a run
                int length = Math.min(b.length - at, 1 + random.nextInt(64));
                return splice(b, at, 0, Arrays.copyOfRange(b, at, at + length));
            }
            default -> { // truncate
                return Arrays.copyOf(b, at);
            }
        }
    }

    private static byte[] splice(byte[] b, int at, int remove, byte[] insert) {
        byte[] c = new byte[b.length - remove + insert.length];
        System.arraycopy(b, 0, c, 0, at);
        System.arraycopy(insert, 0, c, at, insert.length);
        System.arraycopy(b, at + remove, c, at + insert.length, b.length - at - remove);
        return c;
    }

    /** A case that reads one input. */
    public interface Case {
        void run() throws Exception;
    }

    /**
     * Runs one case with the time limit and records its outcome; {@code input} and {@code name} are kept
     * for a failure's report.
     */
    public void check(String name, byte[] input, Case c) {
        // Whatever a reader prints on the error stream lands on the analyst's screen beside haircut's one line.
        java.io.ByteArrayOutputStream printed = new java.io.ByteArrayOutputStream();
        java.io.PrintStream terminal = System.err;
        System.setErr(new java.io.PrintStream(printed, true, StandardCharsets.UTF_8));
        Future<?> f = worker.submit(() -> {
            c.run();
            return null;
        });
        boolean succeeded = false;
        try {
            f.get(CASE_TIMEOUT_SECONDS, TimeUnit.SECONDS);
            succeeded = true;
        } catch (TimeoutException e) {
            f.cancel(true);
            fail(name, input, "did not finish in " + CASE_TIMEOUT_SECONDS + " s");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof HaircutException h && h.getMessage() != null && !h.getMessage().isBlank()
                    && h.getMessage().indexOf('\n') < 0) {
                refusals += printed.size() > 0 ? 0 : 1;
            } else {
                java.io.StringWriter trace = new java.io.StringWriter();
                cause.printStackTrace(new java.io.PrintWriter(trace));
                fail(name, input, cause instanceof HaircutException ? "a message of several lines: " + cause.getMessage() : trace.toString());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } finally {
            System.setErr(terminal);
        }
        if (printed.size() > 0) {
            fail(name, input, "printed to the error stream: " + printed.toString(StandardCharsets.UTF_8).strip());
        } else if (succeeded) {
            successes++;
        }
    }

    private void fail(String name, byte[] input, String what) {
        try {
            Path dir = Files.createDirectories(Path.of("target", "fuzz-failures"));
            Path saved = dir.resolve(name.replaceAll("[^A-Za-z0-9._-]", "_"));
            Files.write(saved, input);
            failures.add(name + " (input kept in " + saved + "): " + what);
        } catch (IOException e) {
            failures.add(name + ": " + what);
        }
    }

    public List<String> failures() {
        return failures;
    }

    /** "N cases: S read, R refused with haircut's own message". */
    public String summary() {
        return (successes + refusals + failures.size()) + " cases: " + successes + " read, " + refusals
                + " refused with haircut's own one-line message, " + failures.size() + " failed";
    }

    public void close() {
        worker.shutdownNow();
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
