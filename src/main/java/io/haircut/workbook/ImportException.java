package io.haircut.workbook;

import io.haircut.HaircutException;

/** A file haircut cannot import; the message names the file, sheet and cell and what was expected. */
public class ImportException extends HaircutException {

    public ImportException(String message) {
        super(message);
    }

    public ImportException(String message, Throwable cause) {
        super(message, cause);
    }
}
