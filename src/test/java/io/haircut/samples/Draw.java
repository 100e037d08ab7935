package io.haircut.samples;

import java.util.List;
import java.util.Random;

/** Seeded random choices with integer weights, so a sample depends only on its seed. */
final class Draw {

    private final Random random;

    Draw(long seed) {
        this.random = new Random(seed);
    }

    /** A whole number in {@code [from, to]}. */
    int between(int from, int to) {
        return from + random.nextInt(to - from + 1);
    }

    boolean percent(int chance) {
        return random.nextInt(100) < chance;
    }

    <T> T any(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    /** One of {@code items}, item i drawn with probability weights[i] / sum(weights). */
    <T> T weighted(List<T> items, int[] weights) {
        int total = 0;
        for (int w : weights) {
            total += w;
        }
        int ticket = random.nextInt(total);
        for (int i = 0; i < weights.length; i++) {
            ticket -= weights[i];
            if (ticket < 0) {
                return items.get(i);
            }
        }
        throw new IllegalStateException("unreachable");
    }

    /** The main spelling most of the time, another one otherwise: how one customer drifts across invoices. */
    String spelling(List<String> spellings) {
        return spellings.size() == 1 || percent(60) ? spellings.get(0) : spellings.get(between(1, spellings.size() - 1));
    }
}
