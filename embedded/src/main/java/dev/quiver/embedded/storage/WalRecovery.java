package dev.quiver.embedded.storage;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Checks every WAL file when the log opens and cuts a damaged tail off the newest one. Damage is a torn tail only
 * when it is in the newest file and no intact record follows it; anything else is corruption and fails the open.
 */
final class WalRecovery {
    private final WalRecoveryReport report;
    private final long nextLsn;

    private WalRecovery(WalRecoveryReport report, long nextLsn) {
        this.report = report;
        this.nextLsn = nextLsn;
    }

    /**
     * Scans the files (first lsns ascending, at least one) and repairs the tail of the newest, refusing when records
     * after {@code checkpointLsn} are missing or the log would end before {@code writtenLsn}.
     */
    static WalRecovery run(Path directory, List<Long> firstLsns, long checkpointLsn, long writtenLsn,
                           @Nullable Path manifest) throws IOException {
        long expected = firstLsns.get(0);
        if (expected > checkpointLsn + 1) {
            Path first = WriteAheadLog.fileFor(directory, expected);
            throw new StorageCorruptedException(first, 0, "WAL file " + first + " starts at lsn " + expected
                    + " but the manifest " + manifest + " checkpointed the log only up to lsn " + checkpointLsn
                    + ": the WAL file(s) holding lsn " + (checkpointLsn + 1) + " to " + (expected - 1) + " are missing");
        }
        long records = 0;
        long dropped = 0;
        long droppedRecords = 0;
        Path truncatedFile = null;
        long truncatedAt = -1;
        String problem = null;
        for (int i = 0; i < firstLsns.size(); i++) {
            long firstLsn = firstLsns.get(i);
            Path file = WriteAheadLog.fileFor(directory, firstLsn);
            boolean newest = i == firstLsns.size() - 1;
            if (firstLsn != expected) {
                throw new StorageCorruptedException(file, 0, "WAL file " + file + " starts at lsn " + firstLsn
                        + " but the previous file ends at lsn " + (expected - 1) + ": a WAL file is missing or damaged");
            }
            try (FileChannel channel = newest
                    ? FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)
                    : FileChannel.open(file, StandardOpenOption.READ)) {
                long size = channel.size();
                WalFileScanner scanner = new WalFileScanner(file, channel, size);
                WalFileScanner.Outcome outcome = scanner.scan(firstLsn, Long.MAX_VALUE, null);
                records += outcome.records();
                expected = outcome.nextLsn();
                if (outcome.problem() == null) {
                    continue;
                }
                long at = outcome.goodEnd();
                if (!newest) {
                    throw new StorageCorruptedException(file, at, "WAL corrupted at offset " + at + " of " + file + ": "
                            + outcome.problem() + "; newer WAL files follow, so this is not a torn tail");
                }
                long intact = scanner.findIntactFrameAfter(at + 1, outcome.nextLsn());
                if (intact >= 0) {
                    throw new StorageCorruptedException(file, at, "WAL corrupted at offset " + at + " of " + file + ": "
                            + outcome.problem() + "; an intact record follows at offset " + intact
                            + ", so this is not a torn tail");
                }
                if (outcome.nextLsn() - 1 < writtenLsn) {
                    throw new StorageCorruptedException(file, at, "WAL corrupted at offset " + at + " of " + file + ": "
                            + outcome.problem() + "; the manifest " + manifest + " records that the log reached lsn "
                            + writtenLsn + ", so dropping it would lose acknowledged records from lsn "
                            + outcome.nextLsn());
                }
                droppedRecords = scanner.countFramesFrom(at, outcome.nextLsn());
                channel.truncate(at);
                channel.force(true);
                dropped = size - at;
                truncatedFile = file;
                truncatedAt = at;
                problem = outcome.problem();
            } catch (StorageCorruptedException e) {
                throw e;
            } catch (IOException e) {
                throw new IOException("cannot recover WAL file " + file + ": " + e, e);
            }
        }
        if (expected - 1 < writtenLsn) {
            Path last = WriteAheadLog.fileFor(directory, firstLsns.get(firstLsns.size() - 1));
            throw new StorageCorruptedException(last, -1, "WAL ends at lsn " + (expected - 1) + " (file " + last
                    + ") but the manifest " + manifest + " records that the log reached lsn " + writtenLsn
                    + ": acknowledged records are missing (a WAL file was deleted or truncated)");
        }
        long first = records == 0 ? expected : firstLsns.get(0);
        WalRecoveryReport report = new WalRecoveryReport(firstLsns.size(), records, first, expected - 1,
                droppedRecords, dropped,
                truncatedFile, truncatedAt, problem);
        return new WalRecovery(report, expected);
    }

    WalRecoveryReport report() {
        return report;
    }

    long nextLsn() {
        return nextLsn;
    }
}
