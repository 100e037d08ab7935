package io.haircut.shell;

import io.haircut.shell.input.ArgumentCompletion;
import io.haircut.shell.terminal.Screen;
import java.util.List;
import org.jline.reader.Highlighter;
import org.jline.reader.LineReader;
import org.jline.reader.impl.LineReaderImpl;
import org.jline.utils.AttributedString;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.shell.Shell;
import org.springframework.stereotype.Component;

/**
 * Adjusts two Spring Shell beans that offer no property for it: the shell completes arguments with
 * {@link ArgumentCompletion} instead of its default resolver, and the line editor stops colouring the
 * typed line (unknown commands in red) and the Tab list when colour is off ({@code NO_COLOR},
 * {@code --no-color}, pipes).
 */
@Component
class ShellCustomizer implements BeanPostProcessor {

    private final ObjectProvider<ArgumentCompletion> completion;
    private final ObjectProvider<Screen> screen;

    ShellCustomizer(ObjectProvider<ArgumentCompletion> completion, ObjectProvider<Screen> screen) {
        this.completion = completion;
        this.screen = screen;
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof Shell shell) {
            shell.setCompletionResolvers(List.of(completion.getObject()));
        }
        if (bean instanceof LineReaderImpl reader) {
            if (!screen.getObject().colour()) {
                plainCompletionList(reader);
            }
            Highlighter original = reader.getHighlighter();
            reader.setHighlighter(new Highlighter() {
                @Override
                public AttributedString highlight(LineReader r, String buffer) {
                    return screen.getObject().colour() ? original.highlight(r, buffer) : new AttributedString(buffer);
                }

                @Override
                public void setErrorPattern(java.util.regex.Pattern errorPattern) {
                    original.setErrorPattern(errorPattern);
                }

                @Override
                public void setErrorIndex(int errorIndex) {
                    original.setErrorIndex(errorIndex);
                }
            });
        }
        return bean;
    }

    /** JLine colours the Tab list (cyan, magenta); without colour, headings are bold and the selection inverse. */
    private static void plainCompletionList(LineReader reader) {
        for (String[] style : new String[][] {
                {LineReader.COMPLETION_STYLE_STARTING, ""}, {LineReader.COMPLETION_STYLE_LIST_STARTING, ""},
                {LineReader.COMPLETION_STYLE_DESCRIPTION, ""}, {LineReader.COMPLETION_STYLE_LIST_DESCRIPTION, ""},
                {LineReader.COMPLETION_STYLE_BACKGROUND, ""}, {LineReader.COMPLETION_STYLE_LIST_BACKGROUND, ""},
                {LineReader.COMPLETION_STYLE_GROUP, "bold"}, {LineReader.COMPLETION_STYLE_LIST_GROUP, "bold"},
                {LineReader.COMPLETION_STYLE_SELECTION, "inverse"}, {LineReader.COMPLETION_STYLE_LIST_SELECTION, "inverse"}}) {
            reader.setVariable(style[0], style[1]);
        }
    }
}
