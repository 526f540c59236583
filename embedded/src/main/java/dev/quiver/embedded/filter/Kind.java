package dev.quiver.embedded.filter;

/** The static type of a compiled operand. */
enum Kind {
    /** Int8, Int16, Int32, Int64 values, read with {@code getLong}. */
    LONG,
    /** Float and Double values, read with {@code getDouble}. */
    DOUBLE,
    STRING,
    BOOL,
    /** A JSON value (a JSON field, a path into one, or a dynamic-field key): its type is known per row only. */
    JSON,
    /** A value computed from JSON (arithmetic on a JSON path): a Long or Double per row, or null. */
    DYNAMIC,
    /** A whole Array field. */
    ARRAY,
    /** A constant list. */
    LIST,
    /**
     * A Timestamptz or Geometry field: only {@code is [not] null}, the ISO comparisons and the ST_ functions, which
     * read the column themselves, apply to it.
     */
    OPAQUE;

    boolean isNumeric() {
        return this == LONG || this == DOUBLE;
    }

    boolean isDynamic() {
        return this == JSON || this == DYNAMIC;
    }
}
