package dev.quiver.embedded.data;

import static dev.quiver.embedded.data.Rows.field;
import static dev.quiver.embedded.data.Rows.pk;
import static org.assertj.core.api.Assertions.assertThat;

import dev.quiver.proto.milvus.CollectionSchema;
import dev.quiver.proto.milvus.DataType;
import dev.quiver.proto.milvus.DeleteRequest;
import dev.quiver.proto.milvus.QueryRequest;
import dev.quiver.proto.milvus.TemplateArrayValue;
import dev.quiver.proto.milvus.TemplateValue;
import dev.quiver.proto.milvus.LongArray;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FilterTest extends EngineFixture {

    @BeforeEach
    void setUp() {
        start(DataOptions.defaults().withSealRows(3));
        CollectionSchema schema = CollectionSchema.newBuilder().setEnableDynamicField(true)
                .addFields(pk("id", DataType.Int64, false))
                .addFields(field("age", DataType.Int32))
                .addFields(Rows.nullable(field("name", DataType.VarChar, "max_length", "20")))
                .addFields(field("tags", DataType.Array, "max_capacity", "4").toBuilder().setElementType(DataType.Int64))
                .addFields(field("info", DataType.JSON))
                .addFields(field("v", DataType.FloatVector, "dim", "2"))
                .build();
        catalog.create("people", schema, Map.of("v", "L2"));
        catalog.load("people");
        insert("people", Rows.longs("id", 1, 2, 3, 4, 5),
                Rows.ints("age", DataType.Int32, 10, 20, 30, 40, 50),
                Rows.withValid(Rows.strings("name", "ann", "bob", "anna"), true, true, false, true, false),
                Rows.longArrays("tags", new long[] {1}, new long[] {2, 3}, new long[] {}, new long[] {3}, new long[] {1, 3}),
                Rows.json("info", "{\"city\":\"x\"}", "{\"city\":\"y\"}", "{}", "{\"city\":\"x\"}", "{\"n\":1}"),
                Rows.floatVectors("v", new float[] {1, 0}, new float[] {2, 0}, new float[] {3, 0}, new float[] {4, 0},
                        new float[] {5, 0}),
                Rows.dynamic("{\"color\":\"red\"}", "{}", "{\"color\":\"blue\"}", "{\"color\":\"red\"}", "{}"));
    }

    private List<Long> ids(String expr) {
        return column(query("people", expr, List.of()), "id").getScalars().getLongData().getDataList();
    }

    @Test
    void scalarJsonArrayAndDynamicFilters() {
        assertThat(ids("age > 15 and age <= 40")).containsExactly(2L, 3L, 4L);
        assertThat(ids("name like \"an%\"")).containsExactly(1L, 4L);
        assertThat(ids("name is null")).containsExactly(3L, 5L);
        assertThat(ids("array_contains(tags, 3)")).containsExactly(2L, 4L, 5L);
        assertThat(ids("info[\"city\"] == \"x\"")).containsExactly(1L, 4L);
        assertThat(ids("color == \"red\"")).containsExactly(1L, 4L);
        assertThat(ids("id == 3 or id == 5")).containsExactly(3L, 5L);
        assertError(() -> ids("nope > 1 +"), 1100, "cannot parse expression");
    }

    @Test
    void templateValuesAndCount() {
        QueryRequest request = QueryRequest.newBuilder().setCollectionName("people").setExpr("age in {ages}")
                .putExprTemplateValues("ages", TemplateValue.newBuilder().setArrayVal(TemplateArrayValue.newBuilder()
                        .setLongData(LongArray.newBuilder().addData(20).addData(50))).build())
                .addOutputFields("count(*)").build();
        assertThat(engine.query(DB, request).getFieldsData(0).getScalars().getLongData().getData(0)).isEqualTo(2);
    }

    @Test
    void searchFiltersAndComplexDeletes() {
        assertThat(search("people", Rows.floatQueries(new float[] {0, 0}), "age >= 30", List.of("age"), "topk", "2")
                .getResults().getIds().getIntId().getDataList()).containsExactly(3L, 4L);
        assertThat(delete("people", "age >= 30 and name is not null").getDeleteCnt()).isEqualTo(1);
        assertThat(ids("age > 0")).containsExactly(1L, 2L, 3L, 5L);
        assertThat(engine.delete(DB, DeleteRequest.newBuilder().setCollectionName("people").setExpr("id in {ids}")
                .putExprTemplateValues("ids", TemplateValue.newBuilder().setArrayVal(TemplateArrayValue.newBuilder()
                        .setLongData(LongArray.newBuilder().addData(1).addData(2))).build()).build())
                .getDeleteCnt()).isEqualTo(2);
        assertThat(ids("age > 0")).containsExactly(3L, 5L);
        catalog.release("people");
        assertError(() -> delete("people", "age > 1"), 101, "collection not loaded");
    }
}
