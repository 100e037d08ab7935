package io.haircut.workbook;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;

/**
 * Streams the sheets of an .xlsx / .xlsm file: StAX over each sheet's XML, shared strings read once,
 * never the POI user model, so memory stays bounded on large ledgers. The package is opened read-only:
 * the input file is never written.
 */
final class XlsxReader {

    private static final XMLInputFactory XML = XMLHelper.newXMLInputFactory(); // external entities off

    private XlsxReader() {
    }

    static void read(Path file, String displayName, TableSink sink) {
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            SharedStrings strings = new SharedStrings(pkg);
            StylesTable styles = reader.getStylesTable();
            boolean date1904 = isDate1904(reader);
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            while (sheets.hasNext()) {
                try (InputStream sheetXml = sheets.next()) {
                    String sheetName = sheets.getSheetName();
                    sink.startTable(displayName, sheetName, sheetName);
                    readSheet(sheetXml, strings, styles, date1904, sink, displayName, sheetName);
                    sink.endTable();
                }
            }
        } catch (NotOfficeXmlFileException e) {
            throw new ImportException(displayName + ": not an .xlsx workbook (" + firstLine(e) + ")");
        } catch (InvalidFormatException | IOException | XMLStreamException | org.xml.sax.SAXException | org.apache.poi.ooxml.POIXMLException e) {
            throw new ImportException(displayName + ": cannot read the workbook: " + firstLine(e));
        } catch (org.apache.poi.openxml4j.exceptions.OpenXML4JException e) {
            throw new ImportException(displayName + ": cannot open the workbook: " + firstLine(e));
        } catch (RuntimeException e) {
            throw WorkbookProblems.unreadable(displayName, e);
        }
    }

    private static void readSheet(InputStream xml, SharedStrings strings, StylesTable styles,
            boolean date1904, TableSink sink, String file, String sheet) throws XMLStreamException {
        XMLStreamReader r = XML.createXMLStreamReader(xml);
        try {
            int rowNumber = 0;
            List<RawCell> cells = new ArrayList<>();
            int column = -1;
            String type = null;
            int style = -1;
            StringBuilder value = null;
            boolean inValue = false;
            while (r.hasNext()) {
                int event = r.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    switch (r.getLocalName()) {
                        case "row" -> {
                            rowNumber = WorkbookLimits.rowNumber(r.getAttributeValue(null, "r"), rowNumber);
                            cells = new ArrayList<>();
                            column = -1;
                        }
                        case "c" -> {
                            String ref = r.getAttributeValue(null, "r");
                            column = ref != null ? columnOf(ref) : column + 1;
                            type = r.getAttributeValue(null, "t");
                            String s = r.getAttributeValue(null, "s");
                            style = s != null ? Integer.parseInt(s) : -1;
                            value = null;
                        }
                        case "v", "t" -> {
                            inValue = true;
                            if (value == null) {
                                value = new StringBuilder();
                            }
                        }
                        default -> { }
                    }
                } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
                    if (inValue) {
                        value.append(r.getText());
                        WorkbookLimits.checkCellText(value.length(), file, sheet, column, rowNumber);
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    switch (r.getLocalName()) {
                        case "v", "t" -> inValue = false;
                        case "c" -> {
                            RawCell cell = cell(column, type, style, value, strings, styles, date1904);
                            WorkbookLimits.checkCellText(cell == null ? 0 : cell.text().length(), file, sheet, column, rowNumber);
                            if (cell != null && !cell.isBlank()) {
                                cells.add(cell);
                            }
                        }
                        case "row" -> {
                            if (!cells.isEmpty()) {
                                sink.row(new TableRow(rowNumber, List.copyOf(cells)));
                            }
                        }
                        default -> { }
                    }
                }
            }
        } catch (NumberFormatException e) {
            throw new ImportException(file + "!" + sheet + ": malformed cell reference in the sheet XML (" + e.getMessage() + ")");
        } catch (XMLStreamException | IndexOutOfBoundsException e) {
            throw WorkbookProblems.damagedSheet(file, sheet, e);
        } finally {
            r.close();
        }
    }

    private static RawCell cell(int column, String type, int style, StringBuilder value,
            SharedStrings strings, StylesTable styles, boolean date1904) {
        if (value == null) {
            return null;
        }
        String text = value.toString();
        if (type == null || type.equals("n")) {
            if (style >= 0 && isDateStyle(styles, style)) {
                return new RawCell(column, RawCell.Kind.DATE, date1904 ? "1904:" + text : text);
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

    private static boolean isDateStyle(StylesTable styles, int index) {
        if (styles == null || index >= styles.getNumCellStyles()) {
            return false;
        }
        XSSFCellStyle style = styles.getStyleAt(index);
        return style != null && DateUtil.isADateFormat(style.getDataFormat(), style.getDataFormatString());
    }

    /** Column index of a reference like "AB12" (letters only). */
    static int columnOf(String ref) {
        int col = 0;
        int i = 0;
        while (i < ref.length() && Character.isLetter(ref.charAt(i))) {
            col = col * 26 + (Character.toUpperCase(ref.charAt(i)) - 'A' + 1);
            i++;
            if (col > WorkbookLimits.MAX_COLUMNS) {
                throw new NumberFormatException("'" + ref + "' is beyond Excel's last column, XFD");
            }
        }
        if (i == 0) {
            throw new NumberFormatException("no column letters in '" + ref + "'");
        }
        return col - 1;
    }

    private static boolean isDate1904(XSSFReader reader) {
        try (InputStream workbook = reader.getWorkbookData()) {
            XMLStreamReader r = XML.createXMLStreamReader(workbook);
            try {
                while (r.hasNext()) {
                    if (r.next() == XMLStreamConstants.START_ELEMENT && r.getLocalName().equals("workbookPr")) {
                        String v = r.getAttributeValue(null, "date1904");
                        return "1".equals(v) || "true".equalsIgnoreCase(v);
                    }
                    if (r.getEventType() == XMLStreamConstants.START_ELEMENT && r.getLocalName().equals("sheets")) {
                        return false;
                    }
                }
                return false;
            } finally {
                r.close();
            }
        } catch (IOException | XMLStreamException | org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
            return false;
        }
    }

    static String firstLine(Throwable e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }
}
