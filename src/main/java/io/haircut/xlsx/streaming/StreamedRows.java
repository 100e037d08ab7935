package io.haircut.xlsx.streaming;

import io.haircut.ledger.SourceRef;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;

/**
 * The rows of one large sheet, written as SpreadsheetML straight into the workbook's zip entry: no cell
 * objects, no temporary file, UTF-8 bytes encoded here. A million-row ledger is written in the time it
 * takes to compress it (docs/performance.md); {@link StreamedWorkbook} places the rows inside the sheet that POI laid
 * out (columns, freeze pane, filter), so only the cells take this path.
 *
 * <p>Rows go top to bottom, cells left to right. Text is an inline string, escaped here; numbers are
 * written from their exact decimal digits, which a spreadsheet reads as the nearest double, the same
 * value {@link Cells} would store.
 */
public final class StreamedRows {

    /** Day 0 of Excel's 1900 date system for every date from 1900-03-01 on (before it, Excel's leap-day bug shifts by one). */
    private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);
    private static final LocalDate FIRST_EXACT_DATE = LocalDate.of(1900, 3, 1);
    private static final int BUFFER = 1 << 16;

    /** An internal link from a cell to an address in the workbook, written after the rows. */
    record Link(String cell, String location) {
    }

    private final OutputStream out;
    private final byte[] buffer = new byte[BUFFER];
    private final List<Link> links = new ArrayList<>();
    private final String[] letters = new String[64];
    private int position;
    private int row;
    private int lastColumn = -1;
    private byte[] rowDigits = new byte[0];

    StreamedRows(OutputStream out) {
        this.out = out;
    }

    /** Starts row {@code number} (1-based), closing the one before; rows must rise. */
    public void row(int number) {
        if (number <= row) {
            throw new IllegalStateException("row " + number + " after row " + row + ": a streamed sheet is written top to bottom");
        }
        closeRow();
        row = number;
        lastColumn = -1;
        rowDigits = Integer.toString(number).getBytes(StandardCharsets.US_ASCII);
        ascii("<row r=\"");
        bytes(rowDigits);
        ascii("\">");
    }

    /** A text cell; null writes nothing (an empty cell). */
    public void text(int column, String value) {
        text(column, value, null);
    }

    public void text(int column, String value, CellStyle style) {
        if (value == null) {
            return;
        }
        open(column, style, "inlineStr");
        ascii(value.isEmpty() || (!Character.isWhitespace(value.charAt(0)) && !Character.isWhitespace(value.charAt(value.length() - 1)))
                ? "<is><t>" : "<is><t xml:space=\"preserve\">");
        escaped(value);
        ascii("</t></is></c>");
    }

    /** A number from its exact digits: the spreadsheet stores the nearest double, as {@link Cells#money} does. */
    public void number(int column, BigDecimal value, CellStyle style) {
        open(column, style, null);
        ascii("<v>");
        ascii(value.toPlainString());
        ascii("</v></c>");
    }

    /**
     * A number as a source file stored it ({@code <v>1234.5</v>}, {@code 1.2E-3}): copied digit for digit,
     * after a check that it is a number, so nothing but a number ever reaches the value element.
     */
    public void storedNumber(int column, String digits, CellStyle style) {
        String d = digits.trim();
        if (!isNumber(d)) {
            throw new NumberFormatException("'" + d + "' is not a number");
        }
        open(column, style, null);
        ascii("<v>");
        ascii(d);
        ascii("</v></c>");
    }

    public void bool(int column, boolean value) {
        open(column, null, "b");
        ascii(value ? "<v>1</v></c>" : "<v>0</v></c>");
    }

    /** A date as Excel's day serial (1900 system), shown by {@code style}. */
    public void date(int column, LocalDate value, CellStyle style) {
        if (value.isBefore(FIRST_EXACT_DATE)) {
            throw new IllegalArgumentException(value + ": dates before 1900-03-01 have no exact Excel serial");
        }
        open(column, style, null);
        ascii("<v>");
        ascii(Long.toString(ChronoUnit.DAYS.between(EXCEL_EPOCH, value)));
        ascii("</v></c>");
    }

    /** A month as the serial of its first day, as {@link Cells#month} writes it, so SUMIFS matches it exactly. */
    public void month(int column, YearMonth value, CellStyle style) {
        date(column, value.atDay(1), style);
    }

    /** Links the cell at {@code column} of the current row to {@code location} ({@code 'src Revenue'!E12}). */
    public void link(int column, String location) {
        links.add(new Link(letters(column) + row, location));
    }

    /** The links recorded, in row order, for the sheet's {@code <hyperlinks>} element. */
    List<Link> links() {
        return links;
    }

    /** Closes the last row and hands every byte to the stream. */
    void finish() {
        closeRow();
        row = Integer.MAX_VALUE;
        flush();
    }

    /** The sheet's hyperlinks element, or "" when there are none; written after the rows. */
    static String hyperlinksXml(List<Link> links) {
        if (links.isEmpty()) {
            return "";
        }
        StringBuilder xml = new StringBuilder(links.size() * 48).append("<hyperlinks>");
        for (Link l : links) {
            xml.append("<hyperlink ref=\"").append(l.cell()).append("\" location=\"");
            escape(l.location(), xml);
            xml.append("\"/>");
        }
        return xml.append("</hyperlinks>").toString();
    }

    private void open(int column, CellStyle style, String type) {
        if (row <= 0 || row == Integer.MAX_VALUE) {
            throw new IllegalStateException("a cell outside a row");
        }
        if (column <= lastColumn) {
            throw new IllegalStateException("column " + column + " after column " + lastColumn + " in row " + row);
        }
        lastColumn = column;
        ascii("<c r=\"");
        ascii(letters(column));
        bytes(rowDigits);
        if (style != null && style.getIndex() != 0) {
            ascii("\" s=\"");
            ascii(Integer.toString(style.getIndex()));
        }
        if (type != null) {
            ascii("\" t=\"");
            ascii(type);
        }
        ascii("\">");
    }

    private void closeRow() {
        if (row > 0 && row != Integer.MAX_VALUE) {
            ascii("</row>");
        }
    }

    private String letters(int column) {
        if (column < letters.length) {
            String l = letters[column];
            if (l == null) {
                l = SourceRef.columnLetters(column);
                letters[column] = l;
            }
            return l;
        }
        return SourceRef.columnLetters(column);
    }

    /** Plain ASCII we produce ourselves (tags, digits): one byte per char. */
    private void ascii(String s) {
        int n = s.length();
        if (position + n > BUFFER) {
            flush();
        }
        if (n > BUFFER) {
            bytes(s.getBytes(StandardCharsets.US_ASCII));
            return;
        }
        for (int i = 0; i < n; i++) {
            buffer[position++] = (byte) s.charAt(i);
        }
    }

    private void bytes(byte[] b) {
        if (position + b.length > BUFFER) {
            flush();
            if (b.length > BUFFER) {
                write(b, b.length);
                return;
            }
        }
        System.arraycopy(b, 0, buffer, position, b.length);
        position += b.length;
    }

    /**
     * Text from the input as XML character data in UTF-8: markup characters escaped, and the characters
     * XML 1.0 cannot hold (control characters, unpaired surrogates) written as '?', as POI does.
     */
    private void escaped(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (position + 8 > BUFFER) {
                flush();
            }
            char c = s.charAt(i);
            if (c < 0x80) {
                switch (c) {
                    case '<' -> ascii("&lt;");
                    case '>' -> ascii("&gt;");
                    case '&' -> ascii("&amp;");
                    case '"' -> ascii("&quot;");
                    case '\r' -> ascii("&#13;"); // a parser would read a bare CR as a line feed
                    case '\t', '\n' -> buffer[position++] = (byte) c;
                    default -> buffer[position++] = c < 0x20 || c == 0x7f ? (byte) '?' : (byte) c;
                }
            } else if (c < 0x800) {
                buffer[position++] = (byte) (0xC0 | (c >> 6));
                buffer[position++] = (byte) (0x80 | (c & 0x3F));
            } else if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                int cp = Character.toCodePoint(c, s.charAt(++i));
                buffer[position++] = (byte) (0xF0 | (cp >> 18));
                buffer[position++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
                buffer[position++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
                buffer[position++] = (byte) (0x80 | (cp & 0x3F));
            } else if (Character.isSurrogate(c) || c == 0xFFFE || c == 0xFFFF) {
                buffer[position++] = (byte) '?';
            } else {
                buffer[position++] = (byte) (0xE0 | (c >> 12));
                buffer[position++] = (byte) (0x80 | ((c >> 6) & 0x3F));
                buffer[position++] = (byte) (0x80 | (c & 0x3F));
            }
        }
    }

    /** The same escaping into a builder, for attribute values we write after the rows. */
    private static void escape(String s, StringBuilder out) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\t', '\n', '\r' -> out.append("&#").append((int) c).append(';'); // kept, not normalised to spaces
                default -> out.append(c < 0x20 ? '?' : c);
            }
        }
    }

    /** Digits with an optional sign, point and exponent: the forms an xsd:double cell value takes. */
    static boolean isNumber(String s) {
        int i = 0;
        int n = s.length();
        if (i < n && (s.charAt(i) == '-' || s.charAt(i) == '+')) {
            i++;
        }
        int digits = 0;
        while (i < n && isDigit(s.charAt(i))) {
            i++;
            digits++;
        }
        if (i < n && s.charAt(i) == '.') {
            i++;
            while (i < n && isDigit(s.charAt(i))) {
                i++;
                digits++;
            }
        }
        if (digits == 0) {
            return false;
        }
        if (i < n && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
            i++;
            if (i < n && (s.charAt(i) == '-' || s.charAt(i) == '+')) {
                i++;
            }
            int exponent = 0;
            while (i < n && isDigit(s.charAt(i))) {
                i++;
                exponent++;
            }
            if (exponent == 0) {
                return false;
            }
        }
        return i == n;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private void flush() {
        write(buffer, position);
        position = 0;
    }

    private void write(byte[] b, int length) {
        try {
            out.write(b, 0, length);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
