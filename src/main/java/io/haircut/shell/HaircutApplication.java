package io.haircut.shell;

import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.shell.command.annotation.CommandScan;

/**
 * The haircut shell. With no arguments it is interactive; {@code script FILE} runs a file of commands
 * and exits non-zero on the first one that fails; any other arguments run as one command.
 */
@SpringBootApplication
@CommandScan
public class HaircutApplication {

    public static void main(String[] args) {
        try {
            SpringApplication.run(HaircutApplication.class, args);
        } catch (RuntimeException e) {
            // A failed command in a script or one-shot run: its message is already on screen; only the
            // exit code is left to give (Spring Shell signals it with an exception, not a trace for users).
            System.exit(exitCode(e));
        }
    }

    private static int exitCode(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ExitCodeGenerator g && g.getExitCode() != 0) {
                return g.getExitCode();
            }
            if (t instanceof org.springframework.shell.CommandNotFound) {
                return 1; // the shell already said which command it did not know
            }
        }
        System.err.println("haircut could not start: " + e.getMessage());
        return 2;
    }
}
