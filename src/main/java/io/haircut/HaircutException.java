package io.haircut;

/**
 * A user's mistake or a file haircut cannot use, told in one line: where it is and what was expected.
 * The shell prints {@link #getMessage()} and nothing else; stack traces are for {@code --debug} only.
 */
public class HaircutException extends RuntimeException {

    public HaircutException(String message) {
        super(Excerpt.cutQuotes(message));
    }

    /** {@code cause} is kept for {@code --debug} only; its text never reaches the message. */
    public HaircutException(String message, Throwable cause) {
        super(Excerpt.cutQuotes(message), cause);
    }
}
