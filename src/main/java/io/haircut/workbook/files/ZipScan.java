package io.haircut.workbook.files;

import io.haircut.Causes;
import io.haircut.workbook.ImportException;
import io.haircut.workbook.cells.CellLimits;
import io.haircut.workbook.cells.CellRange;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Checks a workbook's zip container before POI opens it, decompressing every part once without keeping
 * it: the number of parts, each part's size against {@link WorkbookLimits} (worksheets are streamed,
 * other parts are held in memory, so their limits differ), how far each part expands (a zip bomb
 * expands about 1,000-fold), parts that overlap in the file (the trick of non-recursive zip bombs),
 * each part's stated size and CRC-32 (a damaged download), the UTF-8 of its XML parts, and a DTD in any
 * XML part (the door to external entities and entity expansion; workbooks never declare one). Each
 * problem is one line naming the part.
 *
 * <p>On the way it picks up what the sheet reader needs before a sheet's rows but the sheet's XML only
 * gives after them: each sheet's merged cells ({@link MergeCellScan}), so no sheet is decompressed twice
 * for them.
 */
public final class ZipScan {

    private static final String REL = "/relationships/";
    private static final List<String> SHEET_TYPES = List.of("worksheet", "chartsheet", "dialogsheet", "xlMacrosheet",
            "xlIntlMacrosheet");

    private ZipScan() {
    }

    /** What the scan read that the sheet reader needs: each sheet part's merged cells, by the part's name in the zip. */
    public record Findings(Map<String, List<CellRange>> mergedCells) {

        /** Nothing read ahead: a reader handed this gets a sheet's merged cells after its rows. */
        static final Findings NONE = new Findings(Map.of());

        public Findings {
            mergedCells = Map.copyOf(mergedCells);
        }
    }

    static Findings verify(Path file, String display) {
        return verify(file, display, WorkbookLimits.DEFAULT);
    }

    static Findings verify(Path file, String display, WorkbookLimits limits) {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            List<ZipEntry> entries = zip.stream().map(e -> (ZipEntry) e).toList();
            if (entries.size() > limits.maxParts()) {
                throw new ImportException(display + ": refused: the workbook has " + CellLimits.format(entries.size())
                        + " parts; haircut reads at most " + CellLimits.format(limits.maxParts())
                        + " (a workbook of 200 sheets with charts has about 1,500)");
            }
            Map<String, String> names = new HashMap<>();
            long compressed = 0;
            for (ZipEntry e : entries) {
                // Part names are case-insensitive (ECMA-376 Part 2, 6.2.2.3): "XL/Sheet1.xml" is a second "xl/sheet1.xml",
                // and two readers could each pick a different one.
                String first = names.putIfAbsent(e.getName().toLowerCase(java.util.Locale.ROOT), e.getName());
                if (first != null && first.equals(e.getName())) {
                    throw damaged(display, "it holds two parts named " + io.haircut.Excerpt.of(e.getName()));
                }
                if (first != null) {
                    throw damaged(display, "it holds two parts whose names differ only in case (" + io.haircut.Excerpt.of(first)
                            + " and " + io.haircut.Excerpt.of(e.getName()) + "), which a workbook cannot hold");
                }
                compressed += Math.max(0, e.getCompressedSize());
            }
            if (compressed > Files.size(file)) {
                throw new ImportException(display + ": refused: the workbook's parts overlap in the file"
                        + " (their compressed sizes add up to more than the file), a trick of crafted zip bombs");
            }
            Roles roles = roles(zip, display, limits);
            Map<String, List<CellRange>> merged = new HashMap<>();
            for (ZipEntry e : entries) {
                scan(zip, e, roles, display, limits, false, merged);
            }
            return new Findings(merged);
        } catch (ZipException e) {
            throw damaged(display, "its zip directory is missing or unreadable, as when a download is cut short");
        } catch (IOException e) {
            throw new ImportException(display + ": cannot read the file: " + Causes.of(e));
        }
    }

    /** Which parts POI streams (the sheets) and which one holds the shared strings, from the relationships. */
    private record Roles(Set<String> sheets, Set<String> sharedStrings) {
        long limit(String part, WorkbookLimits limits) {
            if (sharedStrings.contains(part)) {
                return limits.maxSharedStringsBytes(); // a part that is also named as a sheet is held in memory all the same
            }
            return sheets.contains(part) ? limits.maxStreamedPartBytes() : limits.maxOtherPartBytes();
        }

        String kind(String part) {
            if (sharedStrings.contains(part)) {
                return "the shared strings";
            }
            return sheets.contains(part) ? "a sheet" : "a part other than a sheet or the shared strings";
        }
    }

    private static Roles roles(ZipFile zip, String display, WorkbookLimits limits) throws IOException {
        Set<String> sheets = new HashSet<>();
        Set<String> sharedStrings = new HashSet<>();
        for (Relationship r : relationships(zip, "", "_rels/.rels", display, limits)) {
            if (r.type().endsWith(REL + "officeDocument")) {
                String workbook = r.target();
                int slash = workbook.lastIndexOf('/');
                String folder = workbook.substring(0, slash + 1);
                String rels = folder + "_rels/" + workbook.substring(slash + 1) + ".rels";
                for (Relationship w : relationships(zip, folder, rels, display, limits)) {
                    if (w.type().endsWith(REL + "sharedStrings")) {
                        sharedStrings.add(w.target());
                    } else if (SHEET_TYPES.stream().anyMatch(t -> w.type().endsWith(REL + t))) {
                        sheets.add(w.target());
                    }
                }
            }
        }
        return new Roles(sheets, sharedStrings);
    }

    private record Relationship(String type, String target) {
    }

    /** The relationships of one .rels part, targets resolved to part names; none when the part is absent. */
    private static List<Relationship> relationships(ZipFile zip, String folder, String relsName, String display,
            WorkbookLimits limits) throws IOException {
        ZipEntry entry = zip.getEntry(relsName);
        List<Relationship> found = new ArrayList<>();
        if (entry == null) {
            return found;
        }
        // Read through the same checks as every part, so a hostile .rels part is refused before it is parsed.
        byte[] xml = scan(zip, entry, new Roles(Set.of(), Set.of()), display, limits, true, null);
        try {
            XMLStreamReader r = SpreadsheetXml.reader(new ByteArrayInputStream(xml));
            try {
                while (r.hasNext()) {
                    if (r.next() == XMLStreamConstants.START_ELEMENT && r.getLocalName().equals("Relationship")
                            && !"External".equals(r.getAttributeValue(null, "TargetMode"))) {
                        String type = r.getAttributeValue(null, "Type");
                        String target = r.getAttributeValue(null, "Target");
                        if (type != null && target != null) {
                            found.add(new Relationship(type, resolve(folder, target)));
                        }
                    }
                }
            } finally {
                r.close();
            }
        } catch (XMLStreamException e) {
            // POI reports a damaged relationships part when it opens the package; here it only classifies.
        }
        return found;
    }

    /** A relationship target as a part name: absolute ("/xl/a.xml") or relative to the source's folder. */
    static String resolve(String folder, String target) {
        String path = target.startsWith("/") ? target.substring(1) : folder + target;
        List<String> parts = new ArrayList<>();
        for (String segment : path.split("/")) {
            if (segment.equals("..")) {
                if (!parts.isEmpty()) {
                    parts.remove(parts.size() - 1);
                }
            } else if (!segment.isEmpty() && !segment.equals(".")) {
                parts.add(segment);
            }
        }
        return String.join("/", parts);
    }

    /**
     * Decompresses one part, checking it as it goes; returns its bytes when {@code keep} (a relationships
     * part, within the limit of parts held in memory), otherwise null: nothing is kept. A sheet's merged
     * cells go into {@code merged} when it is given.
     */
    private static byte[] scan(ZipFile zip, ZipEntry e, Roles roles, String display, WorkbookLimits limits, boolean keep,
            Map<String, List<CellRange>> merged) throws IOException {
        String name = e.getName();
        long limit = roles.limit(name, limits);
        if (e.getSize() > limit) {
            throw tooLarge(display, name, limit, roles.kind(name));
        }
        long compressedSize = Math.max(e.getCompressedSize(), 0);
        CRC32 crc = new CRC32();
        Prolog prolog = new Prolog();
        Utf8 utf8 = name.endsWith(".xml") || name.endsWith(".rels") ? new Utf8() : null;
        ByteArrayOutputStream kept = keep ? new ByteArrayOutputStream() : null;
        MergeCellScan merges = merged != null && roles.sheets().contains(name) ? new MergeCellScan() : null;
        int mergedBefore = merges == null ? 0 : merged.values().stream().mapToInt(List::size).sum();
        long count = 0;
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = zip.getInputStream(e)) {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                count += n;
                checkSoFar(display, e, roles, limits, limit, compressedSize, count);
                crc.update(buffer, 0, n);
                if (prolog.feed(buffer, n) == Prolog.Verdict.DTD) {
                    throw new ImportException(display + ": refused: the part " + name + " declares a DTD (<!DOCTYPE>);"
                            + " workbooks never do, and a DTD can make an XML reader fetch other files or expand"
                            + " entities without end");
                }
                if (utf8 != null && !utf8.feed(buffer, n)) {
                    throw notUtf8(display, name);
                }
                if (kept != null) {
                    kept.write(buffer, 0, n);
                }
                if (merges != null) {
                    merges.feed(buffer, n);
                    if (mergedBefore + merges.count() > CellLimits.MAX_MERGED_CELLS) {
                        throw new ImportException(display + ": refused: the workbook lists more than " + CellLimits.format(
                                CellLimits.MAX_MERGED_CELLS) + " merged cells (in the sheets up to " + name + "), haircut's limit (docs/limits-and-security.md)");
                    }
                }
            }
        } catch (ZipException | EOFException ex) {
            throw damaged(display, "the part " + name + " cannot be decompressed");
        }
        checkWhole(display, e, count, utf8, crc);
        if (merges != null) {
            merged.put(name, merges.end());
        }
        return kept == null ? null : kept.toByteArray();
    }

    /** Checked after every read, so a zip bomb is refused before it is decompressed in full. */
    private static void checkSoFar(String display, ZipEntry e, Roles roles, WorkbookLimits limits, long limit, long compressedSize, long count) {
        String name = e.getName();
        if (count > limit) {
            throw tooLarge(display, name, limit, roles.kind(name));
        }
        if (count > limits.graceBytes() && count > compressedSize * limits.maxExpansion()) {
            throw new ImportException(display + ": refused: the part " + name + " expands more than "
                    + limits.maxExpansion() + "-fold when decompressed; real workbooks compress 5 to 20 times,"
                    + " so this looks like a zip bomb");
        }
        if (e.getSize() >= 0 && count > e.getSize()) {
            throw sizeMismatch(display, name);
        }
    }

    /** Checked once the part is read to its end: its size, its last UTF-8 character and its checksum. */
    private static void checkWhole(String display, ZipEntry e, long count, Utf8 utf8, CRC32 crc) {
        String name = e.getName();
        if (e.getSize() >= 0 && count != e.getSize()) {
            throw sizeMismatch(display, name);
        }
        if (utf8 != null && !utf8.end()) {
            throw notUtf8(display, name);
        }
        if (e.getCrc() >= 0 && crc.getValue() != e.getCrc()) {
            throw damaged(display, "the part " + name + " fails its CRC-32 checksum");
        }
    }

    private static ImportException tooLarge(String display, String name, long limit, String kind) {
        return new ImportException(display + ": refused: the part " + name + " is larger than " + mebibytes(limit)
                + " decompressed, haircut's limit for " + kind + " (docs/limits-and-security.md)");
    }

    private static ImportException notUtf8(String display, String name) {
        return damaged(display, "the part " + name + " is not valid UTF-8 text");
    }

    private static ImportException sizeMismatch(String display, String name) {
        return damaged(display, "the part " + name + " does not have the size its zip directory states");
    }

    static ImportException damaged(String display, String what) {
        return new ImportException(display + ": the workbook is damaged: " + what + "; get a fresh copy of the file");
    }

    private static String mebibytes(long bytes) {
        if (bytes >= 1L << 30 && bytes % (1L << 30) == 0) {
            return (bytes >> 30) + " GiB";
        }
        return bytes % (1L << 20) == 0 ? CellLimits.format(bytes >> 20) + " MiB" : CellLimits.format(bytes) + " bytes";
    }

    /**
     * Checks that an XML part in UTF-8 (the encoding of every part Excel writes) is valid UTF-8, as the
     * bytes arrive. The JDK's XML reader reports bad bytes by printing to the terminal before it fails;
     * refusing them here keeps the analyst's screen to haircut's one line. Parts in UTF-16 (by their
     * byte-order mark or first bytes) or that declare another encoding are left to the parser.
     */
    static final class Utf8 {

        private static final Pattern DECLARED_ENCODING = Pattern.compile(
                "^(?:\u00EF\u00BB\u00BF)?<\\?xml[^>]*?encoding\\s*=\\s*([\"'])([A-Za-z0-9._:-]+)\\1");

        private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        private final CharBuffer out = CharBuffer.allocate(1 << 16);
        private final byte[] pending = new byte[4];
        private int pendingLength;
        private boolean decided;
        private boolean skip;

        /** False when the bytes so far are not UTF-8. */
        boolean feed(byte[] bytes, int length) {
            if (skip) {
                return true;
            }
            if (!decided) {
                decided = true;
                skip = otherEncoding(bytes, length);
                if (skip) {
                    return true;
                }
            }
            if (pendingLength == 0 && ascii(bytes, length)) {
                return true; // nothing but ASCII, which is UTF-8 as it stands: most of a sheet's XML
            }
            ByteBuffer in = ByteBuffer.allocate(pendingLength + length);
            in.put(pending, 0, pendingLength).put(bytes, 0, length).flip();
            if (!decode(in, false)) {
                return false;
            }
            pendingLength = in.remaining(); // an unfinished character, at most 3 bytes
            in.get(pending, 0, pendingLength);
            return true;
        }

        /** Whether the first {@code length} bytes are all below 0x80, eight at a time. */
        private static boolean ascii(byte[] bytes, int length) {
            int i = 0;
            for (; i + 8 <= length; i += 8) {
                if (((long) LONGS.get(bytes, i) & 0x8080808080808080L) != 0) {
                    return false;
                }
            }
            for (; i < length; i++) {
                if (bytes[i] < 0) {
                    return false;
                }
            }
            return true;
        }

        private static final java.lang.invoke.VarHandle LONGS = java.lang.invoke.MethodHandles.byteArrayViewVarHandle(
                long[].class, java.nio.ByteOrder.LITTLE_ENDIAN);

        /** False when the part ends inside a character. */
        boolean end() {
            return skip || !decided || decode(ByteBuffer.wrap(pending, 0, pendingLength), true);
        }

        private boolean decode(ByteBuffer in, boolean last) {
            while (true) {
                out.clear();
                CoderResult r = decoder.decode(in, out, last);
                if (r.isError()) {
                    return false;
                }
                if (r.isUnderflow()) {
                    return true;
                }
            }
        }

        /**
         * Another encoding by the XML specification's detection (Appendix F): a UTF-16 or UCS-4 byte-order
         * mark or first bytes of "<?", EBCDIC's "<?xm", or an XML declaration naming another encoding.
         */
        private static boolean otherEncoding(byte[] b, int length) {
            if (length >= 4) {
                int first = (b[0] & 0xFF) << 24 | (b[1] & 0xFF) << 16 | (b[2] & 0xFF) << 8 | (b[3] & 0xFF);
                int firstTwo = first >>> 16;
                if (firstTwo == 0xFEFF || firstTwo == 0xFFFE || first == 0x3C003F00 || first == 0x003C003F
                        || first == 0x0000003C || first == 0x3C000000 || first == 0x0000FEFF || first == 0x4C6FA794) {
                    return true;
                }
            }
            String head = new String(b, 0, Math.min(length, 200), StandardCharsets.ISO_8859_1);
            Matcher m = DECLARED_ENCODING.matcher(head);
            if (!m.find()) {
                return false;
            }
            String declared = m.group(2);
            try {
                // Only a complete declaration of an encoding the parser will use instead: UTF-8 is checked here.
                return Charset.isSupported(declared)
                        && !Charset.forName(declared).equals(StandardCharsets.UTF_8);
            } catch (IllegalCharsetNameException e) {
                return false;
            }
        }
    }

    /**
     * Reads an XML part's prolog, everything before its first element, as the bytes arrive: the only
     * place a {@code <!DOCTYPE} may stand. Decides at the first element (or at anything that is not
     * markup, which the parsers refuse). UTF-8 and UTF-16 are followed; the parsers refuse a DTD in any
     * encoding themselves, so this check is a second wall with a clearer message.
     */
    static final class Prolog {

        enum Verdict { UNDECIDED, CLEAN, DTD }

        private static final String DOCTYPE = "DOCTYPE";

        private enum State { TEXT, LT, BANG, PI, COMMENT }

        private Verdict verdict = Verdict.UNDECIDED;
        private State state = State.TEXT;
        private final byte[] head = new byte[4];
        private int headLength;
        private int unit;            // bytes per character once known: 1 (UTF-8) or 2 (UTF-16)
        private boolean bigEndian;
        private int pending = -1;    // the first byte of a UTF-16 unit, waiting for its second
        private final StringBuilder bang = new StringBuilder();
        private char previous;
        private char beforePrevious;

        Verdict feed(byte[] bytes, int length) {
            for (int i = 0; i < length && verdict == Verdict.UNDECIDED; i++) {
                if (unit == 0) {
                    head[headLength++] = bytes[i];
                    if (headLength == head.length) {
                        decideEncoding();
                    }
                } else {
                    take(bytes[i] & 0xFF);
                }
            }
            return verdict;
        }

        /** A byte-order mark, or the bytes of "<?" with zeros between, tell UTF-16 from UTF-8. */
        private void decideEncoding() {
            int b0 = head[0] & 0xFF;
            int b1 = head[1] & 0xFF;
            int skip = 0;
            unit = 1;
            if (b0 == 0xFE && b1 == 0xFF || b0 == 0xFF && b1 == 0xFE) {
                unit = 2;
                bigEndian = b0 == 0xFE;
                skip = 2;
            } else if (b0 == 0 && b1 == '<' || b0 == '<' && b1 == 0) {
                unit = 2;
                bigEndian = b0 == 0;
            } else if (b0 == 0xEF && b1 == 0xBB && (head[2] & 0xFF) == 0xBF) {
                skip = 3;
            }
            for (int i = skip; i < head.length && verdict == Verdict.UNDECIDED; i++) {
                take(head[i] & 0xFF);
            }
        }

        private void take(int b) {
            if (unit == 1) {
                step((char) b);
            } else if (pending < 0) {
                pending = b;
            } else {
                char c = (char) (bigEndian ? pending << 8 | b : b << 8 | pending);
                pending = -1;
                step(c);
            }
        }

        private void step(char c) {
            switch (state) {
                case TEXT -> {
                    if (c == '<') {
                        state = State.LT;
                    } else if (!Character.isWhitespace(c)) {
                        verdict = Verdict.CLEAN; // not markup: the parser refuses it, if it ever reads it
                    }
                }
                case LT -> {
                    if (c == '?') {
                        enter(State.PI);
                    } else if (c == '!') {
                        state = State.BANG;
                        bang.setLength(0);
                    } else {
                        verdict = Verdict.CLEAN; // the root element: no DTD can follow it
                    }
                }
                case BANG -> {
                    bang.append(c);
                    String b = bang.toString();
                    if (b.equals("--")) {
                        enter(State.COMMENT);
                    } else if (b.equals(DOCTYPE)) {
                        verdict = Verdict.DTD;
                    } else if (!DOCTYPE.startsWith(b) && !"--".startsWith(b)) {
                        verdict = Verdict.CLEAN; // e.g. <![CDATA[ before the root: not well-formed
                    }
                }
                case PI -> {
                    if (previous == '?' && c == '>') {
                        state = State.TEXT;
                    }
                    remember(c);
                }
                case COMMENT -> {
                    if (beforePrevious == '-' && previous == '-' && c == '>') {
                        state = State.TEXT;
                    }
                    remember(c);
                }
                default -> throw new IllegalStateException(state.name());
            }
        }

        private void enter(State next) {
            state = next;
            previous = 0;
            beforePrevious = 0;
        }

        private void remember(char c) {
            beforePrevious = previous;
            previous = c;
        }
    }
}
