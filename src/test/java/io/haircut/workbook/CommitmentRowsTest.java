package io.haircut.workbook;

import static io.haircut.workbook.TestWorkbooks.row;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.haircut.ledger.Commitment;
import io.haircut.ledger.Ledger;
import io.haircut.ledger.Status;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Commitments sheet's three row forms (samples/README.md) and the errors that name their cells. */
class CommitmentRowsTest {

    private static final Object[] REVENUE_HEADER = row("Date", "Customer", "Channel", "Settlement", "Amount");
    private static final Object[] HEADER = row("Vendor", "Status", "Year", "Amount", "Total", "Start Year", "Term Years", "Ramp", "Capacity GW");

    @TempDir
    Path dir;

    private Ledger importCommitments(Object[]... rows) throws Exception {
        Object[][] all = new Object[rows.length + 1][];
        all[0] = HEADER;
        System.arraycopy(rows, 0, all, 1, rows.length);
        Path file = new TestWorkbooks()
                .sheet("Revenue", REVENUE_HEADER, row(LocalDate.of(2026, 1, 2), "A", "api", "cash", 10))
                .sheet("Commitments", all)
                .write(dir.resolve("c.xlsx"));
        return LedgerImporter.importPath(file).ledger();
    }

    @Test
    void theThreeFormsOfARow() throws Exception {
        Ledger l = importCommitments(
                row("AWS", "binding", 2026, 10000000000L, null, null, null, null, null),
                row("AWS", "binding", null, null, 90000000000L, 2027, 9, null, null),
                row("Google Cloud", "contingent", null, null, 1000, 2027, null, "10%,20%,30%,40%", null),
                row("Google Cloud", "Reported Unconfirmed", null, null, null, 2027, 5, null, 5),
                row("Broadcom", "binding", 2027, null, null, null, null, null, 3.5));
        List<Commitment> c = l.commitments();
        assertThat(c).hasSize(5);

        assertThat(c.get(0).year()).isEqualTo(2026);
        assertThat(c.get(0).termYears()).isEqualTo(1);
        assertThat(c.get(0).amount().amount()).isEqualByComparingTo("10000000000");
        assertThat(c.get(0).source().toString()).isEqualTo("c.xlsx!Commitments!D2");

        assertThat(c.get(1).year()).isEqualTo(2027);
        assertThat(c.get(1).termYears()).isEqualTo(9);
        assertThat(c.get(1).lastYear()).isEqualTo(2035);
        assertThat(c.get(1).source().toString()).isEqualTo("c.xlsx!Commitments!E3");

        assertThat(c.get(2).status()).isEqualTo(Status.CONTINGENT);
        assertThat(c.get(2).termYears()).isEqualTo(4); // the ramp's four percents give the term
        assertThat(c.get(2).rampPercents()).extracting(BigDecimal::intValueExact).containsExactly(10, 20, 30, 40);
        assertThat(c.get(2).rampSource().toString()).isEqualTo("c.xlsx!Commitments!H4");

        assertThat(c.get(3).status()).isEqualTo(Status.REPORTED_UNCONFIRMED);
        assertThat(c.get(3).isCapacity()).isTrue();
        assertThat(c.get(3).amount()).isNull();
        assertThat(c.get(3).gigawatts()).isEqualByComparingTo("5");
        assertThat(c.get(3).termYears()).isEqualTo(5);
        assertThat(c.get(3).source().toString()).isEqualTo("c.xlsx!Commitments!I5");

        assertThat(c.get(4).year()).isEqualTo(2027); // Year stands for the start year
        assertThat(c.get(4).termYears()).isEqualTo(1);
        assertThat(c.get(4).gigawatts()).isEqualByComparingTo("3.5");
    }

    @Test
    void theOriginalFourColumnLayoutImportsAsBefore() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("csv"));
        Files.writeString(folder.resolve("Revenue.csv"), "Date,Customer,Channel,Settlement,Amount\n2026-01-02,A,api,cash,10.00\n");
        Files.writeString(folder.resolve("Commitments.csv"), "Vendor,Year,Amount,Status\nAWS,2027,10000000000.00,binding\n");
        Commitment c = LedgerImporter.importPath(folder).ledger().commitments().get(0);
        assertThat(c).isEqualTo(new Commitment("AWS", 2027, io.haircut.ledger.Money.usd("10000000000.00"), Status.BINDING, c.source()));
        // Sources name the file within the imported folder, never the local path.
        assertThat(c.source().toString()).isEqualTo("csv/Commitments.csv!C2");
    }

    @Test
    void aRampThatDoesNotAddUpNamesTheRampCell() throws Exception {
        assertThatThrownBy(() -> importCommitments(row("GCP", "binding", null, null, 1000, 2027, null, "10%,20%,30%,30%", null)))
                .isInstanceOf(ImportException.class)
                .hasMessage("c.xlsx!Commitments!H2: the ramp 10%,20%,30%,30% adds up to 90%; expected percents per year that add up to 100%");
    }

    @Test
    void aRampLongerThanTheTermNamesTheRampCell() throws Exception {
        assertThatThrownBy(() -> importCommitments(row("GCP", "binding", null, null, 1000, 2027, 3, "10%,20%,30%,40%", null)))
                .hasMessage("c.xlsx!Commitments!H2: the ramp 10%,20%,30%,40% has 4 percents for a term of 3 years; expected one percent per year");
    }

    @Test
    void mixedOrIncompleteRowsSayWhatAFormNeeds() throws Exception {
        assertThatThrownBy(() -> importCommitments(row("AWS", "binding", 2027, 5, 10, null, null, null, null)))
                .hasMessageStartingWith("c.xlsx!Commitments!E2: a commitment row states one of Amount, Total or Capacity GW, found Amount and Total; give Year and Amount");
        assertThatThrownBy(() -> importCommitments(row("AWS", "binding", 2027, null, null, null, null, null, null)))
                .hasMessageStartingWith("c.xlsx!Commitments!A2: a commitment row states one of Amount, Total or Capacity GW, found none;");
        assertThatThrownBy(() -> importCommitments(row("AWS", "binding", null, null, 100, 2027, null, null, null)))
                .hasMessageStartingWith("c.xlsx!Commitments!E2: a Total needs Term Years (or a Ramp with one percent per year);");
        assertThatThrownBy(() -> importCommitments(row("AWS", "binding", null, 100, null, null, null, null, null)))
                .hasMessageStartingWith("c.xlsx!Commitments!D2: an Amount needs a Year;");
        assertThatThrownBy(() -> importCommitments(row("AWS", "binding", 2027, 100, null, null, 3, null, null)))
                .hasMessage("c.xlsx!Commitments!G2: Amount is one year's spend; for a total over several years use Total");
        assertThatThrownBy(() -> importCommitments(row("TPU", "binding", 2027, null, null, null, null, "50%,50%", 5)))
                .hasMessage("c.xlsx!Commitments!H2: a ramp spreads a Total; for capacity that changes by year give one row per year");
        assertThatThrownBy(() -> importCommitments(row("TPU", "binding", 2027, null, null, null, null, null, "$5")))
                .hasMessage("c.xlsx!Commitments!I2: expected a capacity in GW such as 5 or 3.5, found '$5'");
        assertThatThrownBy(() -> importCommitments(row("TPU", "binding", 2027, null, null, null, null, null, "-2")))
                .hasMessage("c.xlsx!Commitments!I2: expected a capacity above 0 GW, found '-2'");
        assertThatThrownBy(() -> importCommitments(row("AWS", "binding", null, null, 100, 2027, 0, null, null)))
                .hasMessage("c.xlsx!Commitments!G2: expected a term of 1 to 100 years, found 0");
        assertThatThrownBy(() -> importCommitments(row("AWS", "maybe", 2027, 100, null, null, null, null, null)))
                .hasMessage("c.xlsx!Commitments!B2: expected one of binding | contingent | reported-unconfirmed, found 'maybe'");
    }
}
