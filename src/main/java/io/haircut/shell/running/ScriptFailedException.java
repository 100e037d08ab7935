package io.haircut.shell.running;

import io.haircut.HaircutException;

/** A script stopped at a failing line; the line's own error was already shown. */
public class ScriptFailedException extends HaircutException {

    public ScriptFailedException(String message) {
        super(message);
    }
}
