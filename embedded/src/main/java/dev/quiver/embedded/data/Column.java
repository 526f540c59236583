package dev.quiver.embedded.data;

import com.google.protobuf.ByteString;
import com.google.protobuf.Internal;
import dev.quiver.proto.milvus.ArrayArray;
import dev.quiver.proto.milvus.BoolArray;
import dev.quiver.proto.milvus.DataType;
import dev.quiver.proto.milvus.DoubleArray;
import dev.quiver.proto.milvus.FieldData;
import dev.quiver.proto.milvus.FieldSchema;
import dev.quiver.proto.milvus.FloatArray;
import dev.quiver.proto.milvus.GeometryArray;
import dev.quiver.proto.milvus.IntArray;
import dev.quiver.proto.milvus.JSONArray;
import dev.quiver.proto.milvus.LongArray;
import dev.quiver.proto.milvus.ScalarField;
import dev.quiver.proto.milvus.SparseFloatArray;
import dev.quiver.proto.milvus.StringArray;
import dev.quiver.proto.milvus.TimestamptzArray;
import dev.quiver.proto.milvus.VectorField;
import dev.quiver.wire.FieldLayout;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One field's values in one segment, stored column-wise in primitive arrays (float vectors as one contiguous
 * {@code float[]}). Appends happen under the owning collection's write lock; readers only read rows below the
 * segment's published row count. Arrays are replaced (never mutated below the published count) when they grow, and
 * the references are volatile, so a reader that read the row count sees every value below it.
 *
 * <p>Values arrive in the normalised form {@link InsertDecoder} produces: full-length, nulls as placeholders with
 * {@code valid_data}, defaults already applied.
 */
abstract sealed class Column {
    final FieldSchema field;
    private volatile boolean @Nullable [] valid;

    Column(FieldSchema field) {
        this.field = field;
        this.valid = field.getNullable() ? new boolean[0] : null;
    }

    static Column create(FieldSchema field) {
        return switch (field.getDataType()) {
            case Bool -> new BoolColumn(field);
            case Int8, Int16, Int32 -> new IntColumn(field);
            case Int64 -> new LongColumn(field);
            case Float -> new FloatColumn(field);
            case Double -> new DoubleColumn(field);
            case VarChar, String -> new StringColumn(field);
            case JSON -> new JsonColumn(field);
            case Array -> new ArrayColumn(field);
            case Timestamptz -> new TimestamptzColumn(field);
            case Geometry -> new GeometryColumn(field);
            case FloatVector -> new FloatVectorColumn(field, Schemas.dim(field));
            case BinaryVector, Float16Vector, BFloat16Vector, Int8Vector -> new ByteVectorColumn(field, Schemas.dim(field),
                    FieldLayout.bytesPerRow(field.getDataType(), Schemas.dim(field)));
            case SparseFloatVector -> new SparseColumn(field);
            default -> throw new IllegalArgumentException("unsupported data type " + field.getDataType());
        };
    }

    /** Appends rows {@code [0, count)} of a normalised column at row {@code at}. */
    final void append(FieldData data, int at, int count) {
        ensureCapacity(at + count);
        boolean[] v = valid;
        if (v != null) {
            if (v.length < at + count) {
                v = Arrays.copyOf(v, grow(v.length, at + count));
            }
            for (int i = 0; i < count; i++) {
                v[at + i] = data.getValidDataCount() == 0 || data.getValidData(i);
            }
            valid = v;
        }
        appendValues(data, at, count);
    }

    /** Whether row holds a value (always true for non-nullable fields). */
    final boolean isValid(int row) {
        boolean[] v = valid;
        return v == null || v[row];
    }

    final boolean nullable() {
        return valid != null;
    }

    static int grow(int current, int needed) {
        return Math.max(needed, Math.max(16, current + (current >> 1)));
    }

    abstract void ensureCapacity(int rows);

    /** Shrinks the arrays to exactly {@code rows} rows (after sealing; readers holding the old arrays are fine). */
    final void trim(int rows) {
        boolean[] v = valid;
        if (v != null && v.length > rows) {
            valid = Arrays.copyOf(v, rows);
        }
        trimValues(rows);
    }

    abstract void trimValues(int rows);

    abstract void appendValues(FieldData data, int at, int count);

    /** Appends the given rows' values to a result column of this field's type. */
    final FieldData write(int[] rows, int count) {
        FieldData.Builder out = FieldData.newBuilder().setType(field.getDataType()).setFieldName(field.getName())
                .setFieldId(field.getFieldID()).setIsDynamic(field.getIsDynamic());
        if (valid != null) {
            for (int i = 0; i < count; i++) {
                out.addValidData(isValid(rows[i]));
            }
        }
        writeValues(rows, count, out);
        return out.build();
    }

    abstract void writeValues(int[] rows, int count, FieldData.Builder out);

    /** The row's value as a plain Java object (Boolean, Integer, Long, Float, Double, String, byte[]...), or null. */
    abstract @Nullable Object value(int row);

    /** Approximate bytes per row, for the seal-by-size threshold. */
    abstract long bytesPerRow();

    static final class BoolColumn extends Column {
        private volatile boolean[] data = new boolean[0];

        BoolColumn(FieldSchema field) {
            super(field);
        }

        @Override
        void ensureCapacity(int rows) {
            if (data.length < rows) {
                data = Arrays.copyOf(data, grow(data.length, rows));
            }
        }

        @Override
        void trimValues(int rows) {
            if (data.length > rows) {
                data = Arrays.copyOf(data, rows);
            }
        }

        @Override
        void appendValues(FieldData in, int at, int count) {
            boolean[] d = data;
            BoolArray src = in.getScalars().getBoolData();
            for (int i = 0; i < count; i++) {
                d[at + i] = src.getData(i);
            }
            data = d;
        }

        @Override
        void writeValues(int[] rows, int count, FieldData.Builder out) {
            boolean[] d = data;
            BoolArray.Builder b = BoolArray.newBuilder();
            for (int i = 0; i < count; i++) {
                b.addData(d[rows[i]]);
            }
            out.setScalars(ScalarField.newBuilder().setBoolData(b));
        }

        @Override
        @Nullable Object value(int row) {
            return isValid(row) ? data[row] : null;
        }

        @Override
        long bytesPerRow() {
            return 1;
        }
    }

    static final class IntColumn extends Column {
        private volatile int[] data = new int[0];

        IntColumn(FieldSchema field) {
            super(field);
        }

        @Override
        void ensureCapacity(int rows) {
            if (data.length < rows) {
                data = Arrays.copyOf(data, grow(data.length, rows));
            }
        }

        @Override
        void trimValues(int rows) {
            if (data.length > rows) {
                data = Arrays.copyOf(data, rows);
            }
        }

        @Override
        void appendValues(FieldData in, int at, int count) {
            int[] d = data;
            IntArray src = in.getScalars().getIntData();
            for (int i = 0; i < count; i++) {
                d[at + i] = src.getData(i);
            }
            data = d;
        }

        @Override
        void writeValues(int[] rows, int count, FieldData.Builder out) {
            int[] d = data;
            IntArray.Builder b = IntArray.newBuilder();
            for (int i = 0; i < count; i++) {
                b.addData(d[rows[i]]);
            }
            out.setScalars(ScalarField.newBuilder().setIntData(b));
        }

        @Override
        @Nullable Object value(int row) {
            return isValid(row) ? (Object) data[row] : null;
        }

        @Override
        long bytesPerRow() {
            return 4;
        }
    }

    static final class LongColumn extends Column {
        private volatile long[] data = new long[0];

        LongColumn(FieldSchema field) {
            super(field);
        }

        @Override
        void ensureCapacity(int rows) {
            if (data.length < rows) {
                data = Arrays.copyOf(data, grow(data.length, rows));
            }
        }

        @Override
        void trimValues(int rows) {
            if (data.length > rows) {
                data = Arrays.copyOf(data, rows);
            }
        }

        @Override
        void appendValues(FieldData in, int at, int count) {
            long[] d = data;
            LongArray src = in.getScalars().getLongData();
            for (int i = 0; i < count; i++) {
                d[at + i] = src.getData(i);
            }
            data = d;
        }

        long get(int row) {
            return data[row];
        }

        @Override
        void writeValues(int[] rows, int count, FieldData.Builder out) {
            long[] d = data;
            LongArray.Builder b = LongArray.newBuilder();
            for (int i = 0; i < count; i++) {
                b.addData(d[rows[i]]);
            }
            out.setScalars(ScalarField.newBuilder().setLongData(b));
        }

        @Override
        @Nullable Object value(int row) {
            return isValid(row) ? (Object) data[row] : null;
        }

        @Override
        long bytesPerRow() {
            return 8;
        }
    }

    static final class FloatColumn extends Column {
        private volatile float[] data = new float[0];

        FloatColumn(FieldSchema field) {
            super(field);
        }

        @Override
        void ensureCapacity(int rows) {
            if (data.length < rows) {
                data = Arrays.copyOf(data, grow(data.length, rows));
            }
        }

        @Override
        void trimValues(int rows) {
            if (data.length > rows) {
                data = Arrays.copyOf(data, rows);
            }
        }

        @Override
        void appendValues(FieldData in, int at, int count) {
            float[] d = data;
            FloatArray src = in.getScalars().getFloatData();
            for (int i = 0; i < count; i++) {
                d[at + i] = src.getData(i);
            }
            data = d;
        }

        @Override
        void writeValues(int[] rows, int count, FieldData.Builder out) {
            float[] d = data;
            FloatArray.Builder b = FloatArray.newBuilder();
            for (int i = 0; i < count; i++) {
                b.addData(d[rows[i]]);
            }
            out.setScalars(ScalarField.newBuilder().setFloatData(b));
        }

        @Override
        @Nullable Object value(int row) {
            return isValid(row) ? (Object) data[row] : null;
        }

        @Override
        long bytesPerRow() {
            return 4;
        }
    }

    static final class DoubleColumn extends Column {
        private volatile double[] data = new double[0];

        DoubleColumn(FieldSchema field) {
            super(field);
        }

        @Override
        void ensureCapacity(int rows) {
            if (data.length < rows) {
                data = Arrays.copyOf(data, grow(data.length, rows));
            }
        }

        @Override
        void trimValues(int rows) {
            if (data.length > rows) {
                data = Arrays.copyOf(data, rows);
            }
        }

        @Override
        void appendValues(FieldData in, int at, int count) {
            double[] d = data;
            DoubleArray src = in.getScalars().getDoubleData();
            for (int i = 0; i < count; i++) {
                d[at + i] = src.getData(i);
            }
            data = d;
        }

        @Override
        void writeValues(int[] rows, int count, FieldData.Builder out) {
            double[] d = data;
            DoubleArray.Builder b = DoubleArray.newBuilder();
            for (int i = 0; i < count; i++) {
                b.addData(d[rows[i]]);
            }
            out.setScalars(ScalarField.newBuilder().setDoubleData(b));
        }

        @Override
        @Nullable Object value(int row) {
            return isValid(row) ? (Object) data[row] : null;
        }

        @Override
        long bytesPerRow() {
            return 8;
        }
    }

    static final class StringColumn extends Column {
        private volatile String[] data = new String[0];

        StringColumn(FieldSchema field) {
            super(field);
        }

        @Override
        void ensureCapacity(int rows) {
            if (data.length < rows) {
                data = Arrays.copyOf(data, grow(data.length, rows));
            }
        }

        @Override
        void trimValues(int rows) {
            if (data.length > rows) {
                data = Arrays.copyOf(data, rows);
            }
        }

        @Override
        void appendValues(FieldData in, int at, int count) {
            String[] d = data;
            StringArray src = in.getScalars().getStringData();
            for (int i = 0; i < count; i++) {
                d[at + i] = src.getData(i);
            }
            data = d;
        }

        String get(int row) {
            return data[row];
        }

        @Override
        void writeValues(int[] rows, int count, FieldData.Builder out) {
            String[] d = data;
            StringArray.Builder b = StringArray.newBuilder();
            for (int i = 0; i < count; i++) {
                String s = d[rows[i]];
                b.addData(s == null ? "" : s);
            }
            out.setScalars(ScalarField.newBuilder().setStringData(b));
        }

        @Override
        @Nullable Object value(int row) {
            return isValid(row) ? data[row] : null;
        }

        @Override
        long bytesPerRow() {
            return 48;
        }
    }

    /** Values held as byte strings, one per row: the shared storage of {@link JsonColumn} and {@link GeometryColumn}. */
    abstract static sealed class BytesColumn extends Column permits JsonColumn, GeometryColumn {
        private volatile ByteString[] data = new ByteString[0];

        BytesColumn(FieldSchema field) {
            super(field);
        }

        /** Value {@code i} of this column's slot in {@code in}. */
        abstract ByteString incoming(ScalarField in, int i);

        /** {@code values} in this column's slot. */
        abstract void outgoing(ScalarField.Builder out, List<ByteString> values);

        @Override
        void ensureCapacity(int rows) {
            if (data.length < rows) {
                data = Arrays.copyOf(data, grow(data.length, rows));
            }
        }

        @Override
        void trimValues(int rows) {
            if (data.length > rows) {
                data = Arrays.copyOf(data, rows);
            }
        }

        @Override
        void appendValues(FieldData in, int at, int count) {
            ByteString[] d = data;
            ScalarField src = in.getScalars();
            for (int i = 0; i < count; i++) {
                d[at + i] = incoming(src, i);
            }
            data = d;
        }

        ByteString get(int row) {
            ByteString b = data[row];
            return b == null ? ByteString.EMPTY : b;
        }

        @Override
        void writeValues(int[] rows, int count, FieldData.Builder out) {
            List<ByteString> values = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                values.add(get(rows[i]));
            }
            ScalarField.Builder scalars = ScalarField.newBuilder();
            outgoing(scalars, values);
            out.setScalars(scalars);
        }

        @Override
        @Nullable Object value(int row) {
            return isValid(row) ? get(row).toByteArray() : null;
        }

        @Override
        long bytesPerRow() {
            return 64;
        }
    }

    /** JSON values as the UTF-8 bytes the client sent (validated on insert); also the dynamic field {@code $meta}. */
    static final class JsonColumn extends BytesColumn {
        JsonColumn(FieldSchema field) {
            super(field);
        }

        @Override
        ByteString incoming(ScalarField in, int i) {
            return in.getJsonData().getData(i);
        }

        @Override
        void outgoing(ScalarField.Builder out, List<ByteString> values) {
            out.setJsonData(JSONArray.newBuilder().addAllData(values));
        }
    }

    /** Array values, one {@link ScalarField} per row in the element type's slot. */
    static final class ArrayColumn extends Column {
        private volatile ScalarField[] data = new ScalarField[0];

        ArrayColumn(FieldSchema field) {
            super(field);
        }

        @Override
        void ensureCapacity(int rows) {
            if (data.length < rows) {
                data = Arrays.copyOf(data, grow(data.length, rows));
            }
        }

        @Override
        void trimValues(int rows) {
            if (data.length > rows) {
                data = Arrays.copyOf(data, rows);
            }
        }

        @Override
        void appendValues(FieldData in, int at, int count) {
            ScalarField[] d = data;
            ArrayArray src = in.getScalars().getArrayData();
            for (int i = 0; i < count; i++) {
                d[at + i] = src.getData(i);
            }
            data = d;
        }

        ScalarField get(int row) {
            ScalarField f = data[row];
            return f == null ? ScalarField.getDefaultInstance() : f;
        }

        @Override
        void writeValues(int[] rows, int count, FieldData.Builder out) {
            ArrayArray.Builder b = ArrayArray.newBuilder().setElementType(field.getElementType());
            for (int i = 0; i < count; i++) {
                b.addData(get(rows[i]));
            }
            out.setScalars(ScalarField.newBuilder().setArrayData(b));
        }

        @Override
        @Nullable Object value(int row) {
            return isValid(row) ? get(row) : null;
        }

        @Override
        long bytesPerRow() {
            return 64;
        }
    }

    /** TIMESTAMPTZ values as int64 microseconds since the epoch (UTC), in {@code timestamptz_data}. */
    static final class TimestamptzColumn extends Column {
        private volatile long[] data = new long[0];

        TimestamptzColumn(FieldSchema field) {
            super(field);
        }

        @Override
        void ensureCapacity(int rows) {
            if (data.length < rows) {
                data = Arrays.copyOf(data, grow(data.length, rows));
            }
        }

        @Override
        void trimValues(int rows) {
            if (data.length > rows) {
                data = Arrays.copyOf(data, rows);
            }
        }

        @Override
        void appendValues(FieldData in, int at, int count) {
            long[] d = data;
            TimestamptzArray src = in.getScalars().getTimestamptzData();
            for (int i = 0; i < count; i++) {
                d[at + i] = src.getData(i);
            }
            data = d;
        }

        long get(int row) {
            return data[row];
        }

        @Override
        void writeValues(int[] rows, int count, FieldData.Builder out) {
            long[] d = data;
            TimestamptzArray.Builder b = TimestamptzArray.newBuilder();
            for (int i = 0; i < count; i++) {
                b.addData(d[rows[i]]);
            }
            out.setScalars(ScalarField.newBuilder().setTimestamptzData(b));
        }

        @Override
        @Nullable Object value(int row) {
            return isValid(row) ? (Object) data[row] : null;
        }

        @Override
        long bytesPerRow() {
            return 8;
        }
    }

    /** GEOMETRY values as the WKB bytes of their WKT (checked on insert), in {@code geometry_data}. */
    static final class GeometryColumn extends BytesColumn {
        GeometryColumn(FieldSchema field) {
            super(field);
        }

        @Override
        ByteString incoming(ScalarField in, int i) {
            return in.getGeometryData().getData(i);
        }

        @Override
        void outgoing(ScalarField.Builder out, List<ByteString> values) {
            out.setGeometryData(GeometryArray.newBuilder().addAllData(values));
        }
    }

    /** Float vectors in one contiguous array: row {@code r} is {@code data[r*dim, (r+1)*dim)}. */
    static final class FloatVectorColumn extends Column {
        final int dim;
        private volatile float[] data = new float[0];

        FloatVectorColumn(FieldSchema field, int dim) {
            super(field);
            this.dim = dim;
        }

        @Override
        void ensureCapacity(int rows) {
            if (data.length < (long) rows * dim) {
                data = Arrays.copyOf(data, grow(data.length / Math.max(dim, 1), rows) * dim);
            }
        }

        @Override
        void trimValues(int rows) {
            if (data.length > rows * dim) {
                data = Arrays.copyOf(data, rows * dim);
            }
        }

        @Override
        void appendValues(FieldData in, int at, int count) {
            float[] d = data;
            Internal.FloatList src = (Internal.FloatList) in.getVectors().getFloatVector().getDataList();
            int n = count * dim;
            int base = at * dim;
            for (int i = 0; i < n; i++) {
                d[base + i] = src.getFloat(i);
            }
            data = d;
        }

        /** The backing array; rows below the captured row count are stable. */
        float[] data() {
            return data;
        }

        @Override
        void writeValues(int[] rows, int count, FieldData.Builder out) {
            float[] d = data;
            FloatArray.Builder b = FloatArray.newBuilder();
            for (int i = 0; i < count; i++) {
                int base = rows[i] * dim;
                for (int j = 0; j < dim; j++) {
                    b.addData(d[base + j]);
                }
            }
            out.setVectors(VectorField.newBuilder().setDim(dim).setFloatVector(b));
        }

        @Override
        @Nullable Object value(int row) {
            return Arrays.copyOfRange(data, row * dim, (row + 1) * dim);
        }

        @Override
        long bytesPerRow() {
            return 4L * dim;
        }
    }

    /** Binary, float16 and bfloat16 vectors as contiguous bytes, {@code rowBytes} per row. */
    static final class ByteVectorColumn extends Column {
        final int dim;
        final int rowBytes;
        private volatile byte[] data = new byte[0];

        ByteVectorColumn(FieldSchema field, int dim, int rowBytes) {
            super(field);
            this.dim = dim;
            this.rowBytes = rowBytes;
        }

        @Override
        void ensureCapacity(int rows) {
            if (data.length < (long) rows * rowBytes) {
                data = Arrays.copyOf(data, grow(data.length / Math.max(rowBytes, 1), rows) * rowBytes);
            }
        }

        @Override
        void trimValues(int rows) {
            if (data.length > rows * rowBytes) {
                data = Arrays.copyOf(data, rows * rowBytes);
            }
        }

        @Override
        void appendValues(FieldData in, int at, int count) {
            byte[] d = data;
            ByteString src = FieldLayout.denseBytes(field.getDataType(), in.getVectors());
            src.substring(0, count * rowBytes).copyTo(d, at * rowBytes);
            data = d;
        }

        byte[] data() {
            return data;
        }

        @Override
        void writeValues(int[] rows, int count, FieldData.Builder out) {
            byte[] d = data;
            byte[] bytes = new byte[count * rowBytes];
            for (int i = 0; i < count; i++) {
                System.arraycopy(d, rows[i] * rowBytes, bytes, i * rowBytes, rowBytes);
            }
            out.setVectors(FieldLayout.setDenseBytes(field.getDataType(), VectorField.newBuilder().setDim(dim),
                    ByteString.copyFrom(bytes)));
        }

        @Override
        @Nullable Object value(int row) {
            return Arrays.copyOfRange(data, row * rowBytes, (row + 1) * rowBytes);
        }

        @Override
        long bytesPerRow() {
            return rowBytes;
        }
    }

    /** Sparse float vectors, decoded per row into sorted index and value arrays (the wire bytes kept for output). */
    static final class SparseColumn extends Column {
        private volatile SparseVector[] data = new SparseVector[0];

        SparseColumn(FieldSchema field) {
            super(field);
        }

        @Override
        void ensureCapacity(int rows) {
            if (data.length < rows) {
                data = Arrays.copyOf(data, grow(data.length, rows));
            }
        }

        @Override
        void trimValues(int rows) {
            if (data.length > rows) {
                data = Arrays.copyOf(data, rows);
            }
        }

        @Override
        void appendValues(FieldData in, int at, int count) {
            SparseVector[] d = data;
            SparseFloatArray src = in.getVectors().getSparseFloatVector();
            for (int i = 0; i < count; i++) {
                d[at + i] = SparseVector.decode(src.getContents(i));
            }
            data = d;
        }

        SparseVector get(int row) {
            return data[row];
        }

        private final TermStatistics termStatistics = new TermStatistics();

        /** The BM25 statistics of the first {@code rows} rows (more when more were already counted). */
        TermStatistics termStatistics(int rows) {
            return termStatistics.countUpTo(this, rows);
        }

        @Override
        void writeValues(int[] rows, int count, FieldData.Builder out) {
            SparseFloatArray.Builder b = SparseFloatArray.newBuilder();
            long dim = 0;
            for (int i = 0; i < count; i++) {
                SparseVector v = data[rows[i]];
                b.addContents(v.encoded());
                dim = Math.max(dim, v.dimension());
            }
            b.setDim(dim);
            out.setVectors(VectorField.newBuilder().setDim(dim).setSparseFloatVector(b));
        }

        @Override
        @Nullable Object value(int row) {
            return data[row];
        }

        @Override
        long bytesPerRow() {
            return 128;
        }
    }

    /** The data type this column stores. */
    final DataType type() {
        return field.getDataType();
    }
}
