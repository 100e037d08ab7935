package io.haircut.shell;

import org.jline.terminal.Size;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.shell.boot.TerminalCustomizer;

/**
 * Tells JLine the emulated terminal's size: Spring Shell's test slice draws on an 80-column screen
 * but leaves JLine believing it has 160 columns, so width fitting would not be tested.
 */
@TestConfiguration(proxyBeanMethods = false)
class EmulatedTerminalSize {

    @Bean
    TerminalCustomizer emulatedTerminalSize(@Value("${spring.shell.test.terminal-width:80}") int width,
            @Value("${spring.shell.test.terminal-height:200}") int height) {
        return builder -> builder.size(new Size(width, height));
    }
}
