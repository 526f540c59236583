package dev.quiver.embedded.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Kills a child JVM in the middle of appending and checks what survived; checks the lock across processes. */
class CrossProcessIT {
    private static final int THREADS = 4;
    private static final int ACKS_BEFORE_KILL = 300;

    @TempDir
    Path dir;

    @Test
    void everyAcknowledgedRecordSurvivesSigkillAndTheLockHoldsAcrossProcesses() throws Exception {
        Process child = start("append", dir.toString(), Integer.toString(THREADS));
        Map<Long, long[]> acknowledged = new HashMap<>();
        try {
            BufferedReader lines = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
            assertThat(lines.readLine()).isEqualTo("ready 0");

            Process second = start("lock", dir.toString());
            String secondOutput = new String(second.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            assertThat(second.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(second.exitValue()).isEqualTo(StorageChildProcess.EXIT_LOCKED);
            assertThat(secondOutput).isEqualTo("data directory " + dir.toAbsolutePath().normalize()
                    + " is in use by another Quiver process (pid " + child.pid() + "); stop it or use another directory");
            assertThatLockedInThisJvmToo(child.pid());

            while (acknowledged.size() < ACKS_BEFORE_KILL) {
                String line = lines.readLine();
                assertThat(line).as("child output ended early; see its stderr").isNotNull();
                String[] parts = line.split(" ");
                assertThat(parts[0]).isEqualTo("ack");
                acknowledged.put(Long.parseLong(parts[1]), new long[] {Long.parseLong(parts[2]), Long.parseLong(parts[3])});
            }
        } finally {
            child.destroyForcibly();
            child.waitFor(60, TimeUnit.SECONDS);
        }
        assertThat(child.isAlive()).isFalse();

        try (DataDirectory data = DataDirectory.open(dir)) {
            WriteAheadLog wal = data.openWal(WalOptions.defaults().withSegmentBytes(64 << 10));
            List<WalFiles.Rec> records = WalFiles.replayAll(wal, 0);
            assertThat(records.size()).isGreaterThanOrEqualTo(ACKS_BEFORE_KILL);
            Map<Long, WalFiles.Rec> byLsn = new HashMap<>();
            long expected = 1;
            for (WalFiles.Rec record : records) {
                assertThat(record.lsn()).isEqualTo(expected++);
                byLsn.put(record.lsn(), record);
            }
            for (Map.Entry<Long, long[]> ack : acknowledged.entrySet()) {
                WalFiles.Rec record = byLsn.get(ack.getKey());
                assertThat(record).as("acknowledged lsn %d", ack.getKey()).isNotNull();
                int thread = (int) ack.getValue()[0];
                assertThat(record.type()).isEqualTo((byte) thread);
                assertThat(record.payload()).isEqualTo(StorageChildProcess.payload(thread, ack.getValue()[1]));
            }
            long next = wal.append((byte) 9, new byte[] {1, 2, 3});
            assertThat(next).isEqualTo(records.size() + 1L);
        }
        try (DataDirectory data = DataDirectory.open(dir)) {
            WriteAheadLog wal = data.openWal(WalOptions.defaults());
            List<WalFiles.Rec> tail = WalFiles.replayAll(wal, wal.lastLsn() - 1);
            assertThat(tail).singleElement().satisfies(r -> assertThat(r.payload()).containsExactly(1, 2, 3));
        }
    }

    private void assertThatLockedInThisJvmToo(long childPid) {
        try {
            DataDirectory.open(dir).close();
            throw new AssertionError("the parent could open a directory the child holds");
        } catch (DataDirectoryLockedException e) {
            assertThat(e.ownerPid()).hasValue(childPid);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static Process start(String... args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xshare:auto");
        command.add("-XX:TieredStopAtLevel=1");
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(StorageChildProcess.class.getName());
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        if (args[0].equals("lock")) {
            builder.redirectErrorStream(true);
        } else {
            builder.redirectError(ProcessBuilder.Redirect.INHERIT);
        }
        return builder.start();
    }
}
