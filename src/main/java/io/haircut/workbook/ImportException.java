package io.haircut.workbook;

import io.haircut.HaircutException;

/**
 * A file haircut cannot import; the message names the file, sheet and cell and what was expected. It is
 * one line whatever the file holds: a line break quoted from a cell is shown as {@code \n}.
 */
public class ImportException extends HaircutException {

    public ImportException(String message) {
        super(oneLine(message));
    }

    public ImportException(String message, Throwable cause) {
        super(oneLine(message), cause);
    }

    private static String oneLine(String message) {
        return message == null ? null : message.replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\r");
    }
}
