package io.haircut.shell;

import io.haircut.HaircutException;

/** A script stopped at a failing line; the line's own error was already shown. */
class ScriptFailedException extends HaircutException {

    ScriptFailedException(String message) {
        super(message);
    }
}
