package dev.quiver.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SeedFlushAndReleaseIT {

    @Test
    void flushesAndReleasesWithLoadStatesBeforeAndAfter() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        SeedFlushAndRelease.run("jdbc:milvus:mem:seed-" + UUID.randomUUID(),
                new PrintStream(bytes, true, StandardCharsets.UTF_8));

        assertThat(bytes.toString(StandardCharsets.UTF_8).lines()).containsExactly(
                "load states after setup:",
                "  test_collection: Loaded",
                "  _default: Loaded",
                "  partition_A: Loaded",
                "  partition_B: Loaded",
                "-- 1. flush one partition (Milvus seals the whole collection's growing segments)",
                "FLUSH 1: sealed segments 2, flushed true",
                "-- 2. flush all, waiting until every collection is persisted",
                "FLUSH ALL: flushed true",
                "-- 3. flush all NOWAIT, then ask for its state",
                "FLUSH ALL NOWAIT: flushed false",
                "SHOW FLUSH ALL STATE: flushed true",
                "-- 4. release one partition",
                "RELEASE PARTITION 1: NotLoad",
                "load states after releasing partition_A:",
                "  test_collection: Loaded",
                "  _default: Loaded",
                "  partition_A: NotLoad",
                "  partition_B: Loaded",
                "-- 5. release several partitions",
                "RELEASE PARTITIONS 2: NotLoad",
                "load states after releasing _default and partition_B:",
                "  test_collection: NotLoad",
                "  _default: NotLoad",
                "  partition_A: NotLoad",
                "  partition_B: NotLoad");
    }
}
