package dev.quiver.dsl;

import dev.quiver.grammar.ast.ColumnDefinition;
import dev.quiver.grammar.ast.DataType;
import dev.quiver.grammar.ast.DataTypeSpec;
import java.util.ArrayList;
import java.util.List;

/**
 * The column definitions of a CREATE COLLECTION, collected inside a block:
 * {@code createCollection("films", c -> { c.int64("id").primaryKey(); c.floatVector("embedding", 768); })}, or in
 * Kotlin {@code createCollection("films") { it.int64("id").primaryKey(); it.floatVector("embedding", 768) }}. Each
 * method adds a column, in order, and returns its {@link ColumnBuilder} for options. Confined to the block that
 * received it: not thread-safe, and not to be kept after the block.
 */
public final class Columns {
    private final List<ColumnBuilder> columns = new ArrayList<>();

    Columns() {
    }

    /**
     * Adds a column of any type.
     *
     * @param name the column name
     * @param type the type, such as {@code DataTypeSpec.varchar(64)}
     * @return the column, for options
     */
    public ColumnBuilder column(String name, DataTypeSpec type) {
        ColumnBuilder column = new ColumnBuilder(name, type);
        columns.add(column);
        return column;
    }

    /**
     * Adds a {@code BOOL} column.
     *
     * @param name the column name
     * @return the column, for options
     */
    public ColumnBuilder bool(String name) {
        return column(name, DataTypeSpec.of(DataType.BOOL));
    }

    /**
     * Adds an {@code INT8} column.
     *
     * @param name the column name
     * @return the column, for options
     */
    public ColumnBuilder int8(String name) {
        return column(name, DataTypeSpec.of(DataType.INT8));
    }

    /**
     * Adds an {@code INT16} column.
     *
     * @param name the column name
     * @return the column, for options
     */
    public ColumnBuilder int16(String name) {
        return column(name, DataTypeSpec.of(DataType.INT16));
    }

    /**
     * Adds an {@code INT32} column.
     *
     * @param name the column name
     * @return the column, for options
     */
    public ColumnBuilder int32(String name) {
        return column(name, DataTypeSpec.of(DataType.INT32));
    }

    /**
     * Adds an {@code INT64} column.
     *
     * @param name the column name
     * @return the column, for options
     */
    public ColumnBuilder int64(String name) {
        return column(name, DataTypeSpec.of(DataType.INT64));
    }

    /**
     * Adds a {@code FLOAT} (32-bit) column.
     *
     * @param name the column name
     * @return the column, for options
     */
    public ColumnBuilder float32(String name) {
        return column(name, DataTypeSpec.of(DataType.FLOAT));
    }

    /**
     * Adds a {@code DOUBLE} (64-bit) column.
     *
     * @param name the column name
     * @return the column, for options
     */
    public ColumnBuilder float64(String name) {
        return column(name, DataTypeSpec.of(DataType.DOUBLE));
    }

    /**
     * Adds a {@code VARCHAR(maxLength)} column.
     *
     * @param name the column name
     * @param maxLength the maximum length in bytes, positive
     * @return the column, for options
     */
    public ColumnBuilder varchar(String name, int maxLength) {
        return column(name, DataTypeSpec.varchar(positive(maxLength, "VARCHAR length")));
    }

    /**
     * Adds a {@code JSON} column.
     *
     * @param name the column name
     * @return the column, for options
     */
    public ColumnBuilder json(String name) {
        return column(name, DataTypeSpec.of(DataType.JSON));
    }

    /**
     * Adds a {@code TIMESTAMPTZ} column: an instant, written as ISO 8601 text or an {@code OffsetDateTime} /
     * {@code Instant}, read back as an {@code OffsetDateTime} in the collection's time zone.
     *
     * @param name the column name
     * @return the column, for options
     */
    public ColumnBuilder timestamptz(String name) {
        return column(name, DataTypeSpec.of(DataType.TIMESTAMPTZ));
    }

    /**
     * Adds a {@code GEOMETRY} column: a geometry written and read as WKT text, such as {@code POINT (13.4 52.5)}.
     *
     * @param name the column name
     * @return the column, for options
     */
    public ColumnBuilder geometry(String name) {
        return column(name, DataTypeSpec.of(DataType.GEOMETRY));
    }

    /**
     * Adds an {@code ARRAY<elementType>(maxCapacity)} column of scalars (not VARCHAR: see
     * {@link #varcharArray(String, int, int)}).
     *
     * @param name the column name
     * @param elementType BOOL, an integer type, FLOAT or DOUBLE
     * @param maxCapacity the maximum number of elements, positive
     * @return the column, for options
     */
    public ColumnBuilder array(String name, DataType elementType, int maxCapacity) {
        if (elementType.isVector() || elementType == DataType.ARRAY || elementType == DataType.JSON
                || elementType == DataType.VARCHAR || elementType == DataType.TIMESTAMPTZ
                || elementType == DataType.GEOMETRY) {
            throw new IllegalArgumentException("an ARRAY of " + elementType + " needs "
                    + (elementType == DataType.VARCHAR ? "varcharArray(name, maxLength, maxCapacity)" : "another element type"));
        }
        return column(name, DataTypeSpec.array(DataTypeSpec.of(elementType), positive(maxCapacity, "ARRAY capacity")));
    }

    /**
     * Adds an {@code ARRAY<VARCHAR(maxLength)>(maxCapacity)} column.
     *
     * @param name the column name
     * @param maxLength the maximum length of an element, positive
     * @param maxCapacity the maximum number of elements, positive
     * @return the column, for options
     */
    public ColumnBuilder varcharArray(String name, int maxLength, int maxCapacity) {
        return column(name, DataTypeSpec.array(DataTypeSpec.varchar(positive(maxLength, "VARCHAR length")),
                positive(maxCapacity, "ARRAY capacity")));
    }

    /**
     * Adds a {@code FLOAT_VECTOR(dimension)} column.
     *
     * @param name the column name
     * @param dimension the vector dimension, positive
     * @return the column, for options
     */
    public ColumnBuilder floatVector(String name, int dimension) {
        return vector(name, DataType.FLOAT_VECTOR, dimension);
    }

    /**
     * Adds a {@code BINARY_VECTOR(dimension)} column.
     *
     * @param name the column name
     * @param dimension the dimension in bits, a positive multiple of 8
     * @return the column, for options
     */
    public ColumnBuilder binaryVector(String name, int dimension) {
        return vector(name, DataType.BINARY_VECTOR, dimension);
    }

    /**
     * Adds a {@code FLOAT16_VECTOR(dimension)} column.
     *
     * @param name the column name
     * @param dimension the vector dimension, positive
     * @return the column, for options
     */
    public ColumnBuilder float16Vector(String name, int dimension) {
        return vector(name, DataType.FLOAT16_VECTOR, dimension);
    }

    /**
     * Adds a {@code BFLOAT16_VECTOR(dimension)} column.
     *
     * @param name the column name
     * @param dimension the vector dimension, positive
     * @return the column, for options
     */
    public ColumnBuilder bfloat16Vector(String name, int dimension) {
        return vector(name, DataType.BFLOAT16_VECTOR, dimension);
    }

    /**
     * Adds an {@code INT8_VECTOR(dimension)} column.
     *
     * @param name the column name
     * @param dimension the vector dimension, positive
     * @return the column, for options
     */
    public ColumnBuilder int8Vector(String name, int dimension) {
        return vector(name, DataType.INT8_VECTOR, dimension);
    }

    /**
     * Adds a {@code SPARSE_FLOAT_VECTOR} column.
     *
     * @param name the column name
     * @return the column, for options
     */
    public ColumnBuilder sparseFloatVector(String name) {
        return column(name, DataTypeSpec.of(DataType.SPARSE_FLOAT_VECTOR));
    }

    private ColumnBuilder vector(String name, DataType type, int dimension) {
        return column(name, DataTypeSpec.vector(type, positive(dimension, type + " dimension")));
    }

    private static int positive(int value, String what) {
        if (value <= 0) {
            throw new IllegalArgumentException("the " + what + " must be positive, not " + value);
        }
        return value;
    }

    List<ColumnDefinition> build() {
        return columns.stream().map(ColumnBuilder::build).toList();
    }
}
