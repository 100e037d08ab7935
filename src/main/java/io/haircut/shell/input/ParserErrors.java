package io.haircut.shell.input;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.springframework.shell.command.CommandExecution.CommandParserExceptionsException;
import org.springframework.shell.command.CommandOption;
import org.springframework.shell.command.CommandParser.CommandParserException;
import org.springframework.shell.command.CommandRegistration;

/**
 * Rewords Spring Shell's option errors ("Missing mandatory option '--file', workbook, ...") as
 * haircut's: which command needs what, with an example; a mistyped option name gets the nearest one.
 * Spring Shell's messages name only the option, so the command is found by the option's name and
 * description.
 */
public final class ParserErrors {

    private static final Pattern MISSING = Pattern.compile("Missing mandatory option '--([^']+)'(?:, (.*))?");
    private static final Pattern UNKNOWN = Pattern.compile("Unrecognised option '(-{1,2}[^']+)'");

    private ParserErrors() {
    }

    public static String explain(CommandParserExceptionsException e, Map<String, CommandRegistration> registrations) {
        List<String> parts = new ArrayList<>();
        for (CommandParserException p : e.getParserExceptions()) {
            String part = explain(p.getMessage() == null ? "" : p.getMessage(), registrations);
            if (!parts.contains(part)) {
                parts.add(part);
            }
        }
        return parts.isEmpty() ? "the command line could not be read (see: help)" : String.join("; ", parts);
    }

    public static String explain(String message, Map<String, CommandRegistration> registrations) {
        Matcher missing = MISSING.matcher(message);
        if (missing.matches()) {
            String name = missing.group(1);
            String description = missing.group(2);
            return commandWith(name, description, registrations)
                    .map(command -> {
                        CommandHelp.Entry help = CommandHelp.of(command, registrations.get(command));
                        String example = help.examples().isEmpty() ? "" : "; for example: " + help.examples().get(0);
                        return command + " needs " + label(registrations.get(command), name)
                                + (description == null ? "" : " (" + description + ")") + example;
                    })
                    .orElse("missing --" + name + (description == null ? "" : " (" + description + ")"));
        }
        Matcher unknown = UNKNOWN.matcher(message);
        if (unknown.matches()) {
            String typed = unknown.group(1);
            Optional<String> nearest = registrations.values().stream()
                    .flatMap(r -> r.getOptions().stream())
                    .flatMap(o -> o.getLongNames() == null ? Stream.<String>empty() : Arrays.stream(o.getLongNames()))
                    .map(n -> "--" + n)
                    .distinct()
                    .filter(n -> CommandSuggestions.distance(n, typed) <= 2)
                    .min(Comparator.comparingInt(n -> CommandSuggestions.distance(n, typed)));
            return "unknown option '" + typed + "'" + nearest.map(n -> "; did you mean '" + n + "'?").orElse("; see: help COMMAND");
        }
        String first = message.lines().findFirst().orElse(message);
        return first.isEmpty() ? "the command line could not be read (see: help)"
                : first.substring(0, 1).toLowerCase(Locale.ROOT) + first.substring(1) + " (see: help COMMAND)";
    }

    /** The one command with a required option of this name and description, if there is exactly one. */
    private static Optional<String> commandWith(String name, String description, Map<String, CommandRegistration> registrations) {
        List<String> found = registrations.entrySet().stream()
                .filter(e -> e.getKey().equals(e.getValue().getCommand()))
                .filter(e -> e.getValue().getOptions().stream().anyMatch(o -> matches(o, name, description)))
                .map(Map.Entry::getKey)
                .toList();
        return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
    }

    private static boolean matches(CommandOption o, String name, String description) {
        return o.getLongNames() != null && Arrays.asList(o.getLongNames()).contains(name)
                && (description == null || description.equals(o.getDescription()));
    }

    private static String label(CommandRegistration r, String name) {
        return r.getOptions().stream()
                .filter(o -> Arrays.asList(o.getLongNames()).contains(name))
                .findFirst()
                .map(o -> o.getLabel() != null && !o.getLabel().isBlank() ? o.getLabel() : name.toUpperCase(Locale.ROOT))
                .orElse(name.toUpperCase(Locale.ROOT));
    }
}
