package io.haircut;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** When a heap counts as full after a collection: 95 of every 100 bytes in use. */
class HeapRoomTest {

    @Test
    void aHeapIsFullFromNinetyFivePerCentInUseAfterACollection() {
        long max = 2_000_000_000L;
        assertThat(HeapRoom.full(1_900_000_000L, max)).isTrue(); // 95%
        assertThat(HeapRoom.full(1_999_999_999L, max)).isTrue();
        assertThat(HeapRoom.full(1_899_999_999L, max)).isFalse();
        assertThat(HeapRoom.full(1_000_000_000L, max)).isFalse();
    }

    @Test
    void withRoomACheckPasses() {
        HeapRoom.check(); // a test JVM's heap is far from full
    }
}
