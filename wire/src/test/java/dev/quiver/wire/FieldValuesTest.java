package dev.quiver.wire;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.protobuf.ByteString;
import dev.quiver.proto.milvus.ArrayArray;
import dev.quiver.proto.milvus.BoolArray;
import dev.quiver.proto.milvus.BytesArray;
import dev.quiver.proto.milvus.DataType;
import dev.quiver.proto.milvus.FieldData;
import dev.quiver.proto.milvus.FloatArray;
import dev.quiver.proto.milvus.GeometryArray;
import dev.quiver.proto.milvus.GeometryWktArray;
import dev.quiver.proto.milvus.IntArray;
import dev.quiver.proto.milvus.JSONArray;
import dev.quiver.proto.milvus.LongArray;
import dev.quiver.proto.milvus.ScalarField;
import dev.quiver.proto.milvus.SparseFloatArray;
import dev.quiver.proto.milvus.StringArray;
import dev.quiver.proto.milvus.TimestamptzArray;
import dev.quiver.proto.milvus.VectorField;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class FieldValuesTest {

    private static FieldData scalar(DataType type, ScalarField.Builder s) {
        return FieldData.newBuilder().setType(type).setFieldName("f").setScalars(s).build();
    }

    private static FieldData vector(DataType type, VectorField.Builder v) {
        return FieldData.newBuilder().setType(type).setFieldName("v").setVectors(v).build();
    }

    @Test
    void smallIntegersTravelWidenedInIntDataAndComeBackNarrow() {
        ScalarField.Builder ints = ScalarField.newBuilder().setIntData(IntArray.newBuilder().addData(-128).addData(127));
        assertThat(FieldValues.get(scalar(DataType.Int8, ints), 0)).isEqualTo((byte) -128);
        assertThat(FieldValues.get(scalar(DataType.Int16, ints), 1)).isEqualTo((short) 127);
        assertThat(FieldValues.get(scalar(DataType.Int32, ints), 1)).isEqualTo(127);
        assertThat(FieldLayout.rowCount(scalar(DataType.Int8, ints))).isEqualTo(2);
        assertThat(FieldValues.get(scalar(DataType.Int8, ints), 2)).isNull();
    }

    @Test
    void scalarTypesReadFromTheirSlots() {
        assertThat(FieldValues.get(scalar(DataType.Bool, ScalarField.newBuilder()
                .setBoolData(BoolArray.newBuilder().addData(true))), 0)).isEqualTo(true);
        assertThat(FieldValues.get(scalar(DataType.Int64, ScalarField.newBuilder()
                .setLongData(LongArray.newBuilder().addData(Long.MIN_VALUE))), 0)).isEqualTo(Long.MIN_VALUE);
        assertThat(FieldValues.get(scalar(DataType.Float, ScalarField.newBuilder()
                .setFloatData(FloatArray.newBuilder().addData(1.5f))), 0)).isEqualTo(1.5f);
        assertThat(FieldValues.get(scalar(DataType.Text, ScalarField.newBuilder()
                .setStringData(StringArray.newBuilder().addData("long text"))), 0)).isEqualTo("long text");
        assertThat(FieldValues.get(scalar(DataType.JSON, ScalarField.newBuilder()
                .setJsonData(JSONArray.newBuilder().addData(ByteString.copyFromUtf8("{\"a\":1}")))), 0))
                .isEqualTo("{\"a\":1}");
    }

    @Test
    void timestamptzAndGeometryAreReadAsCarried() {
        FieldData ts = scalar(DataType.Timestamptz, ScalarField.newBuilder()
                .setTimestamptzData(TimestamptzArray.newBuilder().addData(1_700_000_000_000_000L).addData(-1)));
        assertThat(FieldLayout.carriesSlotOf(DataType.Timestamptz, ts)).isTrue();
        assertThat(FieldLayout.rowCount(ts)).isEqualTo(2);
        assertThat(FieldValues.get(ts, 0)).isEqualTo(1_700_000_000_000_000L);
        FieldData iso = scalar(DataType.Timestamptz, ScalarField.newBuilder()
                .setStringData(StringArray.newBuilder().addData("2025-01-02T16:00:00Z")));
        assertThat(FieldLayout.carriesSlotOf(DataType.Timestamptz, iso)).isTrue();
        assertThat(FieldLayout.rowCount(iso)).isEqualTo(1);
        assertThat(FieldValues.get(iso, 0)).isEqualTo("2025-01-02T16:00:00Z");

        byte[] wkb = {1, 1, 0, 0, 0};
        FieldData binary = scalar(DataType.Geometry, ScalarField.newBuilder()
                .setGeometryData(GeometryArray.newBuilder().addData(ByteString.copyFrom(wkb))));
        assertThat((byte[]) FieldValues.get(binary, 0)).containsExactly(wkb);
        FieldData text = scalar(DataType.Geometry, ScalarField.newBuilder()
                .setGeometryWktData(GeometryWktArray.newBuilder().addData("POINT (1 2)").addData("POINT (3 4)")));
        assertThat(FieldLayout.carriesSlotOf(DataType.Geometry, text)).isTrue();
        assertThat(FieldLayout.rowCount(text)).isEqualTo(2);
        assertThat(FieldValues.get(text, 1)).isEqualTo("POINT (3 4)");
    }

    @Test
    void arraysAreOneScalarFieldPerRow() {
        FieldData data = scalar(DataType.Array, ScalarField.newBuilder().setArrayData(ArrayArray.newBuilder()
                .setElementType(DataType.Int16)
                .addData(ScalarField.newBuilder().setIntData(IntArray.newBuilder().addData(1).addData(2)))
                .addData(ScalarField.newBuilder().setIntData(IntArray.newBuilder()))));
        assertThat(FieldLayout.rowCount(data)).isEqualTo(2);
        assertThat(FieldValues.get(data, 0)).isEqualTo(List.of((short) 1, (short) 2));
        assertThat(FieldValues.get(data, 1)).isEqualTo(List.of());
    }

    @Test
    void validDataMarksNullsInFullLengthResultColumns() {
        FieldData data = scalar(DataType.Int64, ScalarField.newBuilder()
                .setLongData(LongArray.newBuilder().addData(7).addData(0).addData(9)))
                .toBuilder().addValidData(true).addValidData(false).addValidData(true).build();
        assertThat(FieldValues.get(data, 0)).isEqualTo(7L);
        assertThat(FieldValues.get(data, 1)).isNull();
        assertThat(FieldValues.get(data, 2)).isEqualTo(9L);
        assertThat(FieldLayout.rowCount(data)).isEqualTo(3);
    }

    @Test
    void denseVectorsAreConcatenatedRowsOfDim() {
        FieldData floats = vector(DataType.FloatVector, VectorField.newBuilder().setDim(2)
                .setFloatVector(FloatArray.newBuilder().addAllData(List.of(1f, 2f, 3f, 4f, 5f, 6f))));
        assertThat(FieldLayout.rowCount(floats)).isEqualTo(3);
        assertThat((float[]) FieldValues.get(floats, 2)).containsExactly(5f, 6f);
        assertThat(FieldValues.get(floats, 3)).isNull();

        byte[] fp16 = VectorBytes.float16(new float[] {1f, 2f, 3f, 4f});
        FieldData half = vector(DataType.Float16Vector, VectorField.newBuilder().setDim(2)
                .setFloat16Vector(ByteString.copyFrom(fp16)));
        assertThat(FieldLayout.rowCount(half)).isEqualTo(2);
        assertThat((byte[]) FieldValues.get(half, 1)).containsExactly(Arrays.copyOfRange(fp16, 4, 8));

        FieldData bf = vector(DataType.BFloat16Vector, VectorField.newBuilder().setDim(1)
                .setBfloat16Vector(ByteString.copyFrom(VectorBytes.bfloat16(new float[] {1f, -1f}))));
        assertThat(FieldLayout.carriesSlotOf(DataType.BFloat16Vector, bf)).isTrue();
        assertThat(FieldLayout.carriesSlotOf(DataType.Float16Vector, bf)).isFalse();
        assertThat(FieldLayout.rowCount(bf)).isEqualTo(2);

        FieldData binary = vector(DataType.BinaryVector, VectorField.newBuilder().setDim(16)
                .setBinaryVector(ByteString.copyFrom(new byte[] {1, 2, 3, 4})));
        assertThat(FieldLayout.rowCount(binary)).isEqualTo(2);
        assertThat((byte[]) FieldValues.get(binary, 1)).containsExactly(3, 4);

        FieldData int8 = vector(DataType.Int8Vector, VectorField.newBuilder().setDim(3)
                .setInt8Vector(ByteString.copyFrom(new byte[] {-1, 0, 1, 127, -128, 5})));
        assertThat(FieldLayout.carriesSlotOf(DataType.Int8Vector, int8)).isTrue();
        assertThat((byte[]) FieldValues.get(int8, 1)).containsExactly(127, -128, 5);
    }

    @Test
    void sparseRowsAreOneByteStringEach() {
        SparseRow first = SparseRow.of(new long[] {2, 40}, new float[] {0.5f, 1f});
        FieldData sparse = vector(DataType.SparseFloatVector, VectorField.newBuilder().setDim(41)
                .setSparseFloatVector(SparseFloatArray.newBuilder().setDim(41).addContents(first.encode())
                        .addContents(ByteString.EMPTY)));
        assertThat(FieldLayout.rowCount(sparse)).isEqualTo(2);
        assertThat(FieldValues.get(sparse, 0)).isEqualTo(first);
        assertThat(((SparseRow) FieldValues.get(sparse, 1)).size()).isZero();
    }

    @Test
    void bytesPerRowFollowsTheType() {
        assertThat(FieldLayout.bytesPerRow(DataType.FloatVector, 4)).isEqualTo(16);
        assertThat(FieldLayout.bytesPerRow(DataType.BinaryVector, 64)).isEqualTo(8);
        assertThat(FieldLayout.bytesPerRow(DataType.Float16Vector, 4)).isEqualTo(8);
        assertThat(FieldLayout.bytesPerRow(DataType.BFloat16Vector, 4)).isEqualTo(8);
        assertThat(FieldLayout.bytesPerRow(DataType.Int8Vector, 4)).isEqualTo(4);
        assertThat(FieldLayout.isVector(DataType.SparseFloatVector)).isTrue();
        assertThat(FieldLayout.isVector(DataType.JSON)).isFalse();
        assertThat(FieldLayout.carriesSlotOf(DataType.VarChar, scalar(DataType.VarChar, ScalarField.newBuilder()
                .setBytesData(BytesArray.newBuilder())))).isFalse();
    }
}
