package dev.quiver.driver.internal.exec.handlers;

import dev.quiver.driver.MilvusSqlState;
import dev.quiver.driver.internal.error.SqlExceptions;
import dev.quiver.driver.internal.exec.ExecutionContext;
import dev.quiver.proto.milvus.HasCollectionRequest;
import dev.quiver.proto.milvus.HasPartitionRequest;
import dev.quiver.proto.milvus.MilvusServiceGrpc;
import java.sql.SQLException;

/** Existence checks shared by IF [NOT] EXISTS and FLUSH PARTITION, and the "not found" errors they raise. */
final class Checks {
    private Checks() {
    }

    static HasCollectionRequest hasCollectionRequest(ExecutionContext context, String collection) {
        return HasCollectionRequest.newBuilder().setDbName(context.database()).setCollectionName(collection).build();
    }

    static HasPartitionRequest hasPartitionRequest(ExecutionContext context, String collection, String partition) {
        return HasPartitionRequest.newBuilder().setDbName(context.database()).setCollectionName(collection)
                .setPartitionName(partition).build();
    }

    static boolean hasCollection(ExecutionContext context, String collection) throws SQLException {
        return context.call(MilvusServiceGrpc.getHasCollectionMethod(), hasCollectionRequest(context, collection)).getValue();
    }

    static boolean hasPartition(ExecutionContext context, String collection, String partition) throws SQLException {
        return context.call(MilvusServiceGrpc.getHasPartitionMethod(),
                hasPartitionRequest(context, collection, partition)).getValue();
    }

    static SQLException collectionNotFound(ExecutionContext context, String collection) {
        return SqlExceptions.create(MilvusSqlState.COLLECTION_NOT_FOUND, "collection not found[database="
                + context.database() + "][collection=" + collection + "]", 100, null);
    }

    /**
     * CREATE COLLECTION of a name that exists. Milvus answers success when the definition is the same and 65535
     * otherwise; a statement language reports both, as SQL does (IF NOT EXISTS is the idempotent form).
     */
    static SQLException collectionExists(ExecutionContext context, String collection) {
        return SqlExceptions.create(MilvusSqlState.DUPLICATE_COLLECTION, "collection " + collection
                + " already exists in database " + context.database()
                + " (CREATE COLLECTION IF NOT EXISTS leaves an existing one alone)");
    }

    static SQLException partitionNotFound(String collection, String partition) {
        return SqlExceptions.create(MilvusSqlState.PARTITION_NOT_FOUND, "partition not found[partition=" + partition
                + "] in collection " + collection, 200, null);
    }
}
