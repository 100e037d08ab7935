package io.haircut.shell.terminal;

import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How the shell talks: {@code --quiet} (stdout holds results only: no progress or colour; confirmations
 * and errors on stderr), {@code --debug} / {@code debug on} (stack traces after error lines), and whether colour is
 * allowed at all ({@code NO_COLOR}, https://no-color.org, or {@code --no-color}).
 */
@Component
public class ShellSettings {

    private final boolean quiet;
    private final boolean colourAllowed;
    private final Boolean terminalOverride;
    private final AtomicBoolean debug;

    @Autowired
    ShellSettings(@Value("${haircut.quiet:false}") boolean quiet,
            @Value("${haircut.debug:false}") boolean debug,
            @Value("${haircut.no-color:false}") boolean noColour,
            @Value("${haircut.terminal:auto}") String terminal) {
        this(quiet, debug, noColour, terminal, System.getenv());
    }

    public ShellSettings(boolean quiet, boolean debug, boolean noColour, String terminal, Map<String, String> env) {
        this.quiet = quiet;
        this.debug = new AtomicBoolean(debug);
        String noColorVariable = env.get("NO_COLOR");
        // no-color.org: set and not empty means no colour, whatever its value.
        this.colourAllowed = !noColour && (noColorVariable == null || noColorVariable.isEmpty());
        this.terminalOverride = switch (terminal == null ? "auto" : terminal.trim().toLowerCase(java.util.Locale.ROOT)) {
            case "true", "yes", "on" -> Boolean.TRUE;
            case "false", "no", "off" -> Boolean.FALSE;
            default -> null;
        };
    }

    public boolean quiet() {
        return quiet;
    }

    public boolean debug() {
        return debug.get();
    }

    public void debug(boolean on) {
        debug.set(on);
    }

    boolean colourAllowed() {
        return colourAllowed;
    }

    /** {@code haircut.terminal=true|false} forces terminal behaviour on or off (tests); null means detect. */
    Boolean terminalOverride() {
        return terminalOverride;
    }
}
