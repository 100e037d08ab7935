package io.haircut.coverage;

import static io.haircut.LedgerFixture.usd;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.haircut.HaircutException;
import io.haircut.coverage.CommitmentSchedule.CommitmentYear;
import io.haircut.ledger.Commitment;
import io.haircut.ledger.SourceRef;
import io.haircut.ledger.Status;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class CommitmentScheduleTest {

    private static final BigDecimal NO_PRICE = null;

    @Test
    void aSingleYearStaysAsGiven() {
        Commitment c = new Commitment("AWS", 2027, usd("10000000000.00"), Status.BINDING, cell("Commitments", 2, 2));
        List<CommitmentYear> years = CommitmentSchedule.expand(c, NO_PRICE);
        assertThat(years).hasSize(1);
        assertThat(years.get(0).year()).isEqualTo(2027);
        assertThat(years.get(0).amount()).isEqualTo(usd("10000000000.00"));
        assertThat(years.get(0).source().toString()).isEqualTo("books.xlsx!Commitments!C2");
    }

    @Test
    void aTotalIsSpreadEvenlyOverItsTerm() {
        // $100B over ten years from 2026 (the public AWS commitment, docs/methodology.md): 100B / 10 = 10B in each of 2026..2035.
        Commitment c = Commitment.total("AWS", 2026, 10, usd("100000000000.00"), Status.BINDING, cell("Commitments", 2, 4));
        List<CommitmentYear> years = CommitmentSchedule.expand(c, NO_PRICE);
        assertThat(years).extracting(CommitmentYear::year).containsExactly(2026, 2027, 2028, 2029, 2030, 2031, 2032, 2033, 2034, 2035);
        assertThat(years).allSatisfy(y -> assertThat(y.amount().amount()).isEqualByComparingTo("10000000000"));
    }

    @Test
    void anUnevenTotalGivesTheLastYearTheRemainderSoTheYearsAddUpExactly() {
        // 100.00 / 3 = 33.333..: 33.33 and 33.33 rounded down, then 100.00 - 66.66 = 33.34.
        Commitment c = Commitment.total("Azure", 2026, 3, usd("100.00"), Status.BINDING, cell("Commitments", 3, 4));
        assertThat(CommitmentSchedule.expand(c, NO_PRICE)).extracting(y -> y.amount().amount().toPlainString())
                .containsExactly("33.33", "33.33", "33.34");
        // 1,000,000.01 / 4 = 250,000.0025: three years of 250,000.00 and 1,000,000.01 - 750,000.00 = 250,000.01.
        Commitment d = Commitment.total("Azure", 2026, 4, usd("1000000.01"), Status.BINDING, cell("Commitments", 4, 4));
        assertThat(CommitmentSchedule.expand(d, NO_PRICE)).extracting(y -> y.amount().amount().toPlainString())
                .containsExactly("250000.00", "250000.00", "250000.00", "250000.01");
    }

    @Test
    void aRampGivesEachYearItsPercentOfTheTotal() {
        // 1,000.00 at 10/20/30/40%: 100, 200, 300, 400 in 2027..2030; 12.5% of 1,000.10 is 125.0125, kept exact.
        Commitment c = Commitment.ramp("GCP", 2027, usd("1000.00"), percents("10", "20", "30", "40"), Status.BINDING,
                cell("Commitments", 2, 4), cell("Commitments", 2, 7));
        List<CommitmentYear> years = CommitmentSchedule.expand(c, NO_PRICE);
        assertThat(years).extracting(CommitmentYear::year).containsExactly(2027, 2028, 2029, 2030);
        assertThat(years).extracting(y -> y.amount().amount()).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("100"), new BigDecimal("200"), new BigDecimal("300"), new BigDecimal("400"));
        Commitment odd = Commitment.ramp("GCP", 2027, usd("1000.10"), percents("12.5", "87.5"), Status.BINDING,
                cell("Commitments", 3, 4), cell("Commitments", 3, 7));
        assertThat(CommitmentSchedule.expand(odd, NO_PRICE)).extracting(y -> y.amount().amount().toPlainString())
                .containsExactly("125.01250", "875.08750"); // 1000.10 x 12.5 / 100 and 1000.10 x 87.5 / 100, adding up to 1000.10
    }

    @Test
    void aRampThatDoesNotAddUpToAHundredIsAnErrorNamingTheRampCell() {
        assertThatThrownBy(() -> Commitment.ramp("GCP", 2027, usd("1000.00"), percents("10", "20", "30"), Status.BINDING,
                cell("Commitments", 5, 4), cell("Commitments", 5, 7)))
                .isInstanceOf(HaircutException.class)
                .hasMessage("books.xlsx!Commitments!H5: the ramp 10%,20%,30% adds up to 60%; expected percents per year that add up to 100%");
        assertThatThrownBy(() -> new Commitment("GCP", 2027, usd("1000.00"), Status.BINDING, cell("Commitments", 6, 4), 3,
                percents("50", "50"), cell("Commitments", 6, 7), null))
                .hasMessage("books.xlsx!Commitments!H6: the ramp 50%,50% has 2 percents for a term of 3 years; expected one percent per year");
    }

    @Test
    void capacityBecomesDollarsOnlyAtTheAnalystsPricePerGigawattYear() {
        // 5 GW in each of 2027..2031 (the public TPU capacity, docs/methodology.md) at $2B per GW-year: 5 x 2B = $10B a year.
        Commitment c = Commitment.capacity("Google Cloud", 2027, 5, new BigDecimal("5"), Status.BINDING, cell("Commitments", 7, 8));
        List<CommitmentYear> years = CommitmentSchedule.expand(c, new BigDecimal("2000000000"));
        assertThat(years).extracting(CommitmentYear::year).containsExactly(2027, 2028, 2029, 2030, 2031);
        assertThat(years).allSatisfy(y -> assertThat(y.amount()).isEqualTo(usd("10000000000")));
        // 3.5 GW at $1.25B: 4.375B, exact.
        Commitment half = Commitment.capacity("Broadcom", 2027, 1, new BigDecimal("3.5"), Status.BINDING, cell("Commitments", 8, 8));
        assertThat(CommitmentSchedule.expand(half, new BigDecimal("1250000000")).get(0).amount().amount())
                .isEqualByComparingTo("4375000000");
    }

    @Test
    void capacityWithoutAPriceIsAnErrorThatNamesTheCellAndTheOption() {
        Commitment c = Commitment.capacity("Google Cloud", 2027, 5, new BigDecimal("5"), Status.BINDING, cell("Commitments", 7, 8));
        assertThatThrownBy(() -> CommitmentSchedule.expand(c, NO_PRICE))
                .isInstanceOf(HaircutException.class)
                .hasMessage("books.xlsx!Commitments!I7: Google Cloud's commitment is 5 GW a year (2027-2031); give --usd-per-gw-year "
                        + "(dollars per GW-year) to turn capacity into dollars");
    }

    private static List<BigDecimal> percents(String... values) {
        return java.util.Arrays.stream(values).map(BigDecimal::new).toList();
    }

    private static SourceRef cell(String sheet, int row, int column) {
        return new SourceRef("books.xlsx", sheet, row, column);
    }
}
