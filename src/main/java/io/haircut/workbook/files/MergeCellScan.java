package io.haircut.workbook.files;

import io.haircut.workbook.cells.CellRange;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Finds the merged cells of an .xlsx sheet, which its XML lists after the rows, in the sheet's bytes as
 * they are decompressed: {@link ZipScan} feeds it while it checks the container, so the reader knows a
 * sheet's merged cells before its first row at the cost of a byte search (no second pass, no XML parser).
 * It looks for {@code <mergeCell ... ref="..."/>} elements, with or without a namespace prefix.
 *
 * <p>A raw {@code <} only starts markup in XML (in text and attribute values it is escaped), so every
 * real element is found; markup inside a comment or CDATA section would be found too, which is why
 * {@link XlsxReader} compares what this found with what its parser reads at the end of the sheet.
 */
final class MergeCellScan {

    private static final byte[] NAME = "mergeCell".getBytes(StandardCharsets.US_ASCII);
    /** Horspool's shifts: how far the search may jump when a byte ends the window. */
    private static final int[] SHIFT = new int[256];
    /** Bytes kept before the search position when the buffer is compacted: room for a namespace prefix. */
    private static final int BEHIND = 64;

    static {
        Arrays.fill(SHIFT, NAME.length);
        for (int i = 0; i < NAME.length - 1; i++) {
            SHIFT[NAME[i]] = NAME.length - 1 - i;
        }
    }

    private final List<CellRange> found = new ArrayList<>();
    private final byte[] buf;
    private int length;
    /** Where the search resumes; the bytes before it are done with, but for the last {@value #BEHIND}. */
    private int at;

    MergeCellScan() {
        this(1 << 17);
    }

    /** With a buffer of {@code bufferSize} bytes: small in tests, to cross buffer edges everywhere. */
    MergeCellScan(int bufferSize) {
        buf = new byte[Math.max(bufferSize, 2 * BEHIND)];
    }

    /** The merged regions listed in a whole sheet's XML, in the order it lists them. */
    static List<CellRange> read(InputStream xml, int bufferSize) throws IOException {
        MergeCellScan scan = new MergeCellScan(bufferSize);
        byte[] chunk = new byte[Math.max(1, bufferSize / 3)];
        for (int n = xml.read(chunk); n >= 0; n = xml.read(chunk)) {
            scan.feed(chunk, n);
        }
        return scan.end();
    }

    /** The next {@code n} bytes of the sheet. */
    void feed(byte[] bytes, int n) {
        int offset = 0;
        while (offset < n) {
            if (length == buf.length) {
                compact();
            }
            int take = Math.min(n - offset, buf.length - length);
            System.arraycopy(bytes, offset, buf, length, take);
            length += take;
            offset += take;
            search(false);
        }
    }

    /** The sheet ended: the merged regions found, in the order the sheet lists them. */
    List<CellRange> end() {
        search(true);
        return found;
    }

    /** How many merged regions were found so far, for the limit the caller keeps. */
    int count() {
        return found.size();
    }

    /** Reads every element whose tag has ended in the buffer; leaves {@code at} at the first that has not. */
    private void search(boolean last) {
        while (true) {
            int hit = find(at);
            if (hit < 0) {
                at = Math.max(at, length - NAME.length + 1);
                return;
            }
            int close = indexOf((byte) '>', hit + NAME.length);
            if (close < 0) {
                at = last ? length : hit; // cut off by the end of the part: the parser reports the damage
                return;
            }
            String ref = isElement(hit) ? attribute(hit + NAME.length, close, "ref") : null;
            CellRange range = ref == null ? null : CellRange.parse(ref);
            if (range != null) {
                found.add(range);
            }
            at = hit + NAME.length;
        }
    }

    private void compact() {
        int keep = Math.max(0, at - BEHIND);
        if (keep == 0) {
            // A tag with no '>' in a whole buffer: no spreadsheet program writes one. Anything in it is no
            // element ('<' cannot occur inside a tag), so it is dropped; the parser's comparison notices.
            keep = length - BEHIND;
            at = length;
        }
        System.arraycopy(buf, keep, buf, 0, length - keep);
        length -= keep;
        at -= keep;
    }

    /** The first full occurrence of "mergeCell" at or after {@code from}, or -1 (Horspool's search). */
    private int find(int from) {
        int last = NAME.length - 1;
        int i = from;
        while (i + last < length) {
            int j = last;
            while (j >= 0 && buf[i + j] == NAME[j]) {
                j--;
            }
            if (j < 0) {
                return i;
            }
            i += SHIFT[buf[i + last] & 0xFF];
        }
        return -1;
    }

    private int indexOf(byte b, int from) {
        for (int i = from; i < length; i++) {
            if (buf[i] == b) {
                return i;
            }
        }
        return -1;
    }

    /** Whether the name at {@code hit} starts an element: "<mergeCell" or "<x:mergeCell", then a space, "/" or ">". */
    private boolean isElement(int hit) {
        byte after = buf[hit + NAME.length];
        if (!(isSpace(after) || after == '/' || after == '>')) {
            return false; // "mergeCells", the list itself, or a longer name
        }
        int i = hit - 1;
        if (i >= 0 && buf[i] == ':') {
            i--;
            int prefixEnd = i;
            while (i >= 0 && isNameByte(buf[i])) {
                i--;
            }
            if (i == prefixEnd) {
                return false;
            }
        }
        return i >= 0 && buf[i] == '<';
    }

    /** The value of attribute {@code name} in a start tag's bytes {@code from..to}, or null. */
    private String attribute(int from, int to, String name) {
        int i = from;
        while (true) {
            while (i < to && isSpace(buf[i])) {
                i++;
            }
            int nameStart = i;
            while (i < to && (isNameByte(buf[i]) || buf[i] == ':')) {
                i++;
            }
            if (i == nameStart) {
                return null; // "/" or the end of the tag
            }
            String attr = new String(buf, nameStart, i - nameStart, StandardCharsets.US_ASCII);
            while (i < to && isSpace(buf[i])) {
                i++;
            }
            if (i >= to || buf[i] != '=') {
                return null;
            }
            i++;
            while (i < to && isSpace(buf[i])) {
                i++;
            }
            if (i >= to || buf[i] != '"' && buf[i] != '\'') {
                return null;
            }
            byte quote = buf[i++];
            int valueStart = i;
            while (i < to && buf[i] != quote) {
                i++;
            }
            if (i >= to) {
                return null;
            }
            if (attr.equals(name)) {
                return new String(buf, valueStart, i - valueStart, StandardCharsets.UTF_8);
            }
            i++;
        }
    }

    private static boolean isSpace(byte b) {
        return b == ' ' || b == '\t' || b == '\r' || b == '\n';
    }

    private static boolean isNameByte(byte b) {
        return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9' || b == '_' || b == '-' || b == '.';
    }
}
