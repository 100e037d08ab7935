package io.haircut.shell.commands;

import io.haircut.HaircutException;
import io.haircut.shell.input.CommandHelp;
import io.haircut.shell.input.CommandSuggestions;
import io.haircut.shell.terminal.Screen;
import java.util.List;
import org.springframework.context.annotation.Lazy;
import org.springframework.shell.command.CommandAlias;
import org.springframework.shell.command.CommandCatalog;
import org.springframework.shell.command.CommandRegistration;
import org.springframework.shell.command.annotation.Command;
import org.springframework.shell.command.annotation.Option;
import org.springframework.shell.command.annotation.OptionValues;

/**
 * {@code help}: the commands grouped by task, or one command's options and example (also shown by
 * {@code COMMAND --help}). Replaces Spring Shell's built-in help (spring.shell.command.help.enabled=false).
 */
@Command(group = "Session")
public class HelpCommand {

    private final CommandCatalog catalog;
    private final Screen screen;

    HelpCommand(@Lazy CommandCatalog catalog, Screen screen) {
        this.catalog = catalog;
        this.screen = screen;
    }

    @Command(command = "help", description = "List the commands by task, or show one command's options and an example. "
            + "Example: help Example: help bridge")
    String help(@Option(longNames = "command", label = "COMMAND", arityMax = 4,
            description = "the command to explain, such as: rules load") @OptionValues(provider = "commandNames") String[] command) {
        if (command == null || command.length == 0) {
            return CommandHelp.list(catalog.getRegistrations(), screen::bold);
        }
        String name = String.join(" ", command).trim().replaceAll("\\s+", " ");
        CommandRegistration r = catalog.getRegistrations().get(name);
        if (r == null) {
            CommandSuggestions.Suggestion s = CommandSuggestions.nearest(List.of(name.split(" ")), catalog.getRegistrations().keySet());
            throw new HaircutException(CommandSuggestions.message(s));
        }
        List<String> aliases = r.getAliases().stream().map(CommandAlias::getCommand).filter(a -> !a.equals(name)).toList();
        return CommandHelp.detail(CommandHelp.of(name, r), aliases, screen::bold);
    }
}
