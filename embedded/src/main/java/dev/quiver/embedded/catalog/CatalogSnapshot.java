package dev.quiver.embedded.catalog;

import dev.quiver.embedded.error.EngineException;
import dev.quiver.wire.MilvusError;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The whole catalog at one point in time: databases ({@code default} first), their collections, partitions,
 * aliases, indexes and load states, and the users, roles and grants. Immutable; changes produce new snapshots.
 *
 * @param databases databases by name, in creation order
 * @param access    users, roles and grants
 */
public record CatalogSnapshot(Map<String, DatabaseState> databases, AccessControl access) {
    public CatalogSnapshot {
        databases = Collections.unmodifiableMap(new LinkedHashMap<>(databases));
    }

    /** Databases with no users, only the built-in roles and no grants. */
    public CatalogSnapshot(Map<String, DatabaseState> databases) {
        this(databases, AccessControl.initial());
    }

    /** A catalog holding only the empty {@code default} database (and the built-in roles). */
    public static CatalogSnapshot initial(long databaseId, long createdTimestamp) {
        DatabaseInfo info = new DatabaseInfo(DatabaseInfo.DEFAULT, databaseId, createdTimestamp, Map.of());
        return new CatalogSnapshot(Map.of(DatabaseInfo.DEFAULT, DatabaseState.empty(info)));
    }

    /** This catalog with its users, roles and grants replaced by {@code next}. */
    public CatalogSnapshot withAccess(AccessControl next) {
        return next == access ? this : new CatalogSnapshot(databases, next);
    }

    /** The database named {@code name}, if it exists. */
    public Optional<DatabaseState> database(String name) {
        return Optional.ofNullable(databases.get(name));
    }

    /**
     * The database named {@code name}.
     *
     * @throws EngineException {@code database not found[database=..]} (800)
     */
    public DatabaseState requireDatabase(String name) {
        DatabaseState state = databases.get(name);
        if (state == null) {
            throw EngineException.with(MilvusError.DATABASE_NOT_FOUND, "database", name);
        }
        return state;
    }

    /** The collection named {@code nameOrAlias} in {@code database}, resolving aliases. */
    public Optional<CollectionEntry> find(String database, String nameOrAlias) {
        return database(database).flatMap(db -> db.find(nameOrAlias));
    }

    /**
     * The collection named {@code nameOrAlias} in {@code database}, resolving aliases.
     *
     * @throws EngineException 800 when the database does not exist, 100
     *                         {@code collection not found[database=..][collection=..]} when the collection does not
     */
    public CollectionEntry require(String database, String nameOrAlias) {
        return requireDatabase(database).find(nameOrAlias).orElseThrow(() -> collectionNotFound(database, nameOrAlias));
    }

    /** Milvus's error for a missing collection. */
    public static EngineException collectionNotFound(String database, String name) {
        return EngineException.with(MilvusError.COLLECTION_NOT_FOUND, "database", database, "collection", name);
    }

    /** The collection with this id, in any database. */
    public Optional<CollectionEntry> byId(long collectionId) {
        return databases.values().stream().flatMap(db -> db.collections().values().stream())
                .filter(c -> c.info().id() == collectionId).findFirst();
    }

    /** Every collection of every database. */
    public List<CollectionEntry> allCollections() {
        return databases.values().stream().flatMap(db -> db.collections().values().stream()).toList();
    }

    /** This catalog with {@code state} added or replacing the database of the same name. */
    public CatalogSnapshot with(DatabaseState state) {
        Map<String, DatabaseState> next = new LinkedHashMap<>(databases);
        next.put(state.info().name(), state);
        return new CatalogSnapshot(next, access);
    }

    /** This catalog without the database named {@code name}. */
    public CatalogSnapshot without(String name) {
        Map<String, DatabaseState> next = new LinkedHashMap<>(databases);
        next.remove(name);
        return new CatalogSnapshot(next, access);
    }

    /** This catalog with {@code entry} added to or replaced in {@code database} (which must exist). */
    public CatalogSnapshot with(String database, CollectionEntry entry) {
        return with(requireDatabase(database).with(entry));
    }

    /**
     * The greatest timestamp or id recorded anywhere in the catalog; a restored clock must start above it so new
     * ids never collide with persisted ones.
     */
    public long highWaterMark() {
        long max = 0;
        for (DatabaseState db : databases.values()) {
            max = Math.max(max, Math.max(db.info().id(), db.info().createdTimestamp()));
            for (CollectionEntry entry : db.collections().values()) {
                CollectionInfo info = entry.info();
                max = Math.max(max, Math.max(info.id(), Math.max(info.createdTimestamp(), entry.updateTimestamp())));
                for (PartitionInfo p : info.partitions()) {
                    max = Math.max(max, Math.max(p.id(), p.createdTimestamp()));
                }
                for (IndexInfo index : info.indexes().values()) {
                    max = Math.max(max, index.id());
                }
            }
        }
        return max;
    }
}
