package dev.quiver.embedded.data;

import dev.quiver.proto.milvus.CollectionSchema;
import dev.quiver.proto.milvus.DataType;
import dev.quiver.proto.milvus.FieldSchema;
import dev.quiver.proto.milvus.KeyValuePair;
import dev.quiver.wire.FieldLayout;
import java.util.List;
import java.util.Optional;

/** Helpers to read a collection schema's type parameters and special fields. */
final class Schemas {
    static final String DYNAMIC_FIELD = "$meta";

    private Schemas() {
    }

    static Optional<String> typeParam(FieldSchema field, String key) {
        for (KeyValuePair kv : field.getTypeParamsList()) {
            if (kv.getKey().equals(key)) {
                return Optional.of(kv.getValue());
            }
        }
        return Optional.empty();
    }

    static int dim(FieldSchema field) {
        if (field.getDataType() == DataType.SparseFloatVector) {
            return 0;
        }
        return typeParam(field, "dim").map(v -> Integer.parseInt(v.trim())).orElseThrow(
                () -> new IllegalStateException("vector field " + field.getName() + " has no dim"));
    }

    static long maxLength(FieldSchema field) {
        return typeParam(field, "max_length").map(v -> Long.parseLong(v.trim())).orElse(65_535L);
    }

    static long maxCapacity(FieldSchema field) {
        return typeParam(field, "max_capacity").map(v -> Long.parseLong(v.trim())).orElse(4096L);
    }

    static boolean isVector(DataType type) {
        return FieldLayout.isVector(type);
    }

    static List<FieldSchema> vectorFields(CollectionSchema schema) {
        return schema.getFieldsList().stream().filter(f -> isVector(f.getDataType())).toList();
    }

    static Optional<FieldSchema> field(CollectionSchema schema, String name) {
        return schema.getFieldsList().stream().filter(f -> f.getName().equals(name)).findFirst();
    }

    static Optional<FieldSchema> dynamicField(CollectionSchema schema) {
        return schema.getFieldsList().stream().filter(FieldSchema::getIsDynamic).findFirst();
    }

    static FieldSchema primary(CollectionSchema schema) {
        return schema.getFieldsList().stream().filter(FieldSchema::getIsPrimaryKey).findFirst()
                .orElseThrow(() -> new IllegalStateException("schema " + schema.getName() + " has no primary key"));
    }
}
