package dev.quiver.io;

/**
 * How far a running COPY got.
 *
 * @param rows     the rows inserted (FROM) or written (TO) so far
 * @param skipped  the rows skipped so far with {@code on_error = 'skip'}
 * @param fraction how much of the whole is done, 0 to 1: for COPY FROM the share of the file's bytes read, for COPY TO
 *                 the rows written of the collection's row count; -1 when the whole is not known (a COPY of a query)
 */
public record CopyProgress(long rows, long skipped, double fraction) {
    /** The fraction for an unknown whole. */
    public static final double UNKNOWN = -1;

    /** Whether {@link #fraction} says how much is done. */
    public boolean fractionKnown() {
        return fraction >= 0;
    }
}
