package io.haircut;

/**
 * A user's mistake or a file haircut cannot use, told in one line: where it is and what was expected.
 * The shell prints {@link #getMessage()} and nothing else; stack traces are for {@code --debug} only.
 */
public class HaircutException extends RuntimeException {

    public HaircutException(String message) {
        super(message);
    }

    public HaircutException(String message, Throwable cause) {
        super(message, cause);
    }
}
