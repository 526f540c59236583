package dev.quiver.console.session;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FlushWatchTest {

    @Test
    void warnsOnceWhenOneCollectionIsFlushedMoreThanThreeTimesInAMinute() {
        FlushWatch watch = new FlushWatch();
        assertThat(watch.record("FLUSH films", 0)).isNull();
        assertThat(watch.record("flush collection films", 10_000)).isNull();
        assertThat(watch.record("FLUSH PARTITION p FROM films", 20_000)).isNull();
        assertThat(watch.record("FLUSH films NOWAIT", 30_000)).startsWith(
                "warning: FLUSH of films ran 4 times within a minute. Milvus rate-limits flush");
        assertThat(watch.record("FLUSH films", 31_000)).isNull();
    }

    @Test
    void flushesSpreadOverMoreThanAMinuteOrOverCollectionsDoNotWarn() {
        FlushWatch watch = new FlushWatch();
        for (int i = 0; i < 10; i++) {
            assertThat(watch.record("FLUSH films", i * 21_000L)).isNull();
        }
        assertThat(watch.record("FLUSH a, b", 0)).isNull();
        assertThat(watch.record("FLUSH c", 0)).isNull();
        assertThat(watch.record("FLUSH d", 0)).isNull();
        assertThat(watch.record("SELECT * FROM films", 0)).isNull();
    }

    @Test
    void flushAllCountsAsOneTarget() {
        FlushWatch watch = new FlushWatch();
        for (int i = 0; i < 3; i++) {
            assertThat(watch.record("FLUSH ALL", i)).isNull();
        }
        assertThat(watch.record("FLUSH ALL NOWAIT", 4)).startsWith("warning: FLUSH ALL ran 4 times");
    }
}
