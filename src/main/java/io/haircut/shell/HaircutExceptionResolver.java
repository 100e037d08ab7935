package io.haircut.shell;

import io.haircut.HaircutException;
import org.springframework.shell.command.CommandExceptionResolver;
import org.springframework.shell.command.CommandHandlingResult;
import org.springframework.stereotype.Component;

/**
 * The one place that turns errors into what the analyst sees: a user error is its one-line message
 * with exit code 1; anything unexpected is one line too (exit code 2), never a stack trace.
 */
@Component
public class HaircutExceptionResolver implements CommandExceptionResolver {

    private final CommandOutcomes outcomes;

    public HaircutExceptionResolver(CommandOutcomes outcomes) {
        this.outcomes = outcomes;
    }

    @Override
    public CommandHandlingResult resolve(Exception ex) {
        outcomes.failed();
        if (ex instanceof ScriptFailedException) {
            return CommandHandlingResult.of("Error: " + ex.getMessage() + "\n", 1);
        }
        if (ex instanceof HaircutException) {
            return CommandHandlingResult.of("Error: " + ex.getMessage() + "\n", 1);
        }
        if (ex instanceof org.springframework.shell.command.CommandExecution.CommandParserExceptionsException p) {
            String message = p.getParserExceptions().isEmpty() ? p.getMessage() : p.getParserExceptions().get(0).getMessage();
            return CommandHandlingResult.of("Error: " + message + " (see: help <command>)\n", 1);
        }
        String what = ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage().lines().findFirst().orElse("");
        return CommandHandlingResult.of("Error: unexpected failure: " + what + "\n", 2);
    }
}
