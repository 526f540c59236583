package dev.quiver.wire;

import com.google.protobuf.ByteString;
import dev.quiver.proto.milvus.DataType;
import dev.quiver.proto.milvus.FieldData;
import dev.quiver.proto.milvus.ScalarField;
import dev.quiver.proto.milvus.VectorField;

/**
 * Where each Milvus data type travels inside a {@link FieldData} and how many values a column holds (reference
 * §4.2; {@code schema.proto}): BOOL in {@code bool_data}; INT8/16/32 widened into {@code int_data}; INT64 in
 * {@code long_data}; FLOAT, DOUBLE in their arrays; VARCHAR, STRING and TEXT in {@code string_data}; JSON as UTF-8
 * bytes in {@code json_data}; ARRAY as one {@code ScalarField} per row in {@code array_data}; GEOMETRY as WKB in
 * {@code geometry_data} or WKT in {@code geometry_wkt_data}; TIMESTAMPTZ as ISO 8601 text in {@code string_data}
 * between clients and the proxy (both ways) and as int64 UTC microseconds in {@code timestamptz_data} behind it. Dense
 * vectors are concatenated rows with the dimension in {@code VectorField.dim}; sparse rows are one byte string each.
 * Stateless.
 */
public final class FieldLayout {
    private FieldLayout() {
    }

    /** Whether values of {@code type} travel in {@code FieldData.vectors} rather than {@code scalars}. */
    public static boolean isVector(DataType type) {
        return switch (type) {
            case FloatVector, BinaryVector, Float16Vector, BFloat16Vector, SparseFloatVector, Int8Vector,
                 ArrayOfVector -> true;
            default -> false;
        };
    }

    /**
     * The bytes one row of a dense vector of {@code type} and {@code dim} takes in its byte slot (float vectors: the
     * size as float32, which is how search placeholders carry them).
     *
     * @throws IllegalArgumentException for a type that is not a dense vector
     */
    public static int bytesPerRow(DataType type, int dim) {
        return switch (type) {
            case FloatVector -> dim * Float.BYTES;
            case BinaryVector -> dim / 8;
            case Float16Vector, BFloat16Vector -> dim * 2;
            case Int8Vector -> dim;
            default -> throw new IllegalArgumentException(type + " is not a dense vector type");
        };
    }

    /**
     * The byte slot of a byte-encoded dense vector type (binary, fp16, bf16, int8) in {@code v}.
     *
     * @throws IllegalArgumentException for any other type
     */
    public static ByteString denseBytes(DataType type, VectorField v) {
        return switch (type) {
            case BinaryVector -> v.getBinaryVector();
            case Float16Vector -> v.getFloat16Vector();
            case BFloat16Vector -> v.getBfloat16Vector();
            case Int8Vector -> v.getInt8Vector();
            default -> throw new IllegalArgumentException(type + " does not travel as vector bytes");
        };
    }

    /**
     * Sets the byte slot of {@code type} (binary, fp16, bf16, int8) in {@code v} to {@code bytes}.
     *
     * @throws IllegalArgumentException for any other type
     */
    public static VectorField.Builder setDenseBytes(DataType type, VectorField.Builder v, ByteString bytes) {
        return switch (type) {
            case BinaryVector -> v.setBinaryVector(bytes);
            case Float16Vector -> v.setFloat16Vector(bytes);
            case BFloat16Vector -> v.setBfloat16Vector(bytes);
            case Int8Vector -> v.setInt8Vector(bytes);
            default -> throw new IllegalArgumentException(type + " does not travel as vector bytes");
        };
    }

    /** Whether {@code data} has its values in the slot that {@code type} uses. */
    public static boolean carriesSlotOf(DataType type, FieldData data) {
        ScalarField s = data.getScalars();
        VectorField.DataCase v = data.getVectors().getDataCase();
        return switch (type) {
            case Bool -> s.hasBoolData();
            case Int8, Int16, Int32 -> s.hasIntData();
            case Int64 -> s.hasLongData();
            case Float -> s.hasFloatData();
            case Double -> s.hasDoubleData();
            case VarChar, String, Text -> s.hasStringData();
            case JSON -> s.hasJsonData();
            case Array -> s.hasArrayData();
            case Geometry -> s.hasGeometryData() || s.hasGeometryWktData();
            case Timestamptz -> s.hasTimestamptzData() || s.hasStringData();
            case FloatVector -> v == VectorField.DataCase.FLOAT_VECTOR;
            case BinaryVector -> v == VectorField.DataCase.BINARY_VECTOR;
            case Float16Vector -> v == VectorField.DataCase.FLOAT16_VECTOR;
            case BFloat16Vector -> v == VectorField.DataCase.BFLOAT16_VECTOR;
            case SparseFloatVector -> v == VectorField.DataCase.SPARSE_FLOAT_VECTOR;
            case Int8Vector -> v == VectorField.DataCase.INT8_VECTOR;
            case ArrayOfVector -> v == VectorField.DataCase.VECTOR_ARRAY;
            default -> false;
        };
    }

    /**
     * How many values {@code data} holds in the slot of {@code type}: for dense vectors the number of whole rows of
     * dimension {@code dim} (0 when {@code dim} is not positive), otherwise the number of entries.
     */
    public static int valueCount(DataType type, FieldData data, int dim) {
        VectorField v = data.getVectors();
        return switch (type) {
            case FloatVector -> dim <= 0 ? 0 : v.getFloatVector().getDataCount() / dim;
            case BinaryVector -> bytesRows(v.getBinaryVector().size(), bytesPerRow(type, dim));
            case Float16Vector -> bytesRows(v.getFloat16Vector().size(), bytesPerRow(type, dim));
            case BFloat16Vector -> bytesRows(v.getBfloat16Vector().size(), bytesPerRow(type, dim));
            case Int8Vector -> bytesRows(v.getInt8Vector().size(), bytesPerRow(type, dim));
            case SparseFloatVector -> v.getSparseFloatVector().getContentsCount();
            case ArrayOfVector -> v.getVectorArray().getDataCount();
            default -> scalarCount(type, data.getScalars());
        };
    }

    /**
     * The number of rows of a result column: the length of {@code valid_data} when present (results carry it at
     * full length), otherwise the value count, dense vectors measured with {@code VectorField.dim}.
     */
    public static int rowCount(FieldData data) {
        if (data.getValidDataCount() > 0) {
            return data.getValidDataCount();
        }
        return valueCount(data.getType(), data, (int) data.getVectors().getDim());
    }

    /** The number of entries of {@code type} in {@code s} (for ARRAY, the number of rows). */
    public static int scalarCount(DataType type, ScalarField s) {
        return switch (type) {
            case Bool -> s.getBoolData().getDataCount();
            case Int8, Int16, Int32 -> s.getIntData().getDataCount();
            case Int64 -> s.getLongData().getDataCount();
            case Float -> s.getFloatData().getDataCount();
            case Double -> s.getDoubleData().getDataCount();
            case VarChar, String, Text -> s.getStringData().getDataCount();
            case JSON -> s.getJsonData().getDataCount();
            case Array -> s.getArrayData().getDataCount();
            case Geometry -> s.hasGeometryWktData() ? s.getGeometryWktData().getDataCount()
                    : s.getGeometryData().getDataCount();
            case Timestamptz -> s.hasStringData() ? s.getStringData().getDataCount()
                    : s.getTimestamptzData().getDataCount();
            default -> 0;
        };
    }

    private static int bytesRows(int size, int width) {
        return width <= 0 ? 0 : size / width;
    }
}
