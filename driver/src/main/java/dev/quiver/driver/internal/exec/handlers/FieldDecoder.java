package dev.quiver.driver.internal.exec.handlers;

import com.google.protobuf.ByteString;
import dev.quiver.proto.milvus.DataType;
import dev.quiver.proto.milvus.FieldData;
import dev.quiver.proto.milvus.ScalarField;
import dev.quiver.proto.milvus.VectorField;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Reads row {@code i} of a result column ({@link FieldData}, full length, {@code valid_data} marking NULLs) as the
 * Java value {@link dev.quiver.driver.internal.exec.ColumnType} documents: Long, Integer, Short, Byte, Boolean,
 * Float, Double, String (also JSON text), List (ARRAY), float[] (FLOAT_VECTOR), byte[] (binary, fp16, bf16, int8
 * vectors), Map&lt;Long, Float&gt; (sparse). Immutable; one instance per column.
 */
final class FieldDecoder {
    private final FieldData data;
    private final DataType type;

    FieldDecoder(FieldData data) {
        this.data = data;
        this.type = data.getType();
    }

    String name() {
        return data.getFieldName();
    }

    FieldData data() {
        return data;
    }

    @Nullable Object get(int row) {
        if (data.getValidDataCount() > row && !data.getValidData(row)) {
            return null;
        }
        if (data.hasVectors()) {
            return vector(data.getVectors(), type, row);
        }
        return scalar(data.getScalars(), type, row);
    }

    static @Nullable Object scalar(ScalarField s, DataType type, int row) {
        return switch (type) {
            case Bool -> s.getBoolData().getDataCount() > row ? s.getBoolData().getData(row) : null;
            case Int8 -> s.getIntData().getDataCount() > row ? (Object) (byte) s.getIntData().getData(row) : null;
            case Int16 -> s.getIntData().getDataCount() > row ? (Object) (short) s.getIntData().getData(row) : null;
            case Int32 -> s.getIntData().getDataCount() > row ? (Object) s.getIntData().getData(row) : null;
            case Int64 -> s.getLongData().getDataCount() > row ? (Object) s.getLongData().getData(row) : null;
            case Float -> s.getFloatData().getDataCount() > row ? (Object) s.getFloatData().getData(row) : null;
            case Double -> s.getDoubleData().getDataCount() > row ? (Object) s.getDoubleData().getData(row) : null;
            case VarChar, String, Text -> s.getStringData().getDataCount() > row ? s.getStringData().getData(row) : null;
            case JSON -> s.getJsonData().getDataCount() > row ? s.getJsonData().getData(row).toStringUtf8() : null;
            case Array -> {
                if (s.getArrayData().getDataCount() <= row) {
                    yield null;
                }
                ScalarField element = s.getArrayData().getData(row);
                DataType et = s.getArrayData().getElementType();
                int n = count(element, et);
                List<Object> out = new ArrayList<>(n);
                for (int i = 0; i < n; i++) {
                    out.add(scalar(element, et, i));
                }
                yield out;
            }
            default -> null;
        };
    }

    private static int count(ScalarField s, DataType type) {
        return switch (type) {
            case Bool -> s.getBoolData().getDataCount();
            case Int8, Int16, Int32 -> s.getIntData().getDataCount();
            case Int64 -> s.getLongData().getDataCount();
            case Float -> s.getFloatData().getDataCount();
            case Double -> s.getDoubleData().getDataCount();
            case VarChar, String, Text -> s.getStringData().getDataCount();
            case JSON -> s.getJsonData().getDataCount();
            default -> 0;
        };
    }

    static @Nullable Object vector(VectorField v, DataType type, int row) {
        int dim = (int) v.getDim();
        return switch (type) {
            case FloatVector -> {
                int d = dim > 0 ? dim : 0;
                if (d == 0 || v.getFloatVector().getDataCount() < (row + 1) * d) {
                    yield null;
                }
                float[] out = new float[d];
                for (int i = 0; i < d; i++) {
                    out[i] = v.getFloatVector().getData(row * d + i);
                }
                yield out;
            }
            case BinaryVector -> slice(v.getBinaryVector(), row, dim / 8);
            case Float16Vector -> slice(v.getFloat16Vector(), row, dim * 2);
            case BFloat16Vector -> slice(v.getBfloat16Vector(), row, dim * 2);
            case Int8Vector -> slice(v.getInt8Vector(), row, dim);
            case SparseFloatVector -> v.getSparseFloatVector().getContentsCount() > row
                    ? VectorCodec.decodeSparse(v.getSparseFloatVector().getContents(row)) : null;
            default -> null;
        };
    }

    private static byte @Nullable [] slice(ByteString bytes, int row, int width) {
        if (width <= 0 || bytes.size() < (row + 1) * width) {
            return null;
        }
        return bytes.substring(row * width, (row + 1) * width).toByteArray();
    }

    /** The number of rows in {@code data}. */
    static int rowCount(FieldData data) {
        if (data.getValidDataCount() > 0) {
            return data.getValidDataCount();
        }
        if (data.hasVectors()) {
            VectorField v = data.getVectors();
            int dim = (int) v.getDim();
            return switch (data.getType()) {
                case FloatVector -> dim == 0 ? 0 : v.getFloatVector().getDataCount() / dim;
                case BinaryVector -> dim == 0 ? 0 : v.getBinaryVector().size() / (dim / 8);
                case Float16Vector -> dim == 0 ? 0 : v.getFloat16Vector().size() / (dim * 2);
                case BFloat16Vector -> dim == 0 ? 0 : v.getBfloat16Vector().size() / (dim * 2);
                case Int8Vector -> dim == 0 ? 0 : v.getInt8Vector().size() / dim;
                case SparseFloatVector -> v.getSparseFloatVector().getContentsCount();
                default -> 0;
            };
        }
        ScalarField s = data.getScalars();
        return data.getType() == DataType.Array ? s.getArrayData().getDataCount() : count(s, data.getType());
    }
}
