package io.haircut;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.util.Map;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

/**
 * Whether the heap still has room for more rows. A ledger larger than the heap does not fail at once: the
 * garbage collector reclaims less and less, ever more often, and an import of ten million rows in two
 * gigabytes crawled for twenty minutes before it would have run out. Once {@link #COLLECTIONS_IN_A_ROW}
 * collections in a row each leave the heap at least {@link #FULL_PERCENT} per cent full, the next {@link #check()} (every
 * few hundred rows read or written, {@link RowCounter}) refuses the task in one line instead, and the session
 * is left as it was.
 */
public final class HeapRoom {

    /** A heap this full after a collection, in per cent, holds next to no room for new rows. */
    static final int FULL_PERCENT = 95;
    static final int COLLECTIONS_IN_A_ROW = 3;

    /** Refused: the heap stayed full through collections. */
    public static final class Exhausted extends HaircutException {
        Exhausted(long maxBytes) {
            super("not enough memory: haircut's " + megabytes(maxBytes)
                    + " MB heap stayed full through garbage collections; start haircut with more, e.g. java -Xmx4g -jar haircut.jar");
        }
    }

    /**
     * The one line for a command the heap could not hold ({@code command}: the command line), once the JVM has
     * thrown {@link OutOfMemoryError}: what it had left is garbage once the command is abandoned, and the
     * session is as it was before the command, so the shell goes on.
     */
    public static HaircutException outOfMemory(String command) {
        return new HaircutException("not enough memory for '" + command + "' in haircut's " + megabytes(Runtime.getRuntime().maxMemory())
                + " MB heap; nothing was changed; start haircut with more, e.g. java -Xmx4g -jar haircut.jar");
    }

    private static String megabytes(long bytes) {
        return String.format(java.util.Locale.ROOT, "%,d", bytes >> 20);
    }

    /** Collections seen in a row that left the heap full; {@link #COLLECTIONS_IN_A_ROW} or more: no room. */
    private static volatile int fullInARow;
    /** The heap's pools (a collection reports the code cache and metaspace too); set before the first collection is heard. */
    private static volatile java.util.Set<String> heapPools = java.util.Set.of();

    static {
        // Listening takes the platform's management beans, most of a tenth of a second to load: not on the
        // thread of the import that first asks, which runs for long before the heap could fill.
        Thread listen = new Thread(HeapRoom::listen, "haircut-heap-room");
        listen.setDaemon(true);
        listen.start();
    }

    private static void listen() {
        heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == java.lang.management.MemoryType.HEAP)
                .map(java.lang.management.MemoryPoolMXBean::getName)
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (gc instanceof NotificationEmitter emitter) {
                emitter.addNotificationListener((notification, handback) -> {
                    if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
                        GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
                        collected(info.getGcInfo().getMemoryUsageAfterGc());
                    }
                }, null, null);
            }
        }
    }

    private HeapRoom() {
    }

    /** Throws {@link Exhausted} when the last collections left no room; a refusal starts the count again. */
    public static void check() {
        if (fullInARow >= COLLECTIONS_IN_A_ROW) {
            fullInARow = 0;
            throw new Exhausted(Runtime.getRuntime().maxMemory());
        }
    }

    /** After a collection: the heap's pools as it left them. */
    private static void collected(Map<String, MemoryUsage> afterByPool) {
        long used = 0;
        for (Map.Entry<String, MemoryUsage> pool : afterByPool.entrySet()) {
            if (heapPools.contains(pool.getKey())) {
                used += pool.getValue().getUsed();
            }
        }
        fullInARow = full(used, Runtime.getRuntime().maxMemory()) ? fullInARow + 1 : 0;
    }

    /** Whether {@code usedAfterCollection} bytes of a {@code maxBytes} heap leave it full. */
    static boolean full(long usedAfterCollection, long maxBytes) {
        return usedAfterCollection * 100 >= FULL_PERCENT * maxBytes;
    }
}
