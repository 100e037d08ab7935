package io.haircut.coverage;

import io.haircut.HaircutException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The named scenarios of a session, in the order they were added; the defaults are bear, base and bull
 * (docs/methodology.md, "Scenarios", says why these rates). Immutable: each change returns a new value.
 */
public record Scenarios(List<Scenario> all) {

    /** Bear 10%, base 40%, bull 80% a year, constant, on adjusted revenue. */
    public static final Scenarios DEFAULTS = new Scenarios(List.of(
            Scenario.constant("bear", new BigDecimal("0.10")),
            Scenario.constant("base", new BigDecimal("0.40")),
            Scenario.constant("bull", new BigDecimal("0.80"))));

    public Scenarios {
        all = List.copyOf(all);
        if (all.stream().map(Scenario::name).distinct().count() != all.size()) {
            throw new HaircutException("two scenarios share a name: " + names(all));
        }
    }

    public Optional<Scenario> named(String name) {
        return all.stream().filter(s -> s.name().equals(name)).findFirst();
    }

    /** Adds the scenario, or replaces the one of the same name where it stands. */
    public Scenarios with(Scenario scenario) {
        List<Scenario> next = new ArrayList<>(all);
        int at = indexOf(scenario.name());
        if (at < 0) {
            next.add(scenario);
        } else {
            next.set(at, scenario);
        }
        return new Scenarios(next);
    }

    /** Removes the named scenario; naming one that does not exist is an error that lists those that do. */
    public Scenarios without(String name) {
        int at = indexOf(name);
        if (at < 0) {
            throw new HaircutException("no scenario named '" + name + "'; the scenarios are: " + (all.isEmpty() ? "none" : names(all)));
        }
        List<Scenario> next = new ArrayList<>(all);
        next.remove(at);
        return new Scenarios(next);
    }

    private int indexOf(String name) {
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).name().equals(name)) {
                return i;
            }
        }
        return -1;
    }

    private static String names(List<Scenario> scenarios) {
        return scenarios.stream().map(Scenario::name).collect(Collectors.joining(", "));
    }
}
