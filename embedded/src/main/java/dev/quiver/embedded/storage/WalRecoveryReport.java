package dev.quiver.embedded.storage;

import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/**
 * What {@link WriteAheadLog} found when it opened: the records it kept and the damaged tail it dropped, if any.
 *
 * @param files             the number of log files scanned
 * @param records           the number of intact records kept
 * @param firstLsn          the sequence number of the oldest record kept, or the next one to be assigned when none is
 * @param lastLsn           the sequence number of the newest record kept, or {@code firstLsn - 1} when none is
 * @param droppedRecords    the number of records (whole or partial) in the tail that was cut off (0 when clean)
 * @param droppedBytes      the number of bytes cut off the end of the newest file (0 when the tail was clean)
 * @param truncatedFile     the file that was cut, or {@code null}
 * @param truncatedAtOffset the new length of {@code truncatedFile}, or -1
 * @param problem           why the tail was dropped (e.g. "checksum mismatch"), or {@code null}
 */
public record WalRecoveryReport(
        int files,
        long records,
        long firstLsn,
        long lastLsn,
        long droppedRecords,
        long droppedBytes,
        @Nullable Path truncatedFile,
        long truncatedAtOffset,
        @Nullable String problem) {

    /** Whether a torn or corrupt tail was dropped. */
    public boolean tailDropped() {
        return truncatedFile != null;
    }
}
