package io.haircut.shell;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;
import org.springframework.shell.test.autoconfigure.ShellTest;
import org.springframework.test.annotation.DirtiesContext;

/**
 * Spring Shell's test slice with all of haircut's shell beans (its filter would keep only
 * {@code @ShellComponent}s), an 80-column emulated terminal that counts as a terminal (so output is
 * fitted and progress could show), no history file, and a fresh application per test method so each
 * starts with an empty session. Use with {@code @Autowired ShellTestClient client}, and start interactive
 * sessions with {@link ShellScreens#interactive}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ShellTest(includeFilters = @ComponentScan.Filter(type = FilterType.REGEX, pattern = "io\\.haircut\\.shell\\..*"),
        terminalWidth = 80, terminalHeight = 70,
        properties = {"haircut.terminal=true", "spring.shell.history.enabled=false"})
@Import(EmulatedTerminalSize.class)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_EACH_TEST_METHOD)
public @interface HaircutShellTest {
}
