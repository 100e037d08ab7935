package io.haircut.xlsx.sheets;

import io.haircut.rules.RuleOrigin;
import io.haircut.rules.RuleSet;
import io.haircut.xlsx.layout.Cells;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * The rule files exactly as they were loaded, one line per row (File | Line | Text), so the workbook
 * shows what was applied, comments and all; the Summary's "Defined at" links land on a rule's id line.
 */
public final class RulesSheet {

    public static final String NAME = "Rules";

    /** Where each file's first line goes (1-based rows), known before the sheet is written. */
    public record Layout(Map<String, Integer> firstRow, int lastRow) {

        /** {@code Rules!C12}: the line a rule's id is on, or empty when its file is not in the sheet. */
        Optional<String> address(RuleOrigin origin) {
            Integer first = origin == null ? null : firstRow.get(origin.file());
            return first == null ? Optional.empty() : Optional.of(NAME + "!C" + (first + origin.line() - 1));
        }
    }

    private RulesSheet() {
    }

    public static Layout layout(List<RuleSet.RuleFile> files) {
        Map<String, Integer> first = new LinkedHashMap<>();
        int next = 2;
        for (RuleSet.RuleFile f : files) {
            first.putIfAbsent(f.path(), next);
            next += lines(f.text()).size();
        }
        return new Layout(first, next - 1);
    }

    public static void write(Sheet sheet, List<RuleSet.RuleFile> files, Cells cells) {
        cells.headers(sheet.createRow(0), "File", "Line", "Text");
        int n = 1;
        for (RuleSet.RuleFile f : files) {
            List<String> lines = lines(f.text());
            for (int i = 0; i < lines.size(); i++) {
                Row row = sheet.createRow(n++);
                Cells.text(row, 0, f.path());
                Cells.formulaFree(row, 1, i + 1, cells.count);
                Cells.text(row, 2, lines.get(i));
            }
        }
        sheet.createFreezePane(0, 1);
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, n - 1), 0, 2));
        sheet.setColumnWidth(0, 36 * 256);
        sheet.setColumnWidth(1, 7 * 256);
        sheet.setColumnWidth(2, 110 * 256);
    }

    /** The file's lines without their line ends; a final line end does not start another line. */
    static List<String> lines(String text) {
        List<String> lines = new java.util.ArrayList<>(List.of(text.split("\r?\n", -1)));
        if (lines.size() > 1 && lines.get(lines.size() - 1).isEmpty()) {
            lines.remove(lines.size() - 1);
        }
        return lines;
    }
}
