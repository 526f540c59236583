package dev.quiver.embedded.server;

import dev.quiver.embedded.error.EngineException;
import dev.quiver.embedded.data.DataEngine;
import dev.quiver.wire.MilvusError;
import dev.quiver.embedded.time.HybridClock;
import dev.quiver.proto.milvus.DeleteRequest;
import dev.quiver.proto.milvus.FlushAllRequest;
import dev.quiver.proto.milvus.FlushAllResponse;
import dev.quiver.proto.milvus.FlushRequest;
import dev.quiver.proto.milvus.FlushResponse;
import dev.quiver.proto.milvus.GetCompactionPlansRequest;
import dev.quiver.proto.milvus.GetCompactionPlansResponse;
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
import dev.quiver.proto.milvus.InsertRequest;
import dev.quiver.proto.milvus.ManualCompactionRequest;
import dev.quiver.proto.milvus.ManualCompactionResponse;
import dev.quiver.proto.milvus.MutationResult;
import dev.quiver.proto.milvus.QueryRequest;
import dev.quiver.proto.milvus.QuerySegmentInfo;
import dev.quiver.proto.milvus.SegmentState;
import dev.quiver.proto.milvus.QueryResults;
import dev.quiver.proto.milvus.HybridSearchRequest;
import dev.quiver.proto.milvus.SearchRequest;
import dev.quiver.proto.milvus.SearchResults;
import dev.quiver.proto.milvus.UpsertRequest;
import dev.quiver.embedded.catalog.Catalog;
import dev.quiver.embedded.error.EngineException;
import dev.quiver.wire.MilvusError;

/**
 * The data RPCs, handed to the {@link DataEngine} with the database resolved from the request or the
 * {@code dbname} header. FlushAll and GetFlushAllState take their {@code db_name} as sent: Milvus does not fill them
 * from the header, and empty means every database.
 */
final class DataRpcs {
    private final DataEngine data;
    private final HybridClock clock;
    private final Catalog catalog;

    DataRpcs(DataEngine data, HybridClock clock, Catalog catalog) {
        this.data = data;
        this.clock = clock;
        this.catalog = catalog;
    }

    MutationResult insert(InsertRequest request) {
        String database = RequestContext.database(request.getDbName());
        checkSchemaTimestamp(database, request.getCollectionName(), request.getSchemaTimestamp());
        return data.insert(database, request);
    }

    MutationResult upsert(UpsertRequest request) {
        String database = RequestContext.database(request.getDbName());
        checkSchemaTimestamp(database, request.getCollectionName(), request.getSchemaTimestamp());
        return data.upsert(database, request);
    }

    /**
     * Milvus's proxy refuses an insert or upsert whose {@code schema_timestamp} (the client's cached
     * {@code update_timestamp} of DescribeCollection) is not the collection's current one, so that a client with a
     * stale schema, after AddCollectionField for example, refreshes it and sends again instead of losing columns.
     * Zero means the client does not say.
     */
    private void checkSchemaTimestamp(String database, String collection, long schemaTimestamp) {
        if (schemaTimestamp == 0) {
            return;
        }
        catalog.snapshot().find(database, collection).ifPresent(entry -> {
            if (entry.updateTimestamp() != schemaTimestamp) {
                throw EngineException.with(MilvusError.COLLECTION_SCHEMA_MISMATCH, "collection", collection);
            }
        });
    }

    MutationResult delete(DeleteRequest request) {
        return data.delete(RequestContext.database(request.getDbName()), request);
    }

    QueryResults query(QueryRequest request) {
        return data.query(RequestContext.database(request.getDbName()), request);
    }

    SearchResults search(SearchRequest request) {
        return data.search(RequestContext.database(request.getDbName()), request);
    }

    SearchResults hybridSearch(HybridSearchRequest request) {
        return data.hybridSearch(RequestContext.database(request.getDbName()), request);
    }

    FlushResponse flush(FlushRequest request) {
        return data.flush(RequestContext.database(request.getDbName()), request);
    }

    /**
     * Milvus compares {@code flush_ts} with the channels' checkpoints, which never pass the present: a timestamp
     * from the future is not flushed yet, whatever the segments say.
     */
    GetFlushStateResponse flushState(GetFlushStateRequest request) {
        GetFlushStateResponse response = data.getFlushState(RequestContext.database(request.getDbName()), request);
        if (response.getFlushed() && inFuture(request.getFlushTs())) {
            return response.toBuilder().setFlushed(false).build();
        }
        return response;
    }

    @SuppressWarnings("deprecation")
    FlushAllResponse flushAll(FlushAllRequest request) {
        return data.flushAll(request.getDbName(), request);
    }

    /**
     * Milvus 2.6 checks the per-channel {@code flush_all_tss} when present and the deprecated {@code flush_all_ts}
     * otherwise, and refuses a request with neither. The engine has one channel, so the latest of the channel
     * timestamps is the one that counts.
     */
    @SuppressWarnings("deprecation")
    GetFlushAllStateResponse flushAllState(GetFlushAllStateRequest request) {
        long ts = request.getFlushAllTssMap().values().stream().mapToLong(Long::longValue)
                .reduce(0L, (a, b) -> Long.compareUnsigned(a, b) >= 0 ? a : b);
        if (request.getFlushAllTssCount() == 0) {
            ts = request.getFlushAllTs();
        }
        if (ts == 0) {
            throw EngineException.because(MilvusError.PARAMETER_INVALID, "FlushAllTss or FlushAllTs is required");
        }
        GetFlushAllStateResponse response = data.getFlushAllState(request.getDbName(),
                request.toBuilder().setFlushAllTs(ts).build());
        if (response.getFlushed() && inFuture(ts)) {
            return response.toBuilder().setFlushed(false).build();
        }
        return response;
    }

    /** Whether {@code ts} lies after every timestamp the engine has issued and after the present time. */
    private boolean inFuture(long ts) {
        long now = Math.max(clock.current(),
                HybridClock.compose(System.currentTimeMillis(), (1L << HybridClock.LOGICAL_BITS) - 1));
        return Long.compareUnsigned(ts, now) > 0;
    }

    GetPersistentSegmentInfoResponse persistentSegments(GetPersistentSegmentInfoRequest request) {
        return data.getPersistentSegmentInfo(RequestContext.database(request.getDbName()), request);
    }

    /**
     * Query nodes report every loaded segment that is not growing as {@code Sealed}, whether or not the data
     * coordinator has marked it {@code Flushed}; only the persistent listing shows {@code Flushed}.
     */
    GetQuerySegmentInfoResponse querySegments(GetQuerySegmentInfoRequest request) {
        GetQuerySegmentInfoResponse response = data.getQuerySegmentInfo(RequestContext.database(request.getDbName()),
                request);
        GetQuerySegmentInfoResponse.Builder reported = response.toBuilder();
        for (QuerySegmentInfo.Builder info : reported.getInfosBuilderList()) {
            if (info.getState() == SegmentState.Flushed) {
                info.setState(SegmentState.Sealed);
            }
        }
        return reported.build();
    }

    ManualCompactionResponse compact(ManualCompactionRequest request) {
        return data.manualCompaction(RequestContext.database(request.getDbName()), request);
    }

    /** The compaction's state; the engine keeps no plan history, so the merge infos stay empty. */
    GetCompactionPlansResponse compactionPlans(GetCompactionPlansRequest request) {
        GetCompactionStateResponse state = compactionState(GetCompactionStateRequest.newBuilder()
                .setCompactionID(request.getCompactionID()).build());
        return GetCompactionPlansResponse.newBuilder().setStatus(state.getStatus()).setState(state.getState()).build();
    }

    GetCompactionStateResponse compactionState(GetCompactionStateRequest request) {
        return data.getCompactionState(RequestContext.headerDatabase(), request);
    }
}
