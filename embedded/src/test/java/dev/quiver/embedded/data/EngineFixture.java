package dev.quiver.embedded.data;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quiver.embedded.error.EngineException;
import dev.quiver.embedded.time.HybridClock;
import dev.quiver.proto.milvus.DeleteRequest;
import dev.quiver.proto.milvus.FieldData;
import dev.quiver.proto.milvus.InsertRequest;
import dev.quiver.proto.milvus.MutationResult;
import dev.quiver.proto.milvus.QueryRequest;
import dev.quiver.proto.milvus.QueryResults;
import dev.quiver.proto.milvus.SearchRequest;
import dev.quiver.proto.milvus.SearchResults;
import dev.quiver.proto.milvus.UpsertRequest;
import java.util.List;
import org.assertj.core.api.ThrowableAssert;
import org.junit.jupiter.api.AfterEach;

/** A DataEngine over a {@link FakeCatalog}, with request shortcuts. */
abstract class EngineFixture {
    static final String DB = "default";
    final FakeCatalog catalog = new FakeCatalog();
    final HybridClock clock = new HybridClock();
    DataEngine engine;

    DataEngine start(DataOptions options) {
        engine = DataEngine.inMemory(catalog, clock, options);
        catalog.attach(engine);
        return engine;
    }

    DataEngine start() {
        return start(DataOptions.defaults());
    }

    @AfterEach
    void closeEngine() {
        if (engine != null) {
            engine.close();
        }
    }

    MutationResult insert(String collection, FieldData... columns) {
        return engine.insert(DB, InsertRequest.newBuilder().setCollectionName(collection)
                .addAllFieldsData(List.of(columns)).build());
    }

    MutationResult insertInto(String collection, String partition, FieldData... columns) {
        return engine.insert(DB, InsertRequest.newBuilder().setCollectionName(collection).setPartitionName(partition)
                .addAllFieldsData(List.of(columns)).build());
    }

    MutationResult upsert(String collection, FieldData... columns) {
        return engine.upsert(DB, UpsertRequest.newBuilder().setCollectionName(collection)
                .addAllFieldsData(List.of(columns)).build());
    }

    MutationResult delete(String collection, String expr) {
        return engine.delete(DB, DeleteRequest.newBuilder().setCollectionName(collection).setExpr(expr).build());
    }

    QueryResults query(String collection, String expr, List<String> outputs, String... params) {
        return engine.query(DB, QueryRequest.newBuilder().setCollectionName(collection).setExpr(expr)
                .addAllOutputFields(outputs).addAllQueryParams(Rows.params(params)).build());
    }

    long count(String collection) {
        return query(collection, "", List.of("count(*)")).getFieldsData(0).getScalars().getLongData().getData(0);
    }

    SearchResults search(String collection, com.google.protobuf.ByteString queries, String filter,
                         List<String> outputs, String... params) {
        return engine.search(DB, SearchRequest.newBuilder().setCollectionName(collection).setDsl(filter)
                .setPlaceholderGroup(queries).addAllOutputFields(outputs)
                .addAllSearchParams(Rows.params(params)).build());
    }

    static FieldData column(QueryResults results, String name) {
        return results.getFieldsDataList().stream().filter(f -> f.getFieldName().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no column " + name + " in " + results.getOutputFieldsList()));
    }

    static void assertError(ThrowableAssert.ThrowingCallable call, int code, String message) {
        assertThatThrownBy(call).isInstanceOfSatisfying(EngineException.class, e -> {
            org.assertj.core.api.Assertions.assertThat(e.error().code()).as(e.getMessage()).isEqualTo(code);
            org.assertj.core.api.Assertions.assertThat(e.getMessage()).contains(message);
        });
    }
}
