package dev.quiver.embedded.filter;

/**
 * One row's value of an Array field. Only the getter matching the field's element type is called: {@link #getLong}
 * for integer elements, {@link #getDouble} for Float/Double, {@link #getBoolean} for Bool, {@link #getString} for
 * VarChar.
 */
public interface ArrayValue {

    /** The number of elements. */
    int size();

    /** The integer element at {@code index}. */
    default long getLong(int index) {
        throw new UnsupportedOperationException("not an integer array");
    }

    /** The floating-point element at {@code index}. */
    default double getDouble(int index) {
        throw new UnsupportedOperationException("not a floating-point array");
    }

    /** The boolean element at {@code index}. */
    default boolean getBoolean(int index) {
        throw new UnsupportedOperationException("not a boolean array");
    }

    /** The string element at {@code index}. */
    default String getString(int index) {
        throw new UnsupportedOperationException("not a string array");
    }
}
