package dev.quiver.embedded.storage;

/**
 * How a {@link WriteAheadLog} writes.
 *
 * @param sync         when {@code true}, {@link WriteAheadLog#append(byte, byte[])} returns only once the record is
 *                     forced to disk (survives power loss); when {@code false}, once it is written to the operating
 *                     system (survives a crash of the process, not of the machine)
 * @param segmentBytes the size at which the active log file is closed and a new one started, 4 KiB to 1 GiB
 */
public record WalOptions(boolean sync, long segmentBytes) {
    /** The default file size: 64 MiB. */
    public static final long DEFAULT_SEGMENT_BYTES = 64L << 20;

    /** Validates the options. */
    public WalOptions {
        if (segmentBytes < 4096 || segmentBytes > (1L << 30)) {
            throw new IllegalArgumentException("WAL segmentBytes must be between 4096 and 1073741824, got " + segmentBytes);
        }
    }

    /** Synchronous appends and 64 MiB files. */
    public static WalOptions defaults() {
        return new WalOptions(true, DEFAULT_SEGMENT_BYTES);
    }

    /** A copy with {@code sync} replaced. */
    public WalOptions withSync(boolean newSync) {
        return new WalOptions(newSync, segmentBytes);
    }

    /** A copy with {@code segmentBytes} replaced. */
    public WalOptions withSegmentBytes(long newSegmentBytes) {
        return new WalOptions(sync, newSegmentBytes);
    }
}
