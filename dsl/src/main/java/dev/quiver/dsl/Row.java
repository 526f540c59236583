package dev.quiver.dsl;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One row of a query, search, SHOW or DESCRIBE result: column names in result order, with their values as the
 * driver returns them (numbers, strings, booleans, {@code float[]} for float vectors, {@code byte[]} for binary
 * vectors, JSON as a {@code String}, arrays as lists). Immutable and thread-safe.
 *
 * <p>The typed getters ({@link #getLong(String)}, {@link #getString(String)}, ...) never return null: they fail with
 * a {@link QuiverException} for a missing column or a null value. Their {@code ...OrNull} variants return null for a
 * null value, so that Kotlin sees exactly where a value may be absent.
 */
public final class Row {
    /** The column a vector search puts its score in ({@code distance()}). */
    public static final String DISTANCE = "distance";

    private final Map<String, @Nullable Object> values;

    Row(Map<String, @Nullable Object> values) {
        this.values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    /**
     * The column names, in result order.
     *
     * @return an unmodifiable list
     */
    public List<String> getColumnNames() {
        return List.copyOf(values.keySet());
    }

    /**
     * Whether the row has a column called {@code column}.
     *
     * @param column the column name
     * @return true when present (even if its value is null)
     */
    public boolean hasColumn(String column) {
        return values.containsKey(column);
    }

    /**
     * Whether {@code column}'s value is null.
     *
     * @param column an existing column
     * @return true for a null value
     * @throws QuiverException when there is no such column
     */
    public boolean isNull(String column) {
        return getObject(column) == null;
    }

    /**
     * The value of {@code column} as the driver returned it.
     *
     * @param column an existing column
     * @return the value, null for SQL NULL
     * @throws QuiverException when there is no such column
     */
    public @Nullable Object getObject(String column) {
        if (!values.containsKey(column)) {
            throw new QuiverException("no column '" + column + "' in this row; columns: " + values.keySet());
        }
        return values.get(column);
    }

    /**
     * The value of {@code column} as a 64-bit integer.
     *
     * @param column an existing, non-null numeric column
     * @return the value
     * @throws QuiverException when the column is missing, null or not a number
     */
    public long getLong(String column) {
        return (Long) Objects.requireNonNull(getAs(column, long.class));
    }

    /**
     * The value of {@code column} as a 64-bit integer, or null.
     *
     * @param column an existing numeric column
     * @return the value, null for SQL NULL
     */
    public @Nullable Long getLongOrNull(String column) {
        return (Long) getAs(column, Long.class);
    }

    /**
     * The value of {@code column} as a 32-bit integer.
     *
     * @param column an existing, non-null numeric column that fits an int
     * @return the value
     */
    public int getInt(String column) {
        return (Integer) Objects.requireNonNull(getAs(column, int.class));
    }

    /**
     * The value of {@code column} as a double.
     *
     * @param column an existing, non-null numeric column
     * @return the value
     */
    public double getDouble(String column) {
        return (Double) Objects.requireNonNull(getAs(column, double.class));
    }

    /**
     * The value of {@code column} as a double, or null.
     *
     * @param column an existing numeric column
     * @return the value, null for SQL NULL
     */
    public @Nullable Double getDoubleOrNull(String column) {
        return (Double) getAs(column, Double.class);
    }

    /**
     * The value of {@code column} as a boolean.
     *
     * @param column an existing, non-null boolean column
     * @return the value
     */
    public boolean getBoolean(String column) {
        return (Boolean) Objects.requireNonNull(getAs(column, boolean.class));
    }

    /**
     * The value of {@code column} as text (JSON columns come back as their JSON text).
     *
     * @param column an existing, non-null column
     * @return the value
     * @throws QuiverException when the column is missing or null
     */
    public String getString(String column) {
        String value = getStringOrNull(column);
        if (value == null) {
            throw new QuiverException("column '" + column + "' is null; use getStringOrNull to allow that");
        }
        return value;
    }

    /**
     * The value of {@code column} as text, or null.
     *
     * @param column an existing column
     * @return the value, null for SQL NULL
     */
    public @Nullable String getStringOrNull(String column) {
        return (String) getAs(column, String.class);
    }

    /**
     * The value of a float vector column.
     *
     * @param column an existing, non-null vector column
     * @return a copy of the vector
     * @throws QuiverException when the column is missing, null or not a float vector
     */
    public float[] getVector(String column) {
        Object value = getObject(column);
        if (value == null) {
            throw new QuiverException("column '" + column + "' is null");
        }
        return Conversions.floats(value, column);
    }

    /**
     * The value of an array column (or any list-valued column).
     *
     * @param column an existing, non-null column
     * @return the elements, unmodifiable
     */
    public List<@Nullable Object> getList(String column) {
        Object value = getObject(column);
        if (value instanceof List<?> list) {
            return Collections.unmodifiableList(list);
        }
        throw new QuiverException("column '" + column + "' is " + (value == null ? "null" : "a "
                + value.getClass().getSimpleName()) + ", not a list");
    }

    /**
     * The score of a vector search hit: its {@code distance} column.
     *
     * @return the distance (or similarity, for IP and COSINE) Milvus returned
     * @throws QuiverException when the row is not a search hit
     */
    public double getDistance() {
        if (!values.containsKey(DISTANCE)) {
            throw new QuiverException("this row has no distance: only vector search results have one");
        }
        return getDouble(DISTANCE);
    }

    /**
     * The row as a Java record (components matched to columns by name, or by their snake_case form) or a JavaBean
     * (setters matched the same way). Numbers are converted to the component types; columns without a component
     * are ignored; a component without a column gets null (an error for primitives).
     *
     * @param type a record class or a bean class with a no-argument constructor
     * @param <T> the type
     * @return a new instance
     * @throws IllegalArgumentException when {@code type} cannot be created from the row
     */
    public <T> T into(Class<T> type) {
        return Beans.fromRow(this, type);
    }

    /**
     * The row as a map from column name to value, in column order.
     *
     * @return an unmodifiable map
     */
    public Map<String, @Nullable Object> asMap() {
        return values;
    }

    private @Nullable Object getAs(String column, Class<?> type) {
        return Conversions.convert(getObject(column), type, type, column);
    }

    /**
     * Rows are equal when they have the same columns in the same order with equal values.
     *
     * @param other another object
     * @return whether equal
     */
    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof Row row && List.copyOf(values.entrySet()).equals(List.copyOf(row.values.entrySet()));
    }

    /**
     * A hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return values.hashCode();
    }

    /**
     * The row as {@code {column=value, ...}}.
     *
     * @return a readable form
     */
    @Override
    public String toString() {
        return values.toString();
    }
}
