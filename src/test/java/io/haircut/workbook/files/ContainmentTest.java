package io.haircut.workbook.files;

import static io.haircut.workbook.RawXlsx.header;
import static io.haircut.workbook.RawXlsx.row;
import static io.haircut.workbook.RawXlsx.sheet;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.haircut.ledger.Ledger;
import io.haircut.workbook.HostileCorpus;
import io.haircut.workbook.ImportException;
import io.haircut.workbook.LedgerImporter;
import io.haircut.workbook.RawXlsx;
import io.haircut.workbook.SheetReader;
import io.haircut.workbook.SheetSelection;
import io.haircut.workbook.mapping.ImportMapping;
import io.haircut.workbook.read.LedgerBuilder;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.poifs.crypt.Decryptor;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The walls behind the corpus, one at a time: each limit at its edge, and the parsers' own refusals. */
class ContainmentTest {

    @TempDir
    Path dir;

    // --- XML external entities: refused by the parsers themselves, even past haircut's zip check ---

    @Test
    void theSheetParserNeverResolvesAnExternalEntity() throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET-7731");
        String xml = "<?xml version=\"1.0\"?><!DOCTYPE w [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>"
                + "<worksheet><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>&xxe;</t></is></c></row></sheetData></worksheet>";
        // The parser XlsxReader and the export's source copies use: DTDs are not processed, so the entity is never read.
        XMLStreamReader r = SpreadsheetXml.reader(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        StringBuilder text = new StringBuilder();
        assertThatThrownBy(() -> {
            while (r.hasNext()) {
                if (r.next() == javax.xml.stream.XMLStreamConstants.CHARACTERS) {
                    text.append(r.getText());
                }
            }
        }).isInstanceOf(XMLStreamException.class).hasMessageContaining("(&xxe;)");
        assertThat(text.toString()).doesNotContain("TOP-SECRET");
    }

    @Test
    void theSharedStringsParserRefusesAnyDtd() throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET-7731");
        String xml = "<?xml version=\"1.0\"?><!DOCTYPE sst [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>"
                + "<sst xmlns=\"" + RawXlsx.MAIN + "\" count=\"1\" uniqueCount=\"1\"><si><t>&xxe;</t></si></sst>";
        assertThatThrownBy(() -> new ReadOnlySharedStringsTable(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8))))
                .hasMessageContaining("DOCTYPE is disallowed");
    }

    @Test
    void theReaderAloneRefusesAnExternalEntityInASheetWithoutReadingIt() throws Exception {
        // XlsxReader called directly, past FileKind and ZipScan: the parser's refusal is the wall.
        Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET-7731");
        Path file = RawXlsx.valid().put(RawXlsx.SHEET, sheet(header(), row(2, "2025-01-15", "&xxe;", "direct", "cash", "1"))
                .replace("?>\n", "?>\n<!DOCTYPE w [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>")).write(dir.resolve("xxe.xlsx"));

        assertThatThrownBy(() -> XlsxReader.read(file, "xxe.xlsx", new SheetReader(ImportMapping.NONE, new LedgerBuilder(), false, true, SheetSelection.ALL),
                ZipScan.Findings.NONE))
                .isInstanceOf(ImportException.class)
                .hasMessageStartingWith("xxe.xlsx!Revenue: the sheet's XML is damaged at line 2, column ")
                .hasMessageEndingWith("; get a fresh copy of the file, or open it in Excel and save it again")
                .message().doesNotContain("TOP-SECRET");
    }

    // --- Password-protected workbooks ---

    @Test
    void aPasswordOpensAnAgileOrStandardEncryptedWorkbookAndLeavesNoDecryptedCopy() throws Exception {
        for (EncryptionMode mode : List.of(EncryptionMode.agile, EncryptionMode.standard)) {
            Path file = Files.write(dir.resolve("locked-" + mode + ".xlsx"), HostileCorpus.encrypt(RawXlsx.valid().bytes(), "s3cret", mode));
            byte[] before = Files.readAllBytes(file);
            List<Path> tempsBefore = haircutTemps();

            Ledger ledger = LedgerImporter.importPath(file, "s3cret").ledger();

            // RawXlsx.valid(): 100.00 from Globex on row 2, 250.50 from Initech on row 3.
            assertThat(ledger.revenue()).hasSize(2);
            assertThat(ledger.revenue().get(1).amount().amount()).isEqualByComparingTo("250.50");
            assertThat(ledger.revenue().get(1).source().toString()).isEqualTo("locked-" + mode + ".xlsx!Revenue!E3");
            assertThat(ledger.files().get(0).path()).isEqualTo(file.toString());
            assertThat(ledger.files().get(0).sha256()).isEqualTo(LedgerImporter.sha256(file)); // of the file as given
            assertThat(Files.readAllBytes(file)).isEqualTo(before);
            assertThat(haircutTemps()).isEqualTo(tempsBefore);
        }
    }

    @Test
    void excelsBuiltInReadOnlyPasswordOpensWithoutAsking() throws Exception {
        Path file = Files.write(dir.resolve("read-only.xlsx"),
                HostileCorpus.encrypt(RawXlsx.valid().bytes(), Decryptor.DEFAULT_PASSWORD, EncryptionMode.agile));
        assertThat(LedgerImporter.importPath(file).ledger().revenue()).hasSize(2);
    }

    @Test
    void aFolderOfCsvFilesTakesNoPassword() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("csvs"));
        Files.writeString(folder.resolve("Revenue.csv"), "Date,Customer,Channel,Settlement,Amount\n2025-01-01,A,api,cash,1\n");
        assertThatThrownBy(() -> LedgerImporter.importPath(folder, "pw"))
                .hasMessage(folder + ": a folder of CSV files has no password; import it without --password");
    }

    private static List<Path> haircutTemps() throws IOException {
        try (Stream<Path> s = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return s.filter(p -> p.getFileName().toString().startsWith("haircut-")).sorted().toList();
        }
    }

    // --- The zip limits at their edges (small limits, so the files stay small) ---

    @Test
    void eachKindOfPartHasItsOwnSizeLimitCheckedOnTheBytesNotTheDirectory() throws Exception {
        // Limits: sheets 4,000 bytes, shared strings 3,000, other parts 2,000; no expansion check below 1 MiB.
        WorkbookLimits small = new WorkbookLimits(100, 4_000, 3_000, 2_000, 100, 1 << 20);
        String padding = "<!-- " + "x".repeat(2_500) + " -->";

        Path styles = RawXlsx.valid().put("xl/styles.xml", "<styleSheet xmlns=\"" + RawXlsx.MAIN + "\">" + padding + "</styleSheet>")
                .write(dir.resolve("styles.xlsx"));
        assertThatThrownBy(() -> ZipScan.verify(styles, "styles.xlsx", small)).hasMessage("styles.xlsx: refused: the part"
                + " xl/styles.xml is larger than 2,000 bytes decompressed, haircut's limit for a part other than a sheet or"
                + " the shared strings (docs/limits-and-security.md)");

        // 2,500 characters of padding in the shared strings and in the sheet are within their own limits.
        Path fits = RawXlsx.valid().put(RawXlsx.SHARED_STRINGS, RawXlsx.sharedStrings().replace("</sst>", padding + "</sst>"))
                .put(RawXlsx.SHEET, sheet(header(), padding)).write(dir.resolve("fits.xlsx"));
        ZipScan.verify(fits, "fits.xlsx", small);

        Path strings = RawXlsx.valid().put(RawXlsx.SHARED_STRINGS, RawXlsx.sharedStrings("y".repeat(3_000)))
                .write(dir.resolve("strings.xlsx"));
        assertThatThrownBy(() -> ZipScan.verify(strings, "strings.xlsx", small)).hasMessage("strings.xlsx: refused: the part"
                + " xl/sharedStrings.xml is larger than 3,000 bytes decompressed, haircut's limit for the shared strings"
                + " (docs/limits-and-security.md)");
    }

    @Test
    void aSheetIsKnownByItsRelationshipNotItsPath() throws Exception {
        WorkbookLimits small = new WorkbookLimits(100, 4_000, 3_000, 2_000, 100, 1 << 20);
        String ledger = sheet(header(), "<!-- " + "x".repeat(2_500) + " -->");
        Path file = RawXlsx.valid().remove(RawXlsx.SHEET).put("xl/data/ledger.xml", ledger)
                .put("xl/_rels/workbook.xml.rels", RawXlsx.WORKBOOK_RELS.replace("worksheets/sheet1.xml", "/xl/data/ledger.xml"))
                .write(dir.resolve("moved.xlsx"));

        ZipScan.verify(file, "moved.xlsx", small); // 2,500 bytes: a sheet's limit (4,000), not another part's (2,000)
        assertThat(LedgerImporter.importPath(file).ledger().revenue()).isEmpty();
    }

    @Test
    void expansionIsMeasuredOnlyPastTheGraceSize() throws Exception {
        // A sheet of 90 KB of blanks expands about 1,000-fold but stays under the 100 KB grace size, as an
        // empty sheet may; the same at 2 MB is a zip bomb.
        Path small = RawXlsx.valid().put(RawXlsx.SHEET, sheet(header(), " ".repeat(90_000))).write(dir.resolve("blank.xlsx"));
        assertThat(LedgerImporter.importPath(small).ledger().revenue()).isEmpty();
        Path bomb = RawXlsx.valid().put(RawXlsx.SHEET, sheet(header(), " ".repeat(2_000_000))).write(dir.resolve("bomb.xlsx"));
        assertThatThrownBy(() -> LedgerImporter.importPath(bomb)).hasMessageContaining("looks like a zip bomb");
    }

    @Test
    void poisOwnZipGuardIsSetToTheSameLimits() {
        WorkbookLimits.applyToPoi();
        assertThat(ZipSecureFile.getMaxFileCount()).isEqualTo(10_000);
        assertThat(ZipSecureFile.getMaxEntrySize()).isEqualTo(1L << 30);
        assertThat(ZipSecureFile.getGraceEntrySize()).isEqualTo(100L << 10);
        assertThat(Math.round(1 / ZipSecureFile.getMinInflateRatio())).isEqualTo(100); // POI states it as compressed / expanded
    }

    // --- The prolog reader ---

    @Test
    void theDoctypeIsFoundInEveryEncodingAndChunkingButNotInsideACommentOrAfterTheRoot() {
        assertThat(prolog("<?xml version=\"1.0\"?>\n<!DOCTYPE x>", StandardCharsets.UTF_8)).isEqualTo(ZipScan.Prolog.Verdict.DTD);
        assertThat(prolog("\uFEFF<?xml version=\"1.0\"?><!DOCTYPE x>", StandardCharsets.UTF_8)).isEqualTo(ZipScan.Prolog.Verdict.DTD);
        assertThat(prolog("<?xml version=\"1.0\"?><!DOCTYPE x>", StandardCharsets.UTF_16BE)).isEqualTo(ZipScan.Prolog.Verdict.DTD);
        assertThat(prolog("\uFEFF<?xml version=\"1.0\"?><!DOCTYPE x>", StandardCharsets.UTF_16LE)).isEqualTo(ZipScan.Prolog.Verdict.DTD);
        assertThat(prolog("<!-- <!DOCTYPE x> -- -> --><?pi a?b ?>\n<!DOCTYPE x>", StandardCharsets.UTF_8)).isEqualTo(ZipScan.Prolog.Verdict.DTD);
        assertThat(prolog("<!-- <!DOCTYPE x> --><root/>", StandardCharsets.UTF_8)).isEqualTo(ZipScan.Prolog.Verdict.CLEAN);
        assertThat(prolog("<root><![CDATA[<!DOCTYPE x>]]></root>", StandardCharsets.UTF_8)).isEqualTo(ZipScan.Prolog.Verdict.CLEAN);
        assertThat(prolog("PK\u0003\u0004 binary", StandardCharsets.ISO_8859_1)).isEqualTo(ZipScan.Prolog.Verdict.CLEAN);
    }

    /** Feeds the text a byte at a time and all at once; both must agree. */
    private static ZipScan.Prolog.Verdict prolog(String text, java.nio.charset.Charset charset) {
        byte[] bytes = text.getBytes(charset);
        ZipScan.Prolog whole = new ZipScan.Prolog();
        ZipScan.Prolog.Verdict all = whole.feed(bytes, bytes.length);
        ZipScan.Prolog single = new ZipScan.Prolog();
        ZipScan.Prolog.Verdict v = ZipScan.Prolog.Verdict.UNDECIDED;
        for (byte b : bytes) {
            v = single.feed(new byte[] {b}, 1);
        }
        assertThat(v).isEqualTo(all);
        return all;
    }

    // --- CSV fields and records at their edges ---

    @Test
    void aQuotedFieldOfExactly32767CharactersWithLineBreaksAndEscapedQuotesIsRead() throws Exception {
        // 32,767 characters: "a""b" is a"b (3), then 32,760 x, a line break and 3 more x: 3 + 32,760 + 1 + 3.
        String customer = "a\"b" + "x".repeat(32_760) + "\n" + "xxx";
        assertThat(customer).hasSize(32_767);
        Path folder = Files.createDirectories(dir.resolve("edge"));
        Files.writeString(folder.resolve("Revenue.csv"), "Date,Customer,Channel,Settlement,Amount\r\n2025-01-01,\""
                + customer.replace("\"", "\"\"") + "\",api,cash,1\r\n2025-01-02,5\" screen,api,cash,2\r\n");

        Ledger ledger = LedgerImporter.importPath(folder).ledger();

        assertThat(ledger.revenue().get(0).customer()).isEqualTo(customer);
        assertThat(ledger.revenue().get(1).customer()).isEqualTo("5\" screen"); // a quote inside a field is text
    }

    @Test
    void oneCharacterMoreIsRefusedWithTheLineWhereTheFieldStarts() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("over"));
        Files.writeString(folder.resolve("Revenue.csv"), "Date,Customer,Channel,Settlement,Amount\r\n2025-01-01,a,api,cash,1\r\n"
                + "2025-01-01,\"" + "x".repeat(20_000) + "\r\n" + "x".repeat(12_767) + "\",api,cash,1\r\n");
        assertThatThrownBy(() -> LedgerImporter.importPath(folder)).hasMessage(folder.getFileName() + "/Revenue.csv: line 3, field 2: a quoted"
                + " field runs past 32,767 characters, the most a spreadsheet cell holds; is its closing quote missing? (a quote"
                + " inside a quoted field is written twice: \"\")");
    }

    @Test
    void aWorkbookCellOfExactly32767CharactersIsRead() throws Exception {
        String customer = HostileCorpus.randomText(32_767);
        Path file = RawXlsx.valid().put(RawXlsx.SHEET, sheet(header(), row(2, "2025-01-15", customer, "direct", "cash", "1")))
                .write(dir.resolve("edge.xlsx"));
        assertThat(LedgerImporter.importPath(file).ledger().revenue().get(0).customer()).isEqualTo(customer);

        Path over = RawXlsx.valid().put(RawXlsx.SHEET, sheet(header(), row(2, "2025-01-15", customer + "z", "direct", "cash", "1")))
                .write(dir.resolve("over.xlsx"));
        assertThatThrownBy(() -> LedgerImporter.importPath(over)).hasMessage("over.xlsx!Revenue!B2" + HostileCorpus.CELL_TOO_LONG);
    }
}
