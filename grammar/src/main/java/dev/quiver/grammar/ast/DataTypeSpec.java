package dev.quiver.grammar.ast;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A field type with its size parameters: {@code VARCHAR(256)} has a {@code maxLength}, {@code FLOAT_VECTOR(768)}
 * a {@code dimension}, {@code ARRAY<VARCHAR(32)>(16)} an {@code elementType} and a {@code maxCapacity}.
 * Parameters that do not apply to the type are null; those that apply are non-null (the parser rejects
 * {@code VARCHAR} without a length and vector types without a dimension).
 */
public record DataTypeSpec(DataType type, @Nullable Integer maxLength, @Nullable Integer dimension,
                           @Nullable DataTypeSpec elementType, @Nullable Integer maxCapacity) {
    public DataTypeSpec {
        Objects.requireNonNull(type, "type");
    }

    /** A type without parameters: BOOL, the integers, FLOAT, DOUBLE, JSON, SPARSE_FLOAT_VECTOR. */
    public static DataTypeSpec of(DataType type) {
        return new DataTypeSpec(type, null, null, null, null);
    }

    /** {@code VARCHAR(maxLength)}. */
    public static DataTypeSpec varchar(int maxLength) {
        return new DataTypeSpec(DataType.VARCHAR, maxLength, null, null, null);
    }

    /** A dense or binary vector type with its dimension, e.g. {@code FLOAT_VECTOR(768)}. */
    public static DataTypeSpec vector(DataType type, int dimension) {
        return new DataTypeSpec(type, null, dimension, null, null);
    }

    /** {@code ARRAY<elementType>(maxCapacity)}. */
    public static DataTypeSpec array(DataTypeSpec elementType, int maxCapacity) {
        return new DataTypeSpec(DataType.ARRAY, null, null, elementType, maxCapacity);
    }
}
