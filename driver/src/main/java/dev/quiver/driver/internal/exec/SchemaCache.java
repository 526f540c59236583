package dev.quiver.driver.internal.exec;

import dev.quiver.proto.milvus.DescribeCollectionResponse;
import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One connection's cache of DescribeCollection responses, keyed by database and collection name. Handlers that
 * change a schema (DROP/ALTER/RENAME COLLECTION, DROP DATABASE...) invalidate it. Thread-safe.
 */
public final class SchemaCache {
    private record Key(String database, String collection) {}

    /** Loads a schema on a cache miss. */
    @FunctionalInterface
    public interface Loader {
        DescribeCollectionResponse load() throws SQLException;
    }

    private final Map<Key, DescribeCollectionResponse> entries = new ConcurrentHashMap<>();

    /** The cached response, loading (and caching) it on a miss; failures are not cached. */
    public DescribeCollectionResponse get(String database, String collection, Loader loader) throws SQLException {
        Key key = new Key(database, collection);
        DescribeCollectionResponse cached = entries.get(key);
        if (cached != null) {
            return cached;
        }
        DescribeCollectionResponse loaded = loader.load();
        entries.put(key, loaded);
        return loaded;
    }

    public void invalidate(String database, String collection) {
        entries.remove(new Key(database, collection));
    }

    public void invalidateDatabase(String database) {
        entries.keySet().removeIf(k -> k.database().equals(database));
    }

    public void clear() {
        entries.clear();
    }

    public int size() {
        return entries.size();
    }
}
