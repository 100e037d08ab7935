package io.haircut.workbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes .xlsx files part by part, by hand, so tests can build exactly the broken or hostile workbook
 * they need (a DTD in one part, a million empty rows, a lying zip directory) in milliseconds. The
 * default parts make a one-sheet workbook named "Revenue"; cells are inline strings and plain numbers,
 * so no styles are needed (dates are ISO text, which the importer reads).
 */
public final class RawXlsx {

    public static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    static final String RELS = "http://schemas.openxmlformats.org/package/2006/relationships";
    static final String DOC_RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    static final String CONTENT_TYPES = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
            + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
            + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
            + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
            + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
            + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
            + "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>"
            + "</Types>";

    static final String PACKAGE_RELS = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Relationships xmlns=\"" + RELS + "\">"
            + "<Relationship Id=\"rId1\" Type=\"" + DOC_RELS + "/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>";

    public static final String WORKBOOK = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<workbook xmlns=\"" + MAIN + "\" xmlns:r=\"" + DOC_RELS
            + "\"><sheets><sheet name=\"Revenue\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>";

    public static final String WORKBOOK_RELS = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Relationships xmlns=\"" + RELS + "\">"
            + "<Relationship Id=\"rId1\" Type=\"" + DOC_RELS + "/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
            + "<Relationship Id=\"rId2\" Type=\"" + DOC_RELS + "/sharedStrings\" Target=\"sharedStrings.xml\"/></Relationships>";

    public static final String SHEET = "xl/worksheets/sheet1.xml";
    public static final String SHARED_STRINGS = "xl/sharedStrings.xml";

    /** A part: its name, its bytes, and whether it is stored rather than deflated. */
    public record Part(String name, byte[] data, boolean stored) {
        Part(String name, String xml) {
            this(name, xml.getBytes(StandardCharsets.UTF_8), false);
        }
    }

    private final Map<String, Part> parts = new LinkedHashMap<>();

    /** The one-sheet workbook with this sheet XML and no shared strings. */
    public static RawXlsx withSheet(String sheetXml) {
        RawXlsx x = new RawXlsx();
        x.put(new Part("[Content_Types].xml", CONTENT_TYPES));
        x.put(new Part("_rels/.rels", PACKAGE_RELS));
        x.put(new Part("xl/workbook.xml", WORKBOOK));
        x.put(new Part("xl/_rels/workbook.xml.rels", WORKBOOK_RELS));
        x.put(new Part(SHARED_STRINGS, sharedStrings()));
        x.put(new Part(SHEET, sheetXml));
        return x;
    }

    /** A valid revenue sheet of two entries: 100.00 from Globex and 250.50 from Initech. */
    public static RawXlsx valid() {
        return withSheet(sheet(header(), row(2, "2025-01-15", "Globex", "direct", "cash", "100.00"),
                row(3, "2025-02-15", "Initech", "api", "cloud-credit", "250.50")));
    }

    public RawXlsx put(Part part) {
        parts.put(part.name(), part);
        return this;
    }

    public RawXlsx put(String name, String xml) {
        return put(new Part(name, xml));
    }

    public RawXlsx remove(String name) {
        parts.remove(name);
        return this;
    }

    public byte[] bytes() {
        return zip(new ArrayList<>(parts.values()));
    }

    public Path write(Path file) throws IOException {
        return Files.write(file, bytes());
    }

    public static byte[] zip(List<Part> parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Part p : parts) {
                ZipEntry e = new ZipEntry(p.name());
                if (p.stored()) {
                    e.setMethod(ZipEntry.STORED);
                    e.setSize(p.data().length);
                    CRC32 crc = new CRC32();
                    crc.update(p.data());
                    e.setCrc(crc.getValue());
                }
                zip.putNextEntry(e);
                zip.write(p.data());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    public static String sheet(String... rows) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<worksheet xmlns=\"" + MAIN + "\"><sheetData>"
                + String.join("", rows) + "</sheetData></worksheet>";
    }

    public static String sharedStrings(String... strings) {
        StringBuilder s = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<sst xmlns=\"" + MAIN + "\" count=\""
                + strings.length + "\" uniqueCount=\"" + strings.length + "\">");
        for (String t : strings) {
            s.append("<si><t>").append(t).append("</t></si>");
        }
        return s.append("</sst>").toString();
    }

    public static String header() {
        return row(1, "Date", "Customer", "Channel", "Settlement", "Amount");
    }

    /** A row of cells from column A; values that look like numbers become number cells, others inline strings. */
    public static String row(int r, String... values) {
        StringBuilder s = new StringBuilder("<row r=\"" + r + "\">");
        for (int c = 0; c < values.length; c++) {
            String ref = io.haircut.ledger.SourceRef.columnLetters(c) + r;
            String v = values[c];
            s.append(v.matches("-?\\d+(\\.\\d+)?") ? number(ref, v) : inline(ref, v));
        }
        return s.append("</row>").toString();
    }

    public static String inline(String ref, String text) {
        return "<c r=\"" + ref + "\" t=\"inlineStr\"><is><t>" + text + "</t></is></c>";
    }

    public static String number(String ref, String value) {
        return "<c r=\"" + ref + "\"><v>" + value + "</v></c>";
    }

    public static String shared(String ref, int index) {
        return "<c r=\"" + ref + "\" t=\"s\"><v>" + index + "</v></c>";
    }

    /** Streams a large part straight into a zip file, for sheets too big to build as one string. */
    interface PartWriter {
        public void write(OutputStream out) throws IOException;
    }

    /** This workbook with one part written by {@code writer} instead of held in memory. */
    public Path writeStreaming(Path file, String name, PartWriter writer) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            for (Part p : parts.values()) {
                if (p.name().equals(name)) {
                    continue;
                }
                zip.putNextEntry(new ZipEntry(p.name()));
                zip.write(p.data());
                zip.closeEntry();
            }
            zip.putNextEntry(new ZipEntry(name));
            writer.write(zip);
            zip.closeEntry();
        }
        return file;
    }
}
