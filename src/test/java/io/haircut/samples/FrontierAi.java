package io.haircut.samples;

import io.haircut.samples.Books.Commitment;
import io.haircut.samples.Books.Cost;
import io.haircut.samples.Books.Funding;
import io.haircut.samples.Books.Invoice;
import io.haircut.samples.Books.Life;
import io.haircut.samples.Books.PartyRow;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * "Frontier AI": an illustrative frontier-model startup whose revenue follows the public run-rate
 * path of docs/methodology.md, "Public figures in the samples" and whose investors (Amazon, Google, Microsoft, Nvidia) are also its
 * customers, partly paying through their marketplaces in cloud credits. Everything not listed as
 * public in samples/README.md is invented.
 */
final class FrontierAi {

    static final long SEED = 20_260_420L;
    static final YearMonth FIRST = YearMonth.of(2024, 10);
    static final int MONTHS = 19;
    private static final int LAST = MONTHS - 1;
    private static final int NEVER = Integer.MAX_VALUE;

    /** Run-rate anchors: month index from Oct 2024, and the run-rate in dollars (press and company statements; Oct 2024 assumed). */
    private static final int[] ANCHOR_MONTH = {0, 2, 10, 14, 16, 18};
    private static final long[] ANCHOR_DOLLARS = {800_000_000L, 1_000_000_000L, 5_000_000_000L, 9_000_000_000L, 14_000_000_000L, 30_000_000_000L};

    /** Dollars per GW-year of TPU capacity: an invented assumption, stated in samples/README.md. */
    private static final long TPU_DOLLARS_PER_GW_YEAR = 2_000_000_000L;
    private static final int TPU_GIGAWATTS = 5;

    private static final String DIRECT = "direct";
    private static final String API = "api";
    private static final String AWS = "aws-marketplace";
    private static final String GCP = "gcp-marketplace";
    private static final String AZURE = "azure-marketplace";
    private static final List<String> CASH_CHANNELS = List.of(DIRECT, API, AWS, GCP, AZURE);
    private static final int[] CASH_CHANNEL_WEIGHTS = {40, 40, 10, 6, 4};
    private static final List<String> MARKETPLACES = List.of(AWS, GCP, AZURE);
    private static final int[] MARKETPLACE_WEIGHTS = {55, 30, 15};
    private static final List<String> RELATED_CASH_CHANNELS = List.of(DIRECT, API);
    private static final int[] RELATED_CASH_WEIGHTS = {60, 40};
    private static final List<String> DIRECT_PRODUCTS = List.of("Frontier Enterprise", "Frontier Team", "Frontier Code");

    /** A customer group: its spellings on invoices, its size, its life, and the marketplace it pays credits through (null: none). */
    private record Customer(List<String> spellings, long size, Life life, String creditChannel, boolean related) {
    }

    /** Invented third-party customers; a row's spellings all normalise to one name. Two near-misses ("Amazonia", "Googolplex") are not investors. */
    private static final List<List<String>> THIRD_PARTIES = List.of(
            List.of("Globex Corporation", "GLOBEX CORP.", "Globex Corp"),
            List.of("Initech LLC", "INITECH, L.L.C."),
            List.of("Acme Analytics Inc.", "ACME ANALYTICS, INC."),
            List.of("Umbrella Health plc", "Umbrella Health PLC"),
            List.of("Brightwater Insurance Group"),
            List.of("Kestrel Payments Ltd", "Kestrel Payments Limited"),
            List.of("Wayne Logistics Co.", "Wayne Logistics Company"),
            List.of("Tyrell Biosystems, Inc."),
            List.of("Cyberdyne Systems Corp", "Cyberdyne Systems Corporation"),
            List.of("Halden Capital Markets"),
            List.of("Nakatomi Trading K.K.", "Nakatomi Trading KK"),
            List.of("Oceanic Airlines S.A.", "Oceanic Airlines SA"),
            List.of("Massive Dynamic Inc."),
            List.of("Café Lumière SAS", "Cafe Lumiere SAS"),
            List.of("Northwind Cloud Resellers LLC", "Northwind Cloud Resellers"),
            List.of("Amazonia Analytics Ltd"),
            List.of("Vandelay Industries"),
            List.of("Soylent Foods Ltd"),
            List.of("Bluefin Shipping AS"),
            List.of("Pinecrest Systems Integrators Inc."),
            List.of("Quantum Ledger Bank"),
            List.of("Redwood Legal LLP", "Redwood Legal"),
            List.of("Helios Energy AG"),
            List.of("Sterling Retail Group plc"),
            List.of("Orbital Telecom Pte. Ltd.", "Orbital Telecom Pte Ltd"),
            List.of("Granite Mutual Insurance Company"),
            List.of("Lighthouse Media Inc."),
            List.of("Ironclad Security Inc."),
            List.of("Meridian Health Systems"),
            List.of("Cobalt Mining Corp."),
            List.of("Summit Education Inc."),
            List.of("Aurora Pharma GmbH", "Aurora Pharma G.m.b.H."),
            List.of("Blue Harbor Logistics"),
            List.of("Copperleaf Software Ltd"),
            List.of("Evergreen Foods Co."),
            List.of("Falcon Aerospace Inc."),
            List.of("Googolplex Media Inc."),
            List.of("Harborview Hospitals"),
            List.of("Indigo Fashion S.p.A.", "Indigo Fashion SpA"),
            List.of("Juniper Travel Ltd"),
            List.of("Keystone Realty Trust"),
            List.of("Lumen Robotics Inc."),
            List.of("Mosaic Games Ltd"),
            List.of("Nimbus Weather Inc."),
            List.of("Obsidian Consulting Group"),
            List.of("Polaris Automotive AG"),
            List.of("Quill & Quire Publishing", "Quill and Quire Publishing"),
            List.of("Riverbend Utilities"),
            List.of("Saffron Telecom Ltd"),
            List.of("Tidewater Bank N.A."),
            List.of("Uplift Fitness Inc."),
            List.of("Vertex Semiconductors Inc."),
            List.of("Willow Insurance plc"),
            List.of("Xenon Biotech Ltd"),
            List.of("Yellowstone Outdoor Co."),
            List.of("Zenith Government Services LLC"),
            List.of("Atlas Freight Inc."),
            List.of("Beacon Credit Union"),
            List.of("Crescent Hotels Group"),
            List.of("Delta Grid Energy Ltd"));

    private static final int PRE_EXISTING = 26;

    private FrontierAi() {
    }

    static Sample sample() {
        return books().toSample("frontier-ai");
    }

    /** The company's books as plain values: the canonical sample and its messy variant are two layouts of these. */
    static Books books() {
        Draw draw = new Draw(SEED);
        List<Customer> thirdParties = thirdParties(draw);
        Customer amazon = new Customer(List.of("Amazon Web Services, Inc.", "AWS EMEA SARL", "Amazon.com Services LLC", "amazon web services inc"),
                5, new Life(-1, NEVER), AWS, true);
        Customer google = new Customer(List.of("Google LLC", "Google Cloud EMEA Ltd", "Alphabet Inc."), 4, new Life(-1, NEVER), GCP, true);
        // Microsoft and Nvidia start buying after their November 2025 investment (invented timing).
        Customer microsoft = new Customer(List.of("Microsoft Corporation", "Microsoft Ireland Operations Ltd"), 3, new Life(14, NEVER), AZURE, true);
        Customer nvidia = new Customer(List.of("NVIDIA Corporation", "Nvidia Corp."), 2, new Life(14, NEVER), null, true);
        Customer zephyr = new Customer(List.of("Zephyr Robotics GmbH", "Zephyr Robotics, Inc."), 2, new Life(-1, NEVER), null, true);
        List<Customer> related = List.of(amazon, google, microsoft, nvidia, zephyr);

        List<Invoice> revenue = new ArrayList<>();
        List<Cost> costs = new ArrayList<>();
        for (int k = 0; k < MONTHS; k++) {
            YearMonth month = FIRST.plusMonths(k);
            long total = monthlyRevenueCents(k);
            revenue.addAll(month(draw, month, k, total, entryCount(k), thirdParties, related));
            costs.addAll(costs(draw, month, k, total));
        }

        List<Life> lives = new ArrayList<>();
        thirdParties.forEach(c -> lives.add(c.life()));
        related.forEach(c -> lives.add(c.life()));
        List<Funding> funding = funding();
        return new Books("FA", revenue, costs, Books.tallies(FIRST, MONTHS, lives), funding, commitments(), parties(),
                // Opening balances at end September 2024 are invented.
                Books.balances(FIRST, MONTHS, Cents.dollars(6_000_000_000L), Cents.dollars(3_500_000_000L), revenue, costs, funding));
    }

    /** Run-rate in dollars for month index k: geometric between the two anchors around it. */
    static BigDecimal runRate(int k) {
        for (int i = 0; i + 1 < ANCHOR_MONTH.length; i++) {
            if (ANCHOR_MONTH[i] <= k && k <= ANCHOR_MONTH[i + 1]) {
                return Cents.geometric(BigDecimal.valueOf(ANCHOR_DOLLARS[i]), BigDecimal.valueOf(ANCHOR_DOLLARS[i + 1]),
                        ANCHOR_MONTH[i + 1] - ANCHOR_MONTH[i], k - ANCHOR_MONTH[i]);
            }
        }
        throw new IllegalArgumentException("month index " + k);
    }

    /** A month's revenue is a twelfth of its run-rate. */
    static long monthlyRevenueCents(int k) {
        return Cents.roundCents(runRate(k).divide(BigDecimal.valueOf(12), MathContext.DECIMAL128));
    }

    /** Invoices per month: 300 in Oct 2024 rising geometrically to 1,500 in Apr 2026. */
    static int entryCount(int k) {
        return Cents.geometric(BigDecimal.valueOf(300), BigDecimal.valueOf(1500), LAST, k)
                .setScale(0, RoundingMode.HALF_EVEN).intValueExact();
    }

    private static List<Customer> thirdParties(Draw draw) {
        List<Customer> customers = new ArrayList<>();
        int later = THIRD_PARTIES.size() - PRE_EXISTING;
        for (int i = 0; i < THIRD_PARTIES.size(); i++) {
            // The first ones were customers before the data starts; the rest arrive about two a month.
            int start = i < PRE_EXISTING ? -1 : (i - PRE_EXISTING) * MONTHS / later;
            int end = NEVER;
            if (draw.percent(12) && start < 10) {
                end = Math.max(start, 0) + draw.between(4, 9);
            }
            // Sizes fall with the index (a few big accounts, a long tail).
            customers.add(new Customer(THIRD_PARTIES.get(i), 1 + 2000 / (i + 4), new Life(start, end), null, false));
        }
        return customers;
    }

    /**
     * One month of invoices in four parts whose shares (per mille of the month) are drawn first:
     * third parties in cash, third parties in credits through a marketplace, related parties in
     * cash, and related parties in credits (the overlap). Every active customer invoices at least once.
     */
    private static List<Invoice> month(Draw draw, YearMonth month, int k, long total, int count,
                                       List<Customer> thirdParties, List<Customer> related) {
        List<Customer> activeThird = thirdParties.stream().filter(c -> c.life().activeIn(k)).toList();
        List<Customer> activeRelated = related.stream().filter(c -> c.life().activeIn(k)).toList();
        List<Customer> creditRelated = activeRelated.stream().filter(c -> c.creditChannel() != null).toList();

        long thirdCredit = Cents.permille(total, draw.between(50, 65));
        long relatedCash = Cents.permille(total, draw.between(30, 40));
        long overlap = Cents.permille(total, draw.between(22, 30));
        long thirdCash = total - thirdCredit - relatedCash - overlap;

        int nThirdCredit = count * 6 / 100;
        int nRelatedCash = Math.max(activeRelated.size(), count * 3 / 100);
        int nOverlap = Math.max(creditRelated.size(), count * 2 / 100);
        int nThirdCash = count - nThirdCredit - nRelatedCash - nOverlap;

        List<Invoice> invoices = new ArrayList<>();
        invoices.addAll(part(draw, month, thirdCash, nThirdCash, activeThird, activeThird, Books.CASH,
                c -> draw.weighted(CASH_CHANNELS, CASH_CHANNEL_WEIGHTS)));
        invoices.addAll(part(draw, month, thirdCredit, nThirdCredit, activeThird, List.of(), Books.CREDIT,
                c -> draw.weighted(MARKETPLACES, MARKETPLACE_WEIGHTS)));
        invoices.addAll(part(draw, month, relatedCash, nRelatedCash, activeRelated, activeRelated, Books.CASH,
                c -> draw.weighted(RELATED_CASH_CHANNELS, RELATED_CASH_WEIGHTS)));
        invoices.addAll(part(draw, month, overlap, nOverlap, creditRelated, creditRelated, Books.CREDIT, Customer::creditChannel));
        return invoices;
    }

    /** {@code count} invoices sharing {@code cents}: each of {@code everyone} once, then random picks from {@code pool}. */
    private static List<Invoice> part(Draw draw, YearMonth month, long cents, int count, List<Customer> pool,
                                      List<Customer> everyone, String settlement,
                                      Function<Customer, String> channelOf) {
        List<Customer> buyers = new ArrayList<>(everyone);
        while (buyers.size() < count) {
            buyers.add(draw.any(pool));
        }
        List<String> channels = new ArrayList<>();
        long[] weights = new long[buyers.size()];
        for (int i = 0; i < buyers.size(); i++) {
            String channel = channelOf.apply(buyers.get(i));
            channels.add(channel);
            // Direct contracts are the largest invoices, marketplace ones next, API usage the smallest.
            int channelFactor = channel.equals(DIRECT) ? 8 : channel.equals(API) ? 1 : 4;
            weights[i] = buyers.get(i).size() * draw.between(20, 200) * channelFactor;
        }
        long[] amounts = Cents.allocate(cents, weights);
        List<Invoice> invoices = new ArrayList<>();
        for (int i = 0; i < buyers.size(); i++) {
            Customer c = buyers.get(i);
            String channel = channels.get(i);
            String product = channel.equals(DIRECT) ? draw.any(DIRECT_PRODUCTS) : "Frontier API";
            LocalDate date = month.atDay(draw.between(1, month.lengthOfMonth()));
            invoices.add(new Invoice(date, draw.spelling(c.spellings()), channel, settlement, amounts[i], product, c.related()));
        }
        return invoices;
    }

    /**
     * Costs of a month (all invented): cost of revenue (inference compute) falls from about 62% to
     * 48% of revenue, a falling part of it paid with credits; R&D (training) rises from $250M to
     * $1.4B a month, a quarter on credits; S&M and G&A are a base plus a share of revenue.
     */
    private static List<Cost> costs(Draw draw, YearMonth month, int k, long revenue) {
        long cogs = Cents.permille(revenue, 620 - 140 * k / LAST + draw.between(-10, 10));
        long cogsCredit = Cents.permille(cogs, 300 - 180 * k / LAST + draw.between(-10, 10));
        long rd = Cents.permille(Cents.roundCents(Cents.geometric(BigDecimal.valueOf(250_000_000L), BigDecimal.valueOf(1_400_000_000L), LAST, k)),
                draw.between(980, 1020));
        long rdCredit = Cents.permille(rd, draw.between(230, 270));
        long sm = Cents.dollars(20_000_000L) + Cents.permille(revenue, draw.between(75, 85));
        long ga = Cents.dollars(12_000_000L) + Cents.permille(revenue, draw.between(28, 32));
        return List.of(
                new Cost(month, "cost-of-revenue", cogs - cogsCredit, Books.CASH),
                new Cost(month, "cost-of-revenue", cogsCredit, Books.CREDIT),
                new Cost(month, "sales-marketing", sm, Books.CASH),
                new Cost(month, "research-development", rd - rdCredit, Books.CASH),
                new Cost(month, "research-development", rdCredit, Books.CREDIT),
                new Cost(month, "general-admin", ga, Books.CASH));
    }

    /** Totals and dates are public (docs/methodology.md, "Public figures in the samples"); the splits into cash, credit and binding parts are invented. */
    private static List<Funding> funding() {
        return List.of(
                new Funding(LocalDate.of(2024, 11, 22), "Amazon.com, Inc.", Cents.dollars(4_000_000_000L), Books.CASH, Books.BINDING),
                new Funding(LocalDate.of(2025, 11, 18), "Microsoft Corporation", Cents.dollars(2_000_000_000L), Books.CASH, Books.BINDING),
                new Funding(LocalDate.of(2025, 11, 18), "Microsoft Corporation", Cents.dollars(3_000_000_000L), Books.CASH, Books.CONTINGENT),
                new Funding(LocalDate.of(2025, 11, 18), "NVIDIA Corporation", Cents.dollars(4_000_000_000L), Books.CASH, Books.BINDING),
                new Funding(LocalDate.of(2025, 11, 18), "NVIDIA Corporation", Cents.dollars(6_000_000_000L), Books.CASH, Books.CONTINGENT),
                new Funding(LocalDate.of(2026, 4, 20), "Amazon.com, Inc.", Cents.dollars(3_500_000_000L), Books.CASH, Books.BINDING),
                new Funding(LocalDate.of(2026, 4, 20), "Amazon.com, Inc.", Cents.dollars(1_500_000_000L), Books.CREDIT, Books.BINDING),
                new Funding(LocalDate.of(2026, 4, 20), "Amazon.com, Inc.", Cents.dollars(20_000_000_000L), Books.CASH, Books.CONTINGENT),
                new Funding(LocalDate.of(2026, 4, 24), "Google LLC", Cents.dollars(10_000_000_000L), Books.CASH, Books.BINDING),
                new Funding(LocalDate.of(2026, 4, 24), "Google LLC", Cents.dollars(30_000_000_000L), Books.CASH, Books.CONTINGENT));
    }

    /**
     * AWS: over $100B across 2026-2035, spread evenly (public total). Google Cloud: 5 GW of TPUs
     * for 2027-2031 at the assumed $/GW-year. Azure: $30B spread over 2026-2028 (public total, invented term).
     */
    private static List<Commitment> commitments() {
        List<Commitment> rows = new ArrayList<>();
        for (int year = 2026; year <= 2035; year++) {
            rows.add(new Commitment("Amazon Web Services", year, Cents.dollars(10_000_000_000L), Books.BINDING));
        }
        for (int year = 2027; year <= 2031; year++) {
            rows.add(new Commitment("Google Cloud", year, Cents.dollars(TPU_GIGAWATTS * TPU_DOLLARS_PER_GW_YEAR), Books.BINDING));
        }
        for (int year = 2026; year <= 2028; year++) {
            rows.add(new Commitment("Microsoft Azure", year, Cents.dollars(10_000_000_000L), Books.BINDING));
        }
        return rows;
    }

    /**
     * The register: some spellings on invoices are listed literally, others ("amazon web services
     * inc", "Nvidia Corp.", "Zephyr Robotics, Inc.") only match after normalisation.
     */
    private static List<PartyRow> parties() {
        return List.of(
                new PartyRow("Amazon.com, Inc.", "Amazon", "investor"),
                new PartyRow("Amazon Web Services, Inc.", "Amazon", "investor"),
                new PartyRow("AWS EMEA SARL", "Amazon", "investor"),
                new PartyRow("Amazon.com Services LLC", "Amazon", "investor"),
                new PartyRow("Google LLC", "Google", "investor"),
                new PartyRow("Alphabet Inc.", "Google", "investor"),
                new PartyRow("Google Cloud EMEA Ltd", "Google", "investor"),
                new PartyRow("Microsoft Corporation", "Microsoft", "investor"),
                new PartyRow("Microsoft Ireland Operations Ltd", "Microsoft", "investor"),
                new PartyRow("NVIDIA Corporation", "Nvidia", "investor"),
                new PartyRow("Zephyr Robotics GmbH", "Zephyr Robotics", "affiliate"),
                new PartyRow("Northwind Cloud Resellers LLC", "Northwind", "other"),
                new PartyRow("Pinecrest Systems Integrators Inc.", "Pinecrest", "other"));
    }
}
