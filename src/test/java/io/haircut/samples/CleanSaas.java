package io.haircut.samples;

import io.haircut.samples.Books.Commitment;
import io.haircut.samples.Books.Cost;
import io.haircut.samples.Books.Funding;
import io.haircut.samples.Books.Invoice;
import io.haircut.samples.Books.Life;
import io.haircut.samples.Books.PartyRow;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * "Clean SaaS": an invented small subscription company with nothing to strip. Every invoice is a
 * direct cash sale to a customer that did not fund it, so adjusted revenue equals reported: the
 * control case for the tool.
 */
final class CleanSaas {

    static final long SEED = 20_250_101L;
    static final YearMonth FIRST = YearMonth.of(2025, 1);
    static final int MONTHS = 12;
    private static final int NEVER = Integer.MAX_VALUE;
    private static final int PRE_EXISTING = 32;

    /** A plan: its product name and price per seat per month in cents, and the seat range it sells in. */
    private record Plan(String product, long seatCents, int minSeats, int maxSeats) {
    }

    private static final List<Plan> PLANS = List.of(
            new Plan("Clean SaaS Starter", 4_900, 10, 60),
            new Plan("Clean SaaS Growth", 7_900, 20, 120),
            new Plan("Clean SaaS Enterprise", 9_900, 80, 300));

    private static final List<List<String>> CUSTOMERS = List.of(
            List.of("Bluebird Dental Group"), List.of("Cedar & Pine Realty", "Cedar and Pine Realty"),
            List.of("Driftwood Coffee Roasters"), List.of("Elm Street Clinics LLC", "Elm Street Clinics"),
            List.of("Foxglove Florists"), List.of("Gull Rock Marine Ltd"), List.of("Hartwell Accounting LLP"),
            List.of("Ivy League Tutors Inc."), List.of("Jasper Construction Co."), List.of("Kingfisher Kitchens Ltd"),
            List.of("Larkspur Legal"), List.of("Maple Leaf Veterinary"), List.of("Nettle & Sage Apothecary"),
            List.of("Oakridge Property Management"), List.of("Puffin Print Shop"), List.of("Quarry Stone Supplies Ltd"),
            List.of("Rosewood Interiors"), List.of("Sandpiper Travel Inc."), List.of("Thistle Insurance Brokers"),
            List.of("Umber Architects"), List.of("Violet Hill Schools"), List.of("Wren Logistics Ltd", "WREN LOGISTICS LIMITED"),
            List.of("Yarrow Home Care"), List.of("Zinnia Events"), List.of("Alder Engineering GmbH"),
            List.of("Birchwood Breweries"), List.of("Clover Credit Union"), List.of("Dune Solar Installers"),
            List.of("Ember Bakeries Ltd"), List.of("Fern Gully Nurseries"), List.of("Garnet Jewellers"),
            List.of("Heron Fitness Studios"), List.of("Iris Optometry Inc."), List.of("Juniper Dental Lab"),
            List.of("Kelp Seafoods Co."), List.of("Lupin Pet Supplies"), List.of("Myrtle Bookkeeping"),
            List.of("Nutmeg Catering"), List.of("Orchid Spa & Wellness"), List.of("Poppy Toys Ltd"),
            List.of("Quince Marketing Agency"));

    /** A subscriber: spellings, plan, billing day and life; its seat count changes month to month and is kept apart. */
    private record Subscriber(List<String> spellings, Plan plan, int billingDay, Life life) {
    }

    private CleanSaas() {
    }

    static Sample sample() {
        Draw draw = new Draw(SEED);
        List<Subscriber> subscribers = new ArrayList<>();
        int[] seats = new int[CUSTOMERS.size()];
        for (int i = 0; i < CUSTOMERS.size(); i++) {
            int start = i < PRE_EXISTING ? -1 : 1 + (i - PRE_EXISTING);
            int end = draw.percent(15) ? draw.between(3, MONTHS - 1) : NEVER;
            Plan plan = PLANS.get(i % 7 == 0 ? 2 : i % 3 == 0 ? 1 : 0);
            seats[i] = draw.between(plan.minSeats(), plan.maxSeats());
            subscribers.add(new Subscriber(CUSTOMERS.get(i), plan, draw.between(1, 28), new Life(start, Math.max(end, start + 2))));
        }

        List<Invoice> revenue = new ArrayList<>();
        List<Cost> costs = new ArrayList<>();
        for (int k = 0; k < MONTHS; k++) {
            YearMonth month = FIRST.plusMonths(k);
            List<Subscriber> active = new ArrayList<>();
            int monthStart = revenue.size();
            for (int i = 0; i < subscribers.size(); i++) {
                Subscriber s = subscribers.get(i);
                if (!s.life().activeIn(k)) {
                    continue;
                }
                active.add(s);
                if (draw.percent(15)) {
                    seats[i] += draw.between(1, 1 + seats[i] / 10); // expansion
                }
                revenue.add(invoice(draw, month.atDay(s.billingDay()), s, seats[i] * s.plan().seatCents(), s.plan().product()));
                if (s.life().start() == k) {
                    revenue.add(invoice(draw, month.atDay(s.billingDay()), s, Cents.dollars(draw.between(25, 150) * 100L), "Onboarding services"));
                }
            }
            for (int n = 0; n < 3; n++) {
                revenue.add(invoice(draw, month.atDay(draw.between(1, 28)), draw.any(active),
                        Cents.dollars(draw.between(10, 120) * 100L), "Professional services"));
                revenue.add(invoice(draw, month.atDay(draw.between(1, 28)), draw.any(active),
                        draw.between(20_000, 400_000), "Usage overage"));
            }
            long monthRevenue = revenue.subList(monthStart, revenue.size()).stream().mapToLong(Invoice::cents).sum();
            costs.addAll(costs(draw, month, monthRevenue));
        }

        List<Funding> funding = List.of(new Funding(LocalDate.of(2025, 3, 12), "Harbor Point Ventures",
                Cents.dollars(15_000_000L), Books.CASH, Books.BINDING));
        List<Commitment> commitments = new ArrayList<>();
        for (int year = 2025; year <= 2027; year++) {
            commitments.add(new Commitment("Amazon Web Services", year, Cents.dollars(240_000L), Books.BINDING));
        }
        List<PartyRow> parties = List.of(new PartyRow("Ledgerline Payments Ltd", "Ledgerline", "other"));
        return new Books("CS", revenue, costs, Books.tallies(FIRST, MONTHS, subscribers.stream().map(Subscriber::life).toList()),
                funding, commitments, parties,
                Books.balances(FIRST, MONTHS, Cents.dollars(3_200_000L), 0, revenue, costs, funding))
                .toSample("clean-saas");
    }

    private static Invoice invoice(Draw draw, LocalDate date, Subscriber s, long cents, String product) {
        return new Invoice(date, draw.spelling(s.spellings()), "direct", Books.CASH, cents, product, false);
    }

    /** Hosting is cost of revenue; everything is paid in cash. Figures invented. */
    private static List<Cost> costs(Draw draw, YearMonth month, long revenue) {
        return List.of(
                new Cost(month, "cost-of-revenue", Cents.dollars(12_000) + Cents.permille(revenue, draw.between(170, 190)), Books.CASH),
                new Cost(month, "sales-marketing", Cents.dollars(60_000) + Cents.permille(revenue, draw.between(230, 270)), Books.CASH),
                new Cost(month, "research-development", Cents.dollars(draw.between(105_000, 118_000)), Books.CASH),
                new Cost(month, "general-admin", Cents.dollars(draw.between(32_000, 38_000)), Books.CASH));
    }
}
