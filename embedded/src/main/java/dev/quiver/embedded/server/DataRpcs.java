package dev.quiver.embedded.server;

import dev.quiver.embedded.data.DataEngine;
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
import dev.quiver.proto.milvus.InsertRequest;
import dev.quiver.proto.milvus.ManualCompactionRequest;
import dev.quiver.proto.milvus.ManualCompactionResponse;
import dev.quiver.proto.milvus.MutationResult;
import dev.quiver.proto.milvus.QueryRequest;
import dev.quiver.proto.milvus.QueryResults;
import dev.quiver.proto.milvus.SearchRequest;
import dev.quiver.proto.milvus.SearchResults;
import dev.quiver.proto.milvus.UpsertRequest;

/**
 * The data RPCs, handed to the {@link DataEngine} with the database resolved from the request or the
 * {@code dbname} header. FlushAll and GetFlushAllState take their {@code db_name} as sent: Milvus does not fill them
 * from the header, and empty means every database.
 */
final class DataRpcs {
    private final DataEngine data;

    DataRpcs(DataEngine data) {
        this.data = data;
    }

    MutationResult insert(InsertRequest request) {
        return data.insert(RequestContext.database(request.getDbName()), request);
    }

    MutationResult upsert(UpsertRequest request) {
        return data.upsert(RequestContext.database(request.getDbName()), request);
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

    FlushResponse flush(FlushRequest request) {
        return data.flush(RequestContext.database(request.getDbName()), request);
    }

    GetFlushStateResponse flushState(GetFlushStateRequest request) {
        return data.getFlushState(RequestContext.database(request.getDbName()), request);
    }

    @SuppressWarnings("deprecation")
    FlushAllResponse flushAll(FlushAllRequest request) {
        return data.flushAll(request.getDbName(), request);
    }

    @SuppressWarnings("deprecation")
    GetFlushAllStateResponse flushAllState(GetFlushAllStateRequest request) {
        return data.getFlushAllState(request.getDbName(), request);
    }

    GetPersistentSegmentInfoResponse persistentSegments(GetPersistentSegmentInfoRequest request) {
        return data.getPersistentSegmentInfo(RequestContext.database(request.getDbName()), request);
    }

    GetQuerySegmentInfoResponse querySegments(GetQuerySegmentInfoRequest request) {
        return data.getQuerySegmentInfo(RequestContext.database(request.getDbName()), request);
    }

    ManualCompactionResponse compact(ManualCompactionRequest request) {
        return data.manualCompaction(RequestContext.database(request.getDbName()), request);
    }

    GetCompactionStateResponse compactionState(GetCompactionStateRequest request) {
        return data.getCompactionState(RequestContext.headerDatabase(), request);
    }
}
