package dev.quiver.embedded.data;

import dev.quiver.embedded.error.MilvusError;
import dev.quiver.proto.milvus.CollectionSchema;
import dev.quiver.proto.milvus.TemplateValue;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Compiles a request's filter once into a {@link RowFilter}; null means "every row". */
final class Filters {
    private Filters() {
    }

    static @Nullable RowFilter compile(CollectionSchema schema, String expr, Map<String, TemplateValue> templates) {
        if (expr.isBlank()) {
            return null;
        }
        Optional<List<Object>> keys = PrimaryKeyList.of(Schemas.primary(schema), expr, templates);
        if (keys.isPresent()) {
            Set<Object> set = new HashSet<>(keys.get());
            return (segment, row) -> set.contains(segment.pk(row));
        }
        throw MilvusError.UNSUPPORTED_OPERATION.withReason("filter expression is not supported yet: " + expr);
    }
}
