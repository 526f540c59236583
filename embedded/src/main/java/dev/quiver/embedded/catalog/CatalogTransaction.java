package dev.quiver.embedded.catalog;

import dev.quiver.embedded.time.HybridClock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * One change to the catalog, made under the catalog's write lock: read {@link #snapshot()}, {@link #replace} it,
 * and register what the data path must do with {@link #then}. Effects run in order before the new snapshot is
 * persisted and published; if one throws, nothing is published. Not thread-safe: confined to one
 * {@link Catalog#modify} call.
 */
public final class CatalogTransaction {
    private final CatalogSnapshot original;
    private final HybridClock clock;
    private final List<Consumer<DataStore>> effects = new ArrayList<>();
    private CatalogSnapshot current;

    CatalogTransaction(CatalogSnapshot original, HybridClock clock) {
        this.original = original;
        this.current = original;
        this.clock = clock;
    }

    /** The catalog as this transaction sees it (including its own replacements). */
    public CatalogSnapshot snapshot() {
        return current;
    }

    /** Makes {@code next} the catalog this transaction will publish. */
    public void replace(CatalogSnapshot next) {
        current = next;
    }

    /** Registers work for the data path, run before the new catalog is published. */
    public void then(Consumer<DataStore> effect) {
        effects.add(effect);
    }

    /** A new hybrid timestamp; also a new unique id. */
    public long nextTimestamp() {
        return clock.next();
    }

    boolean changed() {
        return current != original;
    }

    List<Consumer<DataStore>> effects() {
        return effects;
    }
}
