package dev.quiver.embedded.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class TombstonesTest {

    @Test
    void rowsOlderThanAVisibleDeleteAreDeleted() {
        Tombstones t = new Tombstones();
        t.add(1L, 10, Long.MAX_VALUE);
        assertThat(t.deletes(1L, 5, 15)).isTrue();
        assertThat(t.deletes(1L, 10, 15)).as("inserted at the delete's timestamp (upsert)").isFalse();
        assertThat(t.deletes(1L, 12, 15)).as("inserted after the delete").isFalse();
        assertThat(t.deletes(1L, 5, 9)).as("delete newer than the snapshot").isFalse();
        assertThat(t.deletes(2L, 5, 15)).isFalse();
    }

    @Test
    void historyServesOlderSnapshotsUntilNoReaderNeedsIt() {
        Tombstones t = new Tombstones();
        t.add("k", 10, Long.MAX_VALUE);
        t.add("k", 20, 15);
        assertThat(t.deletes("k", 5, 15)).as("reader at 15 still sees the delete at 10").isTrue();
        assertThat(t.deletes("k", 12, 15)).isFalse();
        assertThat(t.deletes("k", 12, 25)).isTrue();
        t.add("k", 30, 25);
        assertThat(t.deletes("k", 5, 15)).as("history before the oldest reader is pruned").isFalse();
        assertThat(t.deletes("k", 5, 25)).isTrue();
        assertThat(t.latest()).isEqualTo(Map.of("k", 30L));
    }
}
