package io.haircut.workbook;

import io.haircut.ledger.CostCategory;
import io.haircut.ledger.Labelled;
import io.haircut.ledger.Relationship;
import io.haircut.ledger.Settlement;
import io.haircut.ledger.Status;
import io.haircut.workbook.cells.DateOrder;
import io.haircut.workbook.cells.FiscalYear;
import io.haircut.workbook.detect.Plans;
import io.haircut.workbook.detect.Plans.ColumnUse;
import io.haircut.workbook.mapping.Dictionary;
import io.haircut.workbook.mapping.ImportMapping;
import io.haircut.workbook.mapping.MappingFiles;
import io.haircut.workbook.read.LongTableReader;
import io.haircut.workbook.read.WideTableReader;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Writes a mapping file that states every decision haircut took on a set of files (which table each
 * sheet is, its header row and units, what each header means, what each value and P&L line means), for
 * the analyst to correct. Values and lines haircut could not place are written as {@code ~} with an
 * UNKNOWN comment: loading the draft fails at that line until the analyst says what they mean.
 */
public final class MappingDraft {

    private MappingDraft() {
    }

    static String yaml(List<Path> paths, String company, ImportMapping mapping, Map<Path, SheetReader> readers) {
        StringBuilder out = new StringBuilder();
        preamble(out, paths, company);
        settings(out, mapping, readers);

        StringBuilder sheets = new StringBuilder();
        // Many sheets left out (a statement workbook's notes): one only: list of the sheets read, not an ignore line each.
        List<String> read = new java.util.ArrayList<>();
        List<String> left = new java.util.ArrayList<>();
        readers.forEach((path, r) -> r.reports().forEach(s -> (s.skipped() == null ? read : left).add(s.sheet())));
        boolean onlyList = !read.isEmpty() && (left.size() > 3 || readers.values().stream().anyMatch(SheetReader::isFiling));
        Map<String, Map<String, String>> columns = new LinkedHashMap<>();
        Map<String, Map<String, Meaning>> values = new LinkedHashMap<>();
        Map<String, WideTableReader.DraftLine> lines = new LinkedHashMap<>();
        for (Map.Entry<Path, SheetReader> e : readers.entrySet()) {
            SheetReader r = e.getValue();
            String file = e.getKey().getFileName().toString();
            if (!onlyList) {
                ignoredSheets(sheets, file, r);
            }
            for (LongTableReader l : r.longReaders()) {
                longTable(sheets, columns, values, mapping, file, l);
            }
            for (WideTableReader w : r.wideReaders()) {
                w.draftLines().forEach(lines::putIfAbsent);
            }
            wideTables(sheets, file, r);
        }
        if (onlyList) {
            out.append("only: [").append(read.stream().map(MappingFiles::quote).collect(Collectors.joining(", "))).append("]    # ")
                    .append(left.size()).append(" other sheet").append(left.size() == 1 ? "" : "s").append(" left out\n");
        }
        readers.values().stream().flatMap(r -> r.scenarioDrafts().stream()).findFirst().ifPresent(out::append);
        out.append("sheets:\n").append(sheets.length() == 0 ? "  {}\n" : sheets);
        columnsSection(out, columns);
        valuesSection(out, values);
        linesSection(out, lines);
        return out.toString();
    }

    /** What the draft is, and the command that imports with it once corrected. */
    private static void preamble(StringBuilder out, List<Path> paths, String company) {
        out.append("# Mapping drafted by: haircut inspect ").append(paths.stream().map(Path::toString).collect(Collectors.joining(" "))).append('\n');
        out.append("# It states what haircut made of the files. Correct what is wrong, fill in every ~ marked UNKNOWN, then:\n");
        out.append("#   import ").append(paths.stream().map(Path::toString).collect(Collectors.joining(" "))).append(" --mapping THIS-FILE\n");
        out.append("# Reference: docs/importing.md, section \"Mapping files\".\n");
        out.append("company: ").append(MappingFiles.quote(company)).append('\n');
    }

    /** How numbers, dates, the fiscal year and hidden cells were read across all the files. */
    private static void settings(StringBuilder out, ImportMapping mapping, Map<Path, SheetReader> readers) {
        Boolean comma = null;
        DateOrder order = mapping.dateOrder();
        String orderFrom = order == null ? null : "from the mapping";
        for (SheetReader r : readers.values()) {
            for (LongTableReader l : r.longReaders()) {
                comma = comma == null ? l.plan().decimalComma() : comma || l.plan().decimalComma();
                if (order == null && l.plan().dateOrder() != null) {
                    order = l.plan().dateOrder();
                    orderFrom = "from " + l.plan().dateOrderSource();
                }
            }
        }
        out.append("numbers:\n  decimal: ").append(Boolean.TRUE.equals(comma) ? "comma" : "point").append("    # point: 1,234.56   comma: 1.234,56\n");
        if (order != null) {
            out.append("dates:\n  order: ").append(order.label()).append("    # ").append(orderFrom).append('\n');
        } else {
            // The whole section is a comment: an empty dates: section would not load.
            out.append("# dates:\n#   order: month-first    # or day-first: how to read 03/04/2025 (no date in the files settled it)\n");
        }
        FiscalYear fy = mapping.fiscalYear();
        out.append("fiscal-year:\n  start-month: ").append(fy.startMonth()).append("\n  named-by: ").append(fy.namedByEnd() ? "end" : "start")
                .append("    # FY2026 is the fiscal year that ends (or starts) in 2026\n");
        out.append("hidden: ").append(Boolean.TRUE.equals(mapping.skipHidden()) ? "skip" : "import").append("    # or skip: leave hidden sheets, rows and columns out\n");
    }

    private static void ignoredSheets(StringBuilder sheets, String file, SheetReader r) {
        for (Inspection.SheetReport s : r.reports()) {
            String key = s.sheet().equals(file) || s.sheet().endsWith("/" + file) ? file : file + "!" + s.sheet();
            if (s.skipped() != null) {
                sheets.append("  ").append(MappingFiles.quote(key)).append(": ignore    # ").append(oneLine(s.skipped())).append('\n');
            }
        }
    }

    /** A long table's sheet entry, its header meanings and the meanings of the values seen in it. */
    private static void longTable(StringBuilder sheets, Map<String, Map<String, String>> columns, Map<String, Map<String, Meaning>> values,
            ImportMapping mapping, String file, LongTableReader l) {
        Plans.LongPlan p = l.plan();
        String table = p.table().sheetName().toLowerCase(java.util.Locale.ROOT);
        String sheetKey = sheetKey(file, l);
        sheets.append("  ").append(MappingFiles.quote(sheetKey)).append(": { table: ").append(table).append(", header-row: ").append(p.headerRow())
                .append(p.scale().isNone() ? "" : ", units: " + p.scale().word())
                .append(p.currency() == null ? "" : ", currency: " + p.currency()).append(" }\n");
        Map<String, String> cols = columns.computeIfAbsent(table, t -> new LinkedHashMap<>());
        for (ColumnUse c : p.columns()) {
            if (c.use() == Plans.Use.FIELD) {
                cols.putIfAbsent(c.header(), c.field().key());
            } else if (c.use() == Plans.Use.IGNORED && c.why() != null && c.why().startsWith("the mapping")) {
                cols.putIfAbsent(c.header(), "ignore");
            }
        }
        for (String missing : p.missing()) {
            cols.putIfAbsent("YOUR HEADER FOR " + missing, "~");
        }
        l.valuesSeen().forEach((field, seen) -> {
            Map<String, Meaning> meanings = values.computeIfAbsent(field, f -> new LinkedHashMap<>());
            for (String v : seen) {
                meanings.putIfAbsent(v, meaning(mapping, field, v));
            }
        });
    }

    /** The sheet entry of each sheet's first wide P&L or commitments table. */
    private static void wideTables(StringBuilder sheets, String file, SheetReader r) {
        for (Inspection.SheetReport s : r.reports()) {
            boolean written = false;
            for (Inspection.TableReport t : s.tables()) {
                // Tables stacked below the first are found again below it: the sheet's entry names the first one.
                // A statement found by its title is found again without an entry (an entry would read it as a plain P&L).
                boolean statement = t.detectedBy() != null && t.detectedBy().startsWith("its title '");
                if ((t.kind().startsWith("wide") || t.kind().startsWith("Commitments by")) && !written && !statement) {
                    written = true;
                    String key = s.sheet().equals(file) ? file : file + "!" + s.sheet();
                    sheets.append("  ").append(MappingFiles.quote(key)).append(": { table: ").append(t.kind().startsWith("wide") ? "pnl" : "commitments")
                            .append(", header-row: ").append(t.headerRow())
                            .append(t.units().startsWith("as written") || t.units().startsWith("units") ? "" : ", units: " + t.units().split(" ")[0])
                            .append(" }\n");
                }
            }
        }
    }

    private static void columnsSection(StringBuilder out, Map<String, Map<String, String>> columns) {
        out.append("columns:\n");
        if (columns.isEmpty()) {
            out.append("  {}\n");
        }
        columns.forEach((table, cols) -> {
            out.append("  ").append(table).append(":\n");
            cols.forEach((header, field) -> out.append("    ").append(MappingFiles.quote(header)).append(": ").append(field)
                    .append(field.equals("~") ? "    # UNKNOWN: the header of this column in your file (or give a default under defaults:)" : "").append('\n'));
        });
    }

    private static void valuesSection(StringBuilder out, Map<String, Map<String, Meaning>> values) {
        out.append("values:\n");
        List<String> written = values.entrySet().stream().filter(v -> v.getValue().values().stream().anyMatch(m -> m != null)).map(Map.Entry::getKey).toList();
        if (written.isEmpty()) {
            out.append("  {}\n");
        }
        for (String field : written) {
            out.append("  ").append(field).append(":\n");
            values.get(field).forEach((value, m) -> {
                if (m != null) {
                    out.append("    ").append(MappingFiles.quote(value)).append(": ").append(m.value()).append(m.comment().isEmpty() ? "" : "    # " + m.comment()).append('\n');
                }
            });
        }
    }

    private static void linesSection(StringBuilder out, Map<String, WideTableReader.DraftLine> lines) {
        boolean anyLine = lines.values().stream().anyMatch(v -> !v.value().equals("~") && !v.commented());
        out.append(anyLine ? "lines:\n" : "lines: {}\n");
        // Lines haircut could not place are written as comments: the draft loads, and the analyst sees what to decide.
        lines.forEach((label, v) -> out.append(v.value().equals("~") || v.commented() ? "  # " : "  ").append(MappingFiles.quote(label)).append(": ").append(v.value())
                .append(v.comment().isEmpty() ? "" : "    # " + v.comment()).append('\n'));
    }

    /** A value's meaning as the draft writes it, and the comment that says where it came from. */
    private record Meaning(String value, String comment) {
    }

    private static String sheetKey(String file, LongTableReader l) {
        return l.sheet() == null ? file : file + "!" + l.sheet();
    }

    /**
     * What the draft says a value means: null when it is already a canonical label (nothing to say), the
     * mapping's or the built-in meaning, or {@code ~} with an UNKNOWN comment.
     */
    private static Meaning meaning(ImportMapping mapping, String field, String value) {
        Optional<String> mapped = mapping.value(field, value);
        if (mapped.isPresent()) {
            return new Meaning(MappingFiles.quote(mapped.get()), "from the mapping");
        }
        Class<? extends Enum<?>> type = switch (field) {
            case "settlement", "paid-with", "form" -> Settlement.class;
            case "status" -> Status.class;
            case "category" -> CostCategory.class;
            case "relationship" -> Relationship.class;
            default -> null;
        };
        if (type == null) {
            // Channel: free text; known marketplaces are recognised, other values are kept as written.
            if (Set.of("direct", "api", "aws-marketplace", "gcp-marketplace", "azure-marketplace").contains(value)) {
                return null;
            }
            return Dictionary.value(field, value).map(v -> new Meaning(v, "recognised"))
                    .orElse(new Meaning(MappingFiles.quote(value), "kept as written; or write direct, api, aws-marketplace, gcp-marketplace, azure-marketplace"));
        }
        if (labelled(type, value)) {
            return null;
        }
        return Dictionary.value(field, value).map(v -> new Meaning(v, "recognised"))
                .orElse(new Meaning("~", "UNKNOWN: write one of " + choices(type)));
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static boolean labelled(Class type, String value) {
        return Labelled.parse(type, value).isPresent();
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static String choices(Class type) {
        return Labelled.choices(type);
    }


    private static String oneLine(String text) {
        String t = text.replaceAll("\\s+", " ");
        return t.length() > 100 ? t.substring(0, 97) + "..." : t;
    }
}
