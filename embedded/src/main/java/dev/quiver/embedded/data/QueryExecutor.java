package dev.quiver.embedded.data;

import dev.quiver.proto.milvus.DataType;
import dev.quiver.proto.milvus.FieldData;
import dev.quiver.proto.milvus.LongArray;
import dev.quiver.proto.milvus.QueryRequest;
import dev.quiver.proto.milvus.QueryResults;
import dev.quiver.proto.milvus.ScalarField;
import dev.quiver.proto.milvus.Status;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;

/**
 * The Query RPC: filter, pagination, output fields and {@code count(*)} over the loaded partitions. Rows come back
 * in ascending primary-key order across all segments, as Milvus's query reduce merges them, so {@code limit/offset}
 * pages and pk-range iterators see every row once. An iterator query ({@code iterator=true}) without a guarantee
 * timestamp answers the snapshot it read as {@code session_ts}; with one, it reads as of that timestamp.
 */
final class QueryExecutor {
    private final DataRegistry registry;

    QueryExecutor(DataRegistry registry) {
        this.registry = registry;
    }

    QueryResults query(String database, QueryRequest request) {
        ReadGate.Target target = ReadGate.check(registry.catalog, database, request.getCollectionName(),
                request.getPartitionNamesList());
        Params params = new Params(request.getQueryParamsList());
        QueryParams query = QueryParams.parse(params);
        if (query.collectionId() > 0 && query.collectionId() != target.collection().id()) {
            throw Errors.invalid("Input collection id is not consistent to collectionID in the context,"
                    + "alias or database may have changed");
        }
        CollectionData data = registry.collection(target.collection());
        OutputFields output = OutputFields.resolve(data.schema(), request.getOutputFieldsList(), true);
        String expr = request.getExpr();
        if (!output.count() && expr.isBlank() && !query.limited()) {
            throw Errors.unexpected("empty expression should be used with limit");
        }
        RowFilter filter = Filters.compile(data.schema(), expr, request.getExprTemplateValuesMap(),
                Timezones.of(target.collection(), params));
        if (output.count() && query.limited()) {
            throw Errors.invalid("count entities with pagination is not allowed");
        }
        long asOf = query.iterator() && request.getGuaranteeTimestamp() > 0 ? request.getGuaranteeTimestamp()
                : Long.MAX_VALUE;
        ReadView view = registry.view(data, target.partitionIds(), params.getBoolean("ignore_growing"), asOf);
        try (view) {
            QueryResults.Builder results = QueryResults.newBuilder().setStatus(Status.newBuilder().build())
                    .setCollectionName(target.collection().name())
                    .setPrimaryFieldName(Schemas.primary(data.schema()).getName());
            if (query.iterator() && request.getGuaranteeTimestamp() == 0) {
                results.setSessionTs(view.snapshot);
            }
            List<OutputFields.Hit> hits = new ArrayList<>();
            long count = 0;
            for (ReadView.Part part : view.parts) {
                Segment segment = part.segment();
                IntPredicate matches = filter == null ? null : filter.bind(segment);
                for (int row = 0; row < part.rows(); row++) {
                    if (view.visible(segment, row) && (matches == null || matches.test(row))) {
                        if (output.count()) {
                            count++;
                        } else {
                            hits.add(new OutputFields.Hit(segment, row));
                        }
                    }
                }
            }
            if (output.count()) {
                return results.addFieldsData(FieldData.newBuilder().setType(DataType.Int64)
                                .setFieldName(OutputFields.COUNT)
                                .setScalars(ScalarField.newBuilder().setLongData(LongArray.newBuilder().addData(count))))
                        .addOutputFields(OutputFields.COUNT).build();
            }
            long wanted = query.limited() ? query.offset() + query.limit() : Long.MAX_VALUE;
            List<OutputFields.Hit> ordered = PkOrder.first(hits, wanted);
            List<OutputFields.Hit> page = ordered.subList((int) Math.min(query.offset(), ordered.size()), ordered.size());
            ZoneId zone = Timezones.of(target.collection(), params);
            return results.addAllFieldsData(ClientForm.of(output.columns(page), zone))
                    .addAllOutputFields(output.names()).build();
        }
    }
}
