package io.haircut;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.haircut.rules.files.RuleFiles;
import io.haircut.session.SessionFile;
import io.haircut.workbook.LedgerImporter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One regression test per problem the fuzz tests found (io.haircut.fuzz.Fuzz), named after it. */
class FuzzFindingsTest {

    @TempDir
    Path dir;

    private Path revenueCsv(String amount) throws Exception {
        Path folder = Files.createDirectories(dir.resolve("co-" + Math.abs(amount.hashCode())));
        Files.writeString(folder.resolve("Revenue.csv"), "Date,Customer,Channel,Settlement,Amount\n"
                + "2025-01-10,Globex,direct,cash,100.00\n2025-01-11,Initech,api,cash," + amount + "\n");
        return folder;
    }

    @Test
    void anExponentBeyondAnIntIsNotAnAmountRatherThanAJavaError() throws Exception {
        Path folder = revenueCsv("1e399999999999999999999");
        assertThatThrownBy(() -> LedgerImporter.importPath(folder))
                .hasMessage(folder.getFileName() + "/Revenue.csv!E3: expected an amount such as 1234.56, found '1e399999999999999999999'");
    }

    @Test
    void anAmountOfABillionDigitsIsRefusedBeforeAnySumTriesToWriteItOut() throws Exception {
        // 1e999999999 and 0e-999999999 are valid decimals; added to 100.00 each needs a billion digits.
        for (String amount : new String[] {"1e999999999", "0e-999999999", "-1E+19"}) {
            Path folder = revenueCsv(amount);
            org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(Duration.ofSeconds(10), () ->
                    assertThatThrownBy(() -> LedgerImporter.importPath(folder))
                            .hasMessage(folder.getFileName() + "/Revenue.csv!E3: expected an amount such as 1234.56, found '" + amount + "'"));
        }
        // The largest amounts a ledger may hold still read: 18 integer digits, and Excel's tiny remainders.
        Path big = revenueCsv("999999999999999999.99");
        assertThat(LedgerImporter.importPath(big).ledger().revenue().get(1).amount().amount()).isEqualByComparingTo("999999999999999999.99");
        Path tiny = revenueCsv("5.55111512312578E-17");
        assertThat(LedgerImporter.importPath(tiny).ledger().revenue().get(1).amount().amount()).isEqualByComparingTo("5.55111512312578E-17");
    }

    @Test
    void aLineBreakQuotedFromACellStaysOnTheErrorsOneLine() throws Exception {
        Path folder = revenueCsv("\"$1,2\n4.56\"");
        assertThatThrownBy(() -> LedgerImporter.importPath(folder))
                .hasMessage(folder.getFileName() + "/Revenue.csv!E3: expected an amount such as 1234.56, found '$1,2\\n4.56'");
    }

    @Test
    void aSessionFileWithANulInAPathIsRefusedAsNotASessionFile() throws Exception {
        Path file = Files.writeString(dir.resolve("s.json"), "{\"haircutSession\": 1, \"ruleFiles\": [{\"path\": \"rules/a.yaml\","
                + " \"absolutePath\": \"/x/\\u0000a.yaml\", \"sha256\": \"00\"}]}");
        assertThatThrownBy(() -> SessionFile.read(file))
                .hasMessage(file + ": not a haircut session file: '/x/?a.yaml' is not a file path"); // the NUL shown as '?'
    }

    @Test
    void aHaircutPercentOfAMillionDecimalsIsRefused() {
        String rule = "id: x\ndescription: d\nbasis: b\nview: adjusted\nwhen:\n  customer: Globex\naction: haircut\npercent: 33."
                + "3".repeat(11) + "\n";
        assertThatThrownBy(() -> RuleFiles.parse("rules/x.yaml", rule)).hasMessage("rules/x.yaml:8:10: percent '33."
                + "3".repeat(11) + "' has more than 10 decimal places; expected e.g. 30 or 33.3333");
    }
}
