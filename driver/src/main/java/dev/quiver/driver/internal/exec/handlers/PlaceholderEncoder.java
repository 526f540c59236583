package dev.quiver.driver.internal.exec.handlers;

import com.google.protobuf.ByteString;
import dev.quiver.driver.internal.error.SqlExceptions;
import dev.quiver.grammar.expr.BinaryLiteral;
import dev.quiver.grammar.expr.Expression;
import dev.quiver.grammar.expr.SparseVectorLiteral;
import dev.quiver.proto.milvus.DataType;
import dev.quiver.proto.milvus.FieldSchema;
import dev.quiver.proto.milvus.PlaceholderGroup;
import dev.quiver.proto.milvus.PlaceholderType;
import dev.quiver.proto.milvus.PlaceholderValue;
import dev.quiver.wire.SparseRow;
import dev.quiver.wire.VectorBytes;
import java.sql.SQLException;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The search vectors as a serialized {@link PlaceholderGroup} (reference §4.4): one PlaceholderValue tagged
 * {@code $0}, one byte string per query vector in the anns field's encoding (little-endian float32, fp16/bf16
 * converted from floats, int8, packed binary bits, sparse (u32, f32) pairs). Dimensions are checked. Stateless.
 */
final class PlaceholderEncoder {
    private PlaceholderEncoder() {
    }

    static PlaceholderGroup encode(FieldSchema field, List<Expression> vectors) throws SQLException {
        return encode(field, vectors, false);
    }

    /**
     * @param text a full-text search ({@code @@}): each query is a string sent as UTF-8 with placeholder type
     *             VarChar, which Milvus turns into the BM25 function's terms
     */
    static PlaceholderGroup encode(FieldSchema field, List<Expression> vectors, boolean text) throws SQLException {
        if (text) {
            PlaceholderValue.Builder texts = PlaceholderValue.newBuilder().setTag("$0").setType(PlaceholderType.VarChar);
            for (int q = 0; q < vectors.size(); q++) {
                Object v = Values.toJava(vectors.get(q), "query text " + (q + 1));
                if (!(v instanceof String string)) {
                    throw SqlExceptions.invalidValue("query text " + (q + 1) + " for " + field.getName()
                            + ": a text search (@@) needs a string, got " + (v == null ? "NULL" : v.getClass().getSimpleName()));
                }
                texts.addValues(ByteString.copyFromUtf8(string));
            }
            return PlaceholderGroup.newBuilder().addPlaceholders(texts).build();
        }
        DataType type = field.getDataType();
        int dim = FieldEncoder.param(field, "dim");
        PlaceholderValue.Builder value = PlaceholderValue.newBuilder().setTag("$0").setType(placeholderType(type));
        for (int q = 0; q < vectors.size(); q++) {
            Object v = Values.toJava(vectors.get(q), "query vector " + (q + 1));
            value.addValues(row(type, dim, v, q, field.getName()));
        }
        return PlaceholderGroup.newBuilder().addPlaceholders(value).build();
    }

    static PlaceholderType placeholderType(DataType type) throws SQLException {
        return switch (type) {
            case FloatVector -> PlaceholderType.FloatVector;
            case BinaryVector -> PlaceholderType.BinaryVector;
            case Float16Vector -> PlaceholderType.Float16Vector;
            case BFloat16Vector -> PlaceholderType.BFloat16Vector;
            case Int8Vector -> PlaceholderType.Int8Vector;
            case SparseFloatVector -> PlaceholderType.SparseFloatVector;
            default -> throw SqlExceptions.invalidValue("ORDER BY needs a vector field, " + type + " is not one");
        };
    }

    private static ByteString row(DataType type, int dim, @Nullable Object v, int q, String field)
            throws SQLException {
        String where = "query vector " + (q + 1) + " for " + field;
        switch (type) {
            case BinaryVector -> {
                if (!(v instanceof byte[] bytes)) {
                    throw SqlExceptions.invalidValue(where + ": a binary vector is searched with x'..' bytes");
                }
                if (dim > 0 && bytes.length * 8 != dim) {
                    throw SqlExceptions.invalidValue(where + ": " + bytes.length * 8 + " bits, the field has " + dim);
                }
                return ByteString.copyFrom(bytes);
            }
            case SparseFloatVector -> {
                SparseVectorLiteral s = FieldEncoder.sparse(v, q, field);
                try {
                    return SparseRow.of(s.indices(), s.values()).encode();
                } catch (IllegalArgumentException e) {
                    throw SqlExceptions.invalidValue(where + ": " + e.getMessage());
                }
            }
            case Float16Vector, BFloat16Vector -> {
                if (v instanceof byte[] bytes) {
                    check(dim, bytes.length / 2, where);
                    return ByteString.copyFrom(bytes);
                }
                float[] f = floats(v, where);
                check(dim, f.length, where);
                return ByteString.copyFrom(
                        type == DataType.Float16Vector ? VectorBytes.float16(f) : VectorBytes.bfloat16(f));
            }
            case Int8Vector -> {
                if (v instanceof byte[] bytes) {
                    // a bound byte[] is the int8 vector itself, as an INSERT takes it
                    check(dim, bytes.length, where);
                    return ByteString.copyFrom(bytes);
                }
                float[] f = floats(v, where);
                check(dim, f.length, where);
                byte[] out = new byte[f.length];
                for (int i = 0; i < f.length; i++) {
                    if (f[i] != Math.rint(f[i]) || f[i] < -128 || f[i] > 127) {
                        throw SqlExceptions.invalidValue(where + ": INT8_VECTOR elements are integers in [-128, 127]");
                    }
                    out[i] = (byte) f[i];
                }
                return ByteString.copyFrom(out);
            }
            default -> {
                float[] f = floats(v, where);
                check(dim, f.length, where);
                return VectorBytes.float32(f);
            }
        }
    }

    private static float[] floats(@Nullable Object v, String where) throws SQLException {
        if (v instanceof BinaryLiteral || v instanceof byte[] || v instanceof SparseVectorLiteral) {
            throw SqlExceptions.invalidValue(where + ": expected a dense vector [..]");
        }
        try {
            return FieldEncoder.floats(v, 0, "");
        } catch (SQLException e) {
            throw SqlExceptions.invalidValue(where + ": expected a dense vector [..], got " + FieldEncoder.describeValue(v));
        }
    }

    private static void check(int dim, int actual, String where) throws SQLException {
        if (dim > 0 && dim != actual) {
            throw SqlExceptions.invalidValue(where + ": the vector has " + actual + " dimensions but the field has " + dim);
        }
    }
}
