package io.haircut.shell.terminal;

import java.util.ArrayList;
import java.util.List;

/**
 * Fits plain-text output to a terminal's width, so a wide table does not wrap into a jumble:
 * <ul>
 * <li>a table (two or more wide lines in one block, columns separated by two or more spaces) is split
 * into panels of columns that fit, each repeating the first column, the way R and pandas print wide
 * tables;</li>
 * <li>other wide lines (prose, a label and its text) are word-wrapped, continuation lines indented;</li>
 * <li>a word wider than the screen is cut and ends with {@value #MARK}.</li>
 * </ul>
 * Lines that fit are left alone, and so are lines containing escape sequences (already styled).
 */
final class TextFit {

    /** Ends a line that was cut. */
    static final String MARK = "…";

    /** Columns of a table are separated by at least this many spaces. */
    private static final int MIN_GUTTER = 2;

    private TextFit() {
    }

    static String fit(String text, int width) {
        if (width <= 1 || text == null) {
            return text;
        }
        String[] lines = text.split("\n", -1);
        boolean anyWide = false;
        for (String line : lines) {
            anyWide |= isWide(line, width);
        }
        if (!anyWide) {
            return text;
        }
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < lines.length) {
            if (lines[i].isBlank()) {
                out.add(lines[i++]);
                continue;
            }
            int end = i;
            while (end < lines.length && !lines[end].isBlank()) {
                end++;
            }
            fitBlock(List.of(lines).subList(i, end), width, out);
            i = end;
        }
        return String.join("\n", out);
    }

    /** A block of consecutive non-blank lines. */
    private static void fitBlock(List<String> block, int width, List<String> out) {
        int first = -1;
        int last = -1;
        for (int i = 0; i < block.size(); i++) {
            if (isWide(block.get(i), width)) {
                first = first < 0 ? i : first;
                last = i;
            }
        }
        if (first < 0) {
            out.addAll(block);
            return;
        }
        out.addAll(block.subList(0, first));
        List<String> table = block.subList(first, last + 1);
        if (table.size() >= 2 && panels(table, width, out)) {
            // done
        } else {
            for (String line : table) {
                out.addAll(isWide(line, width) ? wrap(line, width) : List.of(line));
            }
        }
        out.addAll(block.subList(last + 1, block.size()));
    }

    /**
     * Splits a table's columns into panels that fit; false when the lines do not look like a table
     * (fewer than two columns, or a column that alone is wider than the screen).
     */
    private static boolean panels(List<String> table, int width, List<String> out) {
        int maxLength = table.stream().mapToInt(String::length).max().orElse(0);
        List<Integer> starts = columnStarts(table, maxLength);
        if (starts.size() < 2) {
            return false;
        }
        starts.add(maxLength);
        int labelWidth = starts.get(1);
        for (int c = 1; c < starts.size() - 1; c++) {
            if (labelWidth + starts.get(c + 1) - starts.get(c) > width) {
                return false; // a column wider than the screen: label and text, not a table; wrap it
            }
        }
        List<List<Integer>> panels = new ArrayList<>();
        List<Integer> panel = new ArrayList<>();
        int used = labelWidth;
        for (int c = 1; c < starts.size() - 1; c++) {
            int w = starts.get(c + 1) - starts.get(c);
            if (!panel.isEmpty() && used + w > width) {
                panels.add(panel);
                panel = new ArrayList<>();
                used = labelWidth;
            }
            panel.add(c);
            used += w;
        }
        panels.add(panel);
        for (int p = 0; p < panels.size(); p++) {
            if (p > 0) {
                out.add("");
            }
            for (String line : table) {
                StringBuilder b = new StringBuilder(slice(line, 0, labelWidth));
                for (int c : panels.get(p)) {
                    b.append(slice(line, starts.get(c), starts.get(c + 1)));
                }
                out.add(b.toString().stripTrailing());
            }
        }
        return true;
    }

    /**
     * Where each column starts: 0, then the start of every gutter (a run of at least {@link #MIN_GUTTER}
     * positions that are blank in every line), so a column carries the gutter before it and right-aligned
     * numbers stay aligned.
     */
    private static List<Integer> columnStarts(List<String> table, int maxLength) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        int run = 0;
        boolean seenText = false;
        for (int p = 0; p < maxLength; p++) {
            boolean blank = true;
            for (String line : table) {
                if (p < line.length() && line.charAt(p) != ' ') {
                    blank = false;
                    break;
                }
            }
            if (blank) {
                run++;
            } else {
                if (seenText && run >= MIN_GUTTER) {
                    starts.add(p - run);
                }
                seenText = true;
                run = 0;
            }
        }
        return starts;
    }

    /** Wider than the screen; a line with escape sequences (already styled) is left as it is. */
    private static boolean isWide(String line, int width) {
        return line.length() > width && line.indexOf('\u001b') < 0;
    }

    private static String slice(String line, int from, int to) {
        if (from >= line.length()) {
            return " ".repeat(Math.max(0, to - from));
        }
        String s = line.substring(from, Math.min(to, line.length()));
        return s + " ".repeat(Math.max(0, to - from - s.length()));
    }

    /** Word-wraps a line; continuation lines are indented two more than the line itself. */
    static List<String> wrap(String line, int width) {
        List<String> out = new ArrayList<>();
        int indent = 0;
        while (indent < line.length() && line.charAt(indent) == ' ') {
            indent++;
        }
        String continuation = " ".repeat(Math.min(indent + 2, width / 2));
        String rest = line;
        boolean firstLine = true;
        while (rest.length() > width) {
            int space = rest.lastIndexOf(' ', width);
            int minBreak = firstLine ? indent : continuation.length();
            if (space <= minBreak) {
                out.add(cut(rest, width));
                return out;
            }
            out.add(rest.substring(0, space).stripTrailing());
            rest = continuation + rest.substring(space + 1).stripLeading();
            firstLine = false;
        }
        out.add(rest);
        return out;
    }

    static String cut(String line, int width) {
        return line.length() <= width ? line : line.substring(0, width - MARK.length()) + MARK;
    }
}
