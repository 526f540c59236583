package dev.quiver.driver.internal.exec;

import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The last write timestamp (MutationResult.timestamp, a hybrid ts) per database and collection, for Session
 * consistency: a read at Session level passes it as {@code guarantee_timestamp} (reference §4.7). Thread-safe.
 */
public final class WriteTimestamps {
    private record Key(String database, String collection) {}

    private final Map<Key, Long> last = new ConcurrentHashMap<>();

    /** Records a write; keeps the larger timestamp. */
    public void record(String database, String collection, long timestamp) {
        last.merge(new Key(database, collection), timestamp, Math::max);
    }

    /** The last write's timestamp, if this session wrote to the collection. */
    public OptionalLong lastWrite(String database, String collection) {
        Long ts = last.get(new Key(database, collection));
        return ts == null ? OptionalLong.empty() : OptionalLong.of(ts);
    }

    public void clear() {
        last.clear();
    }
}
