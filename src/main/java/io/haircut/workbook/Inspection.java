package io.haircut.workbook;

import java.util.List;

/**
 * What haircut made of a set of files, before (or instead of) importing them: per file and sheet, which
 * table it took each block of cells to be, the header row and range used, each column's meaning and
 * type, the units and conventions applied, and what it ignored and why. {@code error} is the first
 * problem an import would stop at (null when the files import cleanly); {@code mappingDraft} is a mapping
 * file that states every decision, for the analyst to edit.
 */
public record Inspection(List<FileReport> files, List<String> warnings, List<String> notes, String error, String mappingDraft) {

    public Inspection {
        files = List.copyOf(files);
        warnings = List.copyOf(warnings);
        notes = List.copyOf(notes);
    }

    /** One file: its name, how it was read ("xlsx", "csv, UTF-8, semicolon-separated"), its sheets. */
    public record FileReport(String file, String format, List<SheetReport> sheets) {
        public FileReport {
            sheets = List.copyOf(sheets);
        }
    }

    /** One sheet (or a CSV file): {@code skipped} says why nothing was read from it, else its tables. */
    public record SheetReport(String sheet, boolean hidden, String skipped, List<TableReport> tables, List<String> notes) {
        public SheetReport {
            tables = List.copyOf(tables);
            notes = List.copyOf(notes);
        }
    }

    /**
     * One table: what it was taken to be and why, its header row and the range read, units and
     * conventions, its columns (long tables) or line items (wide tables), and what was read.
     */
    public record TableReport(String kind, String detectedBy, int headerRow, String range, String units, String conventions,
            List<ColumnReport> columns, List<String> lines, String read, List<String> notes, List<String> problems) {
        public TableReport {
            columns = List.copyOf(columns);
            lines = List.copyOf(lines);
            notes = List.copyOf(notes);
            problems = List.copyOf(problems);
        }
    }

    /** One column: its letter, its header, what haircut uses it as ("-> amount"), its type, and a note. */
    public record ColumnReport(String column, String header, String use, String type, String note) {
    }
}
