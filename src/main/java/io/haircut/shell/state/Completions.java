package io.haircut.shell.state;

import io.haircut.coverage.Scenario;
import io.haircut.ledger.Granularity;
import io.haircut.ledger.Labelled;
import io.haircut.ledger.Period;
import io.haircut.ledger.RevenueEntry;
import io.haircut.rules.Rule;
import io.haircut.session.Session;
import io.haircut.shell.input.ArgumentCompletion;
import io.haircut.shell.input.PathCompletion;
import io.haircut.shell.terminal.OutputFormat;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Supplier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.springframework.shell.CompletionProposal;
import org.springframework.shell.command.CommandCatalog;
import org.springframework.shell.completion.CompletionProvider;

/**
 * What Tab proposes for option values. A command names a provider by its bean name:
 * <pre>
 * &#64;Option(longNames = "rule") &#64;OptionValues(provider = "ruleIds") String rule
 * </pre>
 * and gets its proposals both after {@code --rule} and in the option's position ({@link ArgumentCompletion}).
 * Values from the session are read when Tab is pressed; to offer another list from the session, add
 * one bean: {@code @Bean CompletionProvider names(SessionState s) { return Completions.fromSession(s, session -> ...); }}.
 * Providers never throw: a failure offers nothing rather than disturbing the line being typed.
 */
@Configuration(proxyBeanMethods = false)
public class Completions {

    /** Working folder, resolved per Tab so a test or a {@code cd} in a later version sees the right one. */
    private static Path workingFolder() {
        return Path.of("").toAbsolutePath();
    }

    /** Files {@code import} reads: workbooks, CSV and TSV files, and folders of CSV files. */
    @Bean
    CompletionProvider importFiles() {
        return files("xlsx", "xlsm", "xls", "csv", "tsv");
    }

    /** Rule files and folders of them for {@code rules load}. */
    @Bean
    CompletionProvider ruleFiles() {
        return files("yaml", "yml");
    }

    /** Script files ({@code .hc}) for {@code script}. */
    @Bean
    CompletionProvider scriptFiles() {
        return files("hc");
    }

    /** What {@code export} writes: the workbook, or one report as CSV or JSON. */
    @Bean
    CompletionProvider exportFiles() {
        return files("xlsx", "csv", "json");
    }

    /** Report files to write for {@code --out}. */
    @Bean
    CompletionProvider reportFiles() {
        return files("csv", "json", "txt");
    }

    /** Ids of the loaded rules, for {@code rules show|test|enable|disable} and {@code --rule}. */
    @Bean
    CompletionProvider ruleIds(SessionState state) {
        return fromSession(state, s -> s.rules().rules().stream().map(Rule::id).toList());
    }

    /**
     * {@code --counterparty}: the groups declared in the imported Parties table, then the counterparties of
     * the revenue as written (adjustments takes either).
     */
    @Bean
    CompletionProvider counterparties(SessionState state) {
        return fromSession(state, Completions::counterpartiesOf);
    }

    /**
     * {@code --sheets}: the sheets of the files last inspected or imported (before either, those of the
     * session's files). The value is a comma-separated list, so the names already typed stay in front.
     */
    @Bean
    CompletionProvider sheets(SessionState state) {
        return context -> safely(() -> sheetProposals(context.currentWordUpToCursor(), sheetsOf(state)));
    }

    /** {@code metrics --period}: the periods in the imported revenue, then {@code all}. */
    @Bean
    CompletionProvider periods(SessionState state) {
        return fromSession(state, s -> {
            Collection<String> periods = periodsOf(s);
            if (periods.isEmpty()) {
                return periods;
            }
            List<String> withAll = new ArrayList<>(periods);
            withAll.add("all");
            return withAll;
        });
    }

    /** Names of the session's scenarios, for {@code scenario remove}. */
    @Bean
    CompletionProvider scenarioNames(SessionState state) {
        return fromSession(state, s -> s.scenarios().all().stream().map(Scenario::name).toList());
    }

    /** {@code --by} values: month | quarter | year. */
    @Bean
    CompletionProvider granularities() {
        return fixed(Arrays.stream(Granularity.values()).map(Labelled::label).toList());
    }

    /** {@code --format} values: table | csv | json. */
    @Bean
    CompletionProvider formats() {
        return fixed(Arrays.stream(OutputFormat.values()).map(f -> f.name().toLowerCase(Locale.ROOT)).toList());
    }

    @Bean
    CompletionProvider onOff() {
        return fixed(List.of("on", "off"));
    }

    /** Command names, for {@code help}. */
    @Bean
    CompletionProvider commandNames(@Lazy CommandCatalog catalog) {
        return context -> safely(() -> catalog.getRegistrations().entrySet().stream()
                .filter(e -> !e.getValue().isHidden())
                .map(e -> e.getKey())
                .sorted()
                .map(c -> new CompletionProposal(c).dontQuote(true))
                .toList());
    }

    /** A provider of names taken from the session when Tab is pressed. */
    public static CompletionProvider fromSession(SessionState state, Function<Session, Collection<String>> names) {
        return context -> safely(() -> names.apply(state.current()).stream().map(CompletionProposal::new).toList());
    }

    /** A provider of a fixed list of values. */
    public static CompletionProvider fixed(List<String> values) {
        List<String> copy = List.copyOf(values);
        return context -> copy.stream().map(CompletionProposal::new).toList();
    }

    /** A provider of file names with these extensions, and folders. */
    public static CompletionProvider files(String... extensions) {
        Set<String> allowed = Set.of(extensions);
        return context -> safely(() -> PathCompletion.complete(context.currentWordUpToCursor(), allowed, workingFolder()));
    }

    static Collection<String> counterpartiesOf(Session s) {
        if (s.ledger() == null) {
            return List.of();
        }
        Set<String> names = new LinkedHashSet<>();
        s.ledger().parties().groups().forEach(g -> names.add(g.name()));
        // Alphabetical as a reader expects, ignoring case, but each spelling kept: adjustments matches any of them.
        Set<String> written = new TreeSet<>(String.CASE_INSENSITIVE_ORDER.thenComparing(Comparator.naturalOrder()));
        s.ledger().revenue().forEach(e -> e.counterparty().ifPresent(written::add));
        names.addAll(written);
        return names;
    }

    private static List<String> sheetsOf(SessionState state) {
        List<String> seen = state.sheetsSeen();
        Session s = state.current();
        if (!seen.isEmpty() || s.ledger() == null) {
            return seen;
        }
        return s.ledger().files().stream().flatMap(f -> f.sheets().stream()).distinct().toList();
    }

    /** "Revenue,Co" offers "Revenue,Costs", ...: the names not yet listed, after the ones typed. */
    static List<CompletionProposal> sheetProposals(String typed, List<String> sheets) {
        String word = typed == null ? "" : typed;
        int comma = word.lastIndexOf(',');
        String before = comma < 0 ? "" : word.substring(0, comma + 1);
        Set<String> listed = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        Arrays.stream(before.split(",")).map(String::trim).forEach(listed::add);
        return sheets.stream().filter(n -> !listed.contains(n)).map(n -> new CompletionProposal(before + n)).toList();
    }

    static Collection<String> periodsOf(Session s) {
        if (s.ledger() == null) {
            return List.of();
        }
        Set<YearMonth> months = new TreeSet<>();
        for (RevenueEntry e : s.ledger().revenue()) {
            months.add(e.month());
        }
        Set<String> labels = new LinkedHashSet<>();
        for (Granularity g : List.of(Granularity.YEAR, Granularity.QUARTER, Granularity.MONTH)) {
            months.forEach(m -> labels.add(Period.containing(g, m).label()));
        }
        return labels;
    }

    private static List<CompletionProposal> safely(Supplier<List<CompletionProposal>> proposals) {
        try {
            return proposals.get();
        } catch (RuntimeException e) {
            return List.of();
        }
    }
}
