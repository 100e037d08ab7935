package io.haircut.workbook.files;

import io.haircut.Cancelled;
import io.haircut.Causes;
import io.haircut.workbook.ImportException;
import io.haircut.workbook.cells.CellLimits;
import io.haircut.workbook.cells.CellRange;
import io.haircut.workbook.cells.Formulas;
import io.haircut.workbook.cells.RawCell;
import io.haircut.workbook.cells.SheetInfo;
import io.haircut.workbook.cells.TableRow;
import io.haircut.workbook.cells.TableSink;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.ZipPackagePart;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;

/**
 * Streams the sheets of an .xlsx / .xlsm file: StAX over each sheet's XML, shared strings read once,
 * never the POI user model, so memory stays bounded on large ledgers. The package is opened read-only:
 * the input file is never written.
 *
 * <p>Besides values it reports what a reader of the file would see: hidden sheets, rows and columns,
 * merged regions, percentage formats, and formulas saved without a result (evaluated by
 * {@link FormulaFallback} where the file is small enough, else reported). The sheet XML lists merged
 * regions after the rows; {@link ZipScan} picked them up while it checked the container, so they are
 * known before the first row, and what it found must be what the parser reads at the end of the sheet.
 * Without them (a caller that skipped the check) they arrive after the rows.
 */
public final class XlsxReader {

    /** The creator property of haircut's exported workbook (io.haircut.export.AdjustedWorkbookExporter). */
    private static final String EXPORT_CREATOR = "haircut";
    /** Added to a sheet's format when its workbook is one of haircut's exports. */
    public static final String EXPORT_FORMAT_SUFFIX = ", haircut export";


    private XlsxReader() {
    }

    /** A sheet as workbook.xml lists it: its name and whether it is hidden. */
    private record SheetEntry(String name, boolean hidden) {
    }

    private record WorkbookProperties(boolean date1904, List<SheetEntry> sheets) {
    }

    /** @param checked what {@link ZipScan} read of this file: each sheet's merged cells */
    public static void read(Path file, String displayName, TableSink sink, ZipScan.Findings checked) {
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            SharedStrings strings = new SharedStrings(pkg);
            StylesTable styles = reader.getStylesTable();
            WorkbookProperties workbook = workbookProperties(reader);
            FormulaFallback formulas = new FormulaFallback(file);
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            String format = displayName.toLowerCase(java.util.Locale.ROOT).endsWith(".xlsm") ? "xlsm" : "xlsx";
            // haircut's own adjusted workbook (creator "haircut", io.haircut.xlsx.AdjustedWorkbookExporter).
            if (pkg.getPackageProperties().getCreatorProperty().filter(EXPORT_CREATOR::equals).isPresent()) {
                format = format + EXPORT_FORMAT_SUFFIX;
            }
            while (sheets.hasNext()) {
                try (InputStream sheetXml = sheets.next()) {
                    String sheetName = sheets.getSheetName();
                    boolean hidden = workbook.sheets().stream().anyMatch(s -> s.name().equals(sheetName) && s.hidden());
                    List<CellRange> merges = checked.mergedCells().get(zipName(sheets.getSheetPart()));
                    String f = format;
                    ReadAhead.read(ahead -> new SheetParser(sheetXml, merges, strings, styles, workbook.date1904(), ahead,
                            displayName, sheetName, hidden, f, formulas).parse(), sink);
                }
            }
        } catch (NotOfficeXmlFileException e) {
            throw new ImportException(displayName + ": not an .xlsx workbook: its parts are not those of a workbook; open it in"
                    + " Excel and save it as Excel Workbook (.xlsx)", e);
        } catch (InvalidFormatException | IOException | XMLStreamException | org.xml.sax.SAXException | org.apache.poi.ooxml.POIXMLException e) {
            if (Cancelled.wasInterruption(e)) {
                throw new Cancelled();
            }
            throw new ImportException(displayName + ": cannot read the workbook: "
                    + (e instanceof IOException io ? Causes.of(io) : "it is damaged") + "; get a fresh copy of the file, or open it"
                    + " in Excel and save it again", e);
        } catch (org.apache.poi.openxml4j.exceptions.OpenXML4JException e) {
            throw new ImportException(displayName + ": cannot open the workbook: it is damaged; get a fresh copy of the file", e);
        } catch (RuntimeException e) {
            throw WorkbookProblems.unreadable(displayName, e);
        }
    }

    /** One sheet's XML: column widths and visibility first, then rows, then merged cells. */
    private static final class SheetParser {
        private final XMLStreamReader r;
        private final SharedStrings strings;
        private final StylesTable styles;
        private final boolean date1904;
        private final TableSink sink;
        private final String file;
        private final String sheet;
        private final boolean hidden;
        private final String format;
        private final Set<Integer> hiddenColumns = new HashSet<>();
        private final List<CellRange> merges = new ArrayList<>();
        private boolean started;
        private final FormulaFallback formulas;
        /** The merged regions the container check found, known before the rows; null when it did not read them. */
        private final List<CellRange> ahead;
        private static final byte UNKNOWN_STYLE = 0;
        private static final byte PLAIN_STYLE = 1;
        private static final byte DATE_STYLE = 2;
        private static final byte PERCENT_STYLE = 3;
        /** Each style's kind by index, as {@link #styleKind} works it out. */
        private byte[] styleKinds = new byte[64];

        SheetParser(InputStream xml, List<CellRange> ahead, SharedStrings strings, StylesTable styles, boolean date1904,
                TableSink sink, String file, String sheet, boolean hidden, String format, FormulaFallback formulas)
                throws XMLStreamException {
            this.formulas = formulas;
            this.ahead = ahead;
            this.r = SpreadsheetXml.reader(xml);
            this.strings = strings;
            this.styles = styles;
            this.date1904 = date1904;
            this.sink = sink;
            this.file = file;
            this.sheet = sheet;
            this.hidden = hidden;
            this.format = format;
        }

        private void start() {
            if (!started) {
                started = true;
                sink.startTable(new SheetInfo(file, sheet, sheet, hidden, hiddenColumns, ahead == null ? List.of() : ahead, format));
            }
        }

        void parse() throws XMLStreamException {
            try {
                int rowNumber = 0;
                boolean rowHidden = false;
                List<RawCell> cells = new ArrayList<>();
                SheetXmlCell xml = new SheetXmlCell();
                while (r.hasNext()) {
                    int event = r.next();
                    if (xml.ended(event, r)) {
                        RawCell cell = cell(rowNumber, xml.column(), xml.type(), xml.style(), xml.value(), xml.formula());
                        WorkbookLimits.checkCellText(cell == null ? 0 : cell.text().length(), file, sheet, xml.column(), rowNumber);
                        if (cell != null && !cell.isBlank()) {
                            cells.add(cell);
                        }
                    } else if (event == XMLStreamConstants.START_ELEMENT) {
                        switch (r.getLocalName()) {
                            case "col" -> hideColumns();
                            case "sheetData" -> start();
                            case "row" -> {
                                start();
                                rowNumber = WorkbookLimits.rowNumber(r.getAttributeValue(null, "r"), rowNumber);
                                rowHidden = isTrue(r.getAttributeValue(null, "hidden"));
                                cells = new ArrayList<>();
                                xml.newRow();
                            }
                            case "mergeCell" -> addMerge();
                            default -> { }
                        }
                    } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
                        WorkbookLimits.checkCellText(xml.valueLength(), file, sheet, xml.column(), rowNumber);
                    } else if (event == XMLStreamConstants.END_ELEMENT && r.getLocalName().equals("row") && !cells.isEmpty()) {
                        sink.row(new TableRow(rowNumber, cells, rowHidden));
                    }
                }
                finish();
            } catch (NumberFormatException e) {
                // Our own reasons ("'XFE2' is beyond Excel's last column") are kept; the JVM's "For input string" is not.
                String why = e.getMessage() == null || e.getMessage().startsWith("For input") ? "a row or cell number is not a number"
                        : e.getMessage();
                throw new ImportException(file + "!" + sheet + ": malformed cell reference in the sheet XML (" + why + ")", e);
            } catch (XMLStreamException | IndexOutOfBoundsException e) {
                if (Cancelled.wasInterruption(e) || Thread.currentThread().isInterrupted()) {
                    throw new Cancelled(); // Ctrl-C closed the stream mid-sheet: a cancel, not a damaged file
                }
                throw WorkbookProblems.damagedSheet(file, sheet, e);
            } finally {
                r.close();
            }
        }

        /** A {@code <col>} element: its columns join the hidden ones when it hides them. */
        private void hideColumns() {
            if (isTrue(r.getAttributeValue(null, "hidden"))) {
                int min = Integer.parseInt(r.getAttributeValue(null, "min"));
                int max = Integer.parseInt(r.getAttributeValue(null, "max"));
                // A hidden tail often spans to column XFD; only the columns a table can use matter.
                for (int c = min; c <= Math.min(max, min + 1024); c++) {
                    hiddenColumns.add(c - 1);
                }
            }
        }

        /** A {@code <mergeCell>} element listed after the rows; counted so a sheet of millions is refused. */
        private void addMerge() {
            CellRange range = CellRange.parse(String.valueOf(r.getAttributeValue(null, "ref")));
            if (range != null) {
                merges.add(range);
                if (merges.size() > CellLimits.MAX_MERGED_CELLS) {
                    throw new ImportException(file + "!" + sheet + ": refused: the sheet lists more than "
                            + CellLimits.format(CellLimits.MAX_MERGED_CELLS) + " merged cells, haircut's limit (docs/limits-and-security.md)");
                }
            }
        }

        /** After the last row: the merged cells go to the sink, checked against those found ahead of the rows. */
        private void finish() {
            start();
            if (ahead == null) {
                if (!merges.isEmpty()) {
                    sink.merged(List.copyOf(merges));
                }
            } else if (!Set.copyOf(ahead).equals(Set.copyOf(merges))) {
                // Only markup hidden in a comment or CDATA section, or written unlike any spreadsheet program does, gets here.
                throw new ImportException(file + "!" + sheet + ": the merged cells found ahead of the rows (" + ahead.size()
                        + ") are not the " + merges.size() + " the sheet lists after them, so cells under them may be misread;"
                        + " open the file in Excel and save it again");
            }
            sink.endTable();
        }

        private RawCell cell(int rowNumber, int column, String type, int style, StringBuilder value, StringBuilder formula) {
            if (value == null) {
                if (formula != null) {
                    // Saved without its value: work it out (small files), else report the formula with its cell.
                    // A link to another workbook is never followed: the message says the cell refers to another file.
                    RawCell evaluated = Formulas.refersToAnotherFile(formula.toString()) ? null
                            : formulas.evaluate(sheet, rowNumber, column, style >= 0 && isDateStyle(style));
                    if (evaluated != null) {
                        return evaluated;
                    }
                    String f = formula.toString().trim();
                    return new RawCell(column, RawCell.Kind.FORMULA, f.isEmpty() ? "(shared formula)" : "=" + f);
                }
                return null;
            }
            String text = value.toString();
            if (type == null || type.equals("n")) {
                if (style >= 0 && isDateStyle(style)) {
                    return new RawCell(column, RawCell.Kind.DATE, date1904 ? "1904:" + text : text);
                }
                if (style >= 0 && isPercentStyle(style)) {
                    return new RawCell(column, RawCell.Kind.PERCENT, text);
                }
                return new RawCell(column, RawCell.Kind.NUMBER, text);
            }
            return switch (type) {
                case "s" -> new RawCell(column, RawCell.Kind.TEXT, strings.text(text));
                case "b" -> new RawCell(column, RawCell.Kind.BOOLEAN, text);
                case "e" -> new RawCell(column, RawCell.Kind.ERROR, text);
                default -> new RawCell(column, RawCell.Kind.TEXT, text); // str, inlineStr, d (ISO date text)
            };
        }

        private boolean isDateStyle(int index) {
            return styleKind(index) == DATE_STYLE;
        }

        private boolean isPercentStyle(int index) {
            return styleKind(index) == PERCENT_STYLE;
        }

        /**
         * What a number in style {@code index} is, worked out once a style: reading a style's format goes through
         * the styles part's XML objects, and a sheet has millions of numbers in a handful of styles.
         */
        private byte styleKind(int index) {
            if (index >= styleKinds.length) {
                styleKinds = java.util.Arrays.copyOf(styleKinds, Math.max(index + 1, styleKinds.length * 2));
            }
            byte kind = styleKinds[index];
            if (kind == UNKNOWN_STYLE) {
                XSSFCellStyle s = styleAt(index);
                String format = s == null ? null : s.getDataFormatString();
                kind = s != null && DateUtil.isADateFormat(s.getDataFormat(), format) ? DATE_STYLE
                        : format != null && format.contains("%") ? PERCENT_STYLE : PLAIN_STYLE;
                styleKinds[index] = kind;
            }
            return kind;
        }

        private XSSFCellStyle styleAt(int index) {
            if (styles == null || index >= styles.getNumCellStyles()) {
                return null;
            }
            return styles.getStyleAt(index);
        }
    }

    /** A part's name as its zip entry has it ("xl/worksheets/sheet1.xml"), as {@link ZipScan} names them. */
    private static String zipName(PackagePart part) {
        if (part instanceof ZipPackagePart z && z.getZipArchive() != null) {
            return z.getZipArchive().getName();
        }
        return part.getPartName().getName().substring(1);
    }

    private static boolean isTrue(String attribute) {
        return "1".equals(attribute) || "true".equalsIgnoreCase(attribute);
    }

    /** Column index of a reference like "AB12" (letters only). */
    static int columnOf(String ref) {
        return SheetXmlCell.columnOf(ref);
    }

    /** The date system and each sheet's visibility, from workbook.xml. */
    private static WorkbookProperties workbookProperties(XSSFReader reader) {
        boolean date1904 = false;
        List<SheetEntry> sheets = new ArrayList<>();
        try (InputStream workbook = reader.getWorkbookData()) {
            XMLStreamReader r = SpreadsheetXml.reader(workbook);
            try {
                while (r.hasNext()) {
                    if (r.next() != XMLStreamConstants.START_ELEMENT) {
                        continue;
                    }
                    if (r.getLocalName().equals("workbookPr")) {
                        date1904 = isTrue(r.getAttributeValue(null, "date1904"));
                    } else if (r.getLocalName().equals("sheet")) {
                        String state = r.getAttributeValue(null, "state");
                        sheets.add(new SheetEntry(r.getAttributeValue(null, "name"), state != null && !state.equals("visible")));
                    }
                }
            } finally {
                r.close();
            }
        } catch (IOException | XMLStreamException | InvalidFormatException e) {
            // Without workbook.xml the sheets cannot be listed either; the sheet iterator reports that.
        }
        return new WorkbookProperties(date1904, sheets);
    }
}
