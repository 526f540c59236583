package dev.quiver.embedded.storage;

import static dev.quiver.embedded.storage.WalFiles.payload;
import static dev.quiver.embedded.storage.WalFiles.replayAll;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quiver.embedded.storage.WalFiles.Rec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WriteAheadLogTest {
    /** For tests that reopen many damaged copies: their subject is recovery, not fsync. */
    private static final WalOptions NO_SYNC = WalOptions.defaults().withSync(false);

    @TempDir
    Path dir;

    @Test
    void roundTripsRecordsAndContinuesNumberingAfterReopen() throws IOException {
        try (DataDirectory data = DataDirectory.open(dir)) {
            WriteAheadLog wal = data.openWal(WalOptions.defaults());
            assertThat(wal.lastLsn()).isZero();
            assertThat(wal.append((byte) 1, payload(1, 10))).isEqualTo(1);
            assertThat(wal.append((byte) 2, new byte[0])).isEqualTo(2);
            assertThat(wal.append((byte) -7, payload(3, 1 << 20))).isEqualTo(3);
            assertThat(wal.lastLsn()).isEqualTo(3);
        }
        try (DataDirectory data = DataDirectory.open(dir)) {
            WriteAheadLog wal = data.openWal(WalOptions.defaults());
            assertThat(wal.lastRecoveryReport()).isEqualTo(new WalRecoveryReport(1, 3, 1, 3, 0, 0, null, -1, null));
            List<Rec> records = replayAll(wal, 0);
            assertThat(records).extracting(Rec::lsn).containsExactly(1L, 2L, 3L);
            assertThat(records).extracting(Rec::type).containsExactly((byte) 1, (byte) 2, (byte) -7);
            assertThat(records.get(0).payload()).isEqualTo(payload(1, 10));
            assertThat(records.get(1).payload()).isEmpty();
            assertThat(records.get(2).payload()).isEqualTo(payload(3, 1 << 20));
            assertThat(replayAll(wal, 2)).extracting(Rec::lsn).containsExactly(3L);
            assertThat(replayAll(wal, 3)).isEmpty();
            assertThat(wal.append((byte) 4, payload(4, 5))).isEqualTo(4);
            assertThat(replayAll(wal, 0)).extracting(Rec::lsn).containsExactly(1L, 2L, 3L, 4L);
        }
    }

    @Test
    void concurrentAppendersAreEachReplayedExactlyOnceInLsnOrder() throws Exception {
        int threads = 8;
        int perThread = 2000;
        ConcurrentHashMap<Long, String> acknowledged = new ConcurrentHashMap<>();
        try (DataDirectory data = DataDirectory.open(dir)) {
            WriteAheadLog wal = data.openWal(WalOptions.defaults().withSegmentBytes(256 << 10));
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            try {
                List<Future<?>> futures = new ArrayList<>();
                for (int t = 0; t < threads; t++) {
                    int thread = t;
                    futures.add(pool.submit(() -> {
                        for (int i = 0; i < perThread; i++) {
                            String id = thread + ":" + i;
                            long lsn = wal.append((byte) thread, id.getBytes(java.nio.charset.StandardCharsets.UTF_8));
                            assertThat(acknowledged.put(lsn, id)).as("lsn %d handed out twice", lsn).isNull();
                        }
                        return null;
                    }));
                }
                for (Future<?> future : futures) {
                    future.get();
                }
            } finally {
                pool.shutdown();
            }
            assertThat(wal.fileCount()).isGreaterThan(1);
        }
        try (DataDirectory data = DataDirectory.open(dir)) {
            WriteAheadLog wal = data.openWal(WalOptions.defaults());
            List<Rec> records = replayAll(wal, 0);
            assertThat(records).hasSize(threads * perThread);
            int[] nextPerThread = new int[threads];
            for (int i = 0; i < records.size(); i++) {
                Rec record = records.get(i);
                assertThat(record.lsn()).isEqualTo(i + 1L);
                String id = new String(record.payload(), java.nio.charset.StandardCharsets.UTF_8);
                assertThat(id).isEqualTo(acknowledged.get(record.lsn()));
                int thread = record.type();
                assertThat(id).isEqualTo(thread + ":" + nextPerThread[thread]++);
            }
        }
    }

    @Test
    void anInterruptedAppenderDoesNotBreakTheLogForOthers() throws Exception {
        try (DataDirectory data = DataDirectory.open(dir)) {
            WriteAheadLog wal = data.openWal(new WalOptions(true, 4096));
            for (int i = 1; i <= 100; i++) {
                Thread.currentThread().interrupt();
                assertThat(wal.append((byte) 0, payload(i, 100))).isEqualTo(i);
                assertThat(Thread.interrupted()).as("the interrupt is kept for the caller").isTrue();
            }
            assertThat(wal.fileCount()).as("rolled while interrupted").isGreaterThan(1);
            Thread other = new Thread(() -> {
                try {
                    wal.append((byte) 1, payload(101, 100));
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            other.start();
            other.join();
            assertThat(wal.lastLsn()).isEqualTo(101);
            Thread.currentThread().interrupt();
            wal.close();
            assertThat(Thread.interrupted()).as("closing keeps the interrupt too").isTrue();
        }
        try (DataDirectory data = DataDirectory.open(dir)) {
            List<Rec> records = replayAll(data.openWal(new WalOptions(true, 4096)), 0);
            assertThat(records).extracting(Rec::lsn).isEqualTo(range(1, 101));
            assertThat(records).allSatisfy(r -> assertThat(r.payload()).isEqualTo(payload((int) r.lsn(), 100)));
        }
    }

    @Test
    void aReplayDuringAppendsSeesADensePrefixOfIntactRecords() throws Exception {
        try (DataDirectory data = DataDirectory.open(dir)) {
            WriteAheadLog wal = data.openWal(new WalOptions(false, 8192));
            ExecutorService pool = Executors.newFixedThreadPool(3);
            try {
                List<Future<?>> writers = new ArrayList<>();
                for (int t = 0; t < 3; t++) {
                    writers.add(pool.submit(() -> {
                        for (int i = 0; i < 1000; i++) {
                            byte[] body = java.nio.ByteBuffer.allocate(8).putLong(wal.append((byte) 0, new byte[0])).array();
                            wal.append((byte) 1, body);
                        }
                        return null;
                    }));
                }
                long seen = 0;
                boolean writersDone;
                do {
                    writersDone = writers.stream().allMatch(Future::isDone);
                    List<Rec> records = replayAll(wal, 0);
                    for (int i = 0; i < records.size(); i++) {
                        Rec record = records.get(i);
                        assertThat(record.lsn()).isEqualTo(i + 1L);
                        if (record.type() == 1) {
                            long earlier = java.nio.ByteBuffer.wrap(record.payload()).getLong();
                            assertThat(earlier).isLessThan(record.lsn());
                            assertThat(records.get((int) earlier - 1).type()).isZero();
                        }
                    }
                    assertThat((long) records.size()).isGreaterThanOrEqualTo(seen);
                    seen = records.size();
                } while (!writersDone);
                for (Future<?> writer : writers) {
                    writer.get();
                }
                assertThat(seen).isEqualTo(6000);
            } finally {
                pool.shutdown();
            }
        }
    }

    @Test
    void tornTailAtEveryByteOfTheLastRecordIsDroppedAndEarlierRecordsKept() throws IOException {
        Path pristine = dir.resolve("pristine");
        writeRecords(pristine, 5, 40);
        Path file = WalFiles.newestLogFile(pristine);
        long lastStart = WalFiles.frameOffsets(file).get(4);
        long size = Files.size(file);
        for (long cut = lastStart + 1; cut < size; cut++) {
            Path copy = dir.resolve("cut-" + cut);
            WalFiles.copyTree(pristine, copy);
            try (var channel = java.nio.channels.FileChannel.open(WalFiles.newestLogFile(copy), StandardOpenOption.WRITE)) {
                channel.truncate(cut);
            }
            assertRecoversWithoutTheLastRecord(copy, lastStart, cut - lastStart, 5);
        }
    }

    @Test
    void aFlippedBitAnywhereInTheLastRecordDropsOnlyThatRecord() throws IOException {
        Path pristine = dir.resolve("pristine");
        writeRecords(pristine, 5, 30);
        Path file = WalFiles.newestLogFile(pristine);
        byte[] raw = Files.readAllBytes(file);
        int lastStart = WalFiles.frameOffsets(file).get(4).intValue();
        for (int offset = lastStart; offset < raw.length; offset++) {
            Path copy = dir.resolve("flip-" + offset);
            WalFiles.copyTree(pristine, copy);
            byte[] damaged = raw.clone();
            damaged[offset] ^= 0x04;
            Files.write(WalFiles.newestLogFile(copy), damaged);
            assertRecoversWithoutTheLastRecord(copy, lastStart, raw.length - lastStart, 5);
        }
    }

    /**
     * Opens a WAL of {@code count} records whose last one (at {@code lastStart}) is damaged: it must be dropped and
     * reported, the others kept, and the log must accept and keep new records.
     */
    private static void assertRecoversWithoutTheLastRecord(Path dataDir, long lastStart, long droppedBytes, int count)
            throws IOException {
        List<Long> kept = range(1, count - 1);
        Path file = WalFiles.newestLogFile(dataDir).toAbsolutePath();
        try (CapturedLog log = new CapturedLog()) {
            try (DataDirectory data = DataDirectory.open(dataDir)) {
                WriteAheadLog wal = data.openWal(NO_SYNC);
                WalRecoveryReport report = wal.lastRecoveryReport();
                assertThat(report.tailDropped()).as("damaged copy %s", dataDir).isTrue();
                assertThat(report.truncatedFile()).isEqualTo(file);
                assertThat(report.truncatedAtOffset()).isEqualTo(lastStart);
                assertThat(report.droppedBytes()).isEqualTo(droppedBytes);
                assertThat(report.records()).isEqualTo(count - 1);
                assertThat(report.lastLsn()).isEqualTo(count - 1);
                assertThat(Files.size(file)).isEqualTo(lastStart);
                assertThat(log.warnings()).singleElement().asString().startsWith("WAL recovery dropped a torn tail of 1 "
                        + "record(s) (" + droppedBytes + " bytes) at offset " + lastStart + " of " + file + ": ");
                List<Rec> records = replayAll(wal, 0);
                assertThat(records).extracting(Rec::lsn).isEqualTo(kept);
                assertThat(records).allSatisfy(r -> assertThat(r.payload())
                        .isEqualTo(payload((int) r.lsn() - 1, records.get(0).payload().length)));
                assertThat(wal.append((byte) 9, payload(99, 3))).isEqualTo(count);
            }
            try (DataDirectory data = DataDirectory.open(dataDir)) {
                WriteAheadLog wal = data.openWal(NO_SYNC);
                assertThat(wal.lastRecoveryReport().tailDropped()).isFalse();
                List<Rec> records = replayAll(wal, 0);
                assertThat(records).extracting(Rec::lsn).isEqualTo(range(1, count));
                assertThat(records.get(count - 1).payload()).isEqualTo(payload(99, 3));
            }
            assertThat(log.warnings()).as("a clean reopen warns of nothing").hasSize(1);
        }
    }

    @Test
    void aFlippedBitInAMiddleRecordIsAnErrorNamingFileAndOffset() throws IOException {
        Path pristine = dir.resolve("pristine");
        writeRecords(pristine, 6, 30);
        Path file = WalFiles.newestLogFile(pristine);
        byte[] raw = Files.readAllBytes(file);
        int middleStart = WalFiles.frameOffsets(file).get(2).intValue();
        // length, checksum, lsn, type and payload bytes of the third record
        for (int delta : new int[] {0, 3, 5, 10, 16, 17, 40}) {
            Path copy = dir.resolve("flip-" + delta);
            WalFiles.copyTree(pristine, copy);
            byte[] damaged = raw.clone();
            damaged[middleStart + delta] ^= 0x20;
            Path damagedFile = WalFiles.newestLogFile(copy);
            Files.write(damagedFile, damaged);
            try (DataDirectory data = DataDirectory.open(copy)) {
                assertThatThrownBy(() -> data.openWal(WalOptions.defaults()))
                        .as("flip at record offset %d", delta)
                        .isInstanceOf(StorageCorruptedException.class)
                        .hasMessageStartingWith("WAL corrupted at offset " + middleStart + " of " + damagedFile + ": ")
                        .hasMessageContaining("so this is not a torn tail")
                        .extracting(e -> ((StorageCorruptedException) e).offset()).isEqualTo((long) middleStart);
            }
            assertThat(Files.readAllBytes(damagedFile)).as("the damaged file is left as it was").isEqualTo(damaged);
        }
    }

    @Test
    void aZeroFilledOrGarbageTailIsDropped() throws IOException {
        writeRecords(dir, 3, 20);
        Path file = WalFiles.newestLogFile(dir);
        long goodSize = Files.size(file);
        Files.write(file, new byte[64 << 10], StandardOpenOption.APPEND);
        try (CapturedLog log = new CapturedLog(); DataDirectory data = DataDirectory.open(dir)) {
            WriteAheadLog wal = data.openWal(WalOptions.defaults());
            assertThat(wal.lastRecoveryReport().droppedBytes()).isEqualTo(64 << 10);
            assertThat(wal.lastRecoveryReport().problem()).isEqualTo("lsn 0 where 4 was expected");
            assertThat(log.warnings()).singleElement().asString().contains("lsn 0 where 4 was expected");
            assertThat(Files.size(file)).isEqualTo(goodSize);
            assertThat(wal.append((byte) 0, payload(3, 20))).isEqualTo(4);
        }
        Files.write(file, payload(12345, 5000), StandardOpenOption.APPEND);
        try (CapturedLog log = new CapturedLog(); DataDirectory data = DataDirectory.open(dir)) {
            WriteAheadLog wal = data.openWal(WalOptions.defaults());
            assertThat(wal.lastRecoveryReport().droppedBytes()).isEqualTo(5000);
            assertThat(log.warnings()).hasSize(1);
            List<Rec> records = replayAll(wal, 0);
            assertThat(records).extracting(Rec::lsn).containsExactly(1L, 2L, 3L, 4L);
            assertThat(records).allSatisfy(r -> assertThat(r.payload()).isEqualTo(payload((int) r.lsn() - 1, 20)));
        }
    }

    @Test
    void rollsFilesAndTruncatesWholeFilesBeforeACheckpoint() throws IOException {
        try (DataDirectory data = DataDirectory.open(dir)) {
            WriteAheadLog wal = data.openWal(new WalOptions(false, 4096));
            for (int i = 1; i <= 1000; i++) {
                assertThat(wal.append((byte) 0, payload(i, 100))).isEqualTo(i);
            }
            int files = wal.fileCount();
            assertThat(files).isGreaterThan(20);
            assertThat(WalFiles.logFiles(dir)).hasSize(files);
            assertThat(wal.truncateBefore(0)).isZero();
            data.manifest().commit(java.util.Map.of(), List.of(), 500);
            int deleted = wal.truncateBefore(500);
            assertThat(deleted).isPositive();
            assertThat(wal.fileCount()).isEqualTo(files - deleted);
            List<Rec> kept = replayAll(wal, 0);
            long first = kept.get(0).lsn();
            assertThat(first).isLessThanOrEqualTo(501).isGreaterThan(450);
            assertThat(kept).extracting(Rec::lsn).isEqualTo(range(first, 1000));
            assertThat(replayAll(wal, 500)).extracting(Rec::lsn).isEqualTo(range(501, 1000));
            data.manifest().commit(java.util.Map.of(), List.of(), wal.lastLsn());
            assertThat(wal.truncateBefore(wal.lastLsn())).isPositive();
            assertThat(wal.fileCount()).isEqualTo(1);
        }
        try (DataDirectory data = DataDirectory.open(dir)) {
            WriteAheadLog wal = data.openWal(new WalOptions(false, 4096));
            List<Rec> kept = replayAll(wal, 0);
            assertThat(kept).allSatisfy(r -> assertThat(r.payload()).isEqualTo(payload((int) r.lsn(), 100)));
            assertThat(wal.lastLsn()).isEqualTo(1000);
            assertThat(wal.append((byte) 0, new byte[1])).isEqualTo(1001);
        }
    }

    @Test
    void damageInAnOlderFileOrAMissingFileIsAnError() throws IOException {
        try (DataDirectory data = DataDirectory.open(dir)) {
            WriteAheadLog wal = data.openWal(new WalOptions(true, 4096));
            for (int i = 1; i <= 200; i++) {
                wal.append((byte) 0, payload(i, 100));
            }
        }
        List<Path> files = WalFiles.logFiles(dir);
        assertThat(files.size()).isGreaterThan(3);
        Path older = files.get(1);
        byte[] raw = Files.readAllBytes(older);
        byte[] damaged = raw.clone();
        damaged[damaged.length - 1] ^= 1;
        Files.write(older, damaged);
        try (DataDirectory data = DataDirectory.open(dir)) {
            assertThatThrownBy(() -> data.openWal(WalOptions.defaults()))
                    .isInstanceOf(StorageCorruptedException.class)
                    .hasMessageStartingWith("WAL corrupted at offset ")
                    .hasMessageContaining(older.toAbsolutePath().toString())
                    .hasMessageContaining("newer WAL files follow");
        }
        Files.write(older, raw);
        Files.delete(files.get(2));
        try (DataDirectory data = DataDirectory.open(dir)) {
            assertThatThrownBy(() -> data.openWal(WalOptions.defaults()))
                    .isInstanceOf(StorageCorruptedException.class)
                    .hasMessageContaining(files.get(3).toAbsolutePath().toString())
                    .hasMessageContaining("a WAL file is missing or damaged");
        }
    }

    @Test
    void refusesAppendsAfterCloseAndOversizedPayloads() throws IOException {
        try (DataDirectory data = DataDirectory.open(dir)) {
            WriteAheadLog wal = data.openWal(WalOptions.defaults());
            assertThatThrownBy(() -> data.openWal(WalOptions.defaults())).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("already open");
            assertThatThrownBy(() -> wal.append((byte) 0, new byte[WalFrame.MAX_PAYLOAD_BYTES + 1]))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("exceeds the limit");
            wal.append((byte) 0, new byte[1]);
            wal.close();
            assertThatThrownBy(() -> wal.append((byte) 0, new byte[1])).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("is closed");
        }
        assertThatThrownBy(() -> new WalOptions(true, 100)).isInstanceOf(IllegalArgumentException.class);
    }

    private static void writeRecords(Path dataDir, int count, int payloadLength) throws IOException {
        try (DataDirectory data = DataDirectory.open(dataDir)) {
            WriteAheadLog wal = data.openWal(WalOptions.defaults());
            for (int i = 0; i < count; i++) {
                wal.append((byte) i, payload(i, payloadLength));
            }
        }
    }

    private static List<Long> range(long from, long to) {
        List<Long> values = new ArrayList<>();
        for (long v = from; v <= to; v++) {
            values.add(v);
        }
        return values;
    }
}
