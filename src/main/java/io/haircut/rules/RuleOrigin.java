package io.haircut.rules;

/** Where a rule was written: its file and the line of its {@code id}, for errors and the audit trail. */
public record RuleOrigin(String file, int line) {

    @Override
    public String toString() {
        return file + ":" + line;
    }
}
