package io.haircut.shell;

import io.haircut.shell.running.ErrorReporter;
import io.haircut.shell.terminal.ShellSettings;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.shell.command.annotation.CommandScan;

/**
 * The haircut shell. With no arguments it is interactive; {@code script FILE} runs a file of commands
 * and exits non-zero on the first one that fails; any other arguments run as one command. Options
 * before the command: {@code --quiet} (results only, for pipes), {@code --debug} (stack traces and
 * logs), {@code --no-color}.
 */
@SpringBootApplication
@CommandScan
public class HaircutApplication {

    public static void main(String[] args) {
        Startup startup = Startup.parse(args);
        try {
            startup.apply();
            useContextBuiltAheadOfTime();
            SpringApplication.run(HaircutApplication.class, startup.command().toArray(String[]::new));
        } catch (SpringApplication.AbandonedRunException e) {
            throw e; // the build's ahead-of-time processing runs main to capture the context, then abandons the run
        } catch (RuntimeException e) {
            // A failed command in a script or one-shot run: its message is already on screen; only the
            // exit code is left to give (Spring Shell signals it with an exception, not a trace for users).
            System.exit(exitCode(e, startup.debug(), String.join(" ", startup.command())));
        }
    }

    /**
     * The packaged jar holds the application context generated when it was built (Spring's ahead-of-time
     * processing, the {@code process-aot} step of {@code mvn package}), which starts the shell about 0.4 s
     * sooner: no configuration classes parsed, no conditions evaluated, no proxies generated at start-up.
     * Only a jar uses it: classes compiled since (a test run from {@code target/classes}) may no longer match
     * what was generated. {@code -Dspring.aot.enabled=false} turns it off.
     */
    static void useContextBuiltAheadOfTime() {
        if (System.getProperty("spring.aot.enabled") != null) {
            return;
        }
        java.security.CodeSource source = HaircutApplication.class.getProtectionDomain().getCodeSource();
        boolean packaged = source != null && source.getLocation() != null && source.getLocation().toString().contains(".jar");
        boolean generated = HaircutApplication.class.getResource("HaircutApplication__ApplicationContextInitializer.class") != null;
        if (packaged && generated) {
            System.setProperty("spring.aot.enabled", "true");
        }
    }

    /**
     * haircut's own options, taken off the front of the arguments before Spring Boot sees them
     * ({@code --debug} means something else to it), and the command that follows.
     */
    record Startup(boolean quiet, boolean debug, boolean noColour, List<String> command) {

        static Startup parse(String[] args) {
            boolean quiet = false;
            boolean debug = false;
            boolean noColour = false;
            List<String> rest = new ArrayList<>(List.of(args));
            while (!rest.isEmpty()) {
                String flag = rest.get(0);
                if (flag.equals("--quiet") || flag.equals("-q")) {
                    quiet = true;
                } else if (flag.equals("--debug")) {
                    debug = true;
                } else if (flag.equals("--no-color") || flag.equals("--no-colour")) {
                    noColour = true;
                } else if (flag.equals("--help") || flag.equals("-h")) {
                    rest.set(0, "help");
                    break;
                } else {
                    break;
                }
                rest.remove(0);
            }
            return new Startup(quiet, debug, noColour, List.copyOf(rest));
        }

        /** Hands the options to {@link ShellSettings} (and logging) as system properties. */
        void apply() {
            if (quiet) {
                System.setProperty("haircut.quiet", "true");
            }
            if (noColour) {
                System.setProperty("haircut.no-color", "true");
            }
            if (debug) {
                System.setProperty("haircut.debug", "true");
                System.setProperty("logging.level.root", "WARN");
            }
        }
    }

    private static int exitCode(Throwable e, boolean debug, String command) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof OutOfMemoryError) { // a one-shot command the heap could not hold (the shell reports its own)
                System.err.println("Error: " + io.haircut.HeapRoom.outOfMemory(command).getMessage());
                return ErrorReporter.USER_ERROR;
            }
            if (t instanceof ExitCodeGenerator g && g.getExitCode() != 0) {
                return g.getExitCode();
            }
            if (t instanceof org.springframework.shell.CommandNotFound) {
                return ErrorReporter.USER_ERROR; // the shell already said which command it did not know
            }
        }
        if (ErrorReporter.wasReported(e)) {
            return ErrorReporter.UNEXPECTED;
        }
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        System.err.println("haircut could not start: " + root.getMessage() + (debug ? "" : " (--debug shows the details)"));
        if (debug) {
            e.printStackTrace();
        }
        return ErrorReporter.UNEXPECTED;
    }
}
