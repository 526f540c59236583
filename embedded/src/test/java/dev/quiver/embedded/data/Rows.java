package dev.quiver.embedded.data;

import com.google.protobuf.ByteString;
import dev.quiver.proto.milvus.ArrayArray;
import dev.quiver.proto.milvus.BoolArray;
import dev.quiver.proto.milvus.DataType;
import dev.quiver.proto.milvus.DoubleArray;
import dev.quiver.proto.milvus.FieldData;
import dev.quiver.proto.milvus.FieldSchema;
import dev.quiver.proto.milvus.FloatArray;
import dev.quiver.proto.milvus.IntArray;
import dev.quiver.proto.milvus.JSONArray;
import dev.quiver.proto.milvus.KeyValuePair;
import dev.quiver.proto.milvus.LongArray;
import dev.quiver.proto.milvus.PlaceholderGroup;
import dev.quiver.proto.milvus.PlaceholderType;
import dev.quiver.proto.milvus.PlaceholderValue;
import dev.quiver.proto.milvus.ScalarField;
import dev.quiver.proto.milvus.SparseFloatArray;
import dev.quiver.proto.milvus.StringArray;
import dev.quiver.proto.milvus.ValueField;
import dev.quiver.proto.milvus.VectorField;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Builders for schema fields, insert columns and placeholder groups in tests. */
final class Rows {
    private Rows() {
    }

    static FieldSchema field(String name, DataType type, String... params) {
        FieldSchema.Builder b = FieldSchema.newBuilder().setName(name).setDataType(type);
        for (int i = 0; i < params.length; i += 2) {
            b.addTypeParams(KeyValuePair.newBuilder().setKey(params[i]).setValue(params[i + 1]));
        }
        return b.build();
    }

    static FieldSchema pk(String name, DataType type, boolean autoId, String... params) {
        return field(name, type, params).toBuilder().setIsPrimaryKey(true).setAutoID(autoId).build();
    }

    static FieldSchema nullable(FieldSchema field) {
        return field.toBuilder().setNullable(true).build();
    }

    static FieldSchema withDefault(FieldSchema field, ValueField value) {
        return field.toBuilder().setDefaultValue(value).build();
    }

    static FieldData longs(String name, long... values) {
        LongArray.Builder b = LongArray.newBuilder();
        for (long v : values) {
            b.addData(v);
        }
        return scalar(name, DataType.Int64, ScalarField.newBuilder().setLongData(b).build());
    }

    static FieldData ints(String name, DataType type, int... values) {
        IntArray.Builder b = IntArray.newBuilder();
        for (int v : values) {
            b.addData(v);
        }
        return scalar(name, type, ScalarField.newBuilder().setIntData(b).build());
    }

    static FieldData bools(String name, boolean... values) {
        BoolArray.Builder b = BoolArray.newBuilder();
        for (boolean v : values) {
            b.addData(v);
        }
        return scalar(name, DataType.Bool, ScalarField.newBuilder().setBoolData(b).build());
    }

    static FieldData floats(String name, float... values) {
        FloatArray.Builder b = FloatArray.newBuilder();
        for (float v : values) {
            b.addData(v);
        }
        return scalar(name, DataType.Float, ScalarField.newBuilder().setFloatData(b).build());
    }

    static FieldData doubles(String name, double... values) {
        DoubleArray.Builder b = DoubleArray.newBuilder();
        for (double v : values) {
            b.addData(v);
        }
        return scalar(name, DataType.Double, ScalarField.newBuilder().setDoubleData(b).build());
    }

    static FieldData strings(String name, String... values) {
        return scalar(name, DataType.VarChar,
                ScalarField.newBuilder().setStringData(StringArray.newBuilder().addAllData(List.of(values))).build());
    }

    static FieldData json(String name, String... values) {
        JSONArray.Builder b = JSONArray.newBuilder();
        for (String v : values) {
            b.addData(ByteString.copyFromUtf8(v));
        }
        return scalar(name, DataType.JSON, ScalarField.newBuilder().setJsonData(b).build());
    }

    static FieldData dynamic(String... values) {
        return json("$meta", values).toBuilder().setIsDynamic(true).build();
    }

    static FieldData longArrays(String name, long[]... rows) {
        ArrayArray.Builder b = ArrayArray.newBuilder().setElementType(DataType.Int64);
        for (long[] row : rows) {
            LongArray.Builder l = LongArray.newBuilder();
            for (long v : row) {
                l.addData(v);
            }
            b.addData(ScalarField.newBuilder().setLongData(l));
        }
        return scalar(name, DataType.Array, ScalarField.newBuilder().setArrayData(b).build());
    }

    static FieldData withValid(FieldData data, boolean... valid) {
        FieldData.Builder b = data.toBuilder();
        for (boolean v : valid) {
            b.addValidData(v);
        }
        return b.build();
    }

    static FieldData floatVectors(String name, float[]... rows) {
        FloatArray.Builder b = FloatArray.newBuilder();
        for (float[] row : rows) {
            for (float v : row) {
                b.addData(v);
            }
        }
        return FieldData.newBuilder().setFieldName(name).setType(DataType.FloatVector)
                .setVectors(VectorField.newBuilder().setDim(rows.length == 0 ? 0 : rows[0].length).setFloatVector(b))
                .build();
    }

    static FieldData binaryVectors(String name, int dim, byte[]... rows) {
        return FieldData.newBuilder().setFieldName(name).setType(DataType.BinaryVector)
                .setVectors(VectorField.newBuilder().setDim(dim).setBinaryVector(ByteString.copyFrom(concat(rows))))
                .build();
    }

    static FieldData halfVectors(String name, DataType type, int dim, byte[]... rows) {
        VectorField.Builder v = VectorField.newBuilder().setDim(dim);
        if (type == DataType.Float16Vector) {
            v.setFloat16Vector(ByteString.copyFrom(concat(rows)));
        } else {
            v.setBfloat16Vector(ByteString.copyFrom(concat(rows)));
        }
        return FieldData.newBuilder().setFieldName(name).setType(type).setVectors(v).build();
    }

    @SafeVarargs
    static FieldData sparseVectors(String name, Map<Integer, Float>... rows) {
        SparseFloatArray.Builder b = SparseFloatArray.newBuilder();
        long dim = 0;
        for (Map<Integer, Float> row : rows) {
            b.addContents(sparse(row));
            for (int index : row.keySet()) {
                dim = Math.max(dim, index + 1L);
            }
        }
        b.setDim(dim);
        return FieldData.newBuilder().setFieldName(name).setType(DataType.SparseFloatVector)
                .setVectors(VectorField.newBuilder().setDim(dim).setSparseFloatVector(b)).build();
    }

    static ByteString sparse(Map<Integer, Float> row) {
        TreeMap<Integer, Float> sorted = new TreeMap<>(row);
        ByteBuffer buffer = ByteBuffer.allocate(sorted.size() * 8).order(ByteOrder.LITTLE_ENDIAN);
        sorted.forEach((k, v) -> buffer.putInt(k).putFloat(v));
        return ByteString.copyFrom(buffer.array());
    }

    /** bfloat16 bytes (little-endian) of the given floats: the top 16 bits. */
    static byte[] bf16(float... values) {
        ByteBuffer buffer = ByteBuffer.allocate(values.length * 2).order(ByteOrder.LITTLE_ENDIAN);
        for (float v : values) {
            buffer.putShort((short) (Float.floatToIntBits(v) >>> 16));
        }
        return buffer.array();
    }

    /** IEEE half-precision bytes (little-endian) of values exactly representable in binary16. */
    static byte[] fp16(float... values) {
        ByteBuffer buffer = ByteBuffer.allocate(values.length * 2).order(ByteOrder.LITTLE_ENDIAN);
        for (float v : values) {
            buffer.putShort(toHalf(v));
        }
        return buffer.array();
    }

    private static short toHalf(float value) {
        int bits = Float.floatToIntBits(value);
        int sign = (bits >>> 16) & 0x8000;
        int exponent = ((bits >>> 23) & 0xff) - 127 + 15;
        int mantissa = (bits >>> 13) & 0x3ff;
        if (value == 0) {
            return (short) sign;
        }
        return (short) (sign | (exponent << 10) | mantissa);
    }

    static byte[] concat(byte[]... rows) {
        int n = 0;
        for (byte[] r : rows) {
            n += r.length;
        }
        byte[] out = new byte[n];
        int at = 0;
        for (byte[] r : rows) {
            System.arraycopy(r, 0, out, at, r.length);
            at += r.length;
        }
        return out;
    }

    private static FieldData scalar(String name, DataType type, ScalarField scalars) {
        return FieldData.newBuilder().setFieldName(name).setType(type).setScalars(scalars).build();
    }

    static ByteString floatQueries(float[]... queries) {
        PlaceholderValue.Builder value = PlaceholderValue.newBuilder().setTag("$0").setType(PlaceholderType.FloatVector);
        for (float[] q : queries) {
            ByteBuffer buffer = ByteBuffer.allocate(q.length * 4).order(ByteOrder.LITTLE_ENDIAN);
            for (float v : q) {
                buffer.putFloat(v);
            }
            value.addValues(ByteString.copyFrom(buffer.array()));
        }
        return PlaceholderGroup.newBuilder().addPlaceholders(value).build().toByteString();
    }

    static ByteString byteQueries(PlaceholderType type, byte[]... queries) {
        PlaceholderValue.Builder value = PlaceholderValue.newBuilder().setTag("$0").setType(type);
        for (byte[] q : queries) {
            value.addValues(ByteString.copyFrom(q));
        }
        return PlaceholderGroup.newBuilder().addPlaceholders(value).build().toByteString();
    }

    static ByteString sparseQueries(List<Map<Integer, Float>> queries) {
        PlaceholderValue.Builder value = PlaceholderValue.newBuilder().setTag("$0")
                .setType(PlaceholderType.SparseFloatVector);
        for (Map<Integer, Float> q : queries) {
            value.addValues(sparse(q));
        }
        return PlaceholderGroup.newBuilder().addPlaceholders(value).build().toByteString();
    }

    static List<KeyValuePair> params(String... kv) {
        List<KeyValuePair> out = new ArrayList<>();
        for (int i = 0; i < kv.length; i += 2) {
            out.add(KeyValuePair.newBuilder().setKey(kv[i]).setValue(kv[i + 1]).build());
        }
        return out;
    }
}
