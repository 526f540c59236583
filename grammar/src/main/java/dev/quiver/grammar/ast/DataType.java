package dev.quiver.grammar.ast;

/** The field types of a collection, spelled as in the statement language (and as Milvus names them). */
public enum DataType {
    BOOL, INT8, INT16, INT32, INT64, FLOAT, DOUBLE, VARCHAR, JSON, ARRAY, TIMESTAMPTZ, GEOMETRY,
    FLOAT_VECTOR, BINARY_VECTOR, FLOAT16_VECTOR, BFLOAT16_VECTOR, INT8_VECTOR, SPARSE_FLOAT_VECTOR;

    /** Whether this is a vector type (dense, binary or sparse). */
    public boolean isVector() {
        return ordinal() >= FLOAT_VECTOR.ordinal();
    }

    /** Whether this type is written with a dimension, {@code FLOAT_VECTOR(768)}; sparse vectors have none. */
    public boolean hasDimension() {
        return isVector() && this != SPARSE_FLOAT_VECTOR;
    }
}
