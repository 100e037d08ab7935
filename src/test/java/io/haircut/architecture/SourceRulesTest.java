package io.haircut.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Rules of the codebase that a reviewer would otherwise have to remember: money never passes through a
 * binary floating-point type, and only the shell knows Spring.
 */
class SourceRulesTest {

    private static final Path MAIN = Path.of("src/main/java");

    /**
     * Files allowed to name a double: the POI cell boundary (a spreadsheet cell is an IEEE double), where
     * Cells converts, Charts, which only names POI's {@code XDDFNumericalDataSource<Double>} type, and
     * XlsReader, where the old binary format hands each number over as a double.
     */
    private static final Set<String> FLOATING_POINT_BOUNDARY = Set.of("io/haircut/export/Cells.java", "io/haircut/export/Charts.java",
            "io/haircut/workbook/files/XlsReader.java");

    private static final Pattern FLOATING_POINT = Pattern.compile("\\b(double|float|Double|Float)\\b");

    @Test
    void noDoubleOrFloatOutsideThePoiCellBoundary() throws IOException {
        List<String> offenders = new ArrayList<>();
        for (Path file : javaFiles()) {
            String relative = MAIN.relativize(file).toString().replace('\\', '/');
            if (FLOATING_POINT_BOUNDARY.contains(relative)) {
                continue;
            }
            List<String> lines = Files.readAllLines(file);
            for (int i = 0; i < lines.size(); i++) {
                String code = stripComment(lines.get(i));
                if (FLOATING_POINT.matcher(code).find()) {
                    offenders.add(relative + ":" + (i + 1) + ": " + lines.get(i).strip());
                }
            }
        }
        assertThat(offenders).as("money and ratios are BigDecimal; doubles only at the POI cell boundary").isEmpty();
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

    @Test
    void theDomainKnowsNoPoi() throws IOException {
        List<String> offenders = new ArrayList<>();
        for (Path file : javaFiles()) {
            String relative = MAIN.relativize(file).toString().replace('\\', '/');
            boolean fileFormats = relative.startsWith("io/haircut/workbook/files/") || relative.startsWith("io/haircut/export/");
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
}
