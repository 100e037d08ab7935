package io.haircut.shell.running;

import io.haircut.shell.input.CommandSuggestions;
import io.haircut.shell.terminal.Screen;
import io.haircut.shell.terminal.ShellSettings;
import org.springframework.shell.result.CommandNotFoundMessageProvider;
import org.springframework.stereotype.Component;

/**
 * Spring Shell's hook for the "command not found" line: ours is one line in the usual error form,
 * naming the nearest commands ({@link CommandSuggestions}).
 */
@Component
class UnknownCommandMessage implements CommandNotFoundMessageProvider {

    private final Screen screen;
    private final ShellSettings settings;
    private final CommandOutcomes outcomes;

    UnknownCommandMessage(Screen screen, ShellSettings settings, CommandOutcomes outcomes) {
        this.screen = screen;
        this.settings = settings;
        this.outcomes = outcomes;
    }

    @Override
    public String apply(ProviderContext context) {
        outcomes.failed();
        String text = screen.error("Error:") + " "
                + CommandSuggestions.message(CommandSuggestions.nearest(context.commands(), context.registrations().keySet()));
        if (settings.quiet()) {
            System.err.println(text);
            return "";
        }
        return text;
    }
}
