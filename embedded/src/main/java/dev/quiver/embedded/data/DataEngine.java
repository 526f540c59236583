package dev.quiver.embedded.data;

import dev.quiver.embedded.catalog.DataStore;
import dev.quiver.embedded.catalog.CatalogView;
import dev.quiver.embedded.catalog.IndexInfo;
import dev.quiver.embedded.catalog.IndexProgress;
import dev.quiver.embedded.error.EngineException;
import dev.quiver.embedded.storage.DataDirectory;
import dev.quiver.embedded.time.HybridClock;
import dev.quiver.proto.milvus.CollectionSchema;
import dev.quiver.proto.milvus.DeleteRequest;
import dev.quiver.proto.milvus.FlushAllRequest;
import dev.quiver.proto.milvus.FlushAllResponse;
import dev.quiver.proto.milvus.FlushRequest;
import dev.quiver.proto.milvus.FlushResponse;
import dev.quiver.proto.milvus.GetCompactionStateRequest;
import dev.quiver.proto.milvus.GetCompactionStateResponse;
import dev.quiver.proto.milvus.GetFlushAllStateRequest;
import dev.quiver.proto.milvus.GetFlushAllStateResponse;
import dev.quiver.proto.milvus.GetFlushStateRequest;
import dev.quiver.proto.milvus.GetFlushStateResponse;
import dev.quiver.proto.milvus.GetPersistentSegmentInfoRequest;
import dev.quiver.proto.milvus.GetPersistentSegmentInfoResponse;
import dev.quiver.proto.milvus.GetQuerySegmentInfoRequest;
import dev.quiver.proto.milvus.GetQuerySegmentInfoResponse;
import dev.quiver.proto.milvus.HybridSearchRequest;
import dev.quiver.proto.milvus.InsertRequest;
import dev.quiver.proto.milvus.ManualCompactionRequest;
import dev.quiver.proto.milvus.ManualCompactionResponse;
import dev.quiver.proto.milvus.MutationResult;
import dev.quiver.proto.milvus.QueryRequest;
import dev.quiver.proto.milvus.QueryResults;
import dev.quiver.proto.milvus.SearchRequest;
import dev.quiver.proto.milvus.SearchResults;
import dev.quiver.proto.milvus.UpsertRequest;
import dev.quiver.wire.MilvusError;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collection;
import org.jspecify.annotations.Nullable;

/**
 * The engine's data path: the data RPCs (Insert, Upsert, Delete, Query, Search, Flush and friends, compaction)
 * and the {@link DataStore} the catalog notifies. Every RPC method takes the resolved database name and the
 * generated request, returns the generated response with a success status, and throws
 * {@link dev.quiver.embedded.error.EngineException} for anything Milvus refuses (the caller turns it into the
 * in-band status). Reads are Strong: they see every acknowledged mutation.
 *
 * <p>Thread-safe: any number of concurrent callers. Searches and queries take no locks; mutations of one
 * collection are serialised.
 */
public final class DataEngine implements DataStore {
    private final DataRegistry registry;
    private final Mutations mutations;
    private final QueryExecutor queries;
    private final SearchExecutor searches;
    private final HybridSearchExecutor hybridSearches;
    private final FlushService flushes;
    private final Compactor compactor;

    private DataEngine(DataRegistry registry) {
        this.registry = registry;
        this.mutations = new Mutations(registry);
        this.queries = new QueryExecutor(registry);
        this.searches = new SearchExecutor(registry);
        this.hybridSearches = new HybridSearchExecutor(registry, searches);
        this.flushes = new FlushService(registry);
        this.compactor = new Compactor(registry);
    }

    /** An engine keeping everything in memory; collections already in the catalog are registered. */
    public static DataEngine inMemory(CatalogView catalog, HybridClock clock) {
        return inMemory(catalog, clock, DataOptions.defaults());
    }

    /** An in-memory engine with the given tuning. */
    public static DataEngine inMemory(CatalogView catalog, HybridClock clock, DataOptions options) {
        DataRegistry registry = new DataRegistry(catalog, clock, options, null);
        registry.recover();
        return new DataEngine(registry);
    }

    /**
     * An engine persisting to {@code directory}: opens its write-ahead log, registers the live segment files the
     * manifest lists (checking each in full) and replays the log, so every acknowledged mutation is back; a damaged
     * or missing file makes it refuse, naming the file. The directory stays owned by the caller (close it after this engine).
     *
     * @throws UncheckedIOException when the log or a segment file cannot be read
     */
    public static DataEngine persistent(DataDirectory directory, CatalogView catalog, HybridClock clock) {
        return persistent(directory, catalog, clock, DataOptions.defaults());
    }

    /** A persistent engine with the given tuning. */
    public static DataEngine persistent(DataDirectory directory, CatalogView catalog, HybridClock clock,
                                        DataOptions options) {
        Durability durability;
        try {
            durability = new Durability(directory, clock, options.walSync());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the write-ahead log in " + directory.path() + ": "
                    + e.getMessage(), e);
        }
        DataRegistry registry = new DataRegistry(catalog, clock, options, durability);
        registry.recover();
        return new DataEngine(registry);
    }

    /** Insert: validates and appends the rows; returns their primary keys (generated when auto-id). */
    public MutationResult insert(String database, InsertRequest request) {
        return mutations.insert(database, request);
    }

    /** Upsert: deletes the given keys and inserts the rows under one timestamp. */
    public MutationResult upsert(String database, UpsertRequest request) {
        return mutations.upsert(database, request);
    }

    /** Delete by a filter expression (a key list, or any filter over loaded data). */
    public MutationResult delete(String database, DeleteRequest request) {
        return mutations.delete(database, request);
    }

    /** Query over loaded partitions. */
    public QueryResults query(String database, QueryRequest request) {
        return queries.query(database, request);
    }

    /** Exact vector search over loaded partitions. */
    public SearchResults search(String database, SearchRequest request) {
        if (request.getSubReqsCount() > 0) {
            return hybridSearches.search(database, request);
        }
        if (request.getFunctionScore().getFunctionsCount() > 0) {
            throw EngineException.because(MilvusError.SERVICE_UNIMPLEMENTED, "Search: reranking a single search with a "
                    + "function_score is not supported by the Quiver embedded engine (HybridSearch supports the "
                    + "rrf and weighted rerankers)");
        }
        return searches.search(database, request);
    }

    /** Hybrid search: several ANN searches fused by an RRF or weighted reranker. */
    public SearchResults hybridSearch(String database, HybridSearchRequest request) {
        return hybridSearches.hybridSearch(database, request);
    }

    /** Seals (and in file mode persists) the growing segments of the named collections. */
    public FlushResponse flush(String database, FlushRequest request) {
        return flushes.flush(database, request);
    }

    /** Whether the listed segments (and, with a collection name, everything before flush_ts) are persisted. */
    public GetFlushStateResponse getFlushState(String database, GetFlushStateRequest request) {
        return flushes.getFlushState(database, request);
    }

    /** Flushes every collection of the request's database, or of every database when it names none. */
    public FlushAllResponse flushAll(String database, FlushAllRequest request) {
        return flushes.flushAll(request);
    }

    /** Whether everything written before flush_all_ts is persisted. */
    public GetFlushAllStateResponse getFlushAllState(String database, GetFlushAllStateRequest request) {
        return flushes.getFlushAllState(request);
    }

    /** Every segment of the collection with its state. */
    public GetPersistentSegmentInfoResponse getPersistentSegmentInfo(String database,
                                                                     GetPersistentSegmentInfoRequest request) {
        return flushes.persistentSegments(database, request);
    }

    /** The segments of the collection's loaded partitions. */
    public GetQuerySegmentInfoResponse getQuerySegmentInfo(String database, GetQuerySegmentInfoRequest request) {
        return flushes.querySegments(database, request);
    }

    /** Rewrites sealed segments without deleted rows. */
    public ManualCompactionResponse manualCompaction(String database, ManualCompactionRequest request) {
        return compactor.compact(database, request);
    }

    /** Completed for every compaction this engine ran. */
    public GetCompactionStateResponse getCompactionState(String database, GetCompactionStateRequest request) {
        return compactor.state(request);
    }

    @Override
    public void createCollection(long collectionId, CollectionSchema schema, Collection<Long> partitionIds) {
        registry.createCollection(collectionId, schema, partitionIds);
    }

    @Override
    public void dropCollection(long collectionId) {
        registry.dropCollection(collectionId);
    }

    @Override
    public void createPartition(long collectionId, long partitionId) {
        registry.createPartition(collectionId, partitionId);
    }

    @Override
    public void dropPartition(long collectionId, long partitionId) {
        registry.dropPartition(collectionId, partitionId);
    }

    @Override
    public void truncate(long collectionId) {
        registry.truncate(collectionId);
    }

    @Override
    public void schemaChanged(long collectionId, CollectionSchema schema) {
        registry.schemaChanged(collectionId, schema);
    }

    @Override
    public void loadPartitions(long collectionId, Collection<Long> partitionIds) {
        registry.loadPartitions(collectionId, partitionIds);
    }

    @Override
    public void releasePartitions(long collectionId, Collection<Long> partitionIds) {
        registry.releasePartitions(collectionId, partitionIds);
    }

    @Override
    public long rowCount(long collectionId, @Nullable Long partitionId) {
        return registry.rowCount(collectionId, partitionId);
    }

    @Override
    public void indexesChanged(long collectionId) {
        registry.indexesChanged(collectionId);
    }

    @Override
    public IndexProgress indexProgress(long collectionId, IndexInfo index) {
        return registry.indexProgress(collectionId, index);
    }

    /** How many segment indexes this engine has built (reading a persisted index file is not a build). */
    public long indexBuilds() {
        return registry.indexes.builds();
    }

    /** Waits until no index build is queued or running (for tests and benchmarks). */
    public void awaitIndexBuilds() throws InterruptedException {
        registry.indexes.awaitIdle();
    }

    /** Whether the sealed segment's rows are currently in memory (for tests and diagnostics). */
    boolean segmentInMemory(long segmentId) {
        return registry.findSegment(segmentId).map(SegmentHandle::inMemory).orElse(false);
    }

    @Override
    public void close() {
        registry.close();
    }
}
