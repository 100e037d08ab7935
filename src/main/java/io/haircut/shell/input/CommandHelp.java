package io.haircut.shell.input;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import org.springframework.core.ResolvableType;
import org.springframework.shell.command.CommandOption;
import org.springframework.shell.command.CommandRegistration;

/**
 * The help text of commands, read from their registrations. A command's description is its summary
 * followed by {@code Example: <command line>} (several examples: several "Example:" parts), so a new
 * command gets complete help from its {@code @Command(description = ...)} alone:
 * <pre>
 * &#64;Command(command = "bridge", description = "Show the revenue bridge. Example: bridge --by month")
 * </pre>
 * Commands are grouped by task in a fixed order; Spring Shell's built-ins join the Session group.
 */
public final class CommandHelp {

    /** The task groups in the order the analyst meets them; other groups follow alphabetically. */
    static final List<String> GROUP_ORDER = List.of("Import", "Rules", "Reports", "Export", "Session");

    /** Spring Shell's own commands carry no example; these fill in, and put them in Session. */
    private static final Map<String, String> BUILT_IN_DESCRIPTIONS = Map.of(
            "clear", "Clear the screen. Example: clear",
            "quit", "Leave haircut (Ctrl-D does too). Example: quit",
            "exit", "Leave haircut (Ctrl-D does too). Example: exit",
            "history", "Show earlier commands, also from past sessions. They are kept in ~/.haircut_history; "
                    + "Up arrow and Ctrl-R recall them. Example: history",
            "version", "Show the version of haircut. Example: version");
    private static final String BUILT_IN_GROUP = "Built-In Commands";
    private static final String EXAMPLE = "Example:";
    /** A summary longer than this is cut at its first colon: "Write the adjusted workbook: ..." */
    private static final int SHORT = 60;

    private CommandHelp() {
    }

    /** One command's help: what it does, how to call it, its options and examples. */
    public record Entry(String command, String group, String summary, String description, String usage,
            List<OptionLine> options, List<String> examples) {
    }

    public record OptionLine(String names, String description) {
    }

    public static Entry of(String command, CommandRegistration r) {
        String text = BUILT_IN_DESCRIPTIONS.getOrDefault(command, r.getDescription() == null ? "" : r.getDescription());
        String group = r.getGroup() == null || r.getGroup().isBlank() || r.getGroup().equals(BUILT_IN_GROUP) ? "Session" : r.getGroup();
        int at = text.indexOf(EXAMPLE);
        String description = (at < 0 ? text : text.substring(0, at)).strip();
        List<String> examples = new ArrayList<>();
        if (at >= 0) {
            for (String e : text.substring(at + EXAMPLE.length()).split(EXAMPLE)) {
                if (!e.isBlank()) {
                    examples.add(e.strip());
                }
            }
        }
        List<CommandOption> options = shownOptions(r);
        StringBuilder usage = new StringBuilder(command);
        List<OptionLine> lines = new ArrayList<>();
        for (CommandOption o : options) {
            String name = "--" + o.getLongNames()[0];
            String value = isFlag(o) ? "" : " " + label(o);
            usage.append(' ').append(o.isRequired() ? label(o) : "[" + name + value + "]");
            String about = o.getDescription() == null ? "" : o.getDescription();
            if (o.getDefaultValue() != null && !o.getDefaultValue().isBlank() && !isFlag(o)) {
                about += " (default: " + o.getDefaultValue() + ")";
            }
            if (o.isRequired()) {
                about += " (required; may also be given as " + name + value + ")";
            }
            lines.add(new OptionLine(o.isRequired() ? label(o) : name + value, about.strip()));
        }
        return new Entry(command, group, summary(description), description, usage.toString(), lines, examples);
    }

    /** The first sentence (before a colon, if long): what the command list shows. */
    static String summary(String description) {
        int stop = description.indexOf(". ");
        String first = (stop < 0 ? description : description.substring(0, stop + 1)).strip();
        int colon = first.indexOf(": ");
        if (first.length() > SHORT && colon > 0) {
            first = first.substring(0, colon) + ".";
        }
        return first;
    }

    /** Every command by group, groups in {@link #GROUP_ORDER}, commands sorted by name; hidden ones left out. */
    static Map<String, List<Entry>> byGroup(Map<String, CommandRegistration> registrations) {
        Map<String, List<Entry>> groups = new TreeMap<>(Comparator
                .comparingInt((String g) -> GROUP_ORDER.contains(g) ? GROUP_ORDER.indexOf(g) : GROUP_ORDER.size())
                .thenComparing(g -> g));
        registrations.entrySet().stream()
                .filter(e -> !e.getValue().isHidden())
                .filter(e -> e.getKey().equals(e.getValue().getCommand())) // aliases are shown with their command
                .map(e -> of(e.getKey(), e.getValue()))
                .sorted(Comparator.comparing(Entry::command))
                .forEach(entry -> groups.computeIfAbsent(entry.group(), g -> new ArrayList<>()).add(entry));
        return new LinkedHashMap<>(groups);
    }

    public static String list(Map<String, CommandRegistration> registrations, UnaryOperator<String> heading) {
        Map<String, List<Entry>> groups = byGroup(registrations);
        int width = groups.values().stream().flatMap(List::stream).mapToInt(e -> shortUsage(e).length()).max().orElse(10);
        StringBuilder out = new StringBuilder("haircut commands by task; help COMMAND shows a command's options and an example.\n");
        groups.forEach((group, entries) -> {
            out.append('\n').append(heading.apply(group)).append('\n');
            for (Entry e : entries) {
                out.append("  ").append(pad(shortUsage(e), width)).append("  ").append(e.summary()).append('\n');
            }
        });
        out.append("\nNew to haircut? Type tutorial. Tab completes commands, options, file names and values.");
        return out.toString();
    }

    public static String detail(Entry e, List<String> aliases, UnaryOperator<String> heading) {
        StringBuilder out = new StringBuilder();
        out.append(heading.apply(e.command())).append(" (").append(e.group()).append(")\n");
        out.append("  ").append(e.description()).append('\n');
        if (!aliases.isEmpty()) {
            out.append("  Also: ").append(String.join(", ", aliases)).append('\n');
        }
        out.append('\n').append(heading.apply("Usage")).append("\n  ").append(e.usage()).append('\n');
        if (!e.options().isEmpty()) {
            int width = e.options().stream().mapToInt(o -> o.names().length()).max().orElse(0);
            out.append('\n').append(heading.apply("Options")).append('\n');
            for (OptionLine o : e.options()) {
                out.append("  ").append(pad(o.names(), width)).append("  ").append(o.description()).append('\n');
            }
        }
        if (!e.examples().isEmpty()) {
            out.append('\n').append(heading.apply(e.examples().size() == 1 ? "Example" : "Examples")).append('\n');
            e.examples().forEach(x -> out.append("  ").append(x).append('\n'));
        }
        return out.toString().stripTrailing();
    }

    /** The command and its required values, as the list shows it: {@code rules load PATH}. */
    private static String shortUsage(Entry e) {
        StringBuilder b = new StringBuilder(e.command());
        String usage = e.usage().substring(e.command().length());
        for (String word : usage.trim().split(" ")) {
            if (!word.isEmpty() && !word.startsWith("[") && !word.endsWith("]")) {
                b.append(' ').append(word);
            }
        }
        return b.toString();
    }

    private static List<CommandOption> shownOptions(CommandRegistration r) {
        return r.getOptions().stream()
                .filter(o -> o.getLongNames() != null && o.getLongNames().length > 0)
                .filter(o -> !Arrays.asList(o.getLongNames()).contains("help"))
                .sorted(Comparator.comparing((CommandOption o) -> !o.isRequired()).thenComparingInt(CommandOption::getPosition))
                .toList();
    }

    static boolean isFlag(CommandOption o) {
        ResolvableType type = o.getType();
        Class<?> c = type == null ? null : type.resolve();
        return c == boolean.class || c == Boolean.class;
    }

    private static String label(CommandOption o) {
        return o.getLabel() != null && !o.getLabel().isBlank() ? o.getLabel() : o.getLongNames()[0].toUpperCase(Locale.ROOT);
    }

    private static String pad(String s, int width) {
        return s.length() >= width ? s : s + " ".repeat(width - s.length());
    }
}
