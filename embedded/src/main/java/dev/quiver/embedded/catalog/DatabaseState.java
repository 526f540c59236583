package dev.quiver.embedded.catalog;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * One database in a {@link CatalogSnapshot}: its description and its collections by name, in creation order.
 * Immutable.
 *
 * @param info the database description
 * @param collections its collections keyed by name
 */
public record DatabaseState(DatabaseInfo info, Map<String, CollectionEntry> collections) {
    public DatabaseState {
        collections = Collections.unmodifiableMap(new LinkedHashMap<>(collections));
    }

    /** An empty database. */
    public static DatabaseState empty(DatabaseInfo info) {
        return new DatabaseState(info, Map.of());
    }

    /** The collection named {@code nameOrAlias}, resolving aliases. */
    public Optional<CollectionEntry> find(String nameOrAlias) {
        CollectionEntry direct = collections.get(nameOrAlias);
        if (direct != null) {
            return Optional.of(direct);
        }
        return collections.values().stream().filter(c -> c.info().aliases().contains(nameOrAlias)).findFirst();
    }

    /** The collection holding {@code alias}, if the name is an alias. */
    public Optional<CollectionEntry> aliasTarget(String alias) {
        return collections.values().stream().filter(c -> c.info().aliases().contains(alias)).findFirst();
    }

    /** This database with {@code entry} added or replaced (matched by collection id, so renames work). */
    public DatabaseState with(CollectionEntry entry) {
        Map<String, CollectionEntry> next = new LinkedHashMap<>();
        boolean replaced = false;
        for (CollectionEntry existing : collections.values()) {
            if (existing.info().id() == entry.info().id()) {
                next.put(entry.info().name(), entry);
                replaced = true;
            } else {
                next.put(existing.info().name(), existing);
            }
        }
        if (!replaced) {
            next.put(entry.info().name(), entry);
        }
        return new DatabaseState(info, next);
    }

    /** This database without the collection with this id. */
    public DatabaseState without(long collectionId) {
        Map<String, CollectionEntry> next = new LinkedHashMap<>(collections);
        next.values().removeIf(c -> c.info().id() == collectionId);
        return new DatabaseState(info, next);
    }

    /** This database with other properties. */
    public DatabaseState withInfo(DatabaseInfo newInfo) {
        return new DatabaseState(newInfo, collections);
    }
}
