package io.haircut.shell.input;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.springframework.shell.CompletionContext;
import org.springframework.shell.CompletionProposal;
import org.springframework.shell.command.CommandOption;
import org.springframework.shell.command.CommandRegistration;
import org.springframework.shell.completion.CompletionResolver;
import org.springframework.stereotype.Component;

/**
 * Tab after a command's name. Spring Shell itself completes an option's value only right after the
 * option's name ({@code --file <Tab>}) and otherwise offers every option name; this resolver, which
 * takes the place of its default one, also completes values given by position
 * ({@code import sam<Tab>}, the way analysts type), offers option names when the word starts with
 * "-" or nothing else fits, and never offers names after an option that is waiting for its value.
 */
@Component
public class ArgumentCompletion implements CompletionResolver {

    @Override
    public List<CompletionProposal> apply(CompletionContext context) {
        CommandRegistration registration = context.getCommandRegistration();
        if (registration == null) {
            return List.of();
        }
        List<String> words = context.getWords();
        int index = context.getWordIndex();
        String current = context.currentWordUpToCursor() == null ? "" : context.currentWordUpToCursor();
        if (index > 0 && index - 1 < words.size()) {
            CommandOption previous = named(registration, words.get(index - 1));
            if (previous != null && takesValue(previous)) {
                return List.of(); // Spring Shell asks that option's own provider
            }
        }
        if (current.startsWith("-")) {
            return optionNames(registration, words);
        }
        CommandOption positional = positionalAt(registration, words, index);
        if (positional != null && positional.getCompletion() != null) {
            try {
                return positional.getCompletion().apply(context.commandOption(positional));
            } catch (RuntimeException e) {
                return List.of();
            }
        }
        return current.isEmpty() ? optionNames(registration, words) : List.of();
    }

    /** The option the word at {@code index} fills by position, skipping options already given by name. */
    static CommandOption positionalAt(CommandRegistration registration, List<String> words, int index) {
        List<CommandOption> free = new ArrayList<>(registration.getOptions().stream()
                .filter(o -> o.getLongNames() != null && o.getLongNames().length > 0)
                .filter(o -> !CommandHelp.isFlag(o) && !isHelp(o))
                .sorted(Comparator.comparingInt(CommandOption::getPosition))
                .toList());
        int given = 0;
        for (int i = 0; i < Math.min(index, words.size()); i++) {
            String w = words.get(i);
            CommandOption o = named(registration, w);
            if (o != null) {
                free.remove(o);
                if (takesValue(o)) {
                    i++; // its value
                }
            } else if (!w.startsWith("-") && !w.isEmpty()) {
                given++;
            }
        }
        return given < free.size() ? free.get(given) : null;
    }

    private static List<CompletionProposal> optionNames(CommandRegistration registration, List<String> words) {
        List<CompletionProposal> names = new ArrayList<>();
        for (CommandOption o : registration.getOptions()) {
            if (o.getLongNames() == null || isHelp(o)) {
                continue;
            }
            for (String n : o.getLongNames()) {
                String name = "--" + n;
                if (!words.contains(name)) {
                    names.add(new CompletionProposal(name).description(o.getDescription()).category("Options").dontQuote(true));
                }
            }
        }
        return names;
    }

    static CommandOption named(CommandRegistration registration, String word) {
        if (!word.startsWith("--")) {
            return null;
        }
        String name = word.substring(2);
        return registration.getOptions().stream()
                .filter(o -> o.getLongNames() != null && Arrays.asList(o.getLongNames()).contains(name))
                .findFirst().orElse(null);
    }

    private static boolean takesValue(CommandOption o) {
        return !CommandHelp.isFlag(o) && o.getArityMax() != 0;
    }

    private static boolean isHelp(CommandOption o) {
        return o.getLongNames() != null && Arrays.asList(o.getLongNames()).contains("help");
    }
}
