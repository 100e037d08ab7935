package io.haircut.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Rules of the codebase that a reviewer would otherwise have to remember: money never passes through a
 * binary floating-point type, only the shell knows Spring and reads options, and only the workbook readers
 * and the xlsx writer know POI.
 */
class SourceRulesTest {

    private static final Path MAIN = Path.of("src/main/java");

    /**
     * Files allowed to name a double: the POI cell boundary (a spreadsheet cell is an IEEE double), where
     * Cells converts, Charts, which only names POI's {@code XDDFNumericalDataSource<Double>} type, and
     * XlsReader, where the old binary format hands each number over as a double.
     */
    private static final Set<String> FLOATING_POINT_BOUNDARY = Set.of("io/haircut/xlsx/layout/Cells.java", "io/haircut/xlsx/layout/Charts.java",
            "io/haircut/workbook/files/XlsReader.java");

    private static final Pattern FLOATING_POINT = Pattern.compile("\\b(double|float|Double|Float)\\b");

    @Test
    void noDoubleOrFloatOutsideThePoiCellBoundary() throws IOException {
        assertThat(codeMatching(FLOATING_POINT, FLOATING_POINT_BOUNDARY::contains))
                .as("money and ratios are BigDecimal; doubles only at the POI cell boundary").isEmpty();
    }

    @Test
    void onlyTheShellKnowsSpring() throws IOException {
        List<String> offenders = new ArrayList<>();
        for (Path file : javaFiles()) {
            String relative = MAIN.relativize(file).toString().replace('\\', '/');
            if (relative.startsWith("io/haircut/shell/")) {
                continue;
            }
            for (String line : Files.readAllLines(file)) {
                if (line.startsWith("import org.springframework") || line.startsWith("import org.jline")) {
                    offenders.add(relative + ": " + line);
                }
            }
        }
        assertThat(offenders).isEmpty();
    }

    /**
     * POI is the file formats' business: reading workbooks ({@code workbook}) and writing one ({@code xlsx}).
     * The reports ({@code report}: tables for the screen, CSV and JSON) and the export orchestration know none.
     */
    @Test
    void onlyTheWorkbookReadersAndTheXlsxWriterKnowPoi() throws IOException {
        List<String> offenders = new ArrayList<>();
        for (Path file : javaFiles()) {
            String relative = MAIN.relativize(file).toString().replace('\\', '/');
            boolean fileFormats = relative.startsWith("io/haircut/workbook/files/") || relative.startsWith("io/haircut/xlsx/");
            if (fileFormats) {
                continue;
            }
            for (String line : Files.readAllLines(file)) {
                if (line.startsWith("import org.apache.poi")) {
                    offenders.add(relative + ": " + line);
                }
            }
        }
        assertThat(offenders).isEmpty();
    }

    /** A string literal that starts with an option's name: {@code "--growth"}, {@code "--include: unknown status"}. */
    private static final Pattern OPTION_NAME = Pattern.compile("\"--[a-z]");

    /**
     * Options are the shell's: it reads their text into typed values and names them in its messages, so the
     * domain never depends on how a command spells its options. (Hints such as "add --force to replace it"
     * inside a longer message are allowed: they start no literal.)
     */
    @Test
    void noOptionNamesOutsideTheShell() throws IOException {
        assertThat(codeMatching(OPTION_NAME, relative -> relative.startsWith("io/haircut/shell/")))
                .as("option names and option parsing belong in io.haircut.shell").isEmpty();
    }

    /** "file:line: code" for each line of code (comments left out) matching {@code pattern}, outside the exempt files. */
    private static List<String> codeMatching(Pattern pattern, Predicate<String> exempt) throws IOException {
        List<String> found = new ArrayList<>();
        for (Path file : javaFiles()) {
            String relative = MAIN.relativize(file).toString().replace('\\', '/');
            if (exempt.test(relative)) {
                continue;
            }
            List<String> lines = Files.readAllLines(file);
            for (int i = 0; i < lines.size(); i++) {
                if (pattern.matcher(stripComment(lines.get(i))).find()) {
                    found.add(relative + ":" + (i + 1) + ": " + lines.get(i).strip());
                }
            }
        }
        return found;
    }

    private static String stripComment(String line) {
        String t = line.strip();
        if (t.startsWith("*") || t.startsWith("/*") || t.startsWith("//")) {
            return "";
        }
        int comment = line.indexOf("//");
        return comment < 0 ? line : line.substring(0, comment);
    }

    private static List<Path> javaFiles() throws IOException {
        try (Stream<Path> s = Files.walk(MAIN)) {
            return s.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
    }

    /**
     * The import side reads one way: files and cells know nothing of what the rows will be taken for;
     * the mapping vocabulary knows nothing of detection or reading; detection knows nothing of reading.
     */
    @Test
    void theWorkbookSubpackagesDependOneWay() throws IOException {
        Map<String, List<String>> forbidden = Map.of(
                "cells", List.of("files", "mapping", "detect", "read"),
                "files", List.of("mapping", "detect", "read"),
                "mapping", List.of("files", "detect", "read"),
                "detect", List.of("files", "read"));
        List<String> offenders = new ArrayList<>();
        for (Path file : javaFiles()) {
            String relative = MAIN.relativize(file).toString().replace('\\', '/');
            for (Map.Entry<String, List<String>> rule : forbidden.entrySet()) {
                if (!relative.startsWith("io/haircut/workbook/" + rule.getKey() + "/")) {
                    continue;
                }
                for (String line : Files.readAllLines(file)) {
                    for (String other : rule.getValue()) {
                        if (line.startsWith("import io.haircut.workbook." + other + ".")) {
                            offenders.add(relative + ": " + line);
                        }
                    }
                }
            }
        }
        assertThat(offenders).isEmpty();
    }

    /**
     * The packages in the order data flows through them (docs/dev/architecture.md): each may use only
     * those before it, so there is no cycle and no stage reaches for a later one. The root package
     * ({@code HaircutException}, progress) is open to all.
     */
    private static final List<String> FLOW = List.of("ledger", "yaml", "output", "workbook", "rules", "bridge", "coverage",
            "metrics", "investors", "report", "audit", "xlsx", "export", "session", "shell");

    @Test
    void packagesDependOnlyOnThoseEarlierInTheFlow() throws IOException {
        Pattern haircutImport = Pattern.compile("^import (static )?io\\.haircut\\.([a-z]+)\\.");
        List<String> offenders = new ArrayList<>();
        for (Path file : javaFiles()) {
            String relative = MAIN.relativize(file).toString().replace('\\', '/');
            String[] parts = relative.split("/");
            if (parts.length < 4) {
                continue; // the root package
            }
            int own = FLOW.indexOf(parts[2]);
            assertThat(own).as("package %s is placed in the flow", parts[2]).isGreaterThanOrEqualTo(0);
            for (String line : Files.readAllLines(file)) {
                var m = haircutImport.matcher(line);
                if (m.find() && FLOW.indexOf(m.group(2)) > own) {
                    offenders.add(relative + ": " + line);
                }
            }
        }
        assertThat(offenders).isEmpty();
    }

    /**
     * The large packages are split so that each part holds one step of their inner flow, in this order: a
     * subpackage may import only those before it ({@code ""} is the package itself), as the table in
     * docs/dev/architecture.md describes.
     */
    private static final Map<String, List<String>> INNER_FLOW = Map.of(
            "shell", List.of("terminal", "input", "state", "running", "commands", ""),
            "rules", List.of("", "files", "applied", "checks"),
            "xlsx", List.of("layout", "streaming", "sources", "sheets", ""));

    @Test
    void theSplitPackagesDependOneWayInside() throws IOException {
        List<String> offenders = new ArrayList<>();
        for (Path file : javaFiles()) {
            String[] parts = MAIN.relativize(file).toString().replace('\\', '/').split("/");
            List<String> flow = parts.length < 4 ? null : INNER_FLOW.get(parts[2]);
            if (flow == null) {
                continue;
            }
            String own = parts.length == 4 ? "" : parts[3];
            assertThat(flow).as("%s is placed in the flow of %s", own, parts[2]).contains(own);
            Pattern inner = Pattern.compile("^import (static )?io\\.haircut\\." + parts[2] + "\\.(?:([a-z]+)\\.)?[A-Z]");
            for (String line : Files.readAllLines(file)) {
                var m = inner.matcher(line);
                String used = m.find() ? (m.group(2) == null ? "" : m.group(2)) : null;
                if (used != null && flow.indexOf(used) > flow.indexOf(own)) {
                    offenders.add(String.join("/", parts) + ": " + line);
                }
            }
        }
        assertThat(offenders).isEmpty();
    }

    /** A package a newcomer can hold in their head: past about twenty files, it is split into subpackages. */
    @Test
    void noPackageHoldsMoreThanAboutTwentyFiles() throws IOException {
        Map<Path, Long> files = new java.util.TreeMap<>();
        for (Path file : javaFiles()) {
            files.merge(MAIN.relativize(file.getParent()), 1L, Long::sum);
        }
        assertThat(files).allSatisfy((folder, count) -> assertThat(count).as("files in %s", folder).isLessThanOrEqualTo(24));
    }
}
