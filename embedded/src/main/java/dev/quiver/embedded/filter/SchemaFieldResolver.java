package dev.quiver.embedded.filter;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/** {@link FieldResolver} over a fixed map of fields. Immutable. */
record SchemaFieldResolver(Map<String, FieldInfo> fields, @Nullable FieldInfo dynamicField, FieldInfo primaryKey)
        implements FieldResolver {

    @Override
    public @Nullable FieldInfo field(String name) {
        return fields.get(name);
    }
}
