package io.haircut.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The benchmark of issue 10: for each ledger size, 3 runs of haircut's job and 3 of the POI streaming
 * reference, each in a fresh JVM with the stated heap, medians reported as a Markdown table.
 * Run with scripts/benchmark.sh [ROWS...] (default 100000 1000000).
 */
public final class Benchmark {

    private static final int RUNS = 3;

    private Benchmark() {
    }

    public static void main(String[] args) throws Exception {
        List<Integer> sizes = args.length == 0 ? List.of(100_000, 1_000_000) : Arrays.stream(args).map(Integer::parseInt).toList();
        Path dir = Files.createDirectories(Path.of("target", "bench"));
        System.out.println("| rows | job | heap | import s | rules s | bridge s | export s | rerun s | total s | peak heap MB | peak RSS MB |");
        System.out.println("|---|---|---|---|---|---|---|---|---|---|---|");
        for (int rows : sizes) {
            Path ledger = dir.resolve("ledger-" + rows + ".xlsx");
            if (!Files.exists(ledger)) {
                BenchmarkLedger.writeXlsx(ledger, rows, 42);
            }
            String heap = rows > 200_000 ? "-Xmx1g" : "-Xmx256m";
            Map<String, Long> haircut = median(rows, "haircut", heap, ledger, dir);
            Map<String, Long> reference = median(rows, "reference", heap, ledger, dir);
            print(rows, "haircut", heap, haircut);
            print(rows, "POI streaming reference", heap, reference);
            System.out.printf("| %,d | ratio haircut / reference (total) | | | | | | | %.2f | | |%n", rows,
                    haircut.get("total_ms") / (double) reference.get("total_ms"));
        }
    }

    private static void print(int rows, String job, String heap, Map<String, Long> m) {
        System.out.printf("| %,d | %s | %s | %s | %s | %s | %s | %s | %s | %d | %d |%n", rows, job, heap,
                s(m, "import_ms"), s(m, "rules_ms"), s(m, "bridge_ms"), s(m, "export_ms"), s(m, "rerun_ms"),
                s(m, "total_ms"), m.get("peak_heap_mb"), m.get("rss_mb"));
    }

    private static String s(Map<String, Long> m, String key) {
        Long v = m.get(key);
        return v == null ? "" : String.format("%.2f", v / 1000.0);
    }

    private static Map<String, Long> median(int rows, String job, String heap, Path ledger, Path dir) throws IOException, InterruptedException {
        List<Map<String, Long>> runs = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            runs.add(run(job, heap, ledger, dir.resolve("out-" + rows + "-" + job)));
        }
        Map<String, Long> median = new LinkedHashMap<>();
        for (String key : runs.get(0).keySet()) {
            long[] values = runs.stream().mapToLong(r -> r.get(key)).sorted().toArray();
            median.put(key, values[values.length / 2]);
        }
        return median;
    }

    private static Map<String, Long> run(String job, String heap, Path ledger, Path out) throws IOException, InterruptedException {
        List<String> command = List.of(ProcessHandle.current().info().command().orElse("java"), heap,
                "-cp", System.getProperty("java.class.path"), BenchmarkJob.class.getName(), job, ledger.toString(), out.toString());
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0 || !output.contains("RESULT ")) {
            throw new IllegalStateException(job + " failed:\n" + output);
        }
        Map<String, Long> figures = new LinkedHashMap<>();
        String result = output.substring(output.indexOf("RESULT "));
        for (String pair : result.lines().findFirst().orElseThrow().split(" ")) {
            String[] kv = pair.split("=");
            if (kv.length == 2 && !kv[0].equals("job")) {
                figures.put(kv[0], Long.parseLong(kv[1].trim()));
            }
        }
        return figures;
    }
}
