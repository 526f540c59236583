package dev.quiver.embedded.filter;

import com.fasterxml.jackson.databind.JsonNode;
import org.jspecify.annotations.Nullable;

/**
 * Typed access to the values of one column by row number. A filter calls only the getter that matches the field's
 * type, and only for rows where {@link #isNull} is false: {@link #getLong} for Int8/16/32/64 (and Timestamptz, as
 * microseconds since the epoch), {@link #getDouble}
 * for Float/Double, {@link #getBoolean} for Bool, {@link #getString} for VarChar, {@link #getJson} for JSON (and the
 * dynamic field), {@link #getArray} for Array. The default getters throw, so an implementation overrides only what
 * its column holds. Readers are used by one thread at a time.
 */
public interface ColumnReader {

    /** Whether the row holds null (always false for a non-nullable field). */
    boolean isNull(int row);

    /** The value of an integer column. */
    default long getLong(int row) {
        throw new UnsupportedOperationException("not an integer column");
    }

    /** The value of a Float or Double column. */
    default double getDouble(int row) {
        throw new UnsupportedOperationException("not a floating-point column");
    }

    /** The value of a Bool column. */
    default boolean getBoolean(int row) {
        throw new UnsupportedOperationException("not a boolean column");
    }

    /** The value of a VarChar column. */
    default String getString(int row) {
        throw new UnsupportedOperationException("not a string column");
    }

    /**
     * The parsed value of a JSON column, or null when the row has none. Implementations that store JSON as bytes
     * should parse lazily and may cache the last row, since a filter may read the same row's JSON several times.
     */
    default @Nullable JsonNode getJson(int row) {
        throw new UnsupportedOperationException("not a JSON column");
    }

    /** The value of a Geometry column, decoded from its stored WKB. */
    default org.locationtech.jts.geom.Geometry getGeometry(int row) {
        throw new UnsupportedOperationException("not a geometry column");
    }

    /** The value of an Array column. */
    default ArrayValue getArray(int row) {
        throw new UnsupportedOperationException("not an array column");
    }
}
