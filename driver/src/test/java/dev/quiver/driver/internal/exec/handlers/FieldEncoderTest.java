package dev.quiver.driver.internal.exec.handlers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quiver.grammar.expr.SparseVectorLiteral;
import dev.quiver.proto.milvus.DataType;
import dev.quiver.proto.milvus.FieldData;
import dev.quiver.proto.milvus.FieldSchema;
import dev.quiver.proto.milvus.KeyValuePair;
import dev.quiver.proto.milvus.ValueField;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.sql.SQLDataException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FieldEncoderTest {

    static FieldSchema field(String name, DataType type, String... params) {
        FieldSchema.Builder b = FieldSchema.newBuilder().setName(name).setDataType(type);
        for (int i = 0; i < params.length; i += 2) {
            b.addTypeParams(KeyValuePair.newBuilder().setKey(params[i]).setValue(params[i + 1]));
        }
        return b.build();
    }

    @Test
    void smallIntegersGoToIntDataAndInt64ToLongData() throws Exception {
        for (DataType t : List.of(DataType.Int8, DataType.Int16, DataType.Int32)) {
            FieldData d = FieldEncoder.encode(field("n", t), List.of(1L, -2L, 3));
            assertThat(d.getScalars().getIntData().getDataList()).containsExactly(1, -2, 3);
            assertThat(d.getType()).isEqualTo(t);
        }
        FieldData d = FieldEncoder.encode(field("n", DataType.Int64), List.of(Long.MAX_VALUE, 7L));
        assertThat(d.getScalars().getLongData().getDataList()).containsExactly(Long.MAX_VALUE, 7L);
    }

    @Test
    void outOfRangeIntegersNameRowAndColumn() {
        assertThatThrownBy(() -> FieldEncoder.encode(field("small", DataType.Int8), List.of(1L, 200L)))
                .isInstanceOf(SQLDataException.class)
                .hasMessage("row 2, column small: 200 is out of range for INT8 [-128, 127]");
    }

    @Test
    void typeMismatchesNameRowColumnAndValue() {
        assertThatThrownBy(() -> FieldEncoder.encode(field("title", DataType.VarChar, "max_length", "10"), List.of("a", 42L)))
                .hasMessage("row 2, column title: expected VARCHAR, got 42 (Long)");
        assertThatThrownBy(() -> FieldEncoder.encode(field("flag", DataType.Bool), List.of("yes")))
                .hasMessage("row 1, column flag: expected BOOL, got 'yes' (text)");
        assertThatThrownBy(() -> FieldEncoder.encode(field("x", DataType.Int64), List.of(1.5)))
                .hasMessage("row 1, column x: expected INT64, got 1.5 (Double)");
    }

    @Test
    void varcharLongerThanMaxLengthIsRejected() {
        assertThatThrownBy(() -> FieldEncoder.encode(field("s", DataType.VarChar, "max_length", "3"), List.of("abcd")))
                .hasMessage("row 1, column s: the text has 4 characters, more than the max_length 3");
    }

    @Test
    void floatsAndDoubles() throws Exception {
        FieldData f = FieldEncoder.encode(field("f", DataType.Float), List.of(1.5, 2L));
        assertThat(f.getScalars().getFloatData().getDataList()).containsExactly(1.5f, 2f);
        FieldData d = FieldEncoder.encode(field("d", DataType.Double), List.of(2.5e-3));
        assertThat(d.getScalars().getDoubleData().getDataList()).containsExactly(2.5e-3);
    }

    @Test
    void jsonFromMapsListsAndValidText() throws Exception {
        FieldData d = FieldEncoder.encode(field("meta", DataType.JSON),
                List.of(Map.of("rating", 8.5), "{\"a\": [1, 2]}", List.of(1L, "x")));
        assertThat(d.getScalars().getJsonData().getDataList()).extracting(b -> b.toStringUtf8())
                .containsExactly("{\"rating\":8.5}", "{\"a\": [1, 2]}", "[1,\"x\"]");
        assertThatThrownBy(() -> FieldEncoder.encode(field("meta", DataType.JSON), List.of("{oops")))
                .hasMessageStartingWith("row 1, column meta: the text is not valid JSON");
    }

    @Test
    void arraysBecomeArrayArrayWithElementType() throws Exception {
        FieldSchema tags = field("tags", DataType.Array, "max_capacity", "3", "max_length", "8").toBuilder()
                .setElementType(DataType.VarChar).build();
        FieldData d = FieldEncoder.encode(tags, List.of(List.of("horror", "sci-fi"), List.of()));
        assertThat(d.getScalars().getArrayData().getElementType()).isEqualTo(DataType.VarChar);
        assertThat(d.getScalars().getArrayData().getData(0).getStringData().getDataList()).containsExactly("horror", "sci-fi");
        assertThat(d.getScalars().getArrayData().getData(1).getStringData().getDataCount()).isZero();
        assertThatThrownBy(() -> FieldEncoder.encode(tags, List.of(List.of("a", "b", "c", "d"))))
                .hasMessage("row 1, column tags: the array has 4 elements, more than the max_capacity 3");
        FieldSchema ints = field("a", DataType.Array, "max_capacity", "4").toBuilder().setElementType(DataType.Int64).build();
        FieldData l = FieldEncoder.encode(ints, List.of(new long[] {1, 2}));
        assertThat(l.getScalars().getArrayData().getData(0).getLongData().getDataList()).containsExactly(1L, 2L);
    }

    @Test
    void floatVectorsAreConcatenatedWithTheirDimension() throws Exception {
        FieldData d = FieldEncoder.encode(field("v", DataType.FloatVector, "dim", "2"),
                List.of(new float[] {0.1f, 0.2f}, new double[] {0.3, -0.4}, new long[] {1, 2}, List.of(5.0, 6.0)));
        assertThat(d.getVectors().getDim()).isEqualTo(2);
        assertThat(d.getVectors().getFloatVector().getDataList())
                .containsExactly(0.1f, 0.2f, 0.3f, -0.4f, 1f, 2f, 5f, 6f);
    }

    @Test
    void wrongVectorDimensionNamesRowAndColumn() {
        assertThatThrownBy(() -> FieldEncoder.encode(field("embedding", DataType.FloatVector, "dim", "3"),
                List.of(new double[] {1, 2, 3}, new double[] {1, 2})))
                .isInstanceOf(SQLDataException.class)
                .hasMessage("row 2, column embedding: the vector has 2 dimensions but the field has 3");
    }

    @Test
    void binaryVectorsArePackedBitsWithDimensionInBits() throws Exception {
        FieldData d = FieldEncoder.encode(field("bits", DataType.BinaryVector, "dim", "16"),
                List.of(new byte[] {0x0F, 0x3C}, new byte[] {1, 2}));
        assertThat(d.getVectors().getDim()).isEqualTo(16);
        assertThat(d.getVectors().getBinaryVector().toByteArray()).containsExactly(0x0F, 0x3C, 1, 2);
        assertThatThrownBy(() -> FieldEncoder.encode(field("bits", DataType.BinaryVector, "dim", "16"),
                List.of((Object) new byte[] {1})))
                .hasMessage("row 1, column bits: the binary vector has 8 bits but the field's dimension is 16");
    }

    @Test
    void fp16AndBf16VectorsAreConvertedFromFloatsOrTakenAsBytes() throws Exception {
        FieldData h = FieldEncoder.encode(field("h", DataType.Float16Vector, "dim", "2"), List.of(new float[] {1f, -2f}));
        assertThat(h.getVectors().getFloat16Vector().toByteArray()).containsExactly(0x00, 0x3C, 0x00, 0xC0 - 256);
        FieldData b = FieldEncoder.encode(field("b", DataType.BFloat16Vector, "dim", "1"), List.of(new double[] {1.0}));
        assertThat(b.getVectors().getBfloat16Vector().toByteArray()).containsExactly(0x80 - 256, 0x3F);
        FieldData raw = FieldEncoder.encode(field("h", DataType.Float16Vector, "dim", "1"), List.of(new byte[] {1, 2}));
        assertThat(raw.getVectors().getFloat16Vector().toByteArray()).containsExactly(1, 2);
    }

    @Test
    void int8VectorsAreBytes() throws Exception {
        FieldData d = FieldEncoder.encode(field("i", DataType.Int8Vector, "dim", "3"), List.of(new long[] {-128, 0, 127}));
        assertThat(d.getVectors().getInt8Vector().toByteArray()).containsExactly(-128, 0, 127);
        assertThatThrownBy(() -> FieldEncoder.encode(field("i", DataType.Int8Vector, "dim", "1"), List.of(new long[] {300})))
                .hasMessageContaining("[-128, 127]");
    }

    @Test
    void sparseVectorsAreLittleEndianPairsWithTheBatchDimension() throws Exception {
        FieldData d = FieldEncoder.encode(field("s", DataType.SparseFloatVector),
                List.of(new SparseVectorLiteral(new long[] {17, 3}, new float[] {0.25f, 0.5f}), Map.of(5L, 1.0f)));
        assertThat(d.getVectors().getDim()).isEqualTo(18);
        assertThat(d.getVectors().getSparseFloatVector().getDim()).isEqualTo(18);
        ByteBuffer row = d.getVectors().getSparseFloatVector().getContents(0).asReadOnlyByteBuffer()
                .order(ByteOrder.LITTLE_ENDIAN);
        assertThat(row.getInt()).isEqualTo(3);
        assertThat(row.getFloat()).isEqualTo(0.5f);
        assertThat(row.getInt()).isEqualTo(17);
        assertThat(row.getFloat()).isEqualTo(0.25f);
        assertThat(d.getVectors().getSparseFloatVector().getContents(1).size()).isEqualTo(8);
    }

    @Test
    void nullableFieldsAreCompactedWithValidData() throws Exception {
        FieldSchema s = field("s", DataType.VarChar, "max_length", "10").toBuilder().setNullable(true).build();
        FieldData d = FieldEncoder.encode(s, Arrays.asList("a", null, "c"));
        assertThat(d.getValidDataList()).containsExactly(true, false, true);
        assertThat(d.getScalars().getStringData().getDataList()).containsExactly("a", "c");
        FieldSchema withDefault = field("n", DataType.Int32).toBuilder()
                .setDefaultValue(ValueField.newBuilder().setIntData(-1)).build();
        FieldData n = FieldEncoder.encode(withDefault, Arrays.asList(null, 5L));
        assertThat(n.getValidDataList()).containsExactly(false, true);
        assertThat(n.getScalars().getIntData().getDataList()).containsExactly(5);
    }

    @Test
    void nullInAFieldThatIsNotNullableIsAnError() {
        assertThatThrownBy(() -> FieldEncoder.encode(field("id", DataType.Int64), Arrays.asList(1L, null)))
                .hasMessage("row 2, column id: NULL is not allowed (the field is not nullable and has no default)");
    }

    @Test
    void dynamicFieldIsOneJsonObjectPerRow() throws Exception {
        FieldData d = FieldEncoder.dynamic(List.of(Map.of("extra", "dynamic"), Map.of()));
        assertThat(d.getFieldName()).isEqualTo("$meta");
        assertThat(d.getIsDynamic()).isTrue();
        assertThat(d.getType()).isEqualTo(DataType.JSON);
        assertThat(d.getScalars().getJsonData().getDataList()).extracting(b -> b.toStringUtf8())
                .containsExactly("{\"extra\":\"dynamic\"}", "{}");
    }

    @Test
    void decoderReadsBackWhatTheEncoderWrote() throws Exception {
        FieldData v = FieldEncoder.encode(field("v", DataType.FloatVector, "dim", "2"),
                List.of(new float[] {1f, 2f}, new float[] {3f, 4f}));
        FieldDecoder decoder = new FieldDecoder(v);
        assertThat(FieldDecoder.rowCount(v)).isEqualTo(2);
        assertThat((float[]) decoder.get(1)).containsExactly(3f, 4f);
        FieldData i8 = FieldEncoder.encode(field("n", DataType.Int8), List.of(5L));
        assertThat(new FieldDecoder(i8).get(0)).isEqualTo((byte) 5);
        FieldData sparse = FieldEncoder.encode(field("s", DataType.SparseFloatVector), List.of(Map.of(3L, 0.5f)));
        assertThat(new FieldDecoder(sparse).get(0)).isEqualTo(Map.of(3L, 0.5f));
    }
}
