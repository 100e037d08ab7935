package io.haircut.shell.terminal;

import org.jline.terminal.Terminal;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStyle;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * What the shell's output goes to, and so how to decorate it: on a terminal, tables fit its width and
 * progress bars and colours are shown; piped to a file or another program (JLine then gives a "dumb"
 * terminal), or with {@code --quiet}, output is plain text. Colours are bold and the eight standard
 * ANSI colours on the default background, which read on dark and light themes alike.
 */
@Component
public class Screen {

    private final Terminal terminal;
    private final ShellSettings settings;

    public Screen(@Lazy Terminal terminal, ShellSettings settings) {
        this.terminal = terminal;
        this.settings = settings;
    }

    /** Output goes to an interactive terminal (not a pipe or file). */
    public boolean isTerminal() {
        Boolean forced = settings.terminalOverride();
        if (forced != null) {
            return forced;
        }
        String type = terminal.getType();
        return type != null && !type.startsWith(Terminal.TYPE_DUMB);
    }

    public boolean colour() {
        return isTerminal() && !settings.quiet() && settings.colourAllowed();
    }

    public boolean showProgress() {
        return isTerminal() && !settings.quiet();
    }

    /** Columns to fit output into; 0 when output is not a terminal (no fitting: pipes get whole lines). */
    public int width() {
        if (!isTerminal()) {
            return 0;
        }
        int w = terminal.getWidth();
        return w > 0 ? w : 80;
    }

    /** Fits command output to the terminal's width (see {@link TextFit}); unchanged when piped. */
    public String fit(String text) {
        return TextFit.fit(text, width());
    }

    public String bold(String text) {
        return styled(text, AttributedStyle.BOLD);
    }

    public String error(String text) {
        return styled(text, AttributedStyle.BOLD.foreground(AttributedStyle.RED));
    }

    public String warning(String text) {
        return styled(text, AttributedStyle.DEFAULT.foreground(AttributedStyle.YELLOW));
    }

    public String good(String text) {
        return styled(text, AttributedStyle.DEFAULT.foreground(AttributedStyle.GREEN));
    }

    public AttributedString attributed(String text, AttributedStyle style) {
        return colour() ? new AttributedString(text, style) : new AttributedString(text);
    }

    private String styled(String text, AttributedStyle style) {
        return colour() ? new AttributedString(text, style).toAnsi() : text;
    }

    Terminal terminal() {
        return terminal;
    }

    public ShellSettings settings() {
        return settings;
    }
}
