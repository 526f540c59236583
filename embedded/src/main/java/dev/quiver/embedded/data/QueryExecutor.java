package dev.quiver.embedded.data;

import dev.quiver.proto.milvus.DataType;
import dev.quiver.proto.milvus.FieldData;
import dev.quiver.proto.milvus.LongArray;
import dev.quiver.proto.milvus.QueryRequest;
import dev.quiver.proto.milvus.QueryResults;
import dev.quiver.proto.milvus.ScalarField;
import dev.quiver.proto.milvus.Status;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;

/** The Query RPC: filter, pagination, output fields and {@code count(*)} over the loaded partitions. */
final class QueryExecutor {
    static final long MAX_RESULT_WINDOW = 16_384;
    private final DataRegistry registry;

    QueryExecutor(DataRegistry registry) {
        this.registry = registry;
    }

    QueryResults query(String database, QueryRequest request) {
        ReadGate.Target target = ReadGate.check(registry.catalog, database, request.getCollectionName(),
                request.getPartitionNamesList());
        Params params = new Params(request.getQueryParamsList());
        long limit = params.getLong("limit").orElse(-1L);
        long offset = Math.max(0, params.getLong("offset").orElse(0L));
        CollectionData data = registry.collection(target.collection());
        OutputFields output = OutputFields.resolve(data.schema(), request.getOutputFieldsList(), true);
        String expr = request.getExpr();
        if (output.count()) {
            if (limit > 0 || offset > 0) {
                throw Errors.invalid("count entities with pagination is not allowed");
            }
        } else {
            if (expr.isBlank() && limit <= 0) {
                throw Errors.unexpected("empty expression should be used with limit");
            }
            if (limit > 0 && (limit + offset > MAX_RESULT_WINDOW)) {
                throw Errors.invalid("invalid max query result window, (offset+limit) should be in range [1, %d], "
                        + "but got %d", MAX_RESULT_WINDOW, limit + offset);
            }
        }
        RowFilter filter = Filters.compile(data.schema(), expr, request.getExprTemplateValuesMap());
        ReadView view = registry.view(data, target.partitionIds(), params.getBoolean("ignore_growing"));
        try (view) {
            QueryResults.Builder results = QueryResults.newBuilder().setStatus(Status.newBuilder().build())
                    .setCollectionName(target.collection().name())
                    .setPrimaryFieldName(Schemas.primary(data.schema()).getName());
            if (output.count()) {
                long count = 0;
                for (ReadView.Part part : view.parts) {
                    Segment segment = part.segment();
                    IntPredicate matches = filter == null ? null : filter.bind(segment);
                    for (int row = 0; row < part.rows(); row++) {
                        if (view.visible(segment, row) && (matches == null || matches.test(row))) {
                            count++;
                        }
                    }
                }
                return results.addFieldsData(FieldData.newBuilder().setType(DataType.Int64)
                                .setFieldName(OutputFields.COUNT)
                                .setScalars(ScalarField.newBuilder().setLongData(LongArray.newBuilder().addData(count))))
                        .addOutputFields(OutputFields.COUNT).build();
            }
            long wanted = limit > 0 ? limit + offset : Long.MAX_VALUE;
            List<OutputFields.Hit> hits = new ArrayList<>();
            outer:
            for (ReadView.Part part : view.parts) {
                Segment segment = part.segment();
                IntPredicate matches = filter == null ? null : filter.bind(segment);
                for (int row = 0; row < part.rows(); row++) {
                    if (view.visible(segment, row) && (matches == null || matches.test(row))) {
                        hits.add(new OutputFields.Hit(segment, row));
                        if (hits.size() >= wanted) {
                            break outer;
                        }
                    }
                }
            }
            List<OutputFields.Hit> page = hits.subList((int) Math.min(offset, hits.size()), hits.size());
            return results.addAllFieldsData(output.columns(page)).addAllOutputFields(output.names()).build();
        }
    }
}
