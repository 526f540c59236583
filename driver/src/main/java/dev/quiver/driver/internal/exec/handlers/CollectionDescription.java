package dev.quiver.driver.internal.exec.handlers;

import dev.quiver.driver.internal.exec.ExecutionContext;
import dev.quiver.driver.internal.exec.ExecutionResult;
import dev.quiver.proto.milvus.DescribeCollectionResponse;
import dev.quiver.proto.milvus.GetLoadStateRequest;
import dev.quiver.proto.milvus.IndexDescription;
import dev.quiver.proto.milvus.KeyValuePair;
import dev.quiver.proto.milvus.MilvusServiceGrpc;
import dev.quiver.proto.milvus.ShowPartitionsRequest;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The collection-level facts of DESCRIBE COLLECTION, as the statement's details (in this order): description,
 * consistency level, whether the dynamic field is enabled, shards, partitions (ShowPartitions), indexes
 * (DescribeIndex: {@code name ON field USING type [metric]}), properties, aliases and load state (GetLoadState).
 */
final class CollectionDescription {
    static final String DESCRIPTION = "description";
    static final String CONSISTENCY_LEVEL = "consistency_level";
    static final String DYNAMIC_FIELD = "dynamic_field";
    static final String SHARDS = "shards";
    static final String PARTITIONS = "partitions";
    static final String INDEXES = "indexes";
    static final String PROPERTIES = "properties";
    static final String ALIASES = "aliases";

    private CollectionDescription() {
    }

    static Map<String, Object> details(String collection, DescribeCollectionResponse d, ExecutionContext context)
            throws SQLException {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put(DESCRIPTION, d.getSchema().getDescription());
        details.put(CONSISTENCY_LEVEL, d.getConsistencyLevel().name());
        details.put(DYNAMIC_FIELD, d.getSchema().getEnableDynamicField());
        details.put(SHARDS, d.getShardsNum());
        details.put(PARTITIONS, List.copyOf(context.call(MilvusServiceGrpc.getShowPartitionsMethod(),
                ShowPartitionsRequest.newBuilder().setDbName(context.database()).setCollectionName(collection)
                        .build()).getPartitionNamesList()));
        List<String> indexes = new ArrayList<>();
        for (IndexDescription index : IndexHandlers.describe(context, collection, "")) {
            String type = IndexHandlers.param(index, "index_type");
            String metric = IndexHandlers.param(index, "metric_type");
            indexes.add(index.getIndexName() + " ON " + index.getFieldName() + (type.isEmpty() ? "" : " USING " + type)
                    + (metric.isEmpty() ? "" : " (" + metric + ")"));
        }
        details.put(INDEXES, List.copyOf(indexes));
        Map<String, String> properties = new LinkedHashMap<>();
        for (KeyValuePair kv : d.getPropertiesList()) {
            properties.put(kv.getKey(), kv.getValue());
        }
        details.put(PROPERTIES, properties);
        details.put(ALIASES, List.copyOf(d.getAliasesList()));
        GetLoadStateRequest load = LoadWaiter.request(context, collection, List.of());
        details.put(ExecutionResult.LOAD_STATE, ExecutionResult.loadStateName(
                context.call(MilvusServiceGrpc.getGetLoadStateMethod(), load).getState()));
        return details;
    }
}
