package io.haircut.rules.applied;

import java.lang.ref.SoftReference;
import java.lang.ref.WeakReference;
import java.util.function.Function;

/**
 * What was last built from one adjusted ledger, kept while the same result is asked about again: a session
 * asks several reports of one result, and on a million entries each build takes most of a second. The result
 * is immutable, so it is compared by identity; it is held weakly and the value softly, so neither outlives
 * the session's need or the heap's room.
 */
public final class LastBuilt<V> {

    private WeakReference<AdjustedLedger> from = new WeakReference<>(null);
    private SoftReference<V> value = new SoftReference<>(null);

    /** The value built from {@code adjusted}: the last one when it was built from this very result, else built now. */
    public V of(AdjustedLedger adjusted, Function<AdjustedLedger, V> build) {
        synchronized (this) {
            V last = value.get();
            if (last != null && from.get() == adjusted) {
                return last;
            }
        }
        V built = build.apply(adjusted); // outside the lock: another report need not wait for an unrelated build
        synchronized (this) {
            from = new WeakReference<>(adjusted);
            value = new SoftReference<>(built);
        }
        return built;
    }
}
