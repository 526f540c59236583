package dev.quiver.driver.internal.exec.handlers;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.protobuf.ByteString;
import dev.quiver.driver.internal.error.SqlExceptions;
import dev.quiver.grammar.expr.SparseVectorLiteral;
import dev.quiver.proto.milvus.ArrayArray;
import dev.quiver.proto.milvus.BoolArray;
import dev.quiver.proto.milvus.DataType;
import dev.quiver.proto.milvus.DoubleArray;
import dev.quiver.proto.milvus.FieldData;
import dev.quiver.proto.milvus.FieldSchema;
import dev.quiver.proto.milvus.FloatArray;
import dev.quiver.proto.milvus.GeometryWktArray;
import dev.quiver.proto.milvus.IntArray;
import dev.quiver.proto.milvus.JSONArray;
import dev.quiver.proto.milvus.KeyValuePair;
import dev.quiver.proto.milvus.LongArray;
import dev.quiver.proto.milvus.ScalarField;
import dev.quiver.proto.milvus.SparseFloatArray;
import dev.quiver.proto.milvus.StringArray;
import dev.quiver.proto.milvus.VectorField;
import dev.quiver.wire.FieldLayout;
import dev.quiver.wire.SparseRow;
import dev.quiver.wire.VectorBytes;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * Builds the column-wise {@link FieldData} of one field from one Java value per row (reference §4.2): scalars in
 * their slot (INT8/16/32 in {@code int_data}), JSON as UTF-8 bytes, arrays as {@code ArrayArray}, dense vectors
 * concatenated with their dimension, fp16/bf16 converted from floats (or raw little-endian bytes), sparse rows as
 * (u32, f32) little-endian pairs, and nullable or default-valued fields compacted with {@code valid_data}. Every
 * value is checked against the schema; errors name the row (1-based) and the column. Stateless.
 */
final class FieldEncoder {
    static final ObjectMapper JSON = new ObjectMapper();

    private FieldEncoder() {
    }

    /** The FieldData of {@code field} for {@code values} (one per row; null = NULL). */
    static FieldData encode(FieldSchema field, List<?> values) throws SQLException {
        boolean withValidity = field.getNullable() || field.hasDefaultValue();
        List<Object> present = new ArrayList<>(values.size());
        FieldData.Builder data = FieldData.newBuilder().setType(field.getDataType()).setFieldName(field.getName());
        if (field.getFieldID() > 0) {
            data.setFieldId(field.getFieldID());
        }
        for (int row = 0; row < values.size(); row++) {
            Object v = values.get(row);
            if (v == null) {
                if (!withValidity) {
                    throw error(row, field, "NULL is not allowed (the field is not nullable and has no default)");
                }
                data.addValidData(false);
            } else {
                if (withValidity) {
                    data.addValidData(true);
                }
                present.add(v);
            }
        }
        List<Integer> rowOf = new ArrayList<>(present.size());
        for (int row = 0; row < values.size(); row++) {
            if (values.get(row) != null) {
                rowOf.add(row);
            }
        }
        DataType type = field.getDataType();
        if (isVector(type)) {
            data.setVectors(vectors(field, present, rowOf));
        } else {
            data.setScalars(scalars(field, type, present, rowOf, field.getName()));
        }
        return data.build();
    }

    /** The dynamic field {@code $meta}: one JSON object per row (an empty object for rows without extra keys). */
    static FieldData dynamic(List<Map<String, Object>> rows) throws SQLException {
        JSONArray.Builder json = JSONArray.newBuilder();
        for (Map<String, Object> row : rows) {
            json.addData(ByteString.copyFromUtf8(writeJson(jsonValue(row))));
        }
        return FieldData.newBuilder().setType(DataType.JSON).setFieldName("$meta").setIsDynamic(true)
                .setScalars(ScalarField.newBuilder().setJsonData(json)).build();
    }

    static boolean isVector(DataType type) {
        return FieldLayout.isVector(type);
    }

    static int param(FieldSchema field, String key) {
        for (KeyValuePair kv : field.getTypeParamsList()) {
            if (kv.getKey().equals(key)) {
                try {
                    return Integer.parseInt(kv.getValue().trim());
                } catch (NumberFormatException e) {
                    return 0;
                }
            }
        }
        return 0;
    }

    private static ScalarField scalars(FieldSchema field, DataType type, List<Object> values, List<Integer> rows,
                                       String column) throws SQLException {
        ScalarField.Builder s = ScalarField.newBuilder();
        switch (type) {
            case Bool -> {
                BoolArray.Builder b = BoolArray.newBuilder();
                for (int i = 0; i < values.size(); i++) {
                    if (!(values.get(i) instanceof Boolean v)) {
                        throw mismatch(rows.get(i), column, "BOOL", values.get(i));
                    }
                    b.addData(v);
                }
                s.setBoolData(b);
            }
            case Int8, Int16, Int32 -> {
                long min = type == DataType.Int8 ? Byte.MIN_VALUE : type == DataType.Int16 ? Short.MIN_VALUE : Integer.MIN_VALUE;
                long max = type == DataType.Int8 ? Byte.MAX_VALUE : type == DataType.Int16 ? Short.MAX_VALUE : Integer.MAX_VALUE;
                IntArray.Builder b = IntArray.newBuilder();
                for (int i = 0; i < values.size(); i++) {
                    long v = integer(values.get(i), rows.get(i), column, type.name().toUpperCase());
                    if (v < min || v > max) {
                        throw error(rows.get(i), column, v + " is out of range for " + type.name().toUpperCase()
                                + " [" + min + ", " + max + "]");
                    }
                    b.addData((int) v);
                }
                s.setIntData(b);
            }
            case Int64 -> {
                LongArray.Builder b = LongArray.newBuilder();
                for (int i = 0; i < values.size(); i++) {
                    b.addData(integer(values.get(i), rows.get(i), column, "INT64"));
                }
                s.setLongData(b);
            }
            case Float -> {
                FloatArray.Builder b = FloatArray.newBuilder();
                for (int i = 0; i < values.size(); i++) {
                    b.addData((float) decimal(values.get(i), rows.get(i), column, "FLOAT"));
                }
                s.setFloatData(b);
            }
            case Double -> {
                DoubleArray.Builder b = DoubleArray.newBuilder();
                for (int i = 0; i < values.size(); i++) {
                    b.addData(decimal(values.get(i), rows.get(i), column, "DOUBLE"));
                }
                s.setDoubleData(b);
            }
            case VarChar, String -> {
                int maxLength = param(field, "max_length");
                StringArray.Builder b = StringArray.newBuilder();
                for (int i = 0; i < values.size(); i++) {
                    Object v = values.get(i);
                    if (!(v instanceof String || v instanceof Character)) {
                        throw mismatch(rows.get(i), column, "VARCHAR", v);
                    }
                    String text = v.toString();
                    if (maxLength > 0 && text.length() > maxLength) {
                        throw error(rows.get(i), column, "the text has " + text.length()
                                + " characters, more than the max_length " + maxLength);
                    }
                    b.addData(text);
                }
                s.setStringData(b);
            }
            case JSON -> {
                JSONArray.Builder b = JSONArray.newBuilder();
                for (int i = 0; i < values.size(); i++) {
                    b.addData(ByteString.copyFromUtf8(jsonText(values.get(i), rows.get(i), column)));
                }
                s.setJsonData(b);
            }
            case Timestamptz -> {
                StringArray.Builder b = StringArray.newBuilder();
                for (int i = 0; i < values.size(); i++) {
                    b.addData(isoText(values.get(i), rows.get(i), column));
                }
                s.setStringData(b);
            }
            case Geometry -> {
                GeometryWktArray.Builder b = GeometryWktArray.newBuilder();
                for (int i = 0; i < values.size(); i++) {
                    if (!(values.get(i) instanceof String wkt)) {
                        throw mismatch(rows.get(i), column, "GEOMETRY (WKT text)", values.get(i));
                    }
                    b.addData(wkt);
                }
                s.setGeometryWktData(b);
            }
            case Array -> {
                DataType element = field.getElementType();
                int capacity = param(field, "max_capacity");
                ArrayArray.Builder b = ArrayArray.newBuilder().setElementType(element);
                for (int i = 0; i < values.size(); i++) {
                    List<Object> items = elements(values.get(i), rows.get(i), column);
                    if (capacity > 0 && items.size() > capacity) {
                        throw error(rows.get(i), column, "the array has " + items.size()
                                + " elements, more than the max_capacity " + capacity);
                    }
                    List<Integer> sameRow = new ArrayList<>(items.size());
                    for (int k = 0; k < items.size(); k++) {
                        if (items.get(k) == null) {
                            throw error(rows.get(i), column, "an array element cannot be NULL");
                        }
                        sameRow.add(rows.get(i));
                    }
                    b.addData(scalars(elementField(field), element, items, sameRow, column + " element"));
                }
                s.setArrayData(b);
            }
            default -> throw SqlExceptions.notSupported("column " + column + ": inserting " + type + " values is not supported");
        }
        return s.build();
    }

    /** A TIMESTAMPTZ value as the ISO 8601 text Milvus takes: text as given, java.time values with their offset. */
    private static String isoText(Object value, int row, String column) throws SQLException {
        Object v = value instanceof java.sql.Timestamp ts ? ts.toInstant() : value;
        if (v instanceof String text) {
            return text;
        }
        if (v instanceof java.time.Instant instant) {
            return instant.toString();
        }
        if (v instanceof java.time.OffsetDateTime || v instanceof java.time.ZonedDateTime) {
            return java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
                    (java.time.temporal.TemporalAccessor) v);
        }
        throw mismatch(row, column, "TIMESTAMPTZ (ISO 8601 text, OffsetDateTime or Instant)", value);
    }

    private static FieldSchema elementField(FieldSchema field) {
        return FieldSchema.newBuilder().setName(field.getName()).setDataType(field.getElementType())
                .addAllTypeParams(field.getTypeParamsList()).build();
    }

    private static VectorField vectors(FieldSchema field, List<Object> values, List<Integer> rows) throws SQLException {
        DataType type = field.getDataType();
        String column = field.getName();
        int dim = param(field, "dim");
        VectorField.Builder v = VectorField.newBuilder();
        switch (type) {
            case FloatVector -> {
                FloatArray.Builder f = FloatArray.newBuilder();
                for (int i = 0; i < values.size(); i++) {
                    float[] floats = floats(values.get(i), rows.get(i), column);
                    checkDim(floats.length, dim, rows.get(i), column);
                    for (float x : floats) {
                        f.addData(x);
                    }
                }
                v.setDim(dim > 0 ? dim : values.isEmpty() ? 0 : f.getDataCount() / values.size()).setFloatVector(f);
            }
            case BinaryVector -> {
                ByteString.Output out = ByteString.newOutput();
                for (int i = 0; i < values.size(); i++) {
                    if (!(values.get(i) instanceof byte[] bytes)) {
                        throw mismatch(rows.get(i), column, "BINARY_VECTOR (x'..' or byte[])", values.get(i));
                    }
                    if (dim > 0 && bytes.length * 8 != dim) {
                        throw error(rows.get(i), column, "the binary vector has " + bytes.length * 8
                                + " bits but the field's dimension is " + dim);
                    }
                    out.write(bytes, 0, bytes.length);
                }
                v.setDim(dim).setBinaryVector(out.toByteString());
            }
            case Float16Vector, BFloat16Vector -> {
                ByteString.Output out = ByteString.newOutput();
                for (int i = 0; i < values.size(); i++) {
                    byte[] bytes = halfBytes(type, values.get(i), rows.get(i), column);
                    checkDim(bytes.length / 2, dim, rows.get(i), column);
                    out.write(bytes, 0, bytes.length);
                }
                ByteString all = out.toByteString();
                v.setDim(dim);
                if (type == DataType.Float16Vector) {
                    v.setFloat16Vector(all);
                } else {
                    v.setBfloat16Vector(all);
                }
            }
            case Int8Vector -> {
                ByteString.Output out = ByteString.newOutput();
                for (int i = 0; i < values.size(); i++) {
                    byte[] bytes = int8s(values.get(i), rows.get(i), column);
                    checkDim(bytes.length, dim, rows.get(i), column);
                    out.write(bytes, 0, bytes.length);
                }
                v.setDim(dim).setInt8Vector(out.toByteString());
            }
            case SparseFloatVector -> {
                SparseFloatArray.Builder sparse = SparseFloatArray.newBuilder();
                long maxDim = 0;
                for (int i = 0; i < values.size(); i++) {
                    SparseVectorLiteral s = sparse(values.get(i), rows.get(i), column);
                    long[] idx = s.indices();
                    float[] val = s.values();
                    for (float x : val) {
                        if (Float.isNaN(x) || Float.isInfinite(x)) {
                            throw error(rows.get(i), column, "a sparse vector value must be finite");
                        }
                    }
                    if (idx.length > 0) {
                        maxDim = Math.max(maxDim, idx[idx.length - 1] + 1);
                    }
                    try {
                        sparse.addContents(SparseRow.of(idx, val).encode());
                    } catch (IllegalArgumentException e) {
                        throw error(rows.get(i), column, Objects.requireNonNullElse(e.getMessage(), e.toString()));
                    }
                }
                sparse.setDim(maxDim);
                v.setDim(maxDim).setSparseFloatVector(sparse);
            }
            default -> throw SqlExceptions.notSupported("column " + column + ": inserting " + type + " values is not supported");
        }
        return v.build();
    }

    private static void checkDim(int actual, int dim, int row, String column) throws SQLException {
        if (dim > 0 && actual != dim) {
            throw error(row, column, "the vector has " + actual + " dimensions but the field has " + dim);
        }
    }

    /** A dense vector value as floats: float[], double[], long[], int[], or a list of numbers. */
    static float[] floats(@Nullable Object v, int row, String column) throws SQLException {
        if (v instanceof float[] f) {
            return f;
        }
        if (v instanceof double[] d) {
            float[] out = new float[d.length];
            for (int i = 0; i < d.length; i++) {
                out[i] = (float) d[i];
            }
            return out;
        }
        if (v instanceof long[] l) {
            float[] out = new float[l.length];
            for (int i = 0; i < l.length; i++) {
                out[i] = l[i];
            }
            return out;
        }
        if (v instanceof int[] ints) {
            float[] out = new float[ints.length];
            for (int i = 0; i < ints.length; i++) {
                out[i] = ints[i];
            }
            return out;
        }
        if (v instanceof List<?> list) {
            float[] out = new float[list.size()];
            for (int i = 0; i < out.length; i++) {
                if (!(list.get(i) instanceof Number n)) {
                    throw mismatch(row, column, "a vector of numbers", v);
                }
                out[i] = n.floatValue();
            }
            return out;
        }
        throw mismatch(row, column, "a vector [..]", v);
    }

    private static byte[] halfBytes(DataType type, @Nullable Object v, int row, String column) throws SQLException {
        if (v instanceof byte[] bytes) {
            if (bytes.length % 2 != 0) {
                throw error(row, column, "an fp16/bf16 vector given as bytes needs 2 bytes per dimension, got " + bytes.length);
            }
            return bytes;
        }
        float[] f = floats(v, row, column);
        return type == DataType.Float16Vector ? VectorBytes.float16(f) : VectorBytes.bfloat16(f);
    }

    private static byte[] int8s(@Nullable Object v, int row, String column) throws SQLException {
        if (v instanceof byte[] bytes) {
            return bytes;
        }
        float[] f = floats(v, row, column);
        byte[] out = new byte[f.length];
        for (int i = 0; i < f.length; i++) {
            if (f[i] != Math.rint(f[i]) || f[i] < Byte.MIN_VALUE || f[i] > Byte.MAX_VALUE) {
                throw error(row, column, "an INT8_VECTOR element must be an integer in [-128, 127], got " + f[i]);
            }
            out[i] = (byte) f[i];
        }
        return out;
    }

    static SparseVectorLiteral sparse(@Nullable Object v, int row, String column) throws SQLException {
        if (v instanceof SparseVectorLiteral s) {
            return s;
        }
        if (v instanceof Map<?, ?> map) {
            TreeMap<Long, Float> sorted = new TreeMap<>();
            for (Map.Entry<?, ?> e : map.entrySet()) {
                Object key = e.getKey();
                long index;
                if (key instanceof Number n) {
                    index = n.longValue();
                } else if (key instanceof String s && s.matches("\\d+")) {
                    index = Long.parseLong(s);
                } else {
                    throw mismatch(row, column, "a sparse vector {index: value}", v);
                }
                if (!(e.getValue() instanceof Number n)) {
                    throw mismatch(row, column, "a sparse vector {index: value}", v);
                }
                sorted.put(index, n.floatValue());
            }
            long[] idx = sorted.keySet().stream().mapToLong(Long::longValue).toArray();
            float[] val = new float[idx.length];
            int i = 0;
            for (float f : sorted.values()) {
                val[i++] = f;
            }
            try {
                return new SparseVectorLiteral(idx, val);
            } catch (IllegalArgumentException e) {
                throw error(row, column, Objects.requireNonNullElse(e.getMessage(), e.toString()));
            }
        }
        throw mismatch(row, column, "a sparse vector {index: value}", v);
    }

    private static List<Object> elements(@Nullable Object v, int row, String column) throws SQLException {
        if (v instanceof List<?> list) {
            return new ArrayList<>(list);
        }
        List<Object> out = new ArrayList<>();
        if (v instanceof long[] l) {
            for (long x : l) {
                out.add(x);
            }
            return out;
        }
        if (v instanceof double[] d) {
            for (double x : d) {
                out.add(x);
            }
            return out;
        }
        if (v instanceof float[] f) {
            // the decimal the float stands for (0.1f is 0.1), as the same value written in statement text reads
            for (float x : f) {
                out.add(dev.quiver.grammar.Literals.widen(x));
            }
            return out;
        }
        if (v instanceof int[] ints) {
            for (int x : ints) {
                out.add((long) x);
            }
            return out;
        }
        if (v instanceof Object[] arr) {
            return new ArrayList<>(List.of(arr));
        }
        throw mismatch(row, column, "an ARRAY [..]", v);
    }

    private static long integer(@Nullable Object v, int row, String column, String type) throws SQLException {
        if (v instanceof Long || v instanceof Integer || v instanceof Short || v instanceof Byte) {
            return ((Number) v).longValue();
        }
        if (v instanceof BigInteger bi) {
            try {
                return bi.longValueExact();
            } catch (ArithmeticException e) {
                throw error(row, column, bi + " does not fit " + type);
            }
        }
        throw mismatch(row, column, type, v);
    }

    private static double decimal(@Nullable Object v, int row, String column, String type) throws SQLException {
        if (v instanceof Number n && !(v instanceof BigDecimal)) {
            return n.doubleValue();
        }
        if (v instanceof BigDecimal bd) {
            return bd.doubleValue();
        }
        throw mismatch(row, column, type, v);
    }

    private static String jsonText(@Nullable Object v, int row, String column) throws SQLException {
        if (v instanceof String s) {
            try {
                JSON.readTree(s);
            } catch (JsonProcessingException e) {
                throw error(row, column, "the text is not valid JSON: " + e.getOriginalMessage());
            }
            return s;
        }
        return writeJson(jsonValue(v));
    }

    /** A Java value as a Jackson-writable value (sparse vectors as objects, arrays as lists). */
    static @Nullable Object jsonValue(@Nullable Object v) {
        if (v instanceof SparseVectorLiteral s) {
            Map<String, Object> m = new TreeMap<>();
            long[] idx = s.indices();
            float[] val = s.values();
            for (int i = 0; i < idx.length; i++) {
                m.put(Long.toString(idx[i]), val[i]);
            }
            return m;
        }
        if (v instanceof byte[] b) {
            List<Integer> out = new ArrayList<>();
            for (byte x : b) {
                out.add(x & 0xFF);
            }
            return out;
        }
        if (v instanceof Map<?, ?> map) {
            Map<String, Object> out = new java.util.LinkedHashMap<>();
            for (Map.Entry<?, ?> e : map.entrySet()) {
                out.put(String.valueOf(e.getKey()), jsonValue(e.getValue()));
            }
            return out;
        }
        if (v instanceof List<?> list) {
            List<Object> out = new ArrayList<>();
            for (Object o : list) {
                out.add(jsonValue(o));
            }
            return out;
        }
        return v;
    }

    static String writeJson(@Nullable Object v) throws SQLException {
        try {
            return JSON.writeValueAsString(v);
        } catch (JsonProcessingException e) {
            throw SqlExceptions.invalidValue("cannot write JSON: " + e.getOriginalMessage());
        }
    }

    static SQLException mismatch(int row, String column, String expected, @Nullable Object actual) {
        return error(row, column, "expected " + expected + ", got " + describeValue(actual));
    }

    static SQLException error(int row, FieldSchema field, String message) {
        return error(row, field.getName(), message);
    }

    static SQLException error(int row, String column, String message) {
        return SqlExceptions.invalidValue("row " + (row + 1) + ", column " + column + ": " + message);
    }

    static String describeValue(@Nullable Object v) {
        if (v == null) {
            return "NULL";
        }
        if (v instanceof String s) {
            return "'" + (s.length() > 40 ? s.substring(0, 40) + "..." : s) + "' (text)";
        }
        if (v instanceof float[] || v instanceof double[] || v instanceof long[] || v instanceof int[]) {
            return "a vector";
        }
        if (v instanceof byte[]) {
            return "binary data";
        }
        if (v instanceof List<?>) {
            return "a list";
        }
        if (v instanceof Map<?, ?>) {
            return "a JSON object";
        }
        if (v instanceof SparseVectorLiteral) {
            return "a sparse vector";
        }
        return v + " (" + v.getClass().getSimpleName() + ")";
    }
}
