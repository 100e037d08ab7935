package io.haircut.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * haircut's benchmark (docs/dev/benchmarks.md). Every program is its own process, timed by the wall clock from
 * launch to exit, JVM start included, as a user runs it:
 * <ul>
 * <li>haircut: {@code java -XmxH -jar target/haircut.jar script job.hc} (import the ledger, load the credit and
 * related-party rule packs, bridge, metrics, the bridge as CSV, the adjusted workbook);
 * <li>the minimal POI pipeline (XSSFReader + SAX in, drop credit and investor rows, monthly bridge, SXSSF out);
 * <li>fastexcel's reader and writer doing the same;
 * <li>the floor: inflate the sheet and walk its XML events with the JDK's StAX parser, nothing built;
 * <li>pandas + openpyxl doing the same (src/test/scripts/pandas_job.py), where python3 has them.
 * </ul>
 * Runs are interleaved (run 1 of every program, then run 2, ...) so a machine that slows down slows all of them.
 * Then, clearly apart, haircut's stages timed inside one JVM (start-up excluded), the shell's time to its prompt,
 * and the 10,000,000-row CSV billing export.
 *
 * <p>Arguments: {@code [--runs N] [--pandas-runs N] [--csv-rows N|0] [--no-whole] [--no-stages] [--no-startup] [ROWS...]}
 * (default 3 runs, pandas as many, 10,000,000 CSV rows, sizes 100000 1000000). Ledgers are cached in target/bench.
 */
public final class Benchmark {

    private static final String JAVA = ProcessHandle.current().info().command().orElse("java");
    private static final String CLASSPATH = System.getProperty("java.class.path");
    private static final Path DIR = Path.of("target", "bench");
    private static final String JDK_STAX = "com.sun.xml.internal.stream.XMLInputFactoryImpl";
    /** The rule packs of the job: the credit pack and the related-party pack, copied into one folder. */
    static final Path RULES = DIR.resolve("rules");

    private Benchmark() {
    }

    public static void main(String[] args) throws Exception {
        int runs = 3;
        Integer pandasRuns = null;
        int csvRows = 10_000_000;
        boolean stages = true;
        boolean startup = true;
        boolean whole = true;
        List<Integer> sizes = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--runs" -> runs = Integer.parseInt(args[++i]);
                case "--pandas-runs" -> pandasRuns = Integer.parseInt(args[++i]);
                case "--csv-rows" -> csvRows = Integer.parseInt(args[++i]);
                case "--no-stages" -> stages = false;
                case "--no-startup" -> startup = false;
                case "--no-whole" -> whole = false;
                default -> sizes.add(Integer.parseInt(args[i].replace("_", "").replace(",", "")));
            }
        }
        if (sizes.isEmpty()) {
            sizes = List.of(100_000, 1_000_000);
        }
        Files.createDirectories(RULES);
        for (String pack : List.of("cloud-credit-revenue.yaml", "related-party-revenue.yaml")) {
            Files.copy(Path.of("rules", pack), RULES.resolve(pack), StandardCopyOption.REPLACE_EXISTING);
        }
        System.out.printf(Locale.ROOT, "haircut benchmark, %s, %d cores, %s%n%n", java.time.Instant.now().toString().substring(0, 16) + "Z",
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
        String pandas = pandasProblem();
        int pandasN = pandasRuns == null ? runs : pandasRuns;
        if (whole) {
            wholeProcess(sizes, runs, pandas, pandasN);
        }
        if (stages) {
            stages(sizes, runs);
        }
        if (startup) {
            startup();
        }
        if (csvRows > 0) {
            bigCsv(csvRows);
        }
    }

    private static Path ledger(int rows) throws IOException {
        Path ledger = DIR.resolve("ledger-" + rows + ".xlsx");
        if (!Files.exists(ledger)) {
            BenchmarkLedger.writeXlsx(ledger, rows, 42);
        }
        return ledger;
    }

    private static String heap(int rows) {
        return rows > 200_000 ? "-Xmx1g" : "-Xmx256m";
    }

    /** One program of the comparison: its name and its command line for a ledger and an output folder. */
    private record Program(String name, List<String> command, int runs) {
    }

    private static void wholeProcess(List<Integer> sizes, int runs, String pandasProblem, int pandasRuns) throws Exception {
        System.out.println("## Whole process: each program a fresh process, wall clock from launch to exit (JVM start included)");
        System.out.println();
        System.out.println("| rows | program | heap | median s | runs s | peak RSS MB | haircut's time ÷ this | this ÷ haircut's time |");
        System.out.println("|---|---|---|---|---|---|---|---|");
        List<String> verdicts = new ArrayList<>();
        for (int rows : sizes) {
            Path ledger = ledger(rows);
            String heap = heap(rows);
            Path out = DIR.resolve("out-" + rows);
            Path job = DIR.resolve("job-" + rows + ".hc");
            Files.writeString(job, String.join("\n",
                    "# The benchmark's job (docs/dev/benchmarks.md), as a user runs it.",
                    "import " + ledger,
                    "rules load " + RULES,
                    "bridge",
                    "metrics",
                    "bridge --by month --format csv --out " + out.resolve("haircut/bridge.csv") + " --force",
                    "export " + out.resolve("haircut/adjusted.xlsx") + " --force", ""));
            List<Program> programs = new ArrayList<>();
            programs.add(new Program("haircut (`java -jar target/haircut.jar script job.hc`)",
                    List.of(JAVA, heap, "-jar", "target/haircut.jar", "script", job.toString()), runs));
            // The launcher too: its class-data archive once kept a hot method from ever being compiled (pom.xml).
            programs.add(new Program("haircut through the launcher (`target/haircut/haircut script job.hc`)",
                    List.of("/usr/bin/env", "HAIRCUT_JAVA_OPTS=" + heap, "target/haircut/haircut", "script", job.toString()), runs));
            programs.add(new Program("minimal POI pipeline (XSSFReader + SAX, SXSSF)", java(heap, BenchmarkJob.class,
                    "reference", ledger.toString(), out.resolve("poi").toString()), runs));
            programs.add(new Program("fastexcel reader + writer", java(heap, FastexcelJob.class,
                    ledger.toString(), out.resolve("fastexcel").toString()), runs));
            programs.add(new Program("floor: inflate + JDK StAX walk, nothing built", java(heap, StaxFloor.class, ledger.toString()), runs));
            boolean pandas = pandasProblem == null && pandasRuns > 0;
            if (pandas) {
                programs.add(new Program("pandas + openpyxl" + (pandasRuns != runs ? " (" + pandasRuns + " run" + (pandasRuns == 1 ? "" : "s") + ")" : ""),
                        List.of(python, "src/test/scripts/pandas_job.py", ledger.toString(), out.resolve("pandas").toString()), pandasRuns));
            }
            Map<Program, List<long[]>> results = new LinkedHashMap<>();
            programs.forEach(p -> results.put(p, new ArrayList<>()));
            int most = programs.stream().mapToInt(Program::runs).max().orElse(0);
            for (int run = 0; run < most; run++) {
                for (Program p : programs) {
                    if (run < p.runs()) {
                        long[] r = timed(p.name(), p.command());
                        results.get(p).add(r);
                        // Progress on stderr, so a run cut short still leaves its figures.
                        System.err.printf(Locale.ROOT, "%,d rows, run %d, %s: %.2f s, %d MB%n", rows, run + 1, p.name(), r[0] / 1000.0, r[1] / 1024);
                    }
                }
            }
            double haircut = median(results.get(programs.get(0)), 0);
            Map<String, Double> medians = new LinkedHashMap<>();
            for (Program p : programs) {
                List<long[]> r = results.get(p);
                double m = median(r, 0);
                medians.put(p.name(), m);
                System.out.printf(Locale.ROOT, "| %,d | %s | %s | %.2f | %s | %.0f | %.2f | %.2f |%n", rows, p.name(),
                        p.name().startsWith("pandas") ? "" : heap, m / 1000,
                        String.join(" ", r.stream().map(x -> String.format(Locale.ROOT, "%.2f", x[0] / 1000.0)).toList()),
                        median(r, 1) / 1024, haircut / m, m / haircut);
            }
            if (!pandas) {
                System.out.printf(Locale.ROOT, "| %,d | pandas + openpyxl | | not run: %s | | | | |%n", rows,
                        pandasProblem != null ? pandasProblem : "--pandas-runs 0");
            }
            double poi = medians.entrySet().stream().filter(e -> e.getKey().startsWith("minimal POI")).findFirst().orElseThrow().getValue();
            verdicts.add(String.format(Locale.ROOT, "%,d rows: haircut takes %.2fx the minimal POI pipeline's time (target at most 1.0x): %s",
                    rows, haircut / poi, haircut / poi <= 1.0 ? "met" : "NOT met"));
            if (pandas) {
                double pd = medians.get(programs.get(programs.size() - 1).name());
                verdicts.add(String.format(Locale.ROOT, "%,d rows: haircut is %.1fx faster than pandas + openpyxl (target at least 10x): %s",
                        rows, pd / haircut, pd / haircut >= 10 ? "met" : "NOT met"));
            }
        }
        System.out.println();
        verdicts.forEach(v -> System.out.println("- " + v));
        System.out.println();
    }

    private static List<String> java(String heap, Class<?> main, String... args) {
        List<String> command = new ArrayList<>(List.of(JAVA, heap, "-cp", CLASSPATH, main.getName()));
        command.addAll(Arrays.asList(args));
        return command;
    }

    /** Runs one command to its end: {wall ms, peak RSS KB (or 0)}. Fails loudly if the program failed. */
    private static long[] timed(String name, List<String> command) throws IOException, InterruptedException {
        Path log = Files.createTempFile(DIR, "run", ".log");
        Path rss = Files.createTempFile(DIR, "rss", ".txt");
        List<String> wrapped = new ArrayList<>();
        boolean gnuTime = Files.isExecutable(Path.of("/usr/bin/time"));
        if (gnuTime) {
            wrapped.addAll(List.of("/usr/bin/time", "-f", "%M", "-o", rss.toString()));
        }
        wrapped.addAll(command);
        long start = System.nanoTime();
        Process p = new ProcessBuilder(wrapped).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        int status = p.waitFor();
        long millis = (System.nanoTime() - start) / 1_000_000;
        String output = Files.readString(log, StandardCharsets.UTF_8);
        if (status != 0) {
            throw new IllegalStateException(name + " failed (status " + status + "):\n" + output);
        }
        long kb = 0;
        if (gnuTime) {
            String text = Files.readString(rss).strip();
            kb = Long.parseLong(text.substring(text.lastIndexOf('\n') + 1).strip());
        }
        Files.delete(log);
        Files.delete(rss);
        return new long[] {millis, kb};
    }

    private static double median(List<long[]> runs, int field) {
        long[] v = runs.stream().mapToLong(r -> r[field]).sorted().toArray();
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2.0;
    }

    /** The python3 that has pandas and openpyxl: the one on the PATH, else Debian's (python3-pandas python3-openpyxl). */
    private static String python = "python3";

    /** Null when a python3 has pandas and openpyxl (then {@link #python} names it), else why not. */
    private static String pandasProblem() {
        String problem = null;
        for (String candidate : List.of("python3", "/usr/bin/python3")) {
            try {
                Process p = new ProcessBuilder(candidate, "-c", "import pandas, openpyxl").redirectErrorStream(true).start();
                String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
                if (p.waitFor() == 0) {
                    python = candidate;
                    return null;
                }
                problem = problem != null ? problem : "python3 lacks pandas or openpyxl (" + output.lines().reduce((a, b) -> b).orElse("") + ")";
            } catch (IOException | InterruptedException e) {
                problem = problem != null ? problem : "no python3 (" + e.getMessage() + ")";
            }
        }
        return problem;
    }

    /** haircut's stages inside one JVM, start-up and class loading before the import excluded (BenchmarkJob). */
    private static void stages(List<Integer> sizes, int runs) throws Exception {
        System.out.println("## haircut's stages, timed inside one JVM (start-up excluded; not comparable with the table above)");
        System.out.println();
        System.out.println("| rows | heap | import s | rules s | bridge s | export s | re-run after a rule change s | the same warm, median of 5, s | total s | peak heap MB | peak RSS MB |");
        System.out.println("|---|---|---|---|---|---|---|---|---|---|---|");
        for (int rows : sizes) {
            Path ledger = ledger(rows);
            List<Map<String, Long>> all = new ArrayList<>();
            for (int i = 0; i < runs; i++) {
                all.add(inJvm(heap(rows), ledger, DIR.resolve("out-" + rows + "/stages")));
            }
            Map<String, Long> m = new LinkedHashMap<>();
            for (String key : all.get(0).keySet()) {
                long[] values = all.stream().mapToLong(r -> r.get(key)).sorted().toArray();
                m.put(key, values[values.length / 2]);
            }
            System.out.printf(Locale.ROOT, "| %,d | %s | %s | %s | %s | %s | %s | %s | %s | %d | %d |%n", rows, heap(rows),
                    s(m, "import_ms"), s(m, "rules_ms"), s(m, "bridge_ms"), s(m, "export_ms"), s(m, "rerun_ms"),
                    s(m, "warm_rerun_ms"), s(m, "total_ms"), m.get("peak_heap_mb"), m.get("rss_mb"));
        }
        System.out.println();
    }

    private static String s(Map<String, Long> m, String key) {
        Long v = m.get(key);
        return v == null ? "" : String.format(Locale.ROOT, "%.2f", v / 1000.0);
    }

    private static Map<String, Long> inJvm(String heap, Path ledger, Path out) throws IOException, InterruptedException {
        List<String> command = java(heap, BenchmarkJob.class, "haircut", ledger.toString(), out.toString());
        // The test classpath has fastexcel's Aalto parser; haircut's jar reads with the JDK's, and so must this run.
        command.add(1, "-Djavax.xml.stream.XMLInputFactory=" + JDK_STAX);
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0 || !output.contains("RESULT ")) {
            throw new IllegalStateException("in-JVM haircut job failed:\n" + output);
        }
        Map<String, Long> figures = new LinkedHashMap<>();
        for (String pair : output.substring(output.indexOf("RESULT ")).lines().findFirst().orElseThrow().split(" ")) {
            String[] kv = pair.split("=");
            if (kv.length == 2 && !kv[0].equals("job")) {
                figures.put(kv[0], Long.parseLong(kv[1].trim()));
            }
        }
        return figures;
    }

    /**
     * Shell ready: from launching the shell to its prompt on screen, medians of 5, for the launcher that
     * {@code mvn package} writes (class-data archive) and for plain {@code java -jar}. The prompt is read
     * from the shell's output, then {@code exit} is typed.
     */
    private static void startup() throws IOException, InterruptedException {
        Map<String, List<String>> launches = new LinkedHashMap<>();
        launches.put("`target/haircut/haircut` (class-data archive)", List.of("target/haircut/haircut"));
        launches.put("`java -jar target/haircut.jar`", List.of(JAVA, "-jar", "target/haircut.jar"));
        System.out.println("## Shell ready for input (whole process)");
        System.out.println();
        System.out.println("| shell launched with | ready for input, median of 5, s | runs s |");
        System.out.println("|---|---|---|");
        for (Map.Entry<String, List<String>> launch : launches.entrySet()) {
            if (!Files.exists(Path.of(launch.getValue().get(0).equals(JAVA) ? "target/haircut.jar" : launch.getValue().get(0)))) {
                System.out.println("| " + launch.getKey() + " | not built: run mvn package | |");
                continue;
            }
            long[] runs = new long[5];
            for (int i = 0; i < runs.length; i++) {
                runs[i] = untilPrompt(launch.getValue());
            }
            long[] sorted = runs.clone();
            Arrays.sort(sorted);
            System.out.printf(Locale.ROOT, "| %s | %.2f | %s |%n", launch.getKey(), sorted[2] / 1000.0,
                    String.join(" ", Arrays.stream(runs).mapToObj(r -> String.format(Locale.ROOT, "%.2f", r / 1000.0)).toList()));
        }
        System.out.println();
    }

    private static long untilPrompt(List<String> command) throws IOException, InterruptedException {
        long start = System.nanoTime();
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        StringBuilder seen = new StringBuilder();
        byte[] buffer = new byte[4096];
        int n;
        while (seen.indexOf("haircut >") < 0 && (n = p.getInputStream().read(buffer)) > 0) {
            seen.append(new String(buffer, 0, n, StandardCharsets.UTF_8));
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        p.getOutputStream().write("exit\n".getBytes(StandardCharsets.UTF_8));
        p.getOutputStream().flush();
        p.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
        if (p.waitFor() != 0 || seen.indexOf("haircut >") < 0) {
            throw new IllegalStateException(command + " did not show its prompt:\n" + seen);
        }
        return millis;
    }

    /**
     * The CSV billing export of {@code rows} rows (a CSV folder: Revenue.csv and Parties.csv): import, rules,
     * bridge, metrics, the bridge and the adjustments as CSV, then the workbook export, in -Xmx2g, one run. Each
     * line's outcome is reported, so a refusal (and its reason) shows in the table.
     */
    private static void bigCsv(int rows) throws IOException, InterruptedException {
        Path folder = DIR.resolve("billing-" + rows);
        if (!Files.exists(folder.resolve("Revenue.csv"))) {
            BenchmarkLedger.writeCsvFolder(folder, rows, 42);
        }
        Path out = DIR.resolve("out-billing-" + rows);
        List<String> lines = List.of(
                "import " + folder,
                "rules load " + RULES,
                "bridge",
                "metrics",
                "bridge --by month --format csv --out " + out.resolve("bridge.csv") + " --force",
                "adjustments --format csv --out " + out.resolve("adjustments.csv") + " --force",
                "export " + out.resolve("adjusted.xlsx") + " --force");
        Path job = DIR.resolve("job-billing-" + rows + ".hc");
        Files.writeString(job, String.join("\n", lines) + "\n");
        System.out.printf(Locale.ROOT, "## A %,d-row CSV billing export (%,d MB), `java -Xmx2g -jar target/haircut.jar script`, one run%n%n",
                rows, Files.size(folder.resolve("Revenue.csv")) / 1_000_000);
        Path log = DIR.resolve("billing-" + rows + ".log");
        List<String> command = List.of("/usr/bin/time", "-f", "%M", "-o", DIR.resolve("billing-rss.txt").toString(),
                JAVA, "-Xmx2g", "-jar", "target/haircut.jar", "script", job.toString());
        long start = System.nanoTime();
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        // A heap too small shows as a long garbage-collection crawl before the error: stop it after 20 minutes.
        boolean ended = p.waitFor(20, java.util.concurrent.TimeUnit.MINUTES);
        if (!ended) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly().waitFor();
        }
        int status = ended ? p.exitValue() : -1;
        long millis = (System.nanoTime() - start) / 1_000_000;
        String output = Files.readString(log, StandardCharsets.UTF_8);
        String last = ended ? output.strip().lines().reduce((a, b) -> b).orElse("") : "stopped after 20 minutes";
        Path rssFile = DIR.resolve("billing-rss.txt");
        String rss = ended && Files.exists(rssFile) ? Files.readString(rssFile).strip() : "";
        System.out.println("| job | wall s | peak RSS MB | exit status | last line printed |");
        System.out.println("|---|---|---|---|---|");
        System.out.printf(Locale.ROOT, "| %s | %.1f | %s | %d | %s |%n", String.join("; ", lines.stream().map(l -> l.split(" ")[0]).toList()),
                millis / 1000.0, rss.lines().reduce((a, b) -> b).filter(k -> k.strip().matches("\\d+")).map(k -> String.valueOf(Long.parseLong(k.strip()) / 1024)).orElse(""),
                status, last.replace("|", "\\|"));
        System.out.println();
        System.out.println("Full output: " + log);
    }
}
