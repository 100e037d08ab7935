package io.haircut.rules;

import io.haircut.HaircutException;

/** A rule file that cannot be loaded; the message starts with {@code file:line:column}. */
public class RuleFileException extends HaircutException {

    public RuleFileException(String message) {
        super(message);
    }

    /** {@code cause} (the parser's own report) is kept for --debug only. */
    public RuleFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
