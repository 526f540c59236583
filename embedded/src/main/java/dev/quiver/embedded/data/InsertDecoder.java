package dev.quiver.embedded.data;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.protobuf.ByteString;
import dev.quiver.embedded.geo.Geometries;
import dev.quiver.proto.milvus.ArrayArray;
import dev.quiver.proto.milvus.BoolArray;
import dev.quiver.proto.milvus.CollectionSchema;
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
import dev.quiver.proto.milvus.ValueField;
import dev.quiver.proto.milvus.VectorField;
import dev.quiver.wire.FieldLayout;
import dev.quiver.wire.TimestamptzText;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Validates the columns of an Insert/Upsert against the schema and normalises them: one full-length column per
 * schema field (field ids set, nulls as placeholders with {@code valid_data}, defaults applied, auto-ids
 * generated, {@code $meta} filled). Errors carry Milvus's messages and codes.
 */
final class InsertDecoder {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int JSON_MAX_LENGTH = 65_536;

    /** A validated batch: the normalised columns, the row count and the primary keys (Long or String). */
    record Batch(List<FieldData> columns, int rows, List<Object> primaryKeys, List<Object> replacedKeys) {
    }

    private InsertDecoder() {
    }

    /**
     * @param generateIds when the collection auto-generates ids, supplies the first of {@code rows} consecutive ids
     * @param pkRequired true for upsert: the primary key column must be given even when auto-generated
     */
    static Batch decode(CollectionSchema schema, List<FieldData> input, long declaredRows,
                        java.util.function.IntFunction<Long> generateIds, boolean pkRequired) {
        return decode(schema, input, declaredRows, generateIds, pkRequired, TimestamptzText.DEFAULT_ZONE);
    }

    /** @param zone the time zone TIMESTAMPTZ text without an offset is read in (the collection's) */
    static Batch decode(CollectionSchema schema, List<FieldData> input, long declaredRows,
                        java.util.function.IntFunction<Long> generateIds, boolean pkRequired, ZoneId zone) {
        Map<String, FieldData> byName = new HashMap<>();
        for (FieldData data : input) {
            String name = data.getIsDynamic() ? Schemas.DYNAMIC_FIELD : data.getFieldName();
            if (byName.put(name, data) != null) {
                throw Errors.invalid("duplicated field %s found", name);
            }
            boolean known = Schemas.field(schema, name).isPresent();
            if (!known) {
                throw Errors.invalid("fieldName %s not exist in collection schema", name);
            }
        }
        FieldSchema pk = Schemas.primary(schema);
        FieldData pkData = byName.get(pk.getName());
        checkFunctionOutputsAbsent(schema, byName, pk, pkRequired);
        if (pk.getAutoID() && pkData != null && !pkRequired) {
            int expected = (int) schema.getFieldsList().stream().filter(f -> !f.getIsDynamic()).count() - 1;
            throw Errors.mismatch(expected, expected + 1, "more fieldData has pass in");
        }
        int rows = declaredRows > 0 ? Math.toIntExact(declaredRows) : inferRows(schema, input);
        if (rows <= 0) {
            throw Errors.invalid("the number of rows to insert should be greater than 0");
        }
        List<FieldData> columns = new ArrayList<>();
        List<Object> pks = new ArrayList<>(rows);
        List<Object> replaced = new ArrayList<>();
        for (FieldSchema field : schema.getFieldsList()) {
            FieldData data = byName.get(field.getName());
            if (field.getIsPrimaryKey() && pk.getAutoID()) {
                if (pkRequired && data == null) {
                    throw Errors.invalid("fieldSchema(%s) has no corresponding fieldData pass in", field.getName());
                }
                if (data != null) {
                    collectKeys(normalise(field, data, rows, zone), replaced);
                }
                long first = generateIds.apply(rows);
                LongArray.Builder ids = LongArray.newBuilder();
                for (int i = 0; i < rows; i++) {
                    ids.addData(first + i);
                }
                columns.add(FieldData.newBuilder().setType(DataType.Int64).setFieldName(field.getName())
                        .setFieldId(field.getFieldID()).setScalars(ScalarField.newBuilder().setLongData(ids)).build());
                pks.addAll(ids.getDataList());
                continue;
            }
            if (field.getIsDynamic() && data == null) {
                JSONArray.Builder empty = JSONArray.newBuilder();
                ByteString object = ByteString.copyFromUtf8("{}");
                for (int i = 0; i < rows; i++) {
                    empty.addData(object);
                }
                columns.add(FieldData.newBuilder().setType(DataType.JSON).setFieldName(field.getName())
                        .setFieldId(field.getFieldID()).setIsDynamic(true)
                        .setScalars(ScalarField.newBuilder().setJsonData(empty)).build());
                continue;
            }
            if (Bm25Columns.isOutput(schema, field)) {
                continue;
            }
            FieldData normalised = normalise(field, data, rows, zone);
            columns.add(normalised);
            if (field.getIsPrimaryKey()) {
                collectKeys(normalised, pks);
                replaced.addAll(pks);
            }
        }
        for (FieldSchema field : schema.getFieldsList()) {
            if (Bm25Columns.isOutput(schema, field)) {
                columns.add(Bm25Columns.compute(schema, field, columns, rows));
            }
        }
        return new Batch(columns, rows, pks, replaced);
    }

    /**
     * Milvus's proxy counts a BM25 output field as generated ({@code checkFieldsDataBySchema}), so a batch that
     * also carries it has one field too many: {@code more fieldData has pass in} (1100).
     */
    private static void checkFunctionOutputsAbsent(CollectionSchema schema, Map<String, FieldData> byName,
                                                   FieldSchema pk, boolean pkRequired) {
        boolean sent = false;
        int generated = 0;
        int expected = 0;
        for (FieldSchema field : schema.getFieldsList()) {
            if (field.getIsDynamic()) {
                continue;
            }
            expected++;
            if (Bm25Columns.isOutput(schema, field)) {
                generated++;
                sent |= byName.containsKey(field.getName());
            } else if (field.getIsPrimaryKey() && pk.getAutoID() && !pkRequired && !byName.containsKey(field.getName())) {
                generated++;
            }
        }
        if (!sent) {
            return;
        }
        int given = (int) byName.keySet().stream().filter(name -> !name.equals(Schemas.DYNAMIC_FIELD)).count();
        int actual = given + generated;
        if (actual != expected) {
            throw Errors.mismatch(expected, actual, "more fieldData has pass in");
        }
    }

    private static void collectKeys(FieldData pkColumn, List<Object> into) {
        if (pkColumn.getScalars().hasLongData()) {
            into.addAll(pkColumn.getScalars().getLongData().getDataList());
        } else {
            into.addAll(pkColumn.getScalars().getStringData().getDataList());
        }
    }

    private static int inferRows(CollectionSchema schema, List<FieldData> input) {
        for (FieldData data : input) {
            FieldSchema field = Schemas.field(schema, data.getIsDynamic() ? Schemas.DYNAMIC_FIELD : data.getFieldName())
                    .orElseThrow();
            if (data.getValidDataCount() > 0) {
                return data.getValidDataCount();
            }
            return valueCount(field, data);
        }
        return 0;
    }

    /** How many values the column carries in its type's slot. */
    static int valueCount(FieldSchema field, FieldData data) {
        DataType type = field.getDataType();
        int dim = FieldLayout.isVector(type) && type != DataType.SparseFloatVector ? Schemas.dim(field) : 0;
        return FieldLayout.valueCount(type, data, dim);
    }

    /** A column of {@code rows} nulls (or defaults, or zeros for a field that allows neither) for {@code field}. */
    static FieldData placeholder(FieldSchema field, int rows) {
        return normalise(field, null, rows, true, TimestamptzText.DEFAULT_ZONE);
    }

    private static FieldData normalise(FieldSchema field, @Nullable FieldData data, int rows, ZoneId zone) {
        return normalise(field, data, rows, false, zone);
    }

    private static FieldData normalise(FieldSchema field, @Nullable FieldData data, int rows, boolean lenient,
                                       ZoneId zone) {
        boolean hasDefault = field.hasDefaultValue()
                && field.getDefaultValue().getDataCase() != ValueField.DataCase.DATA_NOT_SET;
        boolean[] valid = new boolean[rows];
        int[] source = new int[rows];
        if (data == null) {
            if (!hasDefault && !field.getNullable() && !lenient) {
                throw Errors.invalid("fieldSchema(%s) has no corresponding fieldData pass in", field.getName());
            }
            java.util.Arrays.fill(source, -1);
        } else {
            checkClientSlot(field, data);
            checkSlot(field, data);
            checkVectorDim(field, data);
            int count = valueCount(field, data);
            if (data.getValidDataCount() > 0) {
                if (data.getValidDataCount() != rows) {
                    throw Errors.mismatch(rows, data.getValidDataCount(), "the num_rows (" + data.getValidDataCount()
                            + ") of field (" + field.getName() + ") is not equal to passed num_rows (" + rows + ")");
                }
                if (!field.getNullable() && !hasDefault && data.getValidDataList().contains(Boolean.FALSE)) {
                    throw Errors.invalid("the field %s is not nullable but has null values", field.getName());
                }
                int validCount = 0;
                for (boolean b : data.getValidDataList()) {
                    validCount += b ? 1 : 0;
                }
                boolean compacted = count == validCount;
                if (!compacted && count != rows) {
                    throw Errors.mismatch(validCount, count, "the num_rows (" + count + ") of field ("
                            + field.getName() + ") is not equal to passed num_rows (" + validCount + ")");
                }
                int next = 0;
                for (int i = 0; i < rows; i++) {
                    if (data.getValidData(i)) {
                        source[i] = compacted ? next++ : i;
                    } else {
                        source[i] = -1;
                        if (compacted) {
                            continue;
                        }
                    }
                }
            } else {
                if (count != rows) {
                    if (Schemas.isVector(field.getDataType()) && field.getDataType() != DataType.SparseFloatVector
                            && data.getVectors().getDim() != Schemas.dim(field)) {
                        throw dimMismatch(field, data.getVectors().getDim());
                    }
                    throw Errors.mismatch(rows, count, "the num_rows (" + count + ") of field (" + field.getName()
                            + ") is not equal to passed num_rows (" + rows + ")");
                }
                for (int i = 0; i < rows; i++) {
                    source[i] = i;
                }
            }
        }
        for (int i = 0; i < rows; i++) {
            valid[i] = source[i] >= 0;
        }
        FieldData.Builder out = FieldData.newBuilder().setType(field.getDataType()).setFieldName(field.getName())
                .setFieldId(field.getFieldID()).setIsDynamic(field.getIsDynamic());
        FieldData sourceData = data == null ? FieldData.getDefaultInstance() : data;
        fill(field, sourceData, source, hasDefault ? field.getDefaultValue() : null, out, zone);
        if (field.getNullable()) {
            for (int i = 0; i < rows; i++) {
                out.addValidData(valid[i] || hasDefault);
            }
        }
        return out.build();
    }

    /**
     * Milvus's proxy takes TIMESTAMPTZ only as ISO text in {@code string_data} ({@code checkTimestamptzFieldData})
     * and GEOMETRY only as WKT in {@code geometry_wkt_data} ({@code checkGeometryFieldData}); the int64 and WKB
     * slots are what it hands on to the data nodes.
     */
    private static void checkClientSlot(FieldSchema field, FieldData data) {
        ScalarField s = data.getScalars();
        if (field.getDataType() == DataType.Timestamptz && s.hasTimestamptzData()) {
            throw Errors.invalid("timestamptz field data must be a string array");
        }
        if (field.getDataType() == DataType.Geometry && s.hasGeometryData()) {
            throw Errors.mismatch("need geometry array", "got nil",
                    "geometry field '" + field.getName() + "' is illegal, array type mismatch");
        }
    }

    private static void checkSlot(FieldSchema field, FieldData data) {
        boolean ok = FieldLayout.carriesSlotOf(field.getDataType(), data);
        boolean empty = data.getFieldCase() == FieldData.FieldCase.FIELD_NOT_SET
                || (data.hasScalars() && data.getScalars().getDataCase() == ScalarField.DataCase.DATA_NOT_SET);
        if (!ok && !(empty && data.getValidDataCount() > 0 && !data.getValidDataList().contains(Boolean.TRUE))) {
            throw Errors.invalid("the data type of field %s doesn't match, expected %s data", field.getName(),
                    field.getDataType());
        }
    }

    private static void checkVectorDim(FieldSchema field, FieldData data) {
        DataType type = field.getDataType();
        if (!Schemas.isVector(type) || type == DataType.SparseFloatVector) {
            return;
        }
        long dim = data.getVectors().getDim();
        int expected = Schemas.dim(field);
        if (dim != expected) {
            throw dimMismatch(field, dim);
        }
        int rowUnits = switch (type) {
            case FloatVector -> data.getVectors().getFloatVector().getDataCount() % expected;
            case BinaryVector -> data.getVectors().getBinaryVector().size() % (expected / 8);
            case Float16Vector -> data.getVectors().getFloat16Vector().size() % (expected * 2);
            case Int8Vector -> data.getVectors().getInt8Vector().size() % expected;
            default -> data.getVectors().getBfloat16Vector().size() % (expected * 2);
        };
        if (rowUnits != 0) {
            throw Errors.mismatch(expected, dim, "the length of the vector data of field " + field.getName()
                    + " is not a multiple of its dim");
        }
    }

    private static RuntimeException dimMismatch(FieldSchema field, long dim) {
        int expected = Schemas.dim(field);
        return Errors.mismatch(expected, dim, "the dim (" + dim + ") of field data(" + field.getName()
                + ") is not equal to schema dim (" + expected + ")");
    }

    /** Copies the values of every row (source index, or -1 for null/missing) into the output's typed slot. */
    private static void fill(FieldSchema field, FieldData in, int[] source, @Nullable ValueField def,
                             FieldData.Builder out, ZoneId zone) {
        int rows = source.length;
        ScalarField s = in.getScalars();
        VectorField v = in.getVectors();
        switch (field.getDataType()) {
            case Bool -> {
                BoolArray.Builder b = BoolArray.newBuilder();
                for (int r : source) {
                    b.addData(r >= 0 ? s.getBoolData().getData(r) : def != null && def.getBoolData());
                }
                out.setScalars(ScalarField.newBuilder().setBoolData(b));
            }
            case Int8, Int16, Int32 -> {
                IntArray.Builder b = IntArray.newBuilder();
                int min = field.getDataType() == DataType.Int8 ? Byte.MIN_VALUE
                        : field.getDataType() == DataType.Int16 ? Short.MIN_VALUE : Integer.MIN_VALUE;
                int max = field.getDataType() == DataType.Int8 ? Byte.MAX_VALUE
                        : field.getDataType() == DataType.Int16 ? Short.MAX_VALUE : Integer.MAX_VALUE;
                for (int i = 0; i < rows; i++) {
                    int r = source[i];
                    int value = r >= 0 ? s.getIntData().getData(r) : def != null ? def.getIntData() : 0;
                    if (value < min || value > max) {
                        throw Errors.invalid("the %dth element (%d) out of range: [%d, %d]", i, value, min, max);
                    }
                    b.addData(value);
                }
                out.setScalars(ScalarField.newBuilder().setIntData(b));
            }
            case Int64 -> {
                LongArray.Builder b = LongArray.newBuilder();
                for (int r : source) {
                    b.addData(r >= 0 ? s.getLongData().getData(r) : def != null ? def.getLongData() : 0L);
                }
                out.setScalars(ScalarField.newBuilder().setLongData(b));
            }
            case Float -> {
                FloatArray.Builder b = FloatArray.newBuilder();
                for (int r : source) {
                    float value = r >= 0 ? s.getFloatData().getData(r) : def != null ? def.getFloatData() : 0f;
                    if (Float.isNaN(value) || Float.isInfinite(value)) {
                        throw Errors.invalid("float field %s has NaN or Inf value", field.getName());
                    }
                    b.addData(value);
                }
                out.setScalars(ScalarField.newBuilder().setFloatData(b));
            }
            case Double -> {
                DoubleArray.Builder b = DoubleArray.newBuilder();
                for (int r : source) {
                    double value = r >= 0 ? s.getDoubleData().getData(r) : def != null ? def.getDoubleData() : 0d;
                    if (Double.isNaN(value) || Double.isInfinite(value)) {
                        throw Errors.invalid("double field %s has NaN or Inf value", field.getName());
                    }
                    b.addData(value);
                }
                out.setScalars(ScalarField.newBuilder().setDoubleData(b));
            }
            case VarChar, String -> {
                StringArray.Builder b = StringArray.newBuilder();
                long maxLength = Schemas.maxLength(field);
                for (int i = 0; i < rows; i++) {
                    int r = source[i];
                    String value = r >= 0 ? s.getStringData().getData(r) : def != null ? def.getStringData() : "";
                    int length = value.getBytes(StandardCharsets.UTF_8).length;
                    if (length > maxLength) {
                        throw Errors.invalid("length of varchar field %s exceeds max length, row number: %d, "
                                + "length: %d, max length: %d", field.getName(), i, length, maxLength);
                    }
                    b.addData(value);
                }
                out.setScalars(ScalarField.newBuilder().setStringData(b));
            }
            case JSON -> {
                JSONArray.Builder b = JSONArray.newBuilder();
                for (int r : source) {
                    ByteString value = r >= 0 ? s.getJsonData().getData(r)
                            : def != null ? def.getBytesData() : ByteString.copyFromUtf8("{}");
                    if (r >= 0) {
                        validateJson(field, value);
                    }
                    b.addData(value);
                }
                out.setScalars(ScalarField.newBuilder().setJsonData(b));
            }
            case Array -> {
                ArrayArray.Builder b = ArrayArray.newBuilder().setElementType(field.getElementType());
                long capacity = Schemas.maxCapacity(field);
                for (int i = 0; i < rows; i++) {
                    int r = source[i];
                    ScalarField value = r >= 0 ? s.getArrayData().getData(r) : emptyArray(field.getElementType());
                    if (r >= 0) {
                        validateArray(field, value, i, capacity);
                    }
                    b.addData(value);
                }
                out.setScalars(ScalarField.newBuilder().setArrayData(b));
            }
            case Timestamptz -> {
                TimestamptzArray.Builder b = TimestamptzArray.newBuilder();
                long fallback = def == null ? 0L : defaultMicros(def, zone);
                for (int r : source) {
                    b.addData(r >= 0 ? micros(s.getStringData().getData(r), zone) : fallback);
                }
                out.setScalars(ScalarField.newBuilder().setTimestamptzData(b));
            }
            case Geometry -> {
                GeometryArray.Builder b = GeometryArray.newBuilder();
                ByteString fallback = def == null ? ByteString.EMPTY : defaultWkb(def);
                for (int r : source) {
                    b.addData(r >= 0 ? wkb(s.getGeometryWktData().getData(r)) : fallback);
                }
                out.setScalars(ScalarField.newBuilder().setGeometryData(b));
            }
            case FloatVector -> {
                int dim = Schemas.dim(field);
                FloatArray.Builder b = FloatArray.newBuilder();
                com.google.protobuf.Internal.FloatList src =
                        (com.google.protobuf.Internal.FloatList) v.getFloatVector().getDataList();
                for (int r : source) {
                    for (int j = 0; j < dim; j++) {
                        float value = r >= 0 ? src.getFloat(r * dim + j) : 0f;
                        if (Float.isNaN(value) || Float.isInfinite(value)) {
                            throw Errors.invalid("float vector field %s has NaN or Inf value", field.getName());
                        }
                        b.addData(value);
                    }
                }
                out.setVectors(VectorField.newBuilder().setDim(dim).setFloatVector(b));
            }
            case BinaryVector, Float16Vector, BFloat16Vector, Int8Vector -> {
                int dim = Schemas.dim(field);
                int rowBytes = FieldLayout.bytesPerRow(field.getDataType(), dim);
                ByteString src = FieldLayout.denseBytes(field.getDataType(), v);
                byte[] bytes = new byte[rows * rowBytes];
                for (int i = 0; i < rows; i++) {
                    if (source[i] >= 0) {
                        src.substring(source[i] * rowBytes, (source[i] + 1) * rowBytes).copyTo(bytes, i * rowBytes);
                    }
                }
                out.setVectors(FieldLayout.setDenseBytes(field.getDataType(), VectorField.newBuilder().setDim(dim),
                        ByteString.copyFrom(bytes)));
            }
            case SparseFloatVector -> {
                SparseFloatArray.Builder b = SparseFloatArray.newBuilder();
                long dim = 0;
                for (int r : source) {
                    ByteString row = r >= 0 ? v.getSparseFloatVector().getContents(r) : ByteString.EMPTY;
                    SparseVector decoded = SparseVector.decode(row);
                    dim = Math.max(dim, decoded.dimension());
                    b.addContents(decoded.encoded());
                }
                b.setDim(dim);
                out.setVectors(VectorField.newBuilder().setDim(dim).setSparseFloatVector(b));
            }
            default -> throw Errors.invalid("field %s: data type %s is not supported", field.getName(),
                    field.getDataType());
        }
    }

    /** The proxy's message for any text it cannot read, whatever the reason (sic). */
    private static long micros(String text, ZoneId zone) {
        try {
            return TimestamptzText.parse(text, zone);
        } catch (IllegalArgumentException | ArithmeticException e) {
            throw Errors.invalid("got invalid timestamptz string '%s': invalid timezone name; must be a valid IANA "
                    + "Time Zone ID (e.g., 'Asia/Shanghai' or 'UTC')", text);
        }
    }

    private static long defaultMicros(ValueField def, ZoneId zone) {
        return def.getDataCase() == ValueField.DataCase.STRING_DATA ? micros(def.getStringData(), zone)
                : def.getTimestamptzData();
    }

    private static ByteString wkb(String wkt) {
        try {
            return ByteString.copyFrom(Geometries.wktToWkb(wkt));
        } catch (IllegalArgumentException e) {
            throw Errors.invalid("invalid Geometry data, transform to wkb failed: %s", e.getMessage());
        }
    }

    private static ByteString defaultWkb(ValueField def) {
        return def.getDataCase() == ValueField.DataCase.STRING_DATA ? wkb(def.getStringData()) : def.getBytesData();
    }

    private static ScalarField emptyArray(DataType elementType) {
        ScalarField.Builder b = ScalarField.newBuilder();
        switch (elementType) {
            case Bool -> b.setBoolData(BoolArray.getDefaultInstance());
            case Int8, Int16, Int32 -> b.setIntData(IntArray.getDefaultInstance());
            case Int64 -> b.setLongData(LongArray.getDefaultInstance());
            case Float -> b.setFloatData(FloatArray.getDefaultInstance());
            case Double -> b.setDoubleData(DoubleArray.getDefaultInstance());
            default -> b.setStringData(StringArray.getDefaultInstance());
        }
        return b.build();
    }

    private static void validateArray(FieldSchema field, ScalarField value, int row, long capacity) {
        DataType element = field.getElementType();
        int length;
        boolean slotOk;
        switch (element) {
            case Bool -> {
                slotOk = value.hasBoolData() || value.getDataCase() == ScalarField.DataCase.DATA_NOT_SET;
                length = value.getBoolData().getDataCount();
            }
            case Int8, Int16, Int32 -> {
                slotOk = value.hasIntData() || value.getDataCase() == ScalarField.DataCase.DATA_NOT_SET;
                length = value.getIntData().getDataCount();
            }
            case Int64 -> {
                slotOk = value.hasLongData() || value.getDataCase() == ScalarField.DataCase.DATA_NOT_SET;
                length = value.getLongData().getDataCount();
            }
            case Float -> {
                slotOk = value.hasFloatData() || value.getDataCase() == ScalarField.DataCase.DATA_NOT_SET;
                length = value.getFloatData().getDataCount();
            }
            case Double -> {
                slotOk = value.hasDoubleData() || value.getDataCase() == ScalarField.DataCase.DATA_NOT_SET;
                length = value.getDoubleData().getDataCount();
            }
            case VarChar, String -> {
                slotOk = value.hasStringData() || value.getDataCase() == ScalarField.DataCase.DATA_NOT_SET;
                length = value.getStringData().getDataCount();
                long maxLength = Schemas.maxLength(field);
                for (String s : value.getStringData().getDataList()) {
                    int bytes = s.getBytes(StandardCharsets.UTF_8).length;
                    if (bytes > maxLength) {
                        throw Errors.invalid("length of varchar field %s exceeds max length, row number: %d, "
                                + "length: %d, max length: %d", field.getName(), row, bytes, maxLength);
                    }
                }
            }
            default -> throw Errors.invalid("array field %s has unsupported element type %s", field.getName(), element);
        }
        if (!slotOk) {
            throw Errors.invalid("the element type of array field %s doesn't match, expected %s", field.getName(),
                    element);
        }
        if (length > capacity) {
            throw Errors.invalid("the length (%d) of %dth array exceeds max capacity (%d)", length, row, capacity);
        }
    }

    private static void validateJson(FieldSchema field, ByteString value) {
        if (value.size() > JSON_MAX_LENGTH) {
            throw Errors.invalid("the length (%d) of json field (%s) exceeds max length (%d)", value.size(),
                    field.getName(), JSON_MAX_LENGTH);
        }
        JsonNode node;
        try {
            node = JSON.readTree(value.toByteArray());
        } catch (java.io.IOException e) {
            throw Errors.invalid("failed to parse json field %s: %s", field.getName(), e.getMessage());
        }
        if (node == null || node.isMissingNode()) {
            throw Errors.invalid("failed to parse json field %s: empty value", field.getName());
        }
        if (field.getIsDynamic() && !node.isObject()) {
            throw Errors.invalid("dynamic field %s must be a JSON object, got %s", field.getName(),
                    node.getNodeType().toString().toLowerCase(java.util.Locale.ROOT));
        }
    }

}
