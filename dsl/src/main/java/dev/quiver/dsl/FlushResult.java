package dev.quiver.dsl;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What a FLUSH reported: per collection, the segments it sealed and the flush timestamp (with which a NOWAIT
 * caller can ask {@link Quiver#flushState(String, long)} later), and whether it waited for the data to be persisted.
 * Immutable.
 */
public final class FlushResult {
    private final Map<String, List<Long>> sealedSegmentIds;
    private final Map<String, Long> flushTimestamps;
    private final boolean flushed;
    private final @Nullable String commandTag;

    FlushResult(Outcome outcome) {
        this.sealedSegmentIds = perCollection(outcome.details().get("sealed_segment_ids"), true);
        this.flushTimestamps = perCollection(outcome.details().get("flush_ts"), false);
        this.flushed = Boolean.TRUE.equals(outcome.details().get("flushed"));
        this.commandTag = outcome.commandTag();
    }

    @SuppressWarnings("unchecked")
    private static <V> Map<String, V> perCollection(@Nullable Object detail, boolean lists) {
        Map<String, V> result = new LinkedHashMap<>();
        if (detail instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                Object value = entry.getValue();
                if (lists && value instanceof List<?> ids) {
                    result.put(String.valueOf(entry.getKey()),
                            (V) ids.stream().map(id -> ((Number) id).longValue()).toList());
                } else if (!lists && value instanceof Number number) {
                    result.put(String.valueOf(entry.getKey()), (V) Long.valueOf(number.longValue()));
                }
            }
        }
        return Map.copyOf(result);
    }

    /**
     * The flushed collections.
     *
     * @return collection names
     */
    public List<String> getCollections() {
        return List.copyOf(flushTimestamps.keySet());
    }

    /**
     * The sealed segment ids of every flushed collection.
     *
     * @return an unmodifiable map from collection to segment ids
     */
    public Map<String, List<Long>> getSealedSegmentIds() {
        return sealedSegmentIds;
    }

    /**
     * The segments the flush sealed in {@code collection}.
     *
     * @param collection a flushed collection
     * @return the segment ids, empty when the collection had no growing segment or was not flushed
     */
    public List<Long> getSealedSegmentIds(String collection) {
        return sealedSegmentIds.getOrDefault(collection, List.of());
    }

    /**
     * The flush timestamp of every flushed collection.
     *
     * @return an unmodifiable map from collection to flush timestamp
     */
    public Map<String, Long> getFlushTimestamps() {
        return flushTimestamps;
    }

    /**
     * The flush timestamp of {@code collection}, for {@link Quiver#flushState(String, long)}.
     *
     * @param collection a flushed collection
     * @return the timestamp
     * @throws QuiverException when the collection was not flushed
     */
    public long getFlushTimestamp(String collection) {
        Long ts = flushTimestamps.get(collection);
        if (ts == null) {
            throw new QuiverException("collection '" + collection + "' was not flushed; flushed: "
                    + flushTimestamps.keySet());
        }
        return ts;
    }

    /**
     * Whether the statement waited until the sealed segments were persisted (false with NOWAIT).
     *
     * @return true when the data is known to be flushed
     */
    public boolean isFlushed() {
        return flushed;
    }

    /**
     * The command tag, such as {@code FLUSH 1}.
     *
     * @return the tag, or null when the driver reported none
     */
    public @Nullable String getCommandTag() {
        return commandTag;
    }

    /**
     * A readable summary.
     *
     * @return the segments, timestamps and flushed flag
     */
    @Override
    public String toString() {
        return "FlushResult[sealed=" + sealedSegmentIds + ", flushTs=" + flushTimestamps + ", flushed=" + flushed + "]";
    }
}
