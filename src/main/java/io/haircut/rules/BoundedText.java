package io.haircut.rules;

/**
 * A cell's text as a regex sees it, with a budget on character reads: a catastrophic pattern on a
 * long cell stops with an error instead of hanging the shell.
 */
public final class BoundedText implements CharSequence {

    /** Reads allowed per match attempt; ordinary patterns on ordinary cells use a few hundred. */
    static final long BUDGET = 5_000_000L;

    private final String text;
    private final long[] reads;

    private BoundedText(String text, long[] reads) {
        this.text = text;
        this.reads = reads;
    }

    static BoundedText of(String text) {
        return new BoundedText(text, new long[] {0});
    }

    @Override
    public char charAt(int index) {
        if (++reads[0] > BUDGET) {
            throw new RegexBudgetExceeded(text.length());
        }
        return text.charAt(index);
    }

    @Override
    public int length() {
        return text.length();
    }

    @Override
    public CharSequence subSequence(int start, int end) {
        return new BoundedText(text.substring(start, end), reads);
    }

    @Override
    public String toString() {
        return text;
    }

    /** Thrown when a pattern needs more steps than {@link #BUDGET} on one value. */
    public static final class RegexBudgetExceeded extends RuntimeException {
        RegexBudgetExceeded(int length) {
            super("pattern took too long on a value of " + length + " characters", null, false, false);
        }
    }
}
