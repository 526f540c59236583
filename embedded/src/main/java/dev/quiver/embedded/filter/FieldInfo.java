package dev.quiver.embedded.filter;

import dev.quiver.embedded.text.TextAnalyzer;
import dev.quiver.proto.milvus.DataType;
import org.jspecify.annotations.Nullable;

/**
 * What a filter needs to know about one field of a collection.
 *
 * @param name the field name, as segments name its column
 * @param type the field's data type
 * @param elementType the element type of an {@code Array} field, {@link DataType#None} otherwise
 * @param nullable whether rows may hold null in this field
 * @param primaryKey whether this is the primary key
 * @param matchAnalyzer the analyzer of a VARCHAR field with {@code enable_match}, null for every other field
 */
public record FieldInfo(String name, DataType type, DataType elementType, boolean nullable, boolean primaryKey,
                        @Nullable TextAnalyzer matchAnalyzer) {

    /** A field that does not enable text match. */
    public FieldInfo(String name, DataType type, DataType elementType, boolean nullable, boolean primaryKey) {
        this(name, type, elementType, nullable, primaryKey, null);
    }

    /** A non-nullable, non-key field of a scalar type. */
    public static FieldInfo of(String name, DataType type) {
        return new FieldInfo(name, type, DataType.None, false, false);
    }
}
