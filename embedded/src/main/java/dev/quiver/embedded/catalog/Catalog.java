package dev.quiver.embedded.catalog;

import dev.quiver.embedded.error.EngineException;
import dev.quiver.embedded.time.HybridClock;
import dev.quiver.wire.MilvusError;
import java.io.IOException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * The engine's catalog: an immutable {@link CatalogSnapshot} replaced atomically on every change (copy on write),
 * so readers never block and always see a consistent state. Changes are serialized by {@link #modify}, applied to
 * the data path, persisted, then published.
 *
 * <p>Thread-safe.
 */
public final class Catalog implements CatalogView {
    private final HybridClock clock;
    private final CatalogPersistence persistence;
    private final Object writeLock = new Object();
    private volatile CatalogSnapshot snapshot;
    private volatile @Nullable DataStore dataStore;

    private Catalog(HybridClock clock, CatalogPersistence persistence, CatalogSnapshot snapshot) {
        this.clock = clock;
        this.persistence = persistence;
        this.snapshot = snapshot;
    }

    /**
     * Opens the catalog kept by {@code persistence} (or a fresh one holding the {@code default} database) and
     * advances {@code clock} past every timestamp and id it records.
     *
     * @throws IOException when the stored catalog cannot be read or decoded
     */
    public static Catalog open(HybridClock clock, CatalogPersistence persistence) throws IOException {
        Optional<byte[]> stored = persistence.read();
        CatalogSnapshot snapshot;
        if (stored.isPresent()) {
            snapshot = CatalogCodec.decode(stored.get());
            clock.advanceTo(snapshot.highWaterMark());
        } else {
            snapshot = CatalogSnapshot.initial(clock.next(), clock.next());
            persistence.write(CatalogCodec.encode(snapshot));
        }
        return new Catalog(clock, persistence, snapshot);
    }

    /** Connects the data path; must be called once before the first {@link #modify}. */
    public void attach(DataStore store) {
        this.dataStore = Objects.requireNonNull(store);
    }

    /** The current snapshot. */
    public CatalogSnapshot snapshot() {
        return snapshot;
    }

    /** The engine's clock. */
    public HybridClock clock() {
        return clock;
    }

    /**
     * Applies one change atomically with respect to other changes. {@code change} may throw an
     * {@link EngineException} to refuse; nothing is then changed.
     *
     * @return what {@code change} returned
     */
    public <R extends @Nullable Object> R modify(Function<CatalogTransaction, R> change) {
        synchronized (writeLock) {
            CatalogTransaction transaction = new CatalogTransaction(snapshot, clock);
            R result = change.apply(transaction);
            DataStore store = dataStore;
            if (!transaction.effects().isEmpty()) {
                if (store == null) {
                    throw new IllegalStateException("no data store attached to the catalog");
                }
                for (Consumer<DataStore> effect : transaction.effects()) {
                    effect.accept(store);
                }
            }
            if (transaction.changed()) {
                try {
                    persistence.write(CatalogCodec.encode(transaction.snapshot()));
                } catch (IOException e) {
                    throw EngineException.withReason(MilvusError.UNEXPECTED,
                            "cannot persist the catalog: " + e.getMessage());
                }
                snapshot = transaction.snapshot();
            }
            return result;
        }
    }

    /**
     * Applies one change to the users, roles and grants, persisted and published like any other catalog change.
     * {@code change} may throw an {@link EngineException} to refuse; returning its argument changes nothing.
     */
    public void modifyAccess(UnaryOperator<AccessControl> change) {
        modify(transaction -> {
            CatalogSnapshot current = transaction.snapshot();
            transaction.replace(current.withAccess(change.apply(current.access())));
            return null;
        });
    }

    /** The current users, roles and grants. */
    public AccessControl access() {
        return snapshot.access();
    }

    @Override
    public CollectionInfo resolveCollection(String database, String nameOrAlias) {
        return snapshot.require(database, nameOrAlias).info();
    }

    @Override
    public Optional<CollectionInfo> findCollection(String database, String nameOrAlias) {
        return snapshot.find(database, nameOrAlias).map(CollectionEntry::info);
    }

    @Override
    public Optional<CollectionInfo> collectionById(long collectionId) {
        return snapshot.byId(collectionId).map(CollectionEntry::info);
    }

    @Override
    public List<CollectionInfo> collections(String database) {
        return snapshot.database(database)
                .map(db -> db.collections().values().stream().map(CollectionEntry::info).toList())
                .orElse(List.of());
    }

    @Override
    public List<String> databases() {
        return List.copyOf(snapshot.databases().keySet());
    }
}
