package dev.quiver.driver.internal.exec.handlers;

import dev.quiver.driver.MilvusSqlState;
import dev.quiver.driver.WaitProgress;
import dev.quiver.driver.internal.error.SqlExceptions;
import dev.quiver.driver.internal.exec.ExecutionContext;
import dev.quiver.driver.internal.exec.ExecutionResult;
import dev.quiver.proto.milvus.GetLoadStateRequest;
import dev.quiver.proto.milvus.GetLoadingProgressRequest;
import dev.quiver.proto.milvus.GetLoadingProgressResponse;
import dev.quiver.proto.milvus.LoadState;
import dev.quiver.proto.milvus.MilvusServiceGrpc;
import java.sql.SQLException;
import java.util.List;

/**
 * Waits for a collection (or some of its partitions) to be Loaded by polling GetLoadState with back-off, inside the
 * statement's deadline (a timeout names what it waited for). A NotExist or NotLoad answer ends the wait with an
 * error: the load was undone or never accepted.
 */
final class LoadWaiter {
    private LoadWaiter() {
    }

    static GetLoadStateRequest request(ExecutionContext context, String collection, List<String> partitions) {
        return GetLoadStateRequest.newBuilder().setDbName(context.database()).setCollectionName(collection)
                .addAllPartitionNames(partitions).build();
    }

    static LoadState state(ExecutionContext context, String collection, List<String> partitions) throws SQLException {
        return context.call(MilvusServiceGrpc.getGetLoadStateMethod(), request(context, collection, partitions)).getState();
    }

    static LoadState waitLoaded(ExecutionContext context, String collection, List<String> partitions) throws SQLException {
        String what = partitions.isEmpty() ? "collection " + collection + " to load"
                : "partition" + (partitions.size() > 1 ? "s " : " ") + String.join(", ", partitions) + " of " + collection
                + " to load";
        LoadState state = context.waitUntil(what, () -> {
            LoadState polled = state(context, collection, partitions);
            if (polled == LoadState.LoadStateLoading && context.waitWatched()) {
                context.waitProgress(what, percent(context, collection, partitions), 100, WaitProgress.Unit.PERCENT);
            }
            return polled;
        }, s -> s != LoadState.LoadStateLoading);
        if (state != LoadState.LoadStateLoaded) {
            throw SqlExceptions.create(MilvusSqlState.COLLECTION_NOT_LOADED, "waiting for " + what + ": the load state became "
                    + ExecutionResult.loadStateName(state), 101, null);
        }
        context.waitProgress(what, 100, 100, WaitProgress.Unit.PERCENT);
        return state;
    }

    /**
     * GetLoadingProgress's percentage (what pymilvus polls while it waits); 0 when the server refuses to tell, as
     * Milvus does with error 101 "collection not loaded" for a collection whose load it does not know of.
     */
    private static long percent(ExecutionContext context, String collection, List<String> partitions)
            throws SQLException {
        GetLoadingProgressResponse r = context.callRaw(MilvusServiceGrpc.getGetLoadingProgressMethod(),
                GetLoadingProgressRequest.newBuilder().setDbName(context.database()).setCollectionName(collection)
                        .addAllPartitionNames(partitions).build());
        // servers before 2.3 set only the deprecated error_code
        @SuppressWarnings("deprecation")
        int legacy = r.getStatus().getErrorCodeValue();
        return r.getStatus().getCode() == 0 && legacy == 0 ? r.getProgress() : 0;
    }
}
