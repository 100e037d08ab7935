package io.haircut.shell;

import io.haircut.HaircutException;
import java.util.Locale;

/** The formats a report can be shown or written in. */
enum OutputFormat {
    TABLE, CSV, JSON;

    static OutputFormat parse(String text) {
        try {
            return valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new HaircutException("unknown format '" + text + "'; expected one of table | csv | json");
        }
    }
}
