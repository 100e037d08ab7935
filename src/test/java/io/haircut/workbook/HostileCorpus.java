package io.haircut.workbook;

import static io.haircut.workbook.RawXlsx.header;
import static io.haircut.workbook.RawXlsx.inline;
import static io.haircut.workbook.RawXlsx.row;
import static io.haircut.workbook.RawXlsx.sheet;

import io.haircut.workbook.cells.CellLimits;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.zip.GZIPOutputStream;
import org.apache.poi.hssf.record.crypto.Biff8EncryptionKey;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * The hostile and broken files (docs/limits-and-security.md, "Hostile and broken files"), each built by the test that uses it, with the exact message
 * haircut must give (or, for the few that must import, what the import must hold). {@code bounded}
 * cases are the large ones that {@code BoundedMemoryTest} also imports in a JVM with a 256 MB heap.
 */
public final class HostileCorpus {

    /** How a case is written. */
    interface Maker {
        Path make(Path dir) throws IOException;
    }

    /** One file, and the one-line message importing it must give. */
    record Case(String file, Maker maker, String password, String expected, boolean bounded) {
        @Override
        public String toString() {
            return file;
        }
    }

    private static final String DTD_REFUSED = " declares a DTD (<!DOCTYPE>); workbooks never do, and a DTD can make an"
            + " XML reader fetch other files or expand entities without end";
    private static final String DAMAGED_ZIP = ": the workbook is damaged: its zip directory is missing or unreadable, as when"
            + " a download is cut short; get a fresh copy of the file";
    private static final String XXE = "<!DOCTYPE worksheet [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>";
    public static final String CELL_TOO_LONG = ": the cell holds more than 32,767 characters, the most an Excel cell can hold;"
            + " the file was not written by Excel or is damaged";

    private HostileCorpus() {
    }

    static List<Case> all() {
        List<Case> c = new ArrayList<>();

        // Zip bombs and crafted zip directories.
        c.add(refused("bomb.xlsx", dir -> RawXlsx.valid().put(RawXlsx.SHEET, sheetWithPadding(20 << 20)).write(dir.resolve("bomb.xlsx")),
                "bomb.xlsx: refused: the part xl/worksheets/sheet1.xml expands more than 100-fold when decompressed;"
                        + " real workbooks compress 5 to 20 times, so this looks like a zip bomb"));
        c.add(refused("styles-claims-40-mib.xlsx", dir -> {
            // The zip directory states 40 MiB for styles.xml (the limit is 16 MiB): refused before a byte is decompressed.
            byte[] zip = RawXlsx.valid().put("xl/styles.xml", "<styleSheet xmlns=\"" + RawXlsx.MAIN + "\"/>").bytes();
            ZipBytes.putInt32(zip, ZipBytes.central(zip, "xl/styles.xml") + ZipBytes.CENTRAL_SIZE, 40L << 20);
            return Files.write(dir.resolve("styles-claims-40-mib.xlsx"), zip);
        }, "styles-claims-40-mib.xlsx: refused: the part xl/styles.xml is larger than 16 MiB decompressed, haircut's"
                + " limit for a part other than a sheet or the shared strings (docs/limits-and-security.md)"));
        c.add(refused("size-lie.xlsx", dir -> {
            byte[] zip = RawXlsx.valid().bytes();
            ZipBytes.putInt32(zip, ZipBytes.central(zip, RawXlsx.SHEET) + ZipBytes.CENTRAL_SIZE, 100);
            return Files.write(dir.resolve("size-lie.xlsx"), zip);
        }, "size-lie.xlsx: the workbook is damaged: the part xl/worksheets/sheet1.xml does not have the size its zip"
                + " directory states; get a fresh copy of the file"));
        c.add(refused("overlapping-parts.xlsx", dir -> {
            // A second sheet part whose directory entry points at the first one's data, as non-recursive zip bombs do.
            RawXlsx x = RawXlsx.valid().put(RawXlsx.SHEET, sheetWithRandomText(200_000)).put("xl/worksheets/sheet2.xml", "<x/>");
            byte[] zip = x.bytes();
            int first = ZipBytes.central(zip, RawXlsx.SHEET);
            int second = ZipBytes.central(zip, "xl/worksheets/sheet2.xml");
            for (int field : new int[] {ZipBytes.CENTRAL_CRC, ZipBytes.CENTRAL_COMPRESSED_SIZE, ZipBytes.CENTRAL_SIZE,
                    ZipBytes.CENTRAL_LOCAL_OFFSET}) {
                ZipBytes.putInt32(zip, second + field, ZipBytes.int32(zip, first + field) & 0xFFFFFFFFL);
            }
            return Files.write(dir.resolve("overlapping-parts.xlsx"), zip);
        }, "overlapping-parts.xlsx: refused: the workbook's parts overlap in the file (their compressed sizes add up to"
                + " more than the file), a trick of crafted zip bombs"));
        c.add(refused("ten-thousand-and-one-parts.xlsx", dir -> {
            RawXlsx x = RawXlsx.valid();
            for (int i = 0; i < 10_001 - 6; i++) {
                x.put(new RawXlsx.Part("xl/media/image" + i + ".png", new byte[] {1}, true));
            }
            return x.write(dir.resolve("ten-thousand-and-one-parts.xlsx"));
        }, "ten-thousand-and-one-parts.xlsx: refused: the workbook has 10,001 parts; haircut reads at most 10,000"
                + " (a workbook of 200 sheets with charts has about 1,500)"));
        c.add(refused("duplicate-part.xlsx", dir -> {
            byte[] zip = RawXlsx.valid().put("xl/worksheets/sheet9.xml", sheet(header())).bytes();
            ZipBytes.rename(zip, "xl/worksheets/sheet9.xml", RawXlsx.SHEET);
            return Files.write(dir.resolve("duplicate-part.xlsx"), zip);
        }, "duplicate-part.xlsx: the workbook is damaged: it holds two parts named xl/worksheets/sheet1.xml; get a fresh"
                + " copy of the file"));

        // Damaged downloads.
        c.add(refused("truncated-half.xlsx", dir -> {
            byte[] zip = RawXlsx.valid().bytes();
            return Files.write(dir.resolve("truncated-half.xlsx"), java.util.Arrays.copyOf(zip, zip.length / 2));
        }, "truncated-half.xlsx" + DAMAGED_ZIP));
        c.add(refused("truncated-end.xlsx", dir -> {
            byte[] zip = RawXlsx.valid().bytes();
            return Files.write(dir.resolve("truncated-end.xlsx"), java.util.Arrays.copyOf(zip, zip.length - 10));
        }, "truncated-end.xlsx" + DAMAGED_ZIP));
        c.add(refused("flipped-bit.xlsx", dir -> {
            // A stored (uncompressed) sheet with one bit flipped: it still decompresses, but not to its checksum.
            RawXlsx x = RawXlsx.valid();
            byte[] sheet = sheet(header(), row(2, "2025-01-15", "Globex", "direct", "cash", "100.00")).getBytes(StandardCharsets.UTF_8);
            byte[] zip = x.put(new RawXlsx.Part(RawXlsx.SHEET, sheet, true)).bytes();
            zip[ZipBytes.data(zip, RawXlsx.SHEET) + 200] ^= 0x02;
            return Files.write(dir.resolve("flipped-bit.xlsx"), zip);
        }, "flipped-bit.xlsx: the workbook is damaged: the part xl/worksheets/sheet1.xml fails its CRC-32 checksum; get a"
                + " fresh copy of the file"));
        c.add(refused("bad-deflate.xlsx", dir -> {
            byte[] zip = RawXlsx.valid().bytes();
            zip[ZipBytes.data(zip, RawXlsx.SHEET)] = (byte) 0xFF; // a final block of the reserved type 3 (RFC 1951, 3.2.3)
            return Files.write(dir.resolve("bad-deflate.xlsx"), zip);
        }, "bad-deflate.xlsx: the workbook is damaged: the part xl/worksheets/sheet1.xml cannot be decompressed; get a"
                + " fresh copy of the file"));

        c.add(refused("not-utf8.xlsx", dir -> {
            byte[] sheet = sheet(header(), row(2, "2025-01-15", "Caf\u00e9", "direct", "cash", "1")).getBytes(StandardCharsets.ISO_8859_1);
            return RawXlsx.valid().put(new RawXlsx.Part(RawXlsx.SHEET, sheet, false)).write(dir.resolve("not-utf8.xlsx"));
        }, "not-utf8.xlsx: the workbook is damaged: the part xl/worksheets/sheet1.xml is not valid UTF-8 text; get a fresh"
                + " copy of the file"));

        // XML external entities and entity expansion: refused before any parser reads the part.
        c.add(refused("xxe-sheet.xlsx", dir -> RawXlsx.valid().put(RawXlsx.SHEET, sheet(header(),
                        row(2, "2025-01-15", "&xxe;", "direct", "cash", "1")).replace("?>\n", "?>\n" + XXE))
                .write(dir.resolve("xxe-sheet.xlsx")),
                "xxe-sheet.xlsx: refused: the part xl/worksheets/sheet1.xml" + DTD_REFUSED));
        c.add(refused("xxe-shared-strings.xlsx", dir -> RawXlsx.valid().put(RawXlsx.SHARED_STRINGS,
                        RawXlsx.sharedStrings("&xxe;").replace("?>\n", "?>\n" + XXE.replace("worksheet", "sst")))
                .write(dir.resolve("xxe-shared-strings.xlsx")),
                "xxe-shared-strings.xlsx: refused: the part xl/sharedStrings.xml" + DTD_REFUSED));
        c.add(refused("billion-laughs.xlsx", dir -> RawXlsx.valid().put("xl/workbook.xml", RawXlsx.WORKBOOK.replace("?>\n",
                        "?>\n<!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">"
                                + "<!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">]>"))
                .write(dir.resolve("billion-laughs.xlsx")),
                "billion-laughs.xlsx: refused: the part xl/workbook.xml" + DTD_REFUSED));
        c.add(refused("xxe-relationships.xlsx", dir -> RawXlsx.valid().put("_rels/.rels", RawXlsx.PACKAGE_RELS.replace("?>\n",
                        "?>\n<!DOCTYPE r [<!ENTITY x SYSTEM \"http://example.invalid/\">]>"))
                .write(dir.resolve("xxe-relationships.xlsx")),
                "xxe-relationships.xlsx: refused: the part _rels/.rels" + DTD_REFUSED));
        c.add(refused("xxe-after-comment.xlsx", dir -> RawXlsx.valid().put(RawXlsx.SHEET, sheet(header())
                        .replace("?>\n", "?>\n<!-- a comment with <!DOCTYPE in it --><?pi data?>\n" + XXE))
                .write(dir.resolve("xxe-after-comment.xlsx")),
                "xxe-after-comment.xlsx: refused: the part xl/worksheets/sheet1.xml" + DTD_REFUSED));
        c.add(refused("xxe-utf16.xlsx", dir -> {
            String xml = "\uFEFF" + sheet(header()).replace("UTF-8", "UTF-16").replace("?>\n", "?>\n" + XXE);
            return RawXlsx.valid().put(new RawXlsx.Part(RawXlsx.SHEET, xml.getBytes(StandardCharsets.UTF_16LE), false))
                    .write(dir.resolve("xxe-utf16.xlsx"));
        }, "xxe-utf16.xlsx: refused: the part xl/worksheets/sheet1.xml" + DTD_REFUSED));

        // Password-protected workbooks.
        c.add(refused("locked.xlsx", dir -> Files.write(dir.resolve("locked.xlsx"), encrypt(RawXlsx.valid().bytes(), "s3cret", EncryptionMode.agile)),
                "locked.xlsx: this workbook is password protected; add --password PASSWORD to open it"));
        c.add(new Case("locked-wrong-password.xlsx", dir -> Files.write(dir.resolve("locked-wrong-password.xlsx"),
                encrypt(RawXlsx.valid().bytes(), "s3cret", EncryptionMode.agile)), "guess",
                "locked-wrong-password.xlsx: the password is not right for this workbook", false));
        c.add(new Case("plain-with-password.xlsx", dir -> RawXlsx.valid().write(dir.resolve("plain-with-password.xlsx")), "s3cret",
                "plain-with-password.xlsx: this file is not password protected; import it without --password", false));
        c.add(new Case("locked-word-document.xlsx", dir -> Files.write(dir.resolve("locked-word-document.xlsx"),
                encrypt(docx(), "s3cret", EncryptionMode.standard)), "s3cret",
                "locked-word-document.xlsx: the password opened it, but it is not an Excel workbook inside (it is a Word"
                        + " document (.docx))", false));
        c.add(refused("locked.xls", dir -> Files.write(dir.resolve("locked.xls"), xls("s3cret")),
                "locked.xls: this is a password-protected Excel 97-2003 workbook (.xls), which haircut does not read; in"
                        + " Excel, save it as Excel Workbook (.xlsx) and import that with --password"));
        c.add(refused("locked-damaged.xlsx", dir -> {
            byte[] locked = encrypt(RawXlsx.valid().bytes(), "s3cret", EncryptionMode.agile);
            return Files.write(dir.resolve("locked-damaged.xlsx"), java.util.Arrays.copyOf(locked, locked.length - 2000));
        }, "locked-damaged.xlsx: not an .xlsx workbook: this is a damaged Office 97-2003 document; get a fresh copy of the file"));

        // Files named .xlsx that are something else, and other formats named as what they are.
        c.add(refused("binary.xlsx", dir -> write(dir, "binary.xlsx", xlsb()),
                "binary.xlsx: not an .xlsx workbook: this is an Excel binary workbook (.xlsb); open it in Excel and save it"
                        + " as Excel Workbook (.xlsx)"));
        c.add(refused("book.xlsb", dir -> write(dir, "book.xlsb", xlsb()),
                "book.xlsb: this is an Excel binary workbook (.xlsb), which haircut does not read; open it in Excel and save"
                        + " it as Excel Workbook (.xlsx)"));
        c.add(refused("calc.xlsx", dir -> write(dir, "calc.xlsx", ods()),
                "calc.xlsx: not an .xlsx workbook: this is an OpenDocument spreadsheet (.ods); open it in LibreOffice Calc"
                        + " or Excel and save it as Excel Workbook (.xlsx)"));
        c.add(refused("calc.ods", dir -> write(dir, "calc.ods", ods()),
                "calc.ods: this is an OpenDocument spreadsheet (.ods), which haircut does not read; open it in LibreOffice"
                        + " Calc or Excel and save it as Excel Workbook (.xlsx)"));
        c.add(refused("apple.xlsx", dir -> write(dir, "apple.xlsx", numbers()),
                "apple.xlsx: not an .xlsx workbook: this is an Apple Numbers document (.numbers); in Numbers, choose File >"
                        + " Export To > Excel"));
        c.add(refused("apple.numbers", dir -> write(dir, "apple.numbers", numbers()),
                "apple.numbers: this is an Apple Numbers document (.numbers), which haircut does not read; in Numbers,"
                        + " choose File > Export To > Excel"));
        c.add(refused("memo.xlsx", dir -> write(dir, "memo.xlsx", docx()),
                "memo.xlsx: not an .xlsx workbook: this is a Word document (.docx); ask the company for the spreadsheet itself"));
        c.add(refused("archive.xlsx", dir -> write(dir, "archive.xlsx", RawXlsx.zip(List.of(
                        new RawXlsx.Part("Revenue.csv", "Date,Customer,Channel,Settlement,Amount\n")))),
                "archive.xlsx: not an .xlsx workbook: this is a zip archive; unzip it and import the workbook, or the folder"
                        + " of CSV files, inside"));
        c.add(refused("report.xlsx", dir -> write(dir, "report.xlsx", "%PDF-1.7\n%\u00e2\u00e3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n"
                        .getBytes(StandardCharsets.ISO_8859_1)),
                "report.xlsx: not an .xlsx workbook: this is a PDF document; ask the company for the spreadsheet it was made from"));
        c.add(refused("chart.xlsx", dir -> write(dir, "chart.xlsx", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13}),
                "chart.xlsx: not an .xlsx workbook: this is a PNG image; ask the company for the spreadsheet itself"));
        c.add(refused("photo.xlsx", dir -> write(dir, "photo.xlsx", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F'}),
                "photo.xlsx: not an .xlsx workbook: this is a JPEG image; ask the company for the spreadsheet itself"));
        c.add(refused("export.xlsx", dir -> write(dir, "export.xlsx", ("<html><body><table><tr><td>Date</td><td>Amount</td></tr>"
                        + "</table></body></html>").getBytes(StandardCharsets.UTF_8)),
                "export.xlsx: not an .xlsx workbook: this is an HTML page; some systems export web pages named .xls or .xlsx:"
                        + " open it in Excel and save it as Excel Workbook (.xlsx)"));
        c.add(refused("spreadsheet-2003.xlsx", dir -> write(dir, "spreadsheet-2003.xlsx", ("<?xml version=\"1.0\"?>\n<Workbook xmlns="
                        + "\"urn:schemas-microsoft-com:office:spreadsheet\"><Worksheet ss:Name=\"Revenue\"/></Workbook>")
                        .getBytes(StandardCharsets.UTF_8)),
                "spreadsheet-2003.xlsx: not an .xlsx workbook: this is an XML Spreadsheet 2003 file; open it in Excel and save"
                        + " it as Excel Workbook (.xlsx)"));
        c.add(refused("old.xlsx", dir -> write(dir, "old.xlsx", xls(null)),
                "old.xlsx: not an .xlsx workbook: this is an Excel 97-2003 workbook (.xls); open it in Excel and save it as"
                        + " Excel Workbook (.xlsx)"));
        c.add(refused("letter.xls", dir -> write(dir, "letter.xls", wordDocument()),
                "letter.xls: this is an Office 97-2003 document that is not a workbook, which haircut does not read; ask the"
                        + " company for the spreadsheet itself"));
        c.add(refused("ledger.xlsx.gz-renamed.xlsx", dir -> write(dir, "ledger.xlsx.gz-renamed.xlsx", gzip(RawXlsx.valid().bytes())),
                "ledger.xlsx.gz-renamed.xlsx: not an .xlsx workbook: this is a gzip archive; unpack it and import the file inside"));
        c.add(refused("text.xlsx", dir -> write(dir, "text.xlsx", "Date,Customer,Channel,Settlement,Amount\n".getBytes(StandardCharsets.UTF_8)),
                "text.xlsx: not an .xlsx workbook: this is text; if it is CSV, rename it to .csv"));
        c.add(refused("empty.xlsx", dir -> write(dir, "empty.xlsx", new byte[0]),
                "empty.xlsx: the file is empty (0 bytes); get a fresh copy of the file"));
        c.add(refused("workbook.csv", dir -> write(dir, "workbook.csv", RawXlsx.valid().bytes()),
                "workbook.csv: not CSV text: this is an Excel workbook (.xlsx); rename it to .xlsx"));
        c.add(refused("empty.csv", dir -> write(dir, "empty.csv", new byte[0]),
                "empty.csv: the file is empty (0 bytes); get a fresh copy of the file"));
        c.add(refused("package.numbers", dir -> {
            Path bundle = Files.createDirectories(dir.resolve("package.numbers").resolve("Index"));
            Files.write(bundle.resolve("Document.iwa"), new byte[] {0});
            return bundle.getParent();
        }, "{dir}/package.numbers: this is an Apple Numbers document (.numbers), which haircut does not read; in Numbers, choose"
                + " File > Export To > Excel"));

        // Sheets whose XML a reader cannot follow.
        c.add(refused("unclosed-element.xlsx", dir -> RawXlsx.valid().put(RawXlsx.SHEET, sheet(header(),
                        "<row r=\"2\">\n<c r=\"A2\"><v>1</v>\n</row>")).write(dir.resolve("unclosed-element.xlsx")),
                "unclosed-element.xlsx!Revenue: the sheet's XML is damaged at line 4, column 7; get a fresh copy of the file,"
                        + " or open it in Excel and save it again"));
        c.add(refused("missing-shared-string.xlsx", dir -> RawXlsx.valid().put(RawXlsx.SHEET, sheet(header(),
                        "<row r=\"2\">" + RawXlsx.shared("B2", 7) + "</row>")).write(dir.resolve("missing-shared-string.xlsx")),
                "missing-shared-string.xlsx!Revenue: a cell refers to a shared string or a style that the workbook does not"
                        + " have; the file is damaged: get a fresh copy of the file, or open it in Excel and save it again"));
        c.add(refused("beyond-column-xfd.xlsx", dir -> RawXlsx.valid().put(RawXlsx.SHEET, sheet(header(),
                        "<row r=\"2\">" + inline("XFE2", "x") + "</row>")).write(dir.resolve("beyond-column-xfd.xlsx")),
                "beyond-column-xfd.xlsx!Revenue: malformed cell reference in the sheet XML ('XFE2' is beyond Excel's last"
                        + " column, XFD)"));
        c.add(refused("row-zero.xlsx", dir -> RawXlsx.valid().put(RawXlsx.SHEET, sheet("<row r=\"0\"/>", header()))
                        .write(dir.resolve("row-zero.xlsx")),
                "row-zero.xlsx!Revenue: malformed cell reference in the sheet XML (row 0 is outside Excel's rows 1..1048576)"));
        c.add(refused("row-beyond-last.xlsx", dir -> RawXlsx.valid().put(RawXlsx.SHEET, sheet(header(), "<row r=\"1048577\"/>"))
                        .write(dir.resolve("row-beyond-last.xlsx")),
                "row-beyond-last.xlsx!Revenue: malformed cell reference in the sheet XML (row 1048577 is outside Excel's rows"
                        + " 1..1048576)"));

        // Large and endless inputs: each ends in a clear error or a correct import, within a 256 MB heap.
        c.add(bounded("ten-mb-inline-cell.xlsx", dir -> RawXlsx.valid().put(RawXlsx.SHEET, sheet(header(),
                        row(2, "2025-01-15", randomText(10 << 20), "direct", "cash", "1"))).write(dir.resolve("ten-mb-inline-cell.xlsx")),
                "ten-mb-inline-cell.xlsx!Revenue!B2" + CELL_TOO_LONG));
        c.add(bounded("ten-mb-shared-cell.xlsx", dir -> RawXlsx.valid()
                        .put(RawXlsx.SHARED_STRINGS, RawXlsx.sharedStrings(randomText(10 << 20)))
                        .put(RawXlsx.SHEET, sheet(header(), "<row r=\"2\">" + inline("A2", "2025-01-15") + RawXlsx.shared("B2", 0) + "</row>"))
                        .write(dir.resolve("ten-mb-shared-cell.xlsx")),
                "ten-mb-shared-cell.xlsx!Revenue!B2" + CELL_TOO_LONG));
        c.add(bounded("million-rows.xlsx", HostileCorpus::millionRows,
                "imported 5 revenue entries, total 15.00, last at million-rows.xlsx!Revenue!E1048576"));
        c.add(bounded("every-column.xlsx", HostileCorpus::everyColumn,
                "imported 5 revenue entries, total 15.00, last at every-column.xlsx!Revenue!E6, each with 16,379 extra fields"));
        c.add(bounded("unclosed-quote-50mb.csv", dir -> writeCsv(dir.resolve("unclosed-quote-50mb.csv"),
                        "Date,Customer,Channel,Settlement,Amount\n2025-01-15,\"Globex", 'x', 50 << 20),
                "unclosed-quote-50mb.csv: line 2, field 2: a quoted field runs past 32,767 characters, the most a spreadsheet"
                        + " cell holds; is its closing quote missing? (a quote inside a quoted field is written twice: \"\")"));
        c.add(bounded("endless-line-50mb.csv", dir -> writeCsv(dir.resolve("endless-line-50mb.csv"),
                        "Date,Customer,Channel,Settlement,Amount\n", ',', 50 << 20),
                "endless-line-50mb.csv: line 2: the record runs past 1,048,576 characters without ending; expected one record"
                        + " per line"));
        c.add(refused("unclosed-quote.csv", dir -> write(dir, "unclosed-quote.csv", ("Date,Customer,Channel,Settlement,Amount\n"
                        + "2025-01-15,Globex,direct,cash,100\n2025-01-16,Initech,api,cash,\"250\n").getBytes(StandardCharsets.UTF_8)),
                "unclosed-quote.csv: line 3, field 5: the quote that opens the field is never closed; close it (a quote inside"
                        + " a quoted field is written twice: \"\")"));
        c.add(refused("long-field.csv", dir -> write(dir, "long-field.csv", ("Date,Customer,Channel,Settlement,Amount\n2025-01-15,"
                        + "x".repeat(40_000) + ",direct,cash,1\n").getBytes(StandardCharsets.UTF_8)),
                "long-field.csv: line 2, field 2: the field has more than 32,767 characters, the most a spreadsheet cell holds"));

        // Parts whose names differ only in case, and a program under a text extension.
        c.add(refused("case-twins.xlsx", dir -> RawXlsx.valid().put(new RawXlsx.Part("XL/Worksheets/Sheet1.xml", sheet(header())))
                        .write(dir.resolve("case-twins.xlsx")),
                "case-twins.xlsx: the workbook is damaged: it holds two parts whose names differ only in case"
                        + " (xl/worksheets/sheet1.xml and XL/Worksheets/Sheet1.xml), which a workbook cannot hold; get a fresh"
                        + " copy of the file"));
        c.add(refused("program.csv", dir -> {
            byte[] elf = new byte[4096];
            new Random(7).nextBytes(elf);
            System.arraycopy(new byte[] {0x7F, 'E', 'L', 'F', 2, 1, 1, 0}, 0, elf, 0, 8);
            return write(dir, "program.csv", elf);
        }, "program.csv: not a text file: it holds binary data; ask the company for the CSV export or the workbook itself"));
        return c;
    }

    private static Case refused(String file, Maker maker, String expected) {
        return new Case(file, maker, null, expected, false);
    }

    private static Case bounded(String file, Maker maker, String expected) {
        return new Case(file, maker, null, expected, true);
    }

    private static Path write(Path dir, String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }

    /** A sheet with {@code spaces} blanks between its rows: XML that compresses about 1,000-fold. */
    private static String sheetWithPadding(int spaces) {
        return sheet(header(), " ".repeat(spaces));
    }

    /** A sheet with a cell of random letters, which compress about 1.6-fold. */
    private static String sheetWithRandomText(int length) {
        return sheet(header(), row(2, "2025-01-15", randomText(length), "direct", "cash", "1"));
    }

    public static String randomText(int length) {
        Random random = new Random(9);
        char[] text = new char[length];
        for (int i = 0; i < length; i++) {
            text[i] = (char) ('a' + random.nextInt(26));
        }
        return new String(text);
    }

    /** 1,048,576 rows, Excel's last row included, of which the header and five entries hold cells. */
    static Path millionRows(Path dir) throws IOException {
        int[] dataRows = {2, 3, 524_288, 1_048_575, 1_048_576};
        return RawXlsx.valid().writeStreaming(dir.resolve("million-rows.xlsx"), RawXlsx.SHEET, out -> {
            Writer w = new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8);
            w.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<worksheet xmlns=\"" + RawXlsx.MAIN + "\"><sheetData>");
            w.write(header());
            int next = 0;
            for (int r = 2; r <= 1_048_576; r++) {
                if (next < dataRows.length && dataRows[next] == r) {
                    next++;
                    w.write(row(r, "2025-01-15", "Customer " + next, "direct", "cash", next + ".00")); // amounts 1..5
                } else {
                    w.write("<row r=\"" + r + "\"/>");
                }
            }
            w.write("</sheetData></worksheet>");
            w.flush();
        });
    }

    /** A header in all 16,384 columns, A to XFD, and five rows that fill every one. */
    static Path everyColumn(Path dir) throws IOException {
        return RawXlsx.valid().writeStreaming(dir.resolve("every-column.xlsx"), RawXlsx.SHEET, out -> {
            Writer w = new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8);
            w.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<worksheet xmlns=\"" + RawXlsx.MAIN + "\"><sheetData>");
            StringBuilder head = new StringBuilder(header());
            head.setLength(head.length() - "</row>".length());
            for (int c = 5; c < CellLimits.MAX_COLUMNS; c++) {
                head.append(inline(io.haircut.ledger.SourceRef.columnLetters(c) + "1", "Extra " + (c + 1)));
            }
            w.write(head.append("</row>").toString());
            for (int r = 2; r <= 6; r++) {
                StringBuilder row = new StringBuilder(row(r, "2025-01-15", "Customer " + r, "direct", "cash", (r - 1) + ".00"));
                row.setLength(row.length() - "</row>".length());
                for (int c = 5; c < CellLimits.MAX_COLUMNS; c++) {
                    row.append(RawXlsx.number(io.haircut.ledger.SourceRef.columnLetters(c) + r, Integer.toString(c)));
                }
                w.write(row.append("</row>").toString());
            }
            w.write("</sheetData></worksheet>");
            w.flush();
        });
    }

    private static Path writeCsv(Path file, String start, char fill, int count) throws IOException {
        try (OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            out.write(start.getBytes(StandardCharsets.UTF_8));
            byte[] chunk = new byte[1 << 16];
            java.util.Arrays.fill(chunk, (byte) fill);
            for (int written = 0; written < count; written += chunk.length) {
                out.write(chunk);
            }
        }
        return file;
    }

    public static byte[] encrypt(byte[] plainPackage, String password, EncryptionMode mode) throws IOException {
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            Encryptor encryptor = new EncryptionInfo(mode).getEncryptor();
            encryptor.confirmPassword(password);
            try (OutputStream out = encryptor.getDataStream(fs)) {
                out.write(plainPackage);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            fs.writeFilesystem(out);
            return out.toByteArray();
        } catch (java.security.GeneralSecurityException e) {
            throw new IOException(e);
        }
    }

    /** A real .xls workbook from POI's HSSF writer, encrypted with RC4 CryptoAPI when a password is given. */
    static byte[] xls(String password) throws IOException {
        Biff8EncryptionKey.setCurrentUserPassword(password);
        try (HSSFWorkbook wb = new HSSFWorkbook()) {
            wb.createSheet("Revenue").createRow(0).createCell(0).setCellValue("Date");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            return out.toByteArray();
        } finally {
            Biff8EncryptionKey.setCurrentUserPassword(null);
        }
    }

    private static byte[] wordDocument() throws IOException {
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            fs.createDocument(new ByteArrayInputStream(new byte[4096]), "WordDocument");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            fs.writeFilesystem(out);
            return out.toByteArray();
        }
    }

    private static byte[] xlsb() {
        return RawXlsx.zip(List.of(new RawXlsx.Part("[Content_Types].xml", RawXlsx.CONTENT_TYPES),
                new RawXlsx.Part("_rels/.rels", RawXlsx.PACKAGE_RELS.replace("workbook.xml", "workbook.bin")),
                new RawXlsx.Part("xl/workbook.bin", new byte[] {(byte) 0x83, 1, 0}, false),
                new RawXlsx.Part("xl/worksheets/sheet1.bin", new byte[] {(byte) 0x81, 1, 0}, false)));
    }

    private static byte[] ods() {
        return RawXlsx.zip(List.of(
                new RawXlsx.Part("mimetype", "application/vnd.oasis.opendocument.spreadsheet".getBytes(StandardCharsets.US_ASCII), true),
                new RawXlsx.Part("content.xml", "<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\"/>"),
                new RawXlsx.Part("META-INF/manifest.xml", "<manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\"/>")));
    }

    private static byte[] numbers() {
        return RawXlsx.zip(List.of(new RawXlsx.Part("Index/Document.iwa", new byte[] {0, 1, 2}, false),
                new RawXlsx.Part("Index/Tables/DataList.iwa", new byte[] {0, 1, 2}, false),
                new RawXlsx.Part("Metadata/Properties.plist", "<plist/>")));
    }

    static byte[] docx() {
        return RawXlsx.zip(List.of(new RawXlsx.Part("[Content_Types].xml", RawXlsx.CONTENT_TYPES),
                new RawXlsx.Part("_rels/.rels", RawXlsx.PACKAGE_RELS.replace("xl/workbook.xml", "word/document.xml")),
                new RawXlsx.Part("word/document.xml", "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"/>")));
    }

    private static byte[] gzip(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
