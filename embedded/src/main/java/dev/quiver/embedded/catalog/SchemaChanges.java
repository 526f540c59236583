package dev.quiver.embedded.catalog;

import dev.quiver.embedded.error.EngineException;
import dev.quiver.proto.milvus.CollectionSchema;
import dev.quiver.proto.milvus.DataType;
import dev.quiver.proto.milvus.FieldSchema;
import dev.quiver.proto.milvus.KeyValuePair;
import dev.quiver.wire.MilvusError;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Schema evolution of an existing collection as Milvus 2.6 checks it: AddCollectionField (a new nullable field,
 * validated like a created one) and AlterCollectionField (the few field properties that may change). Pure
 * functions from an old schema to a new one; the caller persists the result.
 */
public final class SchemaChanges {
    private static final String MAX_LENGTH = "max_length";
    private static final String MAX_CAPACITY = "max_capacity";
    private static final String MMAP_ENABLED = "mmap.enabled";
    private static final String WARMUP = "warmup";
    private static final String DESCRIPTION = "field.description";
    private static final Set<String> ALTERABLE = Set.of(MAX_LENGTH, MMAP_ENABLED, MAX_CAPACITY, DESCRIPTION,
            WARMUP);
    private static final Set<String> DROPPABLE = Set.of(MMAP_ENABLED, WARMUP);
    private static final Set<String> SYSTEM_FIELDS = Set.of("RowID", "Timestamp", SchemaNormalizer.DYNAMIC_FIELD);

    private SchemaChanges() {
    }

    /**
     * {@code schema} with {@code field} appended under the next free field id, or the error Milvus's proxy gives:
     * the added field must be nullable, must not be a primary or partition key, and passes the type checks of
     * CreateCollection. The embedded engine cannot add vector fields (it has no nullable vectors).
     */
    public static CollectionSchema addField(String collection, CollectionSchema schema, FieldSchema field) {
        long userFields = schema.getFieldsList().stream().filter(f -> !f.getIsDynamic()).count();
        if (userFields >= SchemaNormalizer.MAX_FIELDS) {
            throw invalid("The number of fields has reached the maximum value " + SchemaNormalizer.MAX_FIELDS);
        }
        for (FieldSchema existing : schema.getFieldsList()) {
            if (existing.getName().equals(field.getName())) {
                throw invalid("duplicated field name " + field.getName());
            }
        }
        if (field.getDataType() == DataType.None || field.getDataType() == DataType.UNRECOGNIZED) {
            throw EngineException.because(MilvusError.PARAMETER_INVALID, "field data type: "
                    + field.getDataType() + " is not supported");
        }
        if (SYSTEM_FIELDS.contains(field.getName())) {
            throw invalid("not support to add system field, field name = " + field.getName());
        }
        if (field.getIsPrimaryKey()) {
            throw invalid("not support to add pk field, field name = " + field.getName());
        }
        if (field.getAutoID()) {
            throw invalid("only primary field can speficy AutoID with true, field name = " + field.getName());
        }
        if (field.getIsPartitionKey()) {
            throw invalid("not support to add partition key field, field name  = " + field.getName());
        }
        if (field.getIsDynamic()) {
            throw invalid("cannot explicitly set a field as a dynamic field");
        }
        if (!field.getNullable()) {
            throw invalid("added field must be nullable, please check it, field name = " + field.getName());
        }
        Names.checkField(field.getName());
        if (SchemaNormalizer.isVector(field.getDataType())) {
            throw EngineException.because(MilvusError.UNSUPPORTED_OPERATION, "adding the vector field "
                    + field.getName() + " to an existing collection is not supported by the embedded engine");
        }
        SchemaNormalizer.checkType(collection, field);
        long nextId = schema.getFieldsList().stream().mapToLong(FieldSchema::getFieldID).max()
                .orElse(SchemaNormalizer.FIRST_USER_FIELD_ID - 1) + 1;
        FieldSchema added = field.toBuilder().setFieldID(nextId).build();
        return schema.toBuilder().addFields(added).build();
    }

    /**
     * {@code schema} with the properties of field {@code fieldName} changed: {@code max_length} (VarChar, or an
     * array of VarChar), {@code max_capacity} (arrays), {@code mmap.enabled}, {@code warmup} and
     * {@code field.description} may be set; {@code mmap.enabled} and {@code warmup} may be dropped, and neither while
     * the collection is loaded.
     */
    public static CollectionSchema alterField(CollectionInfo info, String fieldName, List<KeyValuePair> properties,
                                              List<String> dropKeys) {
        CollectionSchema schema = info.schema();
        int index = -1;
        for (int i = 0; i < schema.getFieldsCount(); i++) {
            if (schema.getFields(i).getName().equals(fieldName) && !schema.getFields(i).getIsDynamic()) {
                index = i;
            }
        }
        for (KeyValuePair pair : properties) {
            if (!ALTERABLE.contains(pair.getKey())) {
                throw invalid(pair.getKey() + " does not allow update in collection field param");
            }
        }
        if (index < 0) {
            throw EngineException.with(MilvusError.FIELD_NOT_FOUND, "field", fieldName);
        }
        FieldSchema field = schema.getFields(index);
        Map<String, String> typeParams = new LinkedHashMap<>();
        field.getTypeParamsList().forEach(p -> typeParams.put(p.getKey(), p.getValue()));
        FieldSchema.Builder changed = field.toBuilder();
        for (KeyValuePair pair : properties) {
            String key = pair.getKey();
            String value = pair.getValue();
            switch (key) {
                case MMAP_ENABLED, WARMUP -> {
                    if (info.isLoaded()) {
                        throw loaded(info, key.equals(WARMUP) ? "can not alter warmup if collection loaded"
                                : "can not alter collection field properties if collection loaded");
                    }
                    if (key.equals(MMAP_ENABLED) && !value.equalsIgnoreCase("true")
                            && !value.equalsIgnoreCase("false")) {
                        throw invalid("invalid mmap.enabled value: " + value + ", expected true or false");
                    }
                    if (key.equals(WARMUP) && !value.equals("sync") && !value.equals("disable")) {
                        throw invalid("invalid warmup policy: " + value + ", expected sync or disable");
                    }
                    typeParams.put(key, value);
                }
                case MAX_LENGTH -> {
                    boolean text = field.getDataType() == DataType.VarChar
                            || (field.getDataType() == DataType.Array && field.getElementType() == DataType.VarChar);
                    if (!text) {
                        throw invalid(" can not modify the maxlength for non-string types");
                    }
                    long length = integer(value, MAX_LENGTH + " should be an integer, but got " + value);
                    if (length > SchemaNormalizer.MAX_VARCHAR_LENGTH) {
                        throw invalid(value + " exceeds the maximum allowed value "
                                + SchemaNormalizer.MAX_VARCHAR_LENGTH);
                    }
                    if (length <= 0) {
                        throw invalid("the maximum length specified for the field(" + fieldName
                                + ") should be in (0, " + SchemaNormalizer.MAX_VARCHAR_LENGTH + "], but got "
                                + length + " instead");
                    }
                    typeParams.put(key, Long.toString(length));
                }
                case MAX_CAPACITY -> {
                    if (field.getDataType() != DataType.Array) {
                        throw invalid(" can not modify the maxcapacity for non-array types");
                    }
                    long capacity = integer(value, "the value for " + MAX_CAPACITY + " of field " + fieldName
                            + " must be an integer");
                    if (capacity <= 0 || capacity > SchemaNormalizer.MAX_ARRAY_CAPACITY) {
                        throw invalid("the maximum capacity specified for a Array should be in (0, "
                                + SchemaNormalizer.MAX_ARRAY_CAPACITY + "]");
                    }
                    typeParams.put(key, Long.toString(capacity));
                }
                default -> changed.setDescription(value);
            }
        }
        for (String key : dropKeys) {
            if (!DROPPABLE.contains(key)) {
                throw invalid(key + " is not allowed to drop in collection field param");
            }
            if (info.isLoaded()) {
                throw loaded(info, "can not drop collection field properties if collection loaded");
            }
            typeParams.remove(key);
        }
        changed.clearTypeParams();
        typeParams.forEach((key, value) -> changed.addTypeParams(
                KeyValuePair.newBuilder().setKey(key).setValue(value)));
        return schema.toBuilder().setFields(index, changed).build();
    }

    private static long integer(String value, String message) {
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            throw invalid(message);
        }
    }

    private static EngineException loaded(CollectionInfo info, String message) {
        return EngineException.withReason(MilvusError.COLLECTION_LOADED, message + ": "
                + MilvusError.COLLECTION_LOADED.reason("collection", info.name()));
    }

    private static EngineException invalid(String message) {
        return EngineException.because(MilvusError.PARAMETER_INVALID, message);
    }
}
