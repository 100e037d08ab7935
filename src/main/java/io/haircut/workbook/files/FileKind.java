package io.haircut.workbook.files;

import io.haircut.Causes;
import io.haircut.workbook.ImportException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.DocumentInputStream;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * What a file really is, told from its first bytes and, for zip and OLE2 containers, the names of the
 * parts inside, whatever its name says. Data rooms hold .xlsb and .ods files, Numbers documents, PDFs
 * and web pages renamed .xlsx; {@link #check} names them as what they are and says how to get a
 * workbook haircut reads, before any reader sees them.
 */
public enum FileKind {
    XLSX("an Excel workbook (.xlsx)", "rename it to .xlsx"),
    XLSB("an Excel binary workbook (.xlsb)", "open it in Excel and save it as Excel Workbook (.xlsx)"),
    ODS("an OpenDocument spreadsheet (.ods)", "open it in LibreOffice Calc or Excel and save it as Excel Workbook (.xlsx)"),
    OPENDOCUMENT("an OpenDocument file that is not a spreadsheet", "ask the company for the spreadsheet itself"),
    NUMBERS("an Apple Numbers document (.numbers)", "in Numbers, choose File > Export To > Excel"),
    DOCX("a Word document (.docx)", "ask the company for the spreadsheet itself"),
    PPTX("a PowerPoint presentation (.pptx)", "ask the company for the spreadsheet itself"),
    ZIP("a zip archive", "unzip it and import the workbook, or the folder of CSV files, inside"),
    DAMAGED_ZIP("a damaged zip archive", "get a fresh copy of the file"),
    PROTECTED("a password-protected Office file", "if it is a workbook, name it .xlsx and import it with --password"),
    XLS("an Excel 97-2003 workbook (.xls)", "open it in Excel and save it as Excel Workbook (.xlsx)"),
    PROTECTED_XLS("a password-protected Excel 97-2003 workbook (.xls)",
            "in Excel, save it as Excel Workbook (.xlsx) and import that with --password"),
    OLE2("an Office 97-2003 document that is not a workbook", "ask the company for the spreadsheet itself"),
    DAMAGED_OLE2("a damaged Office 97-2003 document", "get a fresh copy of the file"),
    PDF("a PDF document", "ask the company for the spreadsheet it was made from"),
    PNG("a PNG image", "ask the company for the spreadsheet itself"),
    JPEG("a JPEG image", "ask the company for the spreadsheet itself"),
    GIF("a GIF image", "ask the company for the spreadsheet itself"),
    GZIP("a gzip archive", "unpack it and import the file inside"),
    SEVEN_ZIP("a 7-Zip archive", "unpack it and import the file inside"),
    RAR("a RAR archive", "unpack it and import the file inside"),
    HTML("an HTML page", "some systems export web pages named .xls or .xlsx: open it in Excel and save it as Excel Workbook (.xlsx)"),
    SPREADSHEET_XML("an XML Spreadsheet 2003 file", "open it in Excel and save it as Excel Workbook (.xlsx)"),
    XML("an XML file", "ask the company for the spreadsheet itself"),
    TEXT("text", "if it is CSV, rename it to .csv"),
    BINARY_DATA("binary data (a program, an image or some other format that is not text)",
            "ask the company for the CSV export or the workbook itself"),
    EMPTY("an empty file", "get a fresh copy of the file"),
    UNKNOWN("a file of a format haircut does not know", "ask the company for an .xlsx workbook or CSV files");

    private static final byte[] OLE2_MAGIC = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
    private static final int HEAD = 1024;
    /** Kinds that are certainly not CSV text. */
    private static final Set<FileKind> BINARY = Set.of(XLSX, XLSB, ODS, OPENDOCUMENT, NUMBERS, DOCX, PPTX, ZIP, DAMAGED_ZIP,
            PROTECTED, XLS, PROTECTED_XLS, OLE2, DAMAGED_OLE2, PDF, PNG, JPEG, GIF, GZIP, SEVEN_ZIP, RAR, BINARY_DATA);

    private final String description;
    private final String advice;

    FileKind(String description, String advice) {
        this.description = description;
        this.advice = advice;
    }

    String description() {
        return description;
    }

    /**
     * Refuses a file that is not what its name says, or that no reader of haircut's can read, with one
     * line naming what it is and what to do; checks a workbook's zip container ({@link ZipScan}). Files
     * pass that the readers decide on (a CSV file's text, a .xls workbook, extensions the importer
     * refuses by name). {@code password} is the one given with {@code --password}, or null. Returns what
     * the container check read for the workbook's reader (each sheet's merged cells), or
     * {@link ZipScan.Findings#NONE}.
     */
    public static ZipScan.Findings check(Path path, String display, String password) {
        WorkbookLimits.applyToPoi();
        String name = path.getFileName() == null ? path.toString() : path.getFileName().toString();
        String extension = extension(name);
        if (Files.isDirectory(path)) {
            if (extension.equals("numbers")) {
                throw new ImportException(display + ": this is " + NUMBERS.description + ", which haircut does not read; "
                        + NUMBERS.advice);
            }
            if (password != null) {
                throw new ImportException(display + ": a folder of CSV files has no password; import it without --password");
            }
            return ZipScan.Findings.NONE;
        }
        FileKind kind = of(path);
        boolean workbookName = extension.equals("xlsx") || extension.equals("xlsm");
        if (kind == EMPTY) {
            throw new ImportException(display + ": the file is empty (0 bytes); get a fresh copy of the file");
        }
        if (kind == PROTECTED && workbookName) {
            if (password == null && !ProtectedWorkbook.opensWithoutPassword(path, display)) {
                throw new ImportException(display + ": this workbook is password protected; add --password PASSWORD to open it");
            }
            return ZipScan.Findings.NONE; // the password is tried when the workbook is read; its decrypted copy is scanned then
        }
        if (password != null) {
            throw new ImportException(display + ": this file is not password protected; import it without --password");
        }
        if (workbookName) {
            return switch (kind) {
                case XLSX -> ZipScan.verify(path, display);
                case DAMAGED_ZIP -> throw ZipScan.damaged(display,
                        "its zip directory is missing or unreadable, as when a download is cut short");
                default -> throw new ImportException(display + ": not an ." + extension + " workbook: this is "
                        + kind.description + "; " + kind.advice);
            };
        }
        if (kind == BINARY_DATA && (extension.equals("tsv") || extension.equals("txt"))) {
            throw new ImportException(display + ": not a text file: it holds binary data; " + kind.advice);
        }
        if (extension.equals("csv")) {
            if (kind == BINARY_DATA) {
                throw new ImportException(display + ": not a text file: it holds binary data; " + kind.advice);
            }
            if (BINARY.contains(kind)) {
                throw new ImportException(display + ": not CSV text: this is " + kind.description + "; " + kind.advice);
            }
            return ZipScan.Findings.NONE;
        }
        // Another extension: the importer decides by name (and reads .xls itself when it can), except for
        // files that are plainly something haircut cannot read.
        if (kind == XLS && extension.equals("xls") || kind == TEXT || kind == UNKNOWN || kind == XML) {
            return ZipScan.Findings.NONE;
        }
        if (kind == XLSX) {
            throw new ImportException(display + ": this is " + XLSX.description + " named ." + extension + "; " + XLSX.advice);
        }
        throw new ImportException(display + ": this is " + kind.description + ", which haircut does not read; " + kind.advice);
    }

    /** The kind of a file, from its content. */
    public static FileKind of(Path file) {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(HEAD);
        } catch (IOException e) {
            throw new ImportException(file + ": cannot read the file: " + Causes.of(e));
        }
        if (head.length == 0) {
            return EMPTY;
        }
        if (isZip(head)) {
            return zipKind(file);
        }
        if (startsWith(head, OLE2_MAGIC)) {
            return ole2Kind(file);
        }
        return byHead(head);
    }

    private static FileKind byHead(byte[] head) {
        if (startsWith(head, "%PDF-".getBytes(StandardCharsets.US_ASCII))) {
            return PDF;
        }
        if (startsWith(head, new byte[] {(byte) 0x89, 'P', 'N', 'G'})) {
            return PNG;
        }
        if (startsWith(head, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF})) {
            return JPEG;
        }
        if (startsWith(head, "GIF87a".getBytes(StandardCharsets.US_ASCII)) || startsWith(head, "GIF89a".getBytes(StandardCharsets.US_ASCII))) {
            return GIF;
        }
        if (startsWith(head, new byte[] {0x1F, (byte) 0x8B})) {
            return GZIP;
        }
        if (startsWith(head, new byte[] {'7', 'z', (byte) 0xBC, (byte) 0xAF, 0x27, 0x1C})) {
            return SEVEN_ZIP;
        }
        if (startsWith(head, "Rar!".getBytes(StandardCharsets.US_ASCII))) {
            return RAR;
        }
        String text = new String(head, StandardCharsets.ISO_8859_1);
        if (text.startsWith("\u00EF\u00BB\u00BF")) {
            text = text.substring(3);
        }
        String lower = text.stripLeading().toLowerCase(Locale.ROOT);
        if (lower.startsWith("<!doctype html") || lower.startsWith("<html") || lower.startsWith("<table")
                || lower.startsWith("<?xml") && lower.contains("<html")) {
            return HTML;
        }
        if (lower.startsWith("<?xml") || lower.startsWith("<")) {
            return lower.contains("urn:schemas-microsoft-com:office:spreadsheet") ? SPREADSHEET_XML : XML;
        }
        boolean utf16 = head.length >= 2 && ((head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF
                || (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE);
        if (!utf16 && looksBinary(head)) {
            return BINARY_DATA;
        }
        for (byte b : head) {
            if (b == 0 && !utf16) {
                return UNKNOWN; // text has no NUL bytes (UTF-16 without a mark is left to the CSV reader)
            }
        }
        return TEXT;
    }

    /**
     * Programs (ELF, Mach-O, PE), and any head with NUL bytes that are not the every-other-byte NULs of
     * UTF-16 text without a mark, or with many control characters that text never holds.
     */
    private static boolean looksBinary(byte[] head) {
        if (startsWith(head, new byte[] {0x7F, 'E', 'L', 'F'}) || startsWith(head, new byte[] {'M', 'Z'}) && head.length > 64
                && head[0x3C] != 0 || (head.length >= 4 && (head[0] & 0xFF) == 0xCF && (head[1] & 0xFF) == 0xFA
                && (head[2] & 0xFF) == 0xED && (head[3] & 0xFF) == 0xFE)) {
            return true;
        }
        int nulEven = 0;
        int nulOdd = 0;
        int control = 0;
        for (int i = 0; i < head.length; i++) {
            int b = head[i] & 0xFF;
            if (b == 0) {
                if (i % 2 == 0) {
                    nulEven++;
                } else {
                    nulOdd++;
                }
            } else if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != 0x1B) {
                control++;
            }
        }
        boolean utf16WithoutMark = (nulEven == 0) != (nulOdd == 0) && nulEven + nulOdd >= head.length / 4;
        return nulEven + nulOdd > 0 && !utf16WithoutMark || control * 10 > head.length;
    }

    /** An Office Open XML package, an OpenDocument file, an iWork document, or some other zip. */
    private static FileKind zipKind(Path file) {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            ZipEntry mimetype = zip.getEntry("mimetype");
            if (mimetype != null && mimetype.getSize() < 200) {
                try (InputStream in = zip.getInputStream(mimetype)) {
                    String type = new String(in.readNBytes(200), StandardCharsets.US_ASCII).trim();
                    if (type.startsWith("application/vnd.oasis.opendocument.")) {
                        return type.equals("application/vnd.oasis.opendocument.spreadsheet") ? ODS : OPENDOCUMENT;
                    }
                }
            }
            if (zip.getEntry("xl/workbook.bin") != null) {
                return XLSB;
            }
            if (zip.getEntry("word/document.xml") != null) {
                return DOCX;
            }
            if (zip.getEntry("ppt/presentation.xml") != null) {
                return PPTX;
            }
            if (zip.getEntry("[Content_Types].xml") != null) {
                return XLSX;
            }
            boolean iwork = zip.stream().anyMatch(e -> e.getName().startsWith("Index/") && e.getName().endsWith(".iwa")
                    || e.getName().equals("Index.zip"));
            return iwork ? NUMBERS : ZIP;
        } catch (IOException e) {
            return DAMAGED_ZIP;
        }
    }

    /** A password-protected OOXML package, a .xls workbook (protected or not), or another OLE2 document. */
    private static FileKind ole2Kind(Path file) {
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
            DirectoryNode root = fs.getRoot();
            if (root.hasEntryCaseInsensitive("EncryptionInfo") && root.hasEntryCaseInsensitive("EncryptedPackage")) {
                return PROTECTED;
            }
            for (String stream : new String[] {"Workbook", "Book"}) {
                if (root.hasEntryCaseInsensitive(stream)) {
                    return biffProtected(root, stream) ? PROTECTED_XLS : XLS;
                }
            }
            return OLE2;
        } catch (IOException | RuntimeException e) {
            // POIFS reports a damaged container with a variety of runtime exceptions; all mean the same here.
            return DAMAGED_OLE2;
        }
    }

    /** Whether the BIFF stream's record after BOF is FILEPASS (0x002F): the workbook is encrypted. */
    private static boolean biffProtected(DirectoryNode root, String stream) throws IOException {
        try (DocumentInputStream in = root.createDocumentInputStream(root.getEntryCaseInsensitive(stream))) {
            if (in.available() < 8) {
                return false;
            }
            in.readUShort(); // BOF
            int length = in.readUShort();
            if (in.available() < length + 2) {
                return false;
            }
            in.skipNBytes(length);
            return in.readUShort() == 0x002F;
        }
    }

    /** A zip's first record: a local file header (PK 3 4), an empty archive's end (PK 5 6), or a spanning mark (PK 7 8). */
    private static boolean isZip(byte[] h) {
        return h.length >= 4 && h[0] == 'P' && h[1] == 'K'
                && (h[2] == 3 && h[3] == 4 || h[2] == 5 && h[3] == 6 || h[2] == 7 && h[3] == 8);
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        return bytes.length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
    }

    static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
