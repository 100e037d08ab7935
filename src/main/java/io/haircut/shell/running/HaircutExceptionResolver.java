package io.haircut.shell.running;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.shell.command.CommandExceptionResolver;
import org.springframework.shell.command.CommandHandlingResult;
import org.springframework.stereotype.Component;

/**
 * The one place that turns a command's failure into what the analyst sees (worded by
 * {@link ErrorReporter}): a user error is its one-line message with exit code 1, Ctrl-C says nothing
 * changed (exit code 130), anything unexpected is one line too (exit code 2); never a stack trace
 * unless debug mode is on.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE) // before Spring Shell's own resolver for mistyped options
public class HaircutExceptionResolver implements CommandExceptionResolver {

    private final CommandOutcomes outcomes;
    private final ErrorReporter errors;

    public HaircutExceptionResolver(CommandOutcomes outcomes, ErrorReporter errors) {
        this.outcomes = outcomes;
        this.errors = errors;
    }

    @Override
    public CommandHandlingResult resolve(Exception ex) {
        outcomes.failed();
        return CommandHandlingResult.of(errors.show(ex), ErrorReporter.exitCode(ex));
    }
}
