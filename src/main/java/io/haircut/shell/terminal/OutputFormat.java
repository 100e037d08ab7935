package io.haircut.shell.terminal;

import io.haircut.HaircutException;
import io.haircut.report.CsvRenderer;
import io.haircut.report.JsonRenderer;
import io.haircut.report.Report;
import io.haircut.report.ScreenRenderer;
import java.util.Locale;

/** The formats a report can be shown or written in, each with its one renderer. */
public enum OutputFormat {
    TABLE, CSV, JSON;

    public static OutputFormat parse(String text) {
        try {
            return valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new HaircutException("unknown format '" + text + "'; expected one of table | csv | json");
        }
    }

    public String render(Report report) {
        return switch (this) {
            case TABLE -> ScreenRenderer.text(report);
            case CSV -> CsvRenderer.text(report);
            case JSON -> JsonRenderer.text(report);
        };
    }
}
