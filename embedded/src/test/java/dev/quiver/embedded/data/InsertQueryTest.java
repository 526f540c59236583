package dev.quiver.embedded.data;

import static dev.quiver.embedded.data.Rows.field;
import static dev.quiver.embedded.data.Rows.pk;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.protobuf.ByteString;
import dev.quiver.proto.milvus.CollectionSchema;
import dev.quiver.proto.milvus.DataType;
import dev.quiver.proto.milvus.FieldData;
import dev.quiver.proto.milvus.MutationResult;
import dev.quiver.proto.milvus.QueryResults;
import dev.quiver.proto.milvus.ValueField;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class InsertQueryTest extends EngineFixture {

    private static final CollectionSchema ALL_TYPES = CollectionSchema.newBuilder()
            .addFields(pk("id", DataType.Int64, false))
            .addFields(field("b", DataType.Bool))
            .addFields(field("i8", DataType.Int8))
            .addFields(field("i16", DataType.Int16))
            .addFields(field("i32", DataType.Int32))
            .addFields(field("f", DataType.Float))
            .addFields(field("d", DataType.Double))
            .addFields(field("s", DataType.VarChar, "max_length", "10"))
            .addFields(field("j", DataType.JSON))
            .addFields(field("arr", DataType.Array, "max_capacity", "3").toBuilder().setElementType(DataType.Int64))
            .addFields(field("fv", DataType.FloatVector, "dim", "4"))
            .addFields(field("bv", DataType.BinaryVector, "dim", "16"))
            .addFields(field("hv", DataType.Float16Vector, "dim", "2"))
            .addFields(field("bfv", DataType.BFloat16Vector, "dim", "2"))
            .addFields(field("sv", DataType.SparseFloatVector))
            .build();

    @BeforeEach
    void setUp() {
        start();
        catalog.create("all", ALL_TYPES, Map.of("fv", "L2"));
        catalog.load("all");
    }

    private List<FieldData> allTypeRows() {
        return List.of(
                Rows.longs("id", 1, 2, 3),
                Rows.bools("b", true, false, true),
                Rows.ints("i8", DataType.Int8, -128, 0, 127),
                Rows.ints("i16", DataType.Int16, -32768, 5, 32767),
                Rows.ints("i32", DataType.Int32, Integer.MIN_VALUE, 7, Integer.MAX_VALUE),
                Rows.floats("f", 1.5f, -2.25f, 0f),
                Rows.doubles("d", 1e300, -0.5, 3.25),
                Rows.strings("s", "a", "héllo", ""),
                Rows.json("j", "{\"k\":1}", "[1,2]", "\"x\""),
                Rows.longArrays("arr", new long[] {1, 2, 3}, new long[] {}, new long[] {9}),
                Rows.floatVectors("fv", new float[] {1, 2, 3, 4}, new float[] {0, 0, 0, 0}, new float[] {-1, 0.5f, 2, 8}),
                Rows.binaryVectors("bv", 16, new byte[] {1, 2}, new byte[] {(byte) 0xff, 0}, new byte[] {0, 0x7f}),
                Rows.halfVectors("hv", DataType.Float16Vector, 2, Rows.fp16(1, 2), Rows.fp16(0.5f, -1), Rows.fp16(0, 4)),
                Rows.halfVectors("bfv", DataType.BFloat16Vector, 2, Rows.bf16(1, 2), Rows.bf16(3, -1), Rows.bf16(0, 4)),
                Rows.sparseVectors("sv", Map.of(1, 0.5f, 10, 2f), Map.of(), Map.of(3, 1f)));
    }

    @Test
    void everyTypeRoundTripsThroughInsertAndQuery() {
        List<FieldData> input = allTypeRows();
        MutationResult result = insert("all", input.toArray(FieldData[]::new));
        assertThat(result.getInsertCnt()).isEqualTo(3);
        assertThat(result.getIDs().getIntId().getDataList()).containsExactly(1L, 2L, 3L);
        assertThat(result.getTimestamp()).isPositive();

        QueryResults results = query("all", "", List.of("*"), "limit", "10");
        assertThat(results.getPrimaryFieldName()).isEqualTo("id");
        for (FieldData in : input) {
            FieldData out = column(results, in.getFieldName());
            assertThat(out.getType()).isEqualTo(in.getType());
            if (in.hasScalars()) {
                assertThat(out.getScalars()).as(in.getFieldName()).isEqualTo(in.getScalars());
            } else {
                assertThat(out.getVectors()).as(in.getFieldName()).isEqualTo(in.getVectors());
            }
        }
    }

    @Test
    void primaryKeyIsAlwaysReturnedAndCountIsExact() {
        insert("all", allTypeRows().toArray(FieldData[]::new));
        QueryResults results = query("all", "id in [2, 3]", List.of("s"));
        assertThat(results.getOutputFieldsList()).containsExactly("id", "s");
        assertThat(column(results, "id").getScalars().getLongData().getDataList()).containsExactly(2L, 3L);
        assertThat(column(results, "s").getScalars().getStringData().getDataList()).containsExactly("héllo", "");
        QueryResults count = query("all", "", List.of("count(*)"));
        assertThat(count.getOutputFieldsList()).containsExactly("count(*)");
        assertThat(count.getFieldsData(0).getFieldName()).isEqualTo("count(*)");
        assertThat(count.getFieldsData(0).getType()).isEqualTo(DataType.Int64);
        assertThat(count("all")).isEqualTo(3);
    }

    @Test
    void limitAndOffsetPage() {
        insert("all", allTypeRows().toArray(FieldData[]::new));
        QueryResults page = query("all", "", List.of("id"), "limit", "1", "offset", "1");
        assertThat(column(page, "id").getScalars().getLongData().getDataList()).containsExactly(2L);
    }

    @Test
    void queryBoundsFollowMilvus() {
        assertError(() -> query("all", "", List.of("id")), 65535, "empty expression should be used with limit");
        assertError(() -> query("all", "", List.of("id"), "limit", "16000", "offset", "385"), 1100,
                "(offset+limit) should be in range [1, 16384], but got 16385");
        assertError(() -> query("all", "", List.of("nope"), "limit", "1"), 65535, "field nope not exist");
    }

    @Test
    void varcharTooLongIsRefusedWithMilvusMessage() {
        List<FieldData> rows = new java.util.ArrayList<>(allTypeRows());
        rows.set(7, Rows.strings("s", "a", "0123456789X", "b"));
        assertError(() -> insert("all", rows.toArray(FieldData[]::new)), 1100,
                "length of varchar field s exceeds max length, row number: 1, length: 11, max length: 10: "
                        + "invalid parameter");
        assertThat(count("all")).isZero();
    }

    @Test
    void arrayCapacityDimAndRowCountAreChecked() {
        List<FieldData> rows = new java.util.ArrayList<>(allTypeRows());
        rows.set(9, Rows.longArrays("arr", new long[] {1, 2, 3, 4}, new long[] {}, new long[] {}));
        assertError(() -> insert("all", rows.toArray(FieldData[]::new)), 1100,
                "the length (4) of 0th array exceeds max capacity (3)");

        List<FieldData> wrongDim = new java.util.ArrayList<>(allTypeRows());
        wrongDim.set(10, Rows.floatVectors("fv", new float[] {1, 2, 3}, new float[] {1, 2, 3}, new float[] {1, 2, 3}));
        assertError(() -> insert("all", wrongDim.toArray(FieldData[]::new)), 1100,
                "the dim (3) of field data(fv) is not equal to schema dim (4)");

        List<FieldData> shortColumn = new java.util.ArrayList<>(allTypeRows());
        shortColumn.set(1, Rows.bools("b", true, false));
        assertError(() -> insert("all", shortColumn.toArray(FieldData[]::new)), 1100,
                "the num_rows (2) of field (b) is not equal to passed num_rows (3)");

        List<FieldData> missing = new java.util.ArrayList<>(allTypeRows());
        missing.remove(5);
        assertError(() -> insert("all", missing.toArray(FieldData[]::new)), 1100,
                "fieldSchema(f) has no corresponding fieldData pass in: invalid parameter");

        List<FieldData> badJson = new java.util.ArrayList<>(allTypeRows());
        badJson.set(8, Rows.json("j", "{", "1", "2"));
        assertError(() -> insert("all", badJson.toArray(FieldData[]::new)), 1100, "json field j");
        assertThat(count("all")).isZero();
    }

    @Test
    void nullableAndDefaultValues() {
        CollectionSchema schema = CollectionSchema.newBuilder()
                .addFields(pk("id", DataType.Int64, false))
                .addFields(Rows.nullable(field("n", DataType.Int32)))
                .addFields(Rows.withDefault(field("dv", DataType.VarChar, "max_length", "8"),
                        ValueField.newBuilder().setStringData("dflt").build()))
                .addFields(Rows.nullable(Rows.withDefault(field("nd", DataType.Double),
                        ValueField.newBuilder().setDoubleData(2.5).build())))
                .addFields(field("v", DataType.FloatVector, "dim", "2"))
                .build();
        catalog.create("nulls", schema, Map.of("v", "IP"));
        catalog.load("nulls");
        insert("nulls", Rows.longs("id", 1, 2, 3),
                Rows.withValid(Rows.ints("n", DataType.Int32, 7), false, true, false),
                Rows.withValid(Rows.strings("dv", "x"), true, false, false),
                Rows.floatVectors("v", new float[] {1, 0}, new float[] {0, 1}, new float[] {1, 1}));
        QueryResults results = query("nulls", "", List.of("n", "dv", "nd"), "limit", "5");
        FieldData n = column(results, "n");
        assertThat(n.getValidDataList()).containsExactly(false, true, false);
        assertThat(n.getScalars().getIntData().getDataCount()).isEqualTo(3);
        assertThat(n.getScalars().getIntData().getData(1)).isEqualTo(7);
        assertThat(column(results, "dv").getScalars().getStringData().getDataList())
                .containsExactly("x", "dflt", "dflt");
        FieldData nd = column(results, "nd");
        assertThat(nd.getScalars().getDoubleData().getDataList()).containsExactly(2.5, 2.5, 2.5);
        assertThat(nd.getValidDataList()).containsExactly(true, true, true);
    }

    @Test
    void dynamicFieldsAreStoredInMetaAndServedByKey() {
        CollectionSchema schema = CollectionSchema.newBuilder().setEnableDynamicField(true)
                .addFields(pk("id", DataType.Int64, false))
                .addFields(field("v", DataType.FloatVector, "dim", "2"))
                .build();
        catalog.create("dyn", schema, Map.of("v", "L2"));
        catalog.load("dyn");
        insert("dyn", Rows.longs("id", 1, 2), Rows.floatVectors("v", new float[] {1, 0}, new float[] {0, 1}),
                Rows.dynamic("{\"color\":\"red\",\"n\":1}", "{\"n\":2}"));
        insert("dyn", Rows.longs("id", 3), Rows.floatVectors("v", new float[] {1, 1}));

        QueryResults byKey = query("dyn", "", List.of("color"), "limit", "10");
        assertThat(byKey.getOutputFieldsList()).containsExactly("id", "color");
        FieldData meta = column(byKey, "$meta");
        assertThat(meta.getIsDynamic()).isTrue();
        assertThat(meta.getScalars().getJsonData().getDataList()).extracting(ByteString::toStringUtf8)
                .containsExactly("{\"color\":\"red\"}", "{}", "{}");

        QueryResults all = query("dyn", "", List.of("*"), "limit", "10");
        assertThat(all.getOutputFieldsList()).contains("$meta");
        assertThat(column(all, "$meta").getScalars().getJsonData().getData(1).toStringUtf8()).isEqualTo("{\"n\":2}");

        assertError(() -> insert("dyn", Rows.longs("id", 4), Rows.floatVectors("v", new float[] {1, 1}),
                Rows.dynamic("[1]")), 1100, "must be a JSON object");
    }

    @Test
    void autoIdGeneratesKeysAndRefusesGivenOnes() {
        CollectionSchema schema = CollectionSchema.newBuilder()
                .addFields(pk("id", DataType.Int64, true))
                .addFields(field("v", DataType.FloatVector, "dim", "2"))
                .build();
        catalog.create("auto", schema, Map.of("v", "L2"));
        catalog.load("auto");
        MutationResult first = insert("auto", Rows.floatVectors("v", new float[] {1, 0}, new float[] {0, 1}));
        MutationResult second = insert("auto", Rows.floatVectors("v", new float[] {1, 1}));
        List<Long> ids = new java.util.ArrayList<>(first.getIDs().getIntId().getDataList());
        ids.addAll(second.getIDs().getIntId().getDataList());
        assertThat(ids).hasSize(3).doesNotHaveDuplicates().isSorted();
        QueryResults results = query("auto", "", List.of("id"), "limit", "10");
        assertThat(column(results, "id").getScalars().getLongData().getDataList()).containsExactlyElementsOf(ids);

        assertError(() -> insert("auto", Rows.longs("id", 5), Rows.floatVectors("v", new float[] {1, 1})), 1100,
                "more fieldData has pass in: invalid parameter[expected=1][actual=2]");
    }

    @Test
    void varcharPrimaryKeys() {
        CollectionSchema schema = CollectionSchema.newBuilder()
                .addFields(pk("key", DataType.VarChar, false, "max_length", "16"))
                .addFields(field("v", DataType.FloatVector, "dim", "2"))
                .build();
        catalog.create("vpk", schema, Map.of("v", "L2"));
        catalog.load("vpk");
        MutationResult result = insert("vpk", Rows.strings("key", "a", "b,c", "d\"e"),
                Rows.floatVectors("v", new float[] {1, 0}, new float[] {0, 1}, new float[] {1, 1}));
        assertThat(result.getIDs().getStrId().getDataList()).containsExactly("a", "b,c", "d\"e");
        QueryResults results = query("vpk", "key in [\"b,c\", 'd\"e']", List.of());
        assertThat(column(results, "key").getScalars().getStringData().getDataList()).containsExactly("b,c", "d\"e");
    }

    @Test
    void unknownPartitionAndCollection() {
        assertError(() -> insertInto("all", "nope", allTypeRows().toArray(FieldData[]::new)), 200,
                "partition not found[partition=nope]");
        assertError(() -> insert("missing", Rows.longs("id", 1)), 100,
                "collection not found[database=default][collection=missing]");
    }
}
