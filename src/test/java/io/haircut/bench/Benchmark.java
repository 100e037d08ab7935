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
 * The million-row benchmark (README "Performance"): for each ledger size, 3 runs of haircut's job and 3 of the POI streaming
 * reference, each in a fresh JVM with the stated heap, medians reported as a Markdown table.
 * Run with src/test/scripts/benchmark.sh [ROWS...] (default 100000 1000000).
 */
public final class Benchmark {

    private static final int RUNS = 3;

    private Benchmark() {
    }

    public static void main(String[] args) throws Exception {
        startup();
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

    /**
     * Shell ready: from launching the shell to its prompt on screen, medians of 5, for the launcher that
     * {@code mvn package} writes (class-data archive) and for plain {@code java -jar}. The prompt is read
     * from the shell's output, then {@code exit} is typed.
     */
    private static void startup() throws IOException, InterruptedException {
        String java = ProcessHandle.current().info().command().orElse("java");
        Map<String, List<String>> launches = new LinkedHashMap<>();
        launches.put("target/haircut/haircut (class-data archive)", List.of("target/haircut/haircut"));
        launches.put("java -jar target/haircut.jar", List.of(java, "-jar", "target/haircut.jar"));
        System.out.println("| shell launched with | ready for input (median of 5) s | runs s |");
        System.out.println("|---|---|---|");
        for (Map.Entry<String, List<String>> launch : launches.entrySet()) {
            if (!Files.exists(Path.of(launch.getValue().get(0).equals(java) ? "target/haircut.jar" : launch.getValue().get(0)))) {
                System.out.println("| " + launch.getKey() + " | not built: run mvn package | |");
                continue;
            }
            long[] runs = new long[5];
            for (int i = 0; i < runs.length; i++) {
                runs[i] = untilPrompt(launch.getValue());
            }
            long[] sorted = runs.clone();
            Arrays.sort(sorted);
            System.out.printf("| %s | %.2f | %s |%n", launch.getKey(), sorted[2] / 1000.0,
                    String.join(" ", Arrays.stream(runs).mapToObj(r -> String.format("%.2f", r / 1000.0)).toList()));
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
