package dev.quiver.driver;

/**
 * How far the server got with what a statement waits for, as one poll answered it.
 *
 * @param waitingFor what is waited for, as a timeout names it: {@code collection films to load},
 *                   {@code index on films(vector) to build}, {@code collection films to flush (flush_ts ...)}
 * @param done       how much is done, in {@code unit}
 * @param total      how much there is to do, in {@code unit}; 0 when the server does not say
 * @param unit       what {@code done} and {@code total} count
 */
public record WaitProgress(String waitingFor, long done, long total, Unit unit) {

    /** What a {@link WaitProgress} counts. */
    public enum Unit {
        /** Percent of a load, from GetLoadingProgress ({@code total} is 100). */
        PERCENT,
        /** Rows indexed of the rows to index, from DescribeIndex's {@code indexed_rows} and {@code total_rows}. */
        ROWS,
        /** Collections flushed of the collections a FLUSH names (or, for FLUSH ALL, that the server reports). */
        COLLECTIONS
    }

    /** The share done, 0 to 1, or -1 when the total is not known. */
    public double fraction() {
        return total > 0 ? Math.min(1, Math.max(0, (double) done / total)) : -1;
    }
}
