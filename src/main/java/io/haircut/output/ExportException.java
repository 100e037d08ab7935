package io.haircut.output;

import io.haircut.HaircutException;

/** An export that was refused or failed, told in one line that names the output path. */
public class ExportException extends HaircutException {

    public ExportException(String message) {
        super(message);
    }

    public ExportException(String message, Throwable cause) {
        super(message, cause);
    }
}
