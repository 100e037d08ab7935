package io.haircut.ledger;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.AbstractMap.SimpleImmutableEntry;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;
import java.util.function.IntFunction;

/**
 * One line of the startup's revenue ledger, as imported. {@code source} is the amount's cell;
 * {@code attributes} holds the optional columns (invoice, product, ...) by lower-case header.
 * {@code span} is the months the amount covers: one month for an invoice, a quarter or a year for a P&L
 * line of a quarterly or yearly statement ({@code date} is then the span's last day).
 * {@code basis} tells an actual figure from a forecast one; {@code namedCustomer} is false when
 * {@code customer} only names a P&L line ("(Revenue)"), so customer metrics cannot use it.
 */
public record RevenueEntry(
        LocalDate date,
        String customer,
        String channel,
        Settlement settlement,
        Money amount,
        Map<String, String> attributes,
        SourceRef source,
        Span span,
        FigureBasis basis,
        boolean namedCustomer) implements LedgerEntry {

    public RevenueEntry {
        attributes = OptionalColumns.of(attributes);
        span = span == null ? Span.month(YearMonth.from(date)) : span;
        basis = basis == null ? FigureBasis.ACTUAL : basis;
        if (!span.last().equals(YearMonth.from(date))) {
            throw new IllegalArgumentException("a revenue entry is dated in the last month of its span: " + date + " is outside " + span);
        }
    }

    /** An actual figure for one named customer, in the month of its date: an invoice line. */
    public RevenueEntry(LocalDate date, String customer, String channel, Settlement settlement, Money amount,
            Map<String, String> attributes, SourceRef source) {
        this(date, customer, channel, settlement, amount, attributes, source, null, FigureBasis.ACTUAL, true);
    }

    /** The same entry with another amount (a conversion, a rule's change), keeping its span and basis. */
    public RevenueEntry withAmount(Money newAmount) {
        return new RevenueEntry(date, customer, channel, settlement, newAmount, attributes, source, span, basis, namedCustomer);
    }

    public boolean isForecast() {
        return basis == FigureBasis.FORECAST;
    }

    public YearMonth month() {
        return span.last(); // the same month as the date's (checked when the entry is made), without a new object per call
    }

    /**
     * The value of a named field as text, for rule conditions: the fixed fields by name, then the
     * optional columns. Empty when the entry has no such field.
     */
    @Override
    public Optional<String> field(String name) {
        return switch (name) {
            case "customer" -> Optional.of(customer);
            case "channel" -> Optional.of(channel);
            case "settlement" -> Optional.of(settlement.label());
            case "currency" -> Optional.of(amount.currency());
            case "date" -> Optional.of(date.toString());
            case "month" -> Optional.of(month().toString());
            case "basis" -> Optional.of(basis.label());
            case "amount" -> Optional.of(amount.amount().toPlainString());
            default -> Optional.ofNullable(attributes.get(name));
        };
    }

    @Override
    public Optional<String> counterparty() {
        return Optional.of(customer);
    }

    /**
     * A revenue entry's optional columns (invoice, product, ...) by lower-case header, immutable, in the order
     * they were given. Every row of a table has the same headers, so the header array is shared between rows
     * and each row keeps only its values: on a million-row ledger this is 48 bytes a row where a
     * {@code Map.copyOf} took 84 (docs/performance.md, "A 10,000,000-row CSV billing export"). It implements
     * {@code Map} itself, as {@code AbstractMap}'s two cached views would add 8 bytes a row.
     */
    private static final class OptionalColumns implements Map<String, String> {

        /** The header arrays seen, shared by every row that has them; bounded, as a ledger has a few tables. */
        private static final Map<List<String>, String[]> HEADERS = new ConcurrentHashMap<>();
        private static final int MOST_HEADER_SETS = 1_000;

        private final String[] headers;
        private final String[] values;

        private OptionalColumns(String[] headers, String[] values) {
            this.headers = headers;
            this.values = values;
        }

        /** The columns of {@code given}, null headers and values refused as {@code Map.copyOf} refuses them. */
        static Map<String, String> of(Map<String, String> given) {
            if (given.isEmpty()) {
                return Map.of();
            }
            if (given instanceof OptionalColumns) {
                return given;
            }
            String[] headers = new String[given.size()];
            String[] values = new String[headers.length];
            int i = 0;
            for (Map.Entry<String, String> e : given.entrySet()) {
                headers[i] = Objects.requireNonNull(e.getKey(), "column header");
                values[i++] = Objects.requireNonNull(e.getValue(), "column value");
            }
            return new OptionalColumns(shared(headers), values);
        }

        private static String[] shared(String[] headers) {
            List<String> key = Arrays.asList(headers);
            String[] known = HEADERS.get(key);
            if (known == null && HEADERS.size() < MOST_HEADER_SETS) {
                known = HEADERS.putIfAbsent(key, headers);
            }
            return known == null ? headers : known;
        }

        @Override
        public String get(Object header) {
            for (int i = 0; i < headers.length; i++) {
                if (headers[i].equals(header)) {
                    return values[i];
                }
            }
            return null;
        }

        @Override
        public boolean containsKey(Object header) {
            return get(header) != null;
        }

        @Override
        public boolean containsValue(Object value) {
            return Arrays.asList(values).contains(value);
        }

        @Override
        public int size() {
            return headers.length;
        }

        @Override
        public boolean isEmpty() {
            return false;
        }

        @Override
        public void forEach(BiConsumer<? super String, ? super String> action) {
            for (int i = 0; i < headers.length; i++) {
                action.accept(headers[i], values[i]);
            }
        }

        @Override
        public Set<String> keySet() {
            return new Columns<>(i -> headers[i]);
        }

        @Override
        public Collection<String> values() {
            return Collections.unmodifiableList(Arrays.asList(values));
        }

        @Override
        public Set<Entry<String, String>> entrySet() {
            return new Columns<>(i -> new SimpleImmutableEntry<>(headers[i], values[i]));
        }

        /** A read-only view of the columns, each made from its position as it is read. */
        private final class Columns<T> extends AbstractSet<T> {

            private final IntFunction<T> at;

            Columns(IntFunction<T> at) {
                this.at = at;
            }

            @Override
            public Iterator<T> iterator() {
                return new Iterator<>() {
                    private int next;

                    @Override
                    public boolean hasNext() {
                        return next < headers.length;
                    }

                    @Override
                    public T next() {
                        if (next >= headers.length) {
                            throw new NoSuchElementException();
                        }
                        return at.apply(next++);
                    }
                };
            }

            @Override
            public int size() {
                return headers.length;
            }
        }

        @Override
        public String put(String header, String value) {
            throw new UnsupportedOperationException("an entry's columns are fixed when it is imported");
        }

        @Override
        public String remove(Object header) {
            throw new UnsupportedOperationException("an entry's columns are fixed when it is imported");
        }

        @Override
        public void putAll(Map<? extends String, ? extends String> more) {
            throw new UnsupportedOperationException("an entry's columns are fixed when it is imported");
        }

        @Override
        public void clear() {
            throw new UnsupportedOperationException("an entry's columns are fixed when it is imported");
        }

        @Override
        public boolean equals(Object o) {
            if (!(o instanceof Map<?, ?> other) || other.size() != headers.length) {
                return false;
            }
            for (int i = 0; i < headers.length; i++) {
                if (!values[i].equals(other.get(headers[i]))) {
                    return false;
                }
            }
            return true;
        }

        @Override
        public int hashCode() {
            int h = 0;
            for (int i = 0; i < headers.length; i++) {
                h += headers[i].hashCode() ^ values[i].hashCode();
            }
            return h;
        }

        @Override
        public String toString() {
            StringJoiner text = new StringJoiner(", ", "{", "}");
            forEach((header, value) -> text.add(header + "=" + value));
            return text.toString();
        }
    }
}
