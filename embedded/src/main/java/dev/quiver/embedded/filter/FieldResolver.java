package dev.quiver.embedded.filter;

import dev.quiver.embedded.text.TextAnalyzer;
import dev.quiver.embedded.text.TextFields;
import dev.quiver.proto.milvus.CollectionSchema;
import dev.quiver.proto.milvus.DataType;
import dev.quiver.proto.milvus.FieldSchema;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The schema as a filter sees it: fields by name, the primary key, and the dynamic field that holds keys which are
 * not schema fields. Implementations must be immutable for the duration of a request.
 */
public interface FieldResolver {

    /** The field named {@code name}, or null when the schema has none (the dynamic field is found by its name). */
    @Nullable FieldInfo field(String name);

    /**
     * The dynamic JSON field (Milvus names it {@code $meta}) when the collection enables dynamic fields, else null.
     * Names that are not schema fields then refer to its keys: {@code color} means {@code $meta["color"]}.
     */
    @Nullable FieldInfo dynamicField();

    /** The primary key field. */
    FieldInfo primaryKey();

    /**
     * A resolver over a Milvus collection schema: every field by name, the field flagged {@code is_dynamic} (or
     * {@code $meta} when the schema enables dynamic fields without listing it).
     *
     * @throws IllegalArgumentException when the schema has no primary key
     */
    static FieldResolver of(CollectionSchema schema) {
        Map<String, FieldInfo> fields = new HashMap<>();
        FieldInfo dynamic = null;
        FieldInfo primary = null;
        for (FieldSchema field : schema.getFieldsList()) {
            TextAnalyzer match = field.getDataType() == DataType.VarChar && TextFields.matchEnabled(field)
                    ? TextFields.analyzer(field) : null;
            FieldInfo info = new FieldInfo(field.getName(), field.getDataType(), field.getElementType(),
                    field.getNullable(), field.getIsPrimaryKey(), match);
            fields.put(field.getName(), info);
            if (field.getIsDynamic()) {
                dynamic = info;
            }
            if (field.getIsPrimaryKey()) {
                primary = info;
            }
        }
        if (dynamic == null && schema.getEnableDynamicField()) {
            dynamic = new FieldInfo("$meta", DataType.JSON, DataType.None, true, false);
            fields.put(dynamic.name(), dynamic);
        }
        if (primary == null) {
            throw new IllegalArgumentException("schema of " + schema.getName() + " has no primary key");
        }
        return new SchemaFieldResolver(Map.copyOf(fields), dynamic, primary);
    }
}
