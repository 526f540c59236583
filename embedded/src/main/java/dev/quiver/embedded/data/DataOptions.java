package dev.quiver.embedded.data;

/**
 * Tuning of the data path.
 *
 * @param sealRows  a growing segment is sealed once it holds at least this many rows
 * @param sealBytes a growing segment is sealed once its estimated size reaches this many bytes
 * @param walSync   file mode: whether each acknowledged mutation is forced to disk (power-loss safe) or only
 *                  written to the operating system (process-crash safe)
 */
public record DataOptions(int sealRows, long sealBytes, boolean walSync) {
    /** Validates the options. */
    public DataOptions {
        if (sealRows < 1 || sealBytes < 1) {
            throw new IllegalArgumentException("seal thresholds must be positive, got " + sealRows + " rows and "
                    + sealBytes + " bytes");
        }
    }

    /** One million rows or 64 MiB per growing segment; synchronous WAL. */
    public static DataOptions defaults() {
        return new DataOptions(1_000_000, 64L << 20, true);
    }

    /** A copy sealing growing segments at {@code rows} rows. */
    public DataOptions withSealRows(int rows) {
        return new DataOptions(rows, sealBytes, walSync);
    }

    /** A copy sealing growing segments at {@code bytes} estimated bytes. */
    public DataOptions withSealBytes(long bytes) {
        return new DataOptions(sealRows, bytes, walSync);
    }

    /** A copy with the WAL sync mode replaced. */
    public DataOptions withWalSync(boolean sync) {
        return new DataOptions(sealRows, sealBytes, sync);
    }
}
