package io.haircut.shell;

import io.haircut.ledger.Granularity;
import io.haircut.ledger.Labelled;
import io.haircut.ledger.PartyRegister;
import io.haircut.ledger.Period;
import io.haircut.ledger.RevenueEntry;
import io.haircut.rules.Rule;
import io.haircut.session.Session;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.Collection;
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
 * one bean: {@code @Bean CompletionProvider scenarioNames(SessionState s) { return Completions.fromSession(s, session -> ...); }}.
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

    /** Workbooks to write for {@code export}. */
    @Bean
    CompletionProvider workbookFiles() {
        return files("xlsx");
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

    /** Ids of the loaded rules. */
    @Bean
    CompletionProvider ruleIds(SessionState state) {
        return fromSession(state, s -> s.rules().rules().stream().map(Rule::id).toList());
    }

    /** Counterparty groups declared in the imported Parties table. */
    @Bean
    CompletionProvider counterpartyGroups(SessionState state) {
        return fromSession(state, s -> s.ledger() == null ? List.of()
                : s.ledger().parties().groups().stream().map(PartyRegister.Group::name).toList());
    }

    /** Sheets of the imported files. */
    @Bean
    CompletionProvider sheets(SessionState state) {
        return fromSession(state, s -> s.ledger() == null ? List.of()
                : s.ledger().files().stream().flatMap(f -> f.sheets().stream()).distinct().toList());
    }

    /** Periods present in the imported revenue: years ("2026"), quarters ("2026-Q1") and months ("2026-03"). */
    @Bean
    CompletionProvider periods(SessionState state) {
        return fromSession(state, Completions::periodsOf);
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
