package dev.quiver.embedded.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quiver.embedded.EmbeddedMilvus;
import dev.quiver.embedded.storage.CapturedLog;
import dev.quiver.embedded.storage.WriteAheadLog;
import dev.quiver.proto.milvus.CreateCollectionRequest;
import dev.quiver.proto.milvus.CreateIndexRequest;
import dev.quiver.proto.milvus.DeleteRequest;
import dev.quiver.proto.milvus.FlushRequest;
import dev.quiver.proto.milvus.InsertRequest;
import dev.quiver.proto.milvus.KeyValuePair;
import dev.quiver.proto.milvus.LoadCollectionRequest;
import dev.quiver.proto.milvus.MilvusServiceGrpc;
import dev.quiver.proto.milvus.QueryRequest;
import dev.quiver.proto.milvus.QueryResults;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Corruption is never silent: for each file kind (manifest, data segment, tombstone segment, WAL) a deleted,
 * truncated or byte-flipped file makes the engine refuse to open with a message naming the file, and the failed open
 * deletes nothing; only a damaged last WAL record that no commit recorded is dropped, with a warning naming the file
 * and the number of records.
 */
class CorruptionIT {
    private static final String NAME = "films";

    @TempDir
    Path dir;
    private Path dataSegment;
    private Path tombstones;
    private Path wal;
    private long lastRecordOffset;

    @BeforeEach
    void writeData() throws IOException {
        try (EmbeddedMilvus milvus = EmbeddedMilvus.builder().dataDirectory(dir).build()) {
            MilvusServiceGrpc.MilvusServiceBlockingStub stub = MilvusServiceGrpc.newBlockingStub(
                    milvus.inProcessChannel());
            CrashChild.check(stub.createCollection(CreateCollectionRequest.newBuilder().setCollectionName(NAME)
                    .setSchema(DurabilityCrashChild.schema(NAME).toByteString()).build()), "create");
            CrashChild.check(stub.createIndex(CreateIndexRequest.newBuilder().setCollectionName(NAME).setFieldName("v")
                    .addExtraParams(KeyValuePair.newBuilder().setKey("index_type").setValue("FLAT"))
                    .addExtraParams(KeyValuePair.newBuilder().setKey("metric_type").setValue("L2")).build()), "index");
            CrashChild.check(stub.loadCollection(LoadCollectionRequest.newBuilder().setCollectionName(NAME).build()),
                    "load");
            insert(stub, 0, 50);
            flush(stub);
            CrashChild.check(stub.delete(DeleteRequest.newBuilder().setCollectionName(NAME)
                    .setExpr("id in [0, 1, 2, 3, 4]").build()).getStatus(), "delete");
            flush(stub);
            insert(stub, 50, 10);
        }
        List<Path> segments = files(dir.resolve("segments"));
        assertThat(segments).hasSize(2);
        dataSegment = segments.get(0);
        tombstones = segments.get(1);
        assertThat(Files.size(tombstones)).isLessThan(Files.size(dataSegment));
        List<Path> logs = files(dir.resolve("wal"));
        wal = logs.get(logs.size() - 1);
        lastRecordOffset = lastFrameOffset(wal);
    }

    @Test
    void aDamagedManifestIsRefused() throws IOException {
        Path manifest = dir.resolve("manifest.bin");
        assertRefusedForEachDamage(manifest, "manifest " + manifest.toAbsolutePath(), "manifest " + manifest
                .toAbsolutePath() + " is missing but the data directory holds");
    }

    @Test
    void aDamagedDataSegmentIsRefused() throws IOException {
        assertRefusedForEachDamage(dataSegment, dataSegment.toAbsolutePath().toString(),
                "file " + dataSegment.toAbsolutePath() + " is missing: the manifest");
    }

    @Test
    void aDamagedTombstoneSegmentIsRefused() throws IOException {
        assertRefusedForEachDamage(tombstones, tombstones.toAbsolutePath().toString(),
                "file " + tombstones.toAbsolutePath() + " is missing: the manifest");
    }

    @Test
    void aDeletedWalOrOneTruncatedBeforeTheCommittedPositionIsRefused() throws IOException {
        byte[] raw = Files.readAllBytes(wal);
        Set<Path> before = allFiles();
        Files.write(wal, Arrays.copyOf(raw, (int) lastRecordOffset / 2));
        assertRefused("the manifest " + dir.resolve("manifest.bin").toAbsolutePath() + " records that the log reached",
                before);
        Files.delete(wal);
        before.remove(wal);
        assertRefused("the manifest " + dir.resolve("manifest.bin").toAbsolutePath() + " records that the log reached",
                before);
    }

    @Test
    void aFlippedByteFollowedByIntactRecordsIsRefused() throws IOException {
        byte[] raw = Files.readAllBytes(wal);
        raw[(int) lastRecordOffset - 3] ^= 0x40;
        Files.write(wal, raw);
        assertRefused(wal.toAbsolutePath().toString(), allFiles());
    }

    @Test
    void aTornOrFlippedLastWalRecordIsDroppedWithAWarningNamingTheFile() throws IOException {
        byte[] raw = Files.readAllBytes(wal);
        for (boolean flip : new boolean[] {false, true}) {
            byte[] damaged = flip ? raw.clone() : Arrays.copyOf(raw, raw.length - 7);
            if (flip) {
                damaged[damaged.length - 9] ^= 0x01;
            }
            Files.write(wal, damaged);
            try (CapturedLog log = new CapturedLog(WriteAheadLog.class);
                 EmbeddedMilvus milvus = EmbeddedMilvus.builder().dataDirectory(dir).build()) {
                assertThat(log.warnings()).singleElement().asString()
                        .startsWith("WAL recovery dropped a torn tail of 1 record(s)")
                        .contains("of " + wal.toAbsolutePath());
                assertThat(ids(MilvusServiceGrpc.newBlockingStub(milvus.inProcessChannel())))
                        .isEqualTo(range(5, 50));
            }
            Files.write(wal, raw);
        }
    }

    @Test
    void anIntactDirectoryReopensWithEveryRow() throws IOException {
        try (EmbeddedMilvus milvus = EmbeddedMilvus.builder().dataDirectory(dir).build()) {
            assertThat(ids(MilvusServiceGrpc.newBlockingStub(milvus.inProcessChannel()))).isEqualTo(range(5, 60));
        }
    }

    /** Deleted, truncated and byte-flipped in turn (restored in between): each refused naming the file. */
    private void assertRefusedForEachDamage(Path file, String named, String missing) throws IOException {
        byte[] raw = Files.readAllBytes(file);
        Set<Path> before = allFiles();
        Files.write(file, Arrays.copyOf(raw, raw.length - 5));
        assertRefused(named, before);
        byte[] flipped = raw.clone();
        flipped[raw.length - 5] ^= 0x20;
        Files.write(file, flipped);
        assertRefused(named, before);
        Files.delete(file);
        Set<Path> withoutIt = new TreeSet<>(before);
        withoutIt.remove(file);
        assertRefused(missing, withoutIt);
        Files.write(file, raw);
    }

    private void assertRefused(String message, Set<Path> filesBefore) throws IOException {
        assertThatThrownBy(() -> EmbeddedMilvus.builder().dataDirectory(dir).build().close())
                .isInstanceOf(IOException.class).hasMessageContaining(message);
        assertThat(allFiles()).as("files after the failed open").containsAll(filesBefore);
    }

    private Set<Path> allFiles() throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().equals(".lock"))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
    }

    private static List<Path> files(Path directory) throws IOException {
        try (Stream<Path> list = Files.list(directory)) {
            return list.sorted().toList();
        }
    }

    /** The offset of the last frame: frames are length (int), crc (int), lsn (long), type (byte), payload. */
    private static long lastFrameOffset(Path log) throws IOException {
        java.nio.ByteBuffer bytes = java.nio.ByteBuffer.wrap(Files.readAllBytes(log));
        long last = -1;
        while (bytes.remaining() >= 17) {
            last = bytes.position();
            int length = bytes.getInt(bytes.position());
            bytes.position(bytes.position() + 17 + length);
        }
        return last;
    }

    private static void insert(MilvusServiceGrpc.MilvusServiceBlockingStub stub, long first, int n) {
        long[] ids = new long[n];
        float[][] vectors = new float[n][];
        for (int i = 0; i < n; i++) {
            ids[i] = first + i;
            vectors[i] = new float[] {ids[i], ids[i] * 2};
        }
        CrashChild.check(stub.insert(InsertRequest.newBuilder().setCollectionName(NAME)
                .addFieldsData(Rows.longs("id", ids)).addFieldsData(Rows.floatVectors("v", vectors)).setNumRows(n)
                .build()).getStatus(), "insert");
    }

    private static void flush(MilvusServiceGrpc.MilvusServiceBlockingStub stub) {
        CrashChild.check(stub.flush(FlushRequest.newBuilder().addCollectionNames(NAME).build()).getStatus(), "flush");
    }

    private static Set<Long> ids(MilvusServiceGrpc.MilvusServiceBlockingStub stub) {
        QueryResults results = stub.query(QueryRequest.newBuilder().setCollectionName(NAME).setExpr("id >= 0")
                .addQueryParams(KeyValuePair.newBuilder().setKey("limit").setValue("1000")).build());
        CrashChild.check(results.getStatus(), "query");
        List<Long> ids = results.getFieldsData(0).getScalars().getLongData().getDataList();
        assertThat(new TreeSet<>(ids)).hasSameSizeAs(ids);
        return new TreeSet<>(ids);
    }

    private static Set<Long> range(long from, long to) {
        Set<Long> ids = new TreeSet<>();
        for (long id = from; id < to; id++) {
            ids.add(id);
        }
        return ids;
    }
}
