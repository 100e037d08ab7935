package io.haircut.shell.running;

import io.haircut.shell.terminal.Confirmation;
import io.haircut.shell.terminal.Screen;
import io.haircut.shell.terminal.ShellSettings;
import org.jline.terminal.Terminal;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.springframework.shell.ResultHandler;

/**
 * How command results reach the screen. Spring Shell picks the handler registered for the result's
 * most specific type, so these take over from its defaults: text is fitted to the terminal's width,
 * confirmations go to stderr under {@code --quiet}, and a throwable that escaped the command's error
 * handling (an Error, an interrupted wait) is still one line, never a stack trace.
 */
@Configuration(proxyBeanMethods = false)
class OutputHandlers {

    @Bean
    ResultHandler<String> textResultHandler(@Lazy Terminal terminal, Screen screen) {
        return new ResultHandler<String>() {
            @Override
            public void handleResult(String text) {
                terminal.writer().println(screen.fit(text));
                terminal.writer().flush();
            }
        };
    }

    @Bean
    ResultHandler<Confirmation> confirmationResultHandler(@Lazy Terminal terminal, Screen screen, ShellSettings settings) {
        return new ResultHandler<Confirmation>() {
            @Override
            public void handleResult(Confirmation confirmation) {
                if (settings.quiet()) {
                    System.err.println(confirmation.text());
                    System.err.flush();
                } else {
                    terminal.writer().println(screen.fit(confirmation.text()));
                    terminal.writer().flush();
                }
            }
        };
    }

    @Bean
    ResultHandler<Exception> exceptionResultHandler(ErrorReporter errors) {
        return new ResultHandler<Exception>() {
            @Override
            public void handleResult(Exception e) {
                errors.report(e);
            }
        };
    }

    @Bean
    ResultHandler<Error> errorResultHandler(ErrorReporter errors) {
        return new ResultHandler<Error>() {
            @Override
            public void handleResult(Error e) {
                errors.report(e);
            }
        };
    }
}
