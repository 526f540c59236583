package dev.quiver.embedded.catalog;

import dev.quiver.embedded.error.EngineException;
import java.util.List;
import java.util.Optional;

/**
 * What the data path needs to know of the catalog: immutable snapshots of collections, their schema, partitions,
 * indexes and load states. Implemented by the catalog; read by the data path (insert, query, search, flush).
 *
 * <p>Thread-safe; every returned object is an immutable snapshot.
 */
public interface CatalogView {

    /**
     * The collection named {@code nameOrAlias} in {@code database}, resolving aliases.
     *
     * @throws EngineException {@code collection not found[database=..][collection=..]} (code 100), or
     *                         {@code database not found[database=..]} (code 800)
     */
    CollectionInfo resolveCollection(String database, String nameOrAlias);

    /** Like {@link #resolveCollection} but empty instead of an error when the collection does not exist. */
    Optional<CollectionInfo> findCollection(String database, String nameOrAlias);

    /** The collection with this id, if it still exists. */
    Optional<CollectionInfo> collectionById(long collectionId);

    /** Every collection of {@code database}, in creation order; empty when the database does not exist. */
    List<CollectionInfo> collections(String database);

    /** Every database name, {@code default} first. */
    List<String> databases();
}
