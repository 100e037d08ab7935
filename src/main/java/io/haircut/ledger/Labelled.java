package io.haircut.ledger;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** An enum written in files and reports by a lower-case, hyphenated label: CLOUD_CREDIT is "cloud-credit". */
public interface Labelled {

    /** The constant's name in lower case with hyphens, as files and reports write it. */
    default String label() {
        return ((Enum<?>) this).name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Finds the constant whose label matches, ignoring case and accepting a space or underscore for a hyphen. */
    static <E extends Enum<E> & Labelled> Optional<E> parse(Class<E> type, String text) {
        String t = text.trim().toLowerCase(Locale.ROOT).replace('_', '-').replace(' ', '-');
        return Arrays.stream(type.getEnumConstants()).filter(e -> e.label().equals(t)).findFirst();
    }

    /** "cash | cloud-credit": the labels, for "expected one of" messages. */
    static <E extends Enum<E> & Labelled> String choices(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Labelled::label).collect(Collectors.joining(" | "));
    }
}
