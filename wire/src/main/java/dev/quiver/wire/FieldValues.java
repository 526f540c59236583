package dev.quiver.wire;

import com.google.protobuf.ByteString;
import dev.quiver.proto.milvus.DataType;
import dev.quiver.proto.milvus.FieldData;
import dev.quiver.proto.milvus.ScalarField;
import dev.quiver.proto.milvus.VectorField;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Reads one row of a result column as a Java value: Boolean, Byte (INT8), Short (INT16), Integer (INT32), Long
 * (INT64), Float, Double, String (VARCHAR, STRING, TEXT, and JSON as its text), String (TIMESTAMPTZ as the ISO text
 * a proxy answers) or Long (TIMESTAMPTZ as int64 microseconds), byte[] (GEOMETRY as WKB) or String (GEOMETRY as
 * WKT), List (ARRAY, elements as above), float[] (FLOAT_VECTOR), byte[] (one row of a BINARY, FLOAT16, BFLOAT16
 * or INT8 vector), {@link SparseRow} (sparse).
 * Result columns are full length with {@code valid_data} marking NULLs (reference §4.3). Stateless.
 */
public final class FieldValues {
    private FieldValues() {
    }

    /** Row {@code row} of {@code data}; null for a NULL, a missing row or a type this class does not read. */
    public static @Nullable Object get(FieldData data, int row) {
        if (data.getValidDataCount() > row && !data.getValidData(row)) {
            return null;
        }
        if (data.hasVectors()) {
            return vector(data.getVectors(), data.getType(), row);
        }
        return scalar(data.getScalars(), data.getType(), row);
    }

    /** Entry {@code row} of a scalar slot read as {@code type}; null when there is no such entry. */
    public static @Nullable Object scalar(ScalarField s, DataType type, int row) {
        if (row < 0 || row >= FieldLayout.scalarCount(type, s)) {
            return null;
        }
        return switch (type) {
            case Bool -> s.getBoolData().getData(row);
            case Int8 -> (byte) s.getIntData().getData(row);
            case Int16 -> (short) s.getIntData().getData(row);
            case Int32 -> s.getIntData().getData(row);
            case Int64 -> s.getLongData().getData(row);
            case Float -> s.getFloatData().getData(row);
            case Double -> s.getDoubleData().getData(row);
            case VarChar, String, Text -> s.getStringData().getData(row);
            case JSON -> s.getJsonData().getData(row).toStringUtf8();
            case Timestamptz -> s.hasStringData() ? s.getStringData().getData(row)
                    : s.getTimestamptzData().getData(row);
            case Geometry -> s.hasGeometryWktData() ? s.getGeometryWktData().getData(row)
                    : s.getGeometryData().getData(row).toByteArray();
            case Array -> array(s, row);
            default -> null;
        };
    }

    private static List<@Nullable Object> array(ScalarField s, int row) {
        ScalarField element = s.getArrayData().getData(row);
        DataType et = s.getArrayData().getElementType();
        int n = FieldLayout.scalarCount(et, element);
        List<@Nullable Object> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(scalar(element, et, i));
        }
        return out;
    }

    /** Row {@code row} of a vector slot read as {@code type}; null when there is no such row. */
    public static @Nullable Object vector(VectorField v, DataType type, int row) {
        int dim = (int) v.getDim();
        return switch (type) {
            case FloatVector -> {
                if (dim <= 0 || row < 0 || v.getFloatVector().getDataCount() < (row + 1) * dim) {
                    yield null;
                }
                float[] out = new float[dim];
                for (int i = 0; i < dim; i++) {
                    out[i] = v.getFloatVector().getData(row * dim + i);
                }
                yield out;
            }
            case BinaryVector -> slice(v.getBinaryVector(), row, FieldLayout.bytesPerRow(type, dim));
            case Float16Vector -> slice(v.getFloat16Vector(), row, FieldLayout.bytesPerRow(type, dim));
            case BFloat16Vector -> slice(v.getBfloat16Vector(), row, FieldLayout.bytesPerRow(type, dim));
            case Int8Vector -> slice(v.getInt8Vector(), row, FieldLayout.bytesPerRow(type, dim));
            case SparseFloatVector -> row >= 0 && v.getSparseFloatVector().getContentsCount() > row
                    ? SparseRow.decode(v.getSparseFloatVector().getContents(row)) : null;
            default -> null;
        };
    }

    private static byte @Nullable [] slice(ByteString bytes, int row, int width) {
        if (width <= 0 || row < 0 || bytes.size() < (row + 1) * width) {
            return null;
        }
        return bytes.substring(row * width, (row + 1) * width).toByteArray();
    }
}
