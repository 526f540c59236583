package dev.quiver.dsl;

/**
 * What a FLUSH ALL reported: its flush-all timestamp (for {@link Quiver#flushAllState(long)}) and whether it waited
 * until every collection was flushed. Immutable.
 */
public final class FlushAllResult {
    private final long flushAllTimestamp;
    private final boolean flushed;

    FlushAllResult(Outcome outcome) {
        Object ts = outcome.details().get("flush_all_ts");
        if (!(ts instanceof Number number)) {
            throw new QuiverException("FLUSH ALL reported no flush_all_ts; details: " + outcome.details());
        }
        this.flushAllTimestamp = number.longValue();
        this.flushed = Boolean.TRUE.equals(outcome.details().get("flushed"));
    }

    /**
     * The flush-all timestamp.
     *
     * @return the timestamp
     */
    public long getFlushAllTimestamp() {
        return flushAllTimestamp;
    }

    /**
     * Whether the statement waited until every collection was flushed (false with NOWAIT).
     *
     * @return true when the data is known to be flushed
     */
    public boolean isFlushed() {
        return flushed;
    }

    /**
     * A readable summary.
     *
     * @return the timestamp and flushed flag
     */
    @Override
    public String toString() {
        return "FlushAllResult[flushAllTs=" + flushAllTimestamp + ", flushed=" + flushed + "]";
    }
}
