package dev.quiver.embedded.filter;

import dev.quiver.proto.milvus.DataType;

/**
 * What a filter needs to know about one field of a collection.
 *
 * @param name the field name, as segments name its column
 * @param type the field's data type
 * @param elementType the element type of an {@code Array} field, {@link DataType#None} otherwise
 * @param nullable whether rows may hold null in this field
 * @param primaryKey whether this is the primary key
 */
public record FieldInfo(String name, DataType type, DataType elementType, boolean nullable, boolean primaryKey) {

    /** A non-nullable, non-key field of a scalar type. */
    public static FieldInfo of(String name, DataType type) {
        return new FieldInfo(name, type, DataType.None, false, false);
    }
}
