package dev.quiver.driver.internal.exec;

import dev.quiver.proto.milvus.DataType;
import dev.quiver.proto.milvus.FieldSchema;
import dev.quiver.proto.milvus.KeyValuePair;
import java.sql.Types;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The type of a result column: its Milvus {@link DataType} (null for driver-made columns that have none), the
 * JDBC {@link Types} code, the type name shown to tools (Milvus spelling with parameters, such as
 * {@code VARCHAR(256)} or {@code FLOAT_VECTOR(5)}), the Java class {@code getObject} returns, and the size
 * (max length of a VARCHAR, dimension of a vector, capacity of an ARRAY; 0 when not applicable).
 *
 * <p>Java values by Milvus type: INT64 {@code Long}, INT32 {@code Integer}, INT16 {@code Short}, INT8
 * {@code Byte}, BOOL {@code Boolean}, FLOAT {@code Float}, DOUBLE {@code Double}, VARCHAR {@code String}, JSON
 * {@code String} (the JSON text), TIMESTAMPTZ {@code OffsetDateTime}, GEOMETRY {@code String} (WKT), ARRAY
 * {@code List}, FLOAT_VECTOR {@code float[]}, BINARY/FLOAT16/BFLOAT16/INT8 vectors {@code byte[]},
 * SPARSE_FLOAT_VECTOR {@code Map<Long, Float>} (sorted by index).
 */
public record ColumnType(@Nullable DataType milvusType, int jdbcType, String typeName, Class<?> javaClass, int size,
                         @Nullable DataType elementType) {

    public static final ColumnType BIGINT = new ColumnType(DataType.Int64, Types.BIGINT, "INT64", Long.class, 0, null);
    public static final ColumnType INTEGER = new ColumnType(DataType.Int32, Types.INTEGER, "INT32", Integer.class, 0, null);
    public static final ColumnType SMALLINT = new ColumnType(DataType.Int16, Types.SMALLINT, "INT16", Short.class, 0, null);
    public static final ColumnType TINYINT = new ColumnType(DataType.Int8, Types.TINYINT, "INT8", Byte.class, 0, null);
    public static final ColumnType BOOLEAN = new ColumnType(DataType.Bool, Types.BOOLEAN, "BOOL", Boolean.class, 0, null);
    public static final ColumnType REAL = new ColumnType(DataType.Float, Types.REAL, "FLOAT", Float.class, 0, null);
    public static final ColumnType DOUBLE = new ColumnType(DataType.Double, Types.DOUBLE, "DOUBLE", Double.class, 0, null);
    /** A VARCHAR of unknown length, used for the text columns of SHOW and DESCRIBE results. */
    public static final ColumnType VARCHAR = new ColumnType(DataType.VarChar, Types.VARCHAR, "VARCHAR", String.class, 0, null);
    public static final ColumnType JSON = new ColumnType(DataType.JSON, Types.OTHER, "JSON", String.class, 0, null);
    /** An instant with the offset of the time zone it was read in (the ISO text Milvus answers). */
    public static final ColumnType TIMESTAMPTZ = new ColumnType(DataType.Timestamptz, Types.TIMESTAMP_WITH_TIMEZONE,
            "TIMESTAMPTZ", java.time.OffsetDateTime.class, 0, null);
    /** A geometry as its WKT text. */
    public static final ColumnType GEOMETRY = new ColumnType(DataType.Geometry, Types.OTHER, "GEOMETRY", String.class,
            0, null);

    /** The type of a collection field, from its schema. */
    public static ColumnType of(FieldSchema field) {
        Map<String, String> params = new java.util.HashMap<>();
        for (KeyValuePair kv : field.getTypeParamsList()) {
            params.put(kv.getKey(), kv.getValue());
        }
        int size = switch (field.getDataType()) {
            case VarChar, String -> intParam(params, "max_length");
            case Array -> intParam(params, "max_capacity");
            case FloatVector, BinaryVector, Float16Vector, BFloat16Vector, Int8Vector -> intParam(params, "dim");
            default -> 0;
        };
        DataType element = field.getDataType() == DataType.Array ? field.getElementType() : null;
        return of(field.getDataType(), size, element);
    }

    /** The type of a Milvus data type with its size (max length, dimension or capacity) and array element type. */
    public static ColumnType of(DataType type, int size, @Nullable DataType elementType) {
        return switch (type) {
            case Int64 -> BIGINT;
            case Int32 -> INTEGER;
            case Int16 -> SMALLINT;
            case Int8 -> TINYINT;
            case Bool -> BOOLEAN;
            case Float -> REAL;
            case Double -> DOUBLE;
            case VarChar, String, Text -> new ColumnType(type, Types.VARCHAR, size > 0 ? "VARCHAR(" + size + ")" : "VARCHAR",
                    String.class, size, null);
            case JSON -> JSON;
            case Timestamptz -> TIMESTAMPTZ;
            case Geometry -> GEOMETRY;
            case Array -> new ColumnType(type, Types.ARRAY, "ARRAY<" + (elementType == null ? "?" : of(elementType, 0, null).baseName())
                    + ">" + (size > 0 ? "(" + size + ")" : ""), List.class, size, elementType);
            case FloatVector -> vector(type, "FLOAT_VECTOR", float[].class, size);
            case BinaryVector -> vector(type, "BINARY_VECTOR", byte[].class, size);
            case Float16Vector -> vector(type, "FLOAT16_VECTOR", byte[].class, size);
            case BFloat16Vector -> vector(type, "BFLOAT16_VECTOR", byte[].class, size);
            case Int8Vector -> vector(type, "INT8_VECTOR", byte[].class, size);
            case SparseFloatVector -> new ColumnType(type, Types.OTHER, "SPARSE_FLOAT_VECTOR", Map.class, 0, null);
            default -> new ColumnType(type, Types.OTHER, type.name().toUpperCase(java.util.Locale.ROOT), Object.class, 0, null);
        };
    }

    private static ColumnType vector(DataType type, String name, Class<?> javaClass, int dim) {
        return new ColumnType(type, Types.OTHER, dim > 0 ? name + "(" + dim + ")" : name, javaClass, dim, null);
    }

    private static int intParam(Map<String, String> params, String key) {
        try {
            String v = params.get(key);
            return v == null ? 0 : Integer.parseInt(v.trim());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** The type name without parameters: {@code VARCHAR}, {@code FLOAT_VECTOR}, {@code ARRAY}. */
    public String baseName() {
        int paren = typeName.indexOf('(');
        int angle = typeName.indexOf('<');
        int cut = paren < 0 ? angle : angle < 0 ? paren : Math.min(paren, angle);
        return cut < 0 ? typeName : typeName.substring(0, cut);
    }

    /** Whether this is a vector type. */
    public boolean isVector() {
        return milvusType != null && milvusType.getNumber() >= 100 && milvusType.getNumber() < 200;
    }

    /** Precision for {@link java.sql.ResultSetMetaData#getPrecision}: digits of numbers, length of text. */
    public int precision() {
        return switch (jdbcType) {
            case Types.BIGINT -> 19;
            case Types.INTEGER -> 10;
            case Types.SMALLINT -> 5;
            case Types.TINYINT -> 3;
            case Types.BOOLEAN -> 1;
            case Types.REAL -> 7;
            case Types.DOUBLE -> 15;
            default -> size;
        };
    }

    /** Display width for {@link java.sql.ResultSetMetaData#getColumnDisplaySize}. */
    public int displaySize() {
        return switch (jdbcType) {
            case Types.BIGINT -> 20;
            case Types.INTEGER -> 11;
            case Types.SMALLINT -> 6;
            case Types.TINYINT -> 4;
            case Types.BOOLEAN -> 5;
            case Types.REAL -> 15;
            case Types.DOUBLE -> 24;
            case Types.VARCHAR -> size > 0 ? size : 65535;
            default -> isVector() && size > 0 ? Math.min(Integer.MAX_VALUE / 16, size * 12 + 2) : 65535;
        };
    }
}
