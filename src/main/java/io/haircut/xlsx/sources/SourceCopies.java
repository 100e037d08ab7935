package io.haircut.xlsx.sources;

import io.haircut.ledger.SourceFile;
import io.haircut.ledger.SourceRef;
import io.haircut.output.ExportException;
import io.haircut.workbook.ImportException;
import io.haircut.workbook.files.FileKind;
import io.haircut.workbook.files.SheetXmlCell;
import io.haircut.workbook.files.SpreadsheetXml;
import io.haircut.workbook.files.TextFormat;
import io.haircut.workbook.files.XlsReader;
import io.haircut.xlsx.layout.Cells;
import io.haircut.xlsx.streaming.StreamedRows;
import io.haircut.xlsx.streaming.StreamedWorkbook;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The startup's own sheets, copied into the adjusted workbook as {@code src <sheet>} so every adjusted
 * figure links back to the cell it came from. Each imported file is read again at export time, read-only
 * ({@code OPCPackage.open(file, PackageAccess.READ)} and StAX over the sheet XML, or Commons CSV), after
 * its SHA-256 is checked against the one taken at import: a file that changed since is refused.
 *
 * <p>Values are copied, with the number format of each numeric cell (so dates stay dates and amounts keep
 * their separators); a formula is copied as the value it last showed, or, saved without one, as its formula
 * text (written as text, never as a live formula). Text is always written as text. CSV
 * fields are text in the file and stay text here.
 */
public final class SourceCopies {

    /** The prefix that keeps a copy from being read as a canonical table when the workbook is imported again. */
    static final String PREFIX = "src ";

    private static final int MAX_SHEET_NAME = 31;
    private static final int NUMBER_WIDTH = 18;
    private static final int MAX_WIDTH = 60;
    private static final int MAX_COLUMNS = 1_000;
    private static final int WIDTH_SAMPLE_ROWS = 500;

    /**
     * One sheet of one imported file, and the names of its copy: one sheet, or for a CSV file longer than a
     * sheet, parts of {@code rowsPerPart} rows each ({@code src Revenue}, {@code src Revenue (2)}, ...), its
     * lines in order with nothing repeated. {@code sheet} is null for a CSV file.
     */
    public record Copy(SourceFile file, String sheet, List<String> parts, int rowsPerPart) {

        public Copy {
            parts = List.copyOf(parts);
        }

        /** The copy's (first) sheet. */
        public String name() {
            return parts.get(0);
        }

        boolean isCsv() {
            return sheet == null;
        }

        /** {@code 'src Revenue'!E12}: the copied cell, for an internal hyperlink; in a copy in parts, the part holding it. */
        public String address(SourceRef ref) {
            int part = Math.min(parts.size() - 1, (ref.row() - 1) / rowsPerPart);
            return quoted(parts.get(part)) + "!" + SourceRef.columnLetters(ref.column()) + (ref.row() - part * rowsPerPart);
        }
    }

    private SourceCopies() {
    }

    public static List<Copy> plan(List<SourceFile> files) {
        return plan(files, SheetSplit.EXCEL);
    }

    /**
     * A copy for every sheet of every file, named {@code src <sheet>} (a CSV file counts as one sheet named
     * after the file), within Excel's 31 characters and without the characters a sheet name cannot hold.
     * A CSV file with more records than {@code split} allows a sheet is copied in parts (its records are
     * counted now).
     */
    public static List<Copy> plan(List<SourceFile> files, SheetSplit split) {
        List<Copy> copies = new ArrayList<>();
        Set<String> taken = new HashSet<>();
        for (SourceFile f : files) {
            if (isCsv(f)) {
                String stem = f.sheets().isEmpty() ? stem(Path.of(f.path()).getFileName().toString()) : f.sheets().get(0);
                String first = unique(PREFIX + stem, taken);
                List<String> parts = new ArrayList<>(List.of(first));
                long records = csvRecords(Path.of(f.path()), f.path(), split.rows());
                for (int p = 1; p < (records + split.rows() - 1) / split.rows(); p++) {
                    String suffix = " (" + (p + 1) + ")";
                    parts.add(unique(trimmed(first, MAX_SHEET_NAME - suffix.length()).stripTrailing() + suffix, taken));
                }
                copies.add(new Copy(f, null, parts, split.rows()));
            } else if (!locked(f)) {
                for (String sheet : f.sheets()) {
                    copies.add(new Copy(f, sheet, List.of(unique(PREFIX + sheet, taken)), split.rows()));
                }
            }
        }
        return copies;
    }

    /**
     * The CSV file's records, counted only when its lines could be more than {@code atMost} (lines are never
     * fewer than records): most files are told apart by a count of line ends alone.
     */
    private static long csvRecords(Path path, String display, int atMost) {
        try {
            long lines = 1;
            try (InputStream in = Files.newInputStream(path)) {
                byte[] buffer = new byte[1 << 16];
                for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                    for (int i = 0; i < n; i++) {
                        if (buffer[i] == '\n') {
                            lines++;
                        }
                    }
                }
            }
            if (lines <= atMost) {
                return Math.min(lines, atMost);
            }
            TextFormat text = TextFormat.of(path);
            try (java.io.Reader in = text.reader(path); CSVParser parser = CSVParser.parse(in, text.csv())) {
                long records = 0;
                for (CSVRecord ignored : parser) {
                    records++;
                }
                return records;
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new ExportException(display + ": cannot copy the CSV file: " + firstLine(e), e);
        }
    }

    /**
     * Refuses, in one line, a file that is gone or whose SHA-256 differs from the one taken at import:
     * its copy would not show the rows that the ledger's source cells name.
     */
    public static void verify(List<SourceFile> files) {
        for (SourceFile f : files) {
            String now = sha256(Path.of(f.path()));
            if (!now.equalsIgnoreCase(f.sha256())) {
                throw new ExportException(f.path() + " changed since it was imported (SHA-256 " + abbreviated(f.sha256())
                        + " then, " + abbreviated(now) + " now); import it again before exporting");
            }
        }
    }

    /** The copy that holds {@code ref}'s cell, matched by file name and sheet. */
    public static Optional<Copy> holding(List<Copy> copies, SourceRef ref) {
        if (ref == null || ref.file() == null) {
            return Optional.empty();
        }
        String fileName = fileName(ref.file());
        return copies.stream()
                .filter(c -> fileName(c.file().path()).equals(fileName) && Objects.equals(c.sheet(), ref.sheet()))
                .findFirst();
    }

    /** One copy's rows to be written: its sheet, the lane it shares with the file's other copies, and its writer. */
    public record Body(XSSFSheet sheet, Object lane, Consumer<StreamedRows> rows) {
    }

    /**
     * Lays out every copy in {@code workbook} (its sheets, their column widths and frozen header, the number
     * formats their cells need, registered file by file in the ledger's order) and returns the writers of
     * their rows, for {@code book} to stream or to take from a copy written ahead ({@link SourceCopiesAhead}):
     * both lay out through here, so a cell's style is the same index in either.
     */
    public static List<Body> layOut(List<SourceFile> files, List<Copy> copies, XSSFWorkbook workbook, StreamedWorkbook book,
            CellStyle header) {
        copies.forEach(c -> c.parts().forEach(workbook::createSheet));
        List<Body> bodies = new ArrayList<>();
        for (SourceFile f : files) {
            Map<String, Copy> targets = new LinkedHashMap<>();
            for (Copy c : copies) {
                if (c.file().equals(f)) {
                    targets.put(c.sheet() == null ? "" : c.sheet(), c);
                }
            }
            write(f, targets, workbook, book, header, bodies);
        }
        return bodies;
    }

    /**
     * What a copy's cells refer to in the workbook's styles: each cell style's number format and font, by
     * index. A copy written ahead is taken only by a workbook whose styles read the same.
     */
    public static List<String> styles(XSSFWorkbook workbook) {
        List<String> styles = new ArrayList<>();
        for (int i = 0; i < workbook.getNumCellStyles(); i++) {
            XSSFCellStyle style = workbook.getCellStyleAt(i);
            styles.add(style.getDataFormatString() + "|" + style.getFontIndex() + "|" + style.getFillPattern());
        }
        return styles;
    }

    /**
     * Lays out the copies of one file's sheets ({@code copiesBySourceSheet}: source sheet name, "" for a CSV
     * file, to its copy, whose sheets are in {@code workbook}) and adds to {@code bodies} the writers that
     * stream each one's rows from the file. The number formats a copy needs are added to the workbook now,
     * before it is laid out.
     */
    private static void write(SourceFile file, Map<String, Copy> copiesBySourceSheet, XSSFWorkbook workbook, StreamedWorkbook book,
            CellStyle header, List<Body> bodies) {
        if (copiesBySourceSheet.isEmpty()) {
            return; // a mapping or rates file, or a workbook copied without its password (notCopied)
        }
        Path path = Path.of(file.path());
        copiesBySourceSheet.values().forEach(copy -> copy.parts().forEach(name -> workbook.getSheet(name).createFreezePane(0, 1)));
        if (isCsv(file)) {
            Copy copy = copiesBySourceSheet.values().iterator().next();
            TextFormat text = textFormat(path, file.path()); // as the import read it: encoding, delimiter, blank lines
            List<Integer> widths = csvWidths(path, text, file.path());
            // One lane: the parts are written one after another, each going on from where the one before stopped.
            CsvCursor cursor = new CsvCursor(path, text, file.path(), copy.rowsPerPart(), header);
            book.closeAfterWriting(cursor);
            for (String part : copy.parts()) {
                XSSFSheet sheet = workbook.getSheet(part);
                widen(sheet, widths);
                bodies.add(new Body(sheet, cursor, cursor::copyPart));
            }
            return;
        }
        if (isXls(file)) {
            Map<Integer, CellStyle> styles = new HashMap<>();
            Map<String, CellStyle> byFormat = new HashMap<>();
            try {
                XlsReader.numberFormats(path, file.path())
                        .forEach((index, format) -> styles.put(index, byFormat.computeIfAbsent(format, f -> formatted(workbook, f))));
            } catch (ImportException e) {
                throw new ExportException(e.getMessage(), e);
            }
            Object lane = new Object(); // one file's copies one after another, as a workbook's are
            copiesBySourceSheet.forEach((sheetName, copy) -> {
                XSSFSheet sheet = workbook.getSheet(copy.name());
                try {
                    widen(sheet, XlsReader.columnWidths(path, file.path(), sheetName));
                } catch (ImportException e) {
                    throw new ExportException(e.getMessage(), e);
                }
                bodies.add(new Body(sheet, lane, rows -> copyXls(path, file.path(), sheetName, rows, styles, header)));
            });
            return;
        }
        Map<Integer, CellStyle> formats = formats(path, file.path(), workbook);
        OpenSource source = new OpenSource(path);
        book.closeAfterWriting(source);
        copiesBySourceSheet.forEach((sheetName, copy) -> {
            XSSFSheet sheet = workbook.getSheet(copy.name());
            widen(sheet, xlsxWidths(source, file.path(), sheetName));
            // One lane per file: its copies share the open package, read on one thread.
            bodies.add(new Body(sheet, source, rows -> copyXlsx(source, file.path(), sheetName, rows, formats, header)));
        });
    }

    /**
     * Column widths in characters, at least {@link #NUMBER_WIDTH}: a copied amount or date never shows
     * {@code ###} (an amount of a hundred billion with separators and cents is 18 characters), and a
     * wider source column keeps its width.
     */
    private static void widen(XSSFSheet copy, List<Integer> widths) {
        for (int c = 0; c < widths.size(); c++) {
            copy.setColumnWidth(c, Math.min(MAX_WIDTH, Math.max(NUMBER_WIDTH, widths.get(c))) * 256);
        }
    }

    private static TextFormat textFormat(Path path, String display) {
        try {
            return TextFormat.of(path);
        } catch (IOException e) {
            throw new ExportException(display + ": cannot copy the CSV file: " + firstLine(e), e);
        }
    }

    /** A CSV file's columns, as wide as their longest field in the first rows (fields are text: never {@code ###}). */
    private static List<Integer> csvWidths(Path path, TextFormat text, String display) {
        List<Integer> widths = new ArrayList<>();
        try (java.io.Reader in = text.reader(path); CSVParser parser = CSVParser.parse(in, text.csv())) {
            for (CSVRecord record : parser) {
                for (int i = 0; i < record.size(); i++) {
                    int width = record.get(i).length() + 2;
                    if (i < widths.size()) {
                        widths.set(i, Math.max(widths.get(i), width));
                    } else {
                        widths.add(width);
                    }
                }
                if (record.getRecordNumber() >= WIDTH_SAMPLE_ROWS) {
                    break;
                }
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new ExportException(display + ": cannot copy the CSV file: " + firstLine(e), e);
        }
        return widths;
    }

    /**
     * A source sheet's column widths from its {@code <cols>} (characters), up to the last column its
     * {@code <dimension>} names; both come before the cells, so only the sheet's head is read.
     */
    private static List<Integer> xlsxWidths(OpenSource source, String display, String sheetName) {
        List<Integer> widths = new ArrayList<>();
        try {
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) new XSSFReader(source.pkg()).getSheetsData();
            while (sheets.hasNext()) {
                try (InputStream xml = sheets.next()) {
                    if (!sheets.getSheetName().equals(sheetName)) {
                        continue;
                    }
                    XMLStreamReader r = SpreadsheetXml.reader(xml);
                    try {
                        while (r.hasNext()) {
                            if (r.next() != XMLStreamConstants.START_ELEMENT) {
                                continue;
                            }
                            String element = r.getLocalName();
                            if (element.equals("sheetData")) {
                                break;
                            }
                            if (element.equals("dimension")) {
                                String ref = r.getAttributeValue(null, "ref");
                                String last = ref == null ? null : ref.substring(ref.indexOf(':') + 1);
                                int columns = last == null || last.isEmpty() ? 0 : columnOf(last) + 1;
                                while (widths.size() < Math.min(columns, MAX_COLUMNS)) {
                                    widths.add(0);
                                }
                            } else if (element.equals("col")) {
                                int min = Integer.parseInt(r.getAttributeValue(null, "min"));
                                int max = Math.min(Integer.parseInt(r.getAttributeValue(null, "max")), MAX_COLUMNS);
                                String w = r.getAttributeValue(null, "width");
                                int width = w == null ? 0 : new java.math.BigDecimal(w.trim()).setScale(0, java.math.RoundingMode.CEILING).intValue();
                                for (int c = min - 1; c < max; c++) {
                                    while (widths.size() <= c) {
                                        widths.add(0);
                                    }
                                    widths.set(c, Math.max(widths.get(c), width));
                                }
                            }
                        }
                    } finally {
                        r.close();
                    }
                    return widths;
                }
            }
            return widths;
        } catch (IOException | XMLStreamException | org.apache.poi.openxml4j.exceptions.OpenXML4JException
                | org.xml.sax.SAXException | org.apache.poi.ooxml.POIXMLException | NumberFormatException e) {
            throw new ExportException(display + ": cannot copy the sheet '" + sheetName + "': " + firstLine(e), e);
        }
    }

    /**
     * One source workbook, opened read-only when its first copy is written and shared by its other copies,
     * so its shared strings (a large part of a big workbook) are read once; closed by the streamed workbook
     * when it is written or fails.
     */
    private static final class OpenSource implements AutoCloseable {
        private final Path path;
        private OPCPackage pkg;
        private ReadOnlySharedStringsTable strings;

        OpenSource(Path path) {
            this.path = path;
        }

        OPCPackage pkg() throws IOException, org.apache.poi.openxml4j.exceptions.OpenXML4JException, org.xml.sax.SAXException {
            if (pkg == null) {
                pkg = OPCPackage.open(path.toFile(), PackageAccess.READ);
            }
            return pkg;
        }

        /** Read when the first copy's rows are: laying out a copy needs only the sheet's head. */
        ReadOnlySharedStringsTable strings() throws IOException, org.apache.poi.openxml4j.exceptions.OpenXML4JException,
                org.xml.sax.SAXException {
            if (strings == null) {
                strings = new ReadOnlySharedStringsTable(pkg(), false);
            }
            return strings;
        }

        @Override
        public void close() throws IOException {
            if (pkg != null) {
                pkg.revert(); // opened for reading: nothing to save, and nothing is
            }
        }
    }

    /** A style in the copy for every number format of the source's cell styles, by source style index. */
    private static Map<Integer, CellStyle> formats(Path path, String display, Workbook target) {
        Map<Integer, CellStyle> byIndex = new HashMap<>();
        if (target == null) {
            return byIndex;
        }
        Map<String, CellStyle> byFormat = new HashMap<>();
        try (OPCPackage pkg = OPCPackage.open(path.toFile(), PackageAccess.READ)) {
            StylesTable styles = new XSSFReader(pkg).getStylesTable();
            for (int i = 0; styles != null && i < styles.getNumCellStyles(); i++) {
                String format = formatOf(styles, i);
                if (format != null) {
                    byIndex.put(i, byFormat.computeIfAbsent(format, f -> formatted(target, f)));
                }
            }
        } catch (IOException | org.apache.poi.openxml4j.exceptions.OpenXML4JException
                | org.apache.poi.ooxml.POIXMLException e) {
            throw new ExportException(display + ": cannot copy the workbook's sheets: " + firstLine(e), e);
        }
        return byIndex;
    }

    /** An .xls sheet's cells as the file saved them, each number with its cell style's number format. */
    private static void copyXls(Path path, String display, String sheetName, StreamedRows target, Map<Integer, CellStyle> styles,
            CellStyle header) {
        try {
            XlsReader.copy(path, display, sheetName, new XlsReader.Copy() {
                private int row;

                @Override
                public void row(int number) {
                    row = number;
                    target.row(number);
                }

                @Override
                public void number(int column, String digits, int style) {
                    target.storedNumber(column, digits, styles.get(style));
                }

                @Override
                public void text(int column, String value) {
                    target.text(column, value, row == 1 ? header : null);
                }

                @Override
                public void bool(int column, boolean value) {
                    target.bool(column, value);
                }
            });
        } catch (ImportException e) {
            throw new ExportException(e.getMessage().replace("cannot read", "cannot copy"), e);
        }
    }

    private static void copyXlsx(OpenSource source, String display, String sheetName, StreamedRows target,
            Map<Integer, CellStyle> formats, CellStyle header) {
        try {
            XSSFReader reader = new XSSFReader(source.pkg());
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            while (sheets.hasNext()) {
                try (InputStream xml = sheets.next()) {
                    if (sheets.getSheetName().equals(sheetName)) {
                        copySheet(xml, source.strings(), target, formats, header);
                        return;
                    }
                }
            }
            throw new ExportException(display + ": the sheet '" + sheetName + "' is gone since it was imported");
        } catch (IOException | XMLStreamException | org.apache.poi.openxml4j.exceptions.OpenXML4JException
                | org.xml.sax.SAXException | org.apache.poi.ooxml.POIXMLException | NumberFormatException
                | IllegalStateException e) { // IllegalStateException: rows or cells out of order in the file
            throw new ExportException(display + ": cannot copy the sheet '" + sheetName + "': " + firstLine(e), e);
        }
    }

    /** StAX over one sheet's XML, as the importer reads it: rows in order, each cell's value and style. */
    private static void copySheet(InputStream xml, ReadOnlySharedStringsTable strings, StreamedRows target,
            Map<Integer, CellStyle> formats, CellStyle header) throws XMLStreamException {
        XMLStreamReader r = SpreadsheetXml.reader(xml);
        try {
            boolean inRow = false;
            int rowNumber = 0;
            SheetXmlCell c = new SheetXmlCell();
            while (r.hasNext()) {
                int event = r.next();
                if (c.ended(event, r)) {
                    String type = c.type();
                    StringBuilder value = c.value();
                    StringBuilder formula = c.formula();
                    boolean saved = value != null && (!value.isEmpty() || "str".equals(type) || "inlineStr".equals(type));
                    if (inRow && saved) {
                        copyCell(target, c.column(), type, formats.get(c.style()), value.toString(), strings,
                                rowNumber == 1 ? header : null);
                    } else if (inRow && formula != null && !formula.toString().isBlank()) {
                        // Saved without its value, or with an empty one (openpyxl and other generators): the
                        // formula's text, as text, so the copy shows what the cell holds; never evaluated,
                        // never a live formula.
                        target.text(c.column(), "=" + formula.toString().trim());
                    }
                } else if (event == XMLStreamConstants.START_ELEMENT && r.getLocalName().equals("row")) {
                    String n = r.getAttributeValue(null, "r");
                    rowNumber = n != null ? Integer.parseInt(n) : rowNumber + 1;
                    target.row(rowNumber);
                    inRow = true;
                    c.newRow();
                }
            }
        } finally {
            r.close();
        }
    }

    /** One cell; {@code header} (row 1's text, as the source's bold header row) or null. */
    private static void copyCell(StreamedRows row, int column, String type, CellStyle format, String text,
            ReadOnlySharedStringsTable strings, CellStyle header) {
        if (type == null || type.equals("n")) {
            row.storedNumber(column, text, format);
            return;
        }
        switch (type) {
            case "s" -> row.text(column, strings.getItemAt(Integer.parseInt(text.trim())).getString(), header);
            case "b" -> row.bool(column, "1".equals(text.trim()) || "true".equalsIgnoreCase(text.trim()));
            default -> row.text(column, text, header); // inlineStr, str (a formula's text), e (an error such as #N/A), d
        }
    }

    private static String formatOf(StylesTable styles, int index) {
        if (styles == null || index < 0 || index >= styles.getNumCellStyles()) {
            return null;
        }
        XSSFCellStyle style = styles.getStyleAt(index);
        String format = style == null ? null : style.getDataFormatString();
        return format == null || format.equals("General") ? null : format;
    }

    private static CellStyle formatted(Workbook workbook, String format) {
        CellStyle style = workbook.createCellStyle();
        style.setDataFormat(workbook.createDataFormat().getFormat(format));
        return style;
    }

    /**
     * A CSV file read once for a copy in parts: each part's writer takes the next {@code rowsPerPart} records,
     * record n going on row n of its part less the rows of the parts before. Closed after the workbook is written.
     */
    private static final class CsvCursor implements AutoCloseable {

        private final Path path;
        private final TextFormat text;
        private final String display;
        private final int rowsPerPart;
        private final CellStyle header;
        private java.io.Reader in;
        private java.util.Iterator<CSVRecord> records;
        private long copied;

        CsvCursor(Path path, TextFormat text, String display, int rowsPerPart, CellStyle header) {
            this.path = path;
            this.text = text;
            this.display = display;
            this.rowsPerPart = rowsPerPart;
            this.header = header;
        }

        void copyPart(StreamedRows target) {
            try {
                if (records == null) {
                    in = text.reader(path);
                    records = CSVParser.parse(in, text.csv()).iterator();
                }
                long first = copied;
                while (copied - first < rowsPerPart && records.hasNext()) {
                    CSVRecord record = records.next();
                    long number = record.getRecordNumber();
                    copied = number;
                    target.row((int) (number - first));
                    for (int i = 0; i < record.size(); i++) {
                        String v = record.get(i);
                        if (v.length() > Cells.MAX_TEXT) {
                            throw new ExportException(display + "!" + SourceRef.columnLetters(i) + number + ": "
                                    + String.format(Locale.ROOT, "%,d", v.length()) + " characters; an Excel cell holds at most "
                                    + String.format(Locale.ROOT, "%,d", Cells.MAX_TEXT));
                        }
                        if (!v.isEmpty()) {
                            target.text(i, v, number == 1 ? header : null);
                        }
                    }
                }
            } catch (IOException | java.io.UncheckedIOException | IllegalStateException e) {
                throw new ExportException(display + ": cannot copy the CSV file: " + firstLine(e), e);
            }
        }

        @Override
        public void close() throws IOException {
            if (in != null) {
                in.close();
            }
        }
    }

    static String sha256(Path file) {
        try (DigestInputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(in.getMessageDigest().digest());
        } catch (NoSuchFileException e) {
            throw new ExportException(file + " is gone since it was imported; import it again before exporting");
        } catch (IOException e) {
            throw new ExportException(file + ": cannot read the file to check it is unchanged: " + firstLine(e), e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** {@code 'src Revenue'}: a sheet name as a formula or link spells it. */
    public static String quoted(String sheetName) {
        return "'" + sheetName.replace("'", "''") + "'";
    }

    /** A text table, CSV or TSV, copied as text in the format the import read it in ({@link TextFormat}). */
    private static boolean isCsv(SourceFile f) {
        String name = f.path().toLowerCase(Locale.ROOT);
        return name.endsWith(".csv") || name.endsWith(".tsv");
    }

    /**
     * The imported files whose sheets the workbook does not copy, and why: a password-protected workbook, whose
     * password haircut never keeps. Their entries' Source cells link to the entries' rows in the Revenue sheet.
     */
    public static List<String> notCopied(List<SourceFile> files) {
        List<String> notes = new ArrayList<>();
        for (SourceFile f : files) {
            if (!isCsv(f) && !f.sheets().isEmpty() && locked(f)) {
                notes.add(fileName(f.path()) + " is password-protected and its password is not kept: its sheets are not"
                        + " copied into the workbook, and its entries' Source cells link to their rows in the Revenue sheet");
            }
        }
        return notes;
    }

    private static boolean locked(SourceFile f) {
        Path path = Path.of(f.path()); // a file gone since the import is refused by verify, before any copy is planned
        return Files.isRegularFile(path) && FileKind.of(path) == FileKind.PROTECTED;
    }

    /** An Excel 97-2003 workbook, read with POI's HSSF rather than as a zip of XML. */
    private static boolean isXls(SourceFile f) {
        return f.path().toLowerCase(Locale.ROOT).endsWith(".xls");
    }

    /** Within 31 characters, without {@code : \ / ? * [ ]}, not ending in a quote, and not used yet. */
    private static String unique(String wanted, Set<String> taken) {
        String clean = wanted.replaceAll("[:\\\\/?*\\[\\]]", "_");
        String name = trimmed(clean, MAX_SHEET_NAME);
        for (int i = 2; !taken.add(name.toLowerCase(Locale.ROOT)); i++) {
            String suffix = " (" + i + ")";
            name = trimmed(clean, MAX_SHEET_NAME - suffix.length()).stripTrailing() + suffix;
        }
        return name;
    }

    private static String trimmed(String name, int max) {
        String t = name.length() > max ? name.substring(0, max) : name;
        return t.endsWith("'") ? t.substring(0, t.length() - 1) + "_" : t;
    }

    private static String fileName(String path) {
        Path name = Path.of(path).getFileName();
        return name == null ? path : name.toString();
    }

    private static String stem(String name) {
        int dot = name.lastIndexOf('.');
        return dot <= 0 ? name : name.substring(0, dot);
    }

    private static String abbreviated(String sha) {
        return sha == null ? "unknown" : sha.substring(0, Math.min(12, sha.length())) + "...";
    }

    private static int columnOf(String ref) {
        return SheetXmlCell.columnOf(ref);
    }

    private static String firstLine(Throwable e) {
        String m = io.haircut.Causes.of(e);
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }
}
