package dev.quiver.embedded.catalog;

import dev.quiver.embedded.error.EngineException;
import dev.quiver.proto.milvus.CollectionSchema;
import dev.quiver.proto.milvus.DataType;
import dev.quiver.proto.milvus.FieldSchema;
import dev.quiver.proto.milvus.KeyValuePair;
import dev.quiver.wire.MilvusError;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Validates a schema a client sent with {@code CreateCollection} as Milvus does and completes it: field ids from
 * {@value #FIRST_USER_FIELD_ID}, and the hidden {@code $meta} JSON field when the dynamic field is enabled.
 * Stateless.
 */
public final class SchemaNormalizer {
    /** Milvus's {@code common.StartOfUserFieldID}. */
    public static final long FIRST_USER_FIELD_ID = 100;
    /** The name of the hidden field holding dynamic data. */
    public static final String DYNAMIC_FIELD = "$meta";
    static final int MAX_FIELDS = 64;
    static final int MAX_VECTOR_FIELDS = 10;
    static final int MAX_DIM = 32768;
    static final int MAX_VARCHAR_LENGTH = 65535;
    static final int MAX_ARRAY_CAPACITY = 4096;
    static final int MAX_PARTITIONS = 1024;

    private SchemaNormalizer() {
    }

    /**
     * The schema as the catalog stores it.
     *
     * @throws EngineException 1100 {@code invalid parameter} describing the first problem found
     */
    @SuppressWarnings("deprecation")
    public static CollectionSchema normalize(String collectionName, CollectionSchema requested) {
        if (!requested.getName().isEmpty() && !requested.getName().equals(collectionName)) {
            throw invalid("collection name = " + collectionName + ", schema.Name=" + requested.getName());
        }
        if (requested.getStructArrayFieldsCount() > 0) {
            throw EngineException.because(MilvusError.UNSUPPORTED_OPERATION,
                    "struct array fields are not supported by the embedded engine");
        }
        List<FieldSchema> fields = requested.getFieldsList();
        if (fields.size() > MAX_FIELDS) {
            throw invalid("maximum field's number should be limited to " + MAX_FIELDS);
        }
        Set<String> names = new HashSet<>();
        FieldSchema primary = null;
        FieldSchema partitionKey = null;
        FieldSchema clusteringKey = null;
        int vectors = 0;
        CollectionSchema.Builder out = requested.toBuilder().setName(collectionName).clearFields();
        long nextId = FIRST_USER_FIELD_ID;
        for (FieldSchema field : fields) {
            Names.checkField(field.getName());
            if (!names.add(field.getName())) {
                throw invalid("duplicated field name " + field.getName() + " found");
            }
            if (field.getIsDynamic()) {
                throw invalid("cannot explicitly set a field as a dynamic field");
            }
            checkType(collectionName, field);
            FunctionSchemas.checkAnalyzer(field);
            if (field.getIsPrimaryKey()) {
                if (primary != null) {
                    throw invalid("there are more than one primary key, field name = " + primary.getName() + ", "
                            + field.getName());
                }
                primary = field;
            } else if (field.getAutoID()) {
                throw invalid("only primary field can speficy AutoID with true, field name = " + field.getName());
            }
            if (field.getIsPartitionKey()) {
                if (partitionKey != null) {
                    throw invalid("there are more than one partition key, field name = " + partitionKey.getName()
                            + ", " + field.getName());
                }
                partitionKey = field;
            }
            if (field.getIsClusteringKey()) {
                if (clusteringKey != null) {
                    throw invalid("there are more than one clustering key, field name = " + clusteringKey.getName()
                            + ", " + field.getName());
                }
                if (!isClusteringKeyType(field.getDataType())) {
                    throw invalid("clustering key field " + field.getName() + " has unsupported data type "
                            + field.getDataType());
                }
                clusteringKey = field;
            }
            if (isVector(field.getDataType())) {
                vectors++;
            }
            FieldSchema.Builder normalized = field.toBuilder().setFieldID(nextId++).setIsFunctionOutput(false);
            if (field.getIsPrimaryKey() && requested.getAutoID()) {
                normalized.setAutoID(true);
            }
            out.addFields(normalized);
        }
        if (primary == null) {
            throw invalid("primary key is not specified");
        }
        if (primary.getDataType() != DataType.Int64 && primary.getDataType() != DataType.VarChar) {
            throw invalid("the data type of primary key should be Int64 or VarChar");
        }
        if (primary.getNullable()) {
            throw invalid("primary field not support null");
        }
        if (partitionKey != null) {
            if (partitionKey.getIsPrimaryKey()) {
                throw invalid("the partition key field must not be primary field");
            }
            if (partitionKey.getDataType() != DataType.Int64 && partitionKey.getDataType() != DataType.VarChar) {
                throw invalid("the data type of partition key should be Int64 or VarChar");
            }
        }
        if (vectors == 0) {
            throw invalid("schema does not contain vector field");
        }
        if (vectors > MAX_VECTOR_FIELDS) {
            throw invalid("maximum vector field's number should be limited to " + MAX_VECTOR_FIELDS);
        }
        FunctionSchemas.complete(out);
        if (requested.getEnableDynamicField()) {
            out.addFields(FieldSchema.newBuilder().setFieldID(nextId).setName(DYNAMIC_FIELD)
                    .setDataType(DataType.JSON).setIsDynamic(true).setDescription("dynamic schema"));
        }
        return out.build();
    }

    /** Milvus's {@code IsClusteringKeyType} for scalars: integers, floating point and VarChar. */
    private static boolean isClusteringKeyType(DataType type) {
        return switch (type) {
            case Int8, Int16, Int32, Int64, Float, Double, VarChar -> true;
            default -> false;
        };
    }

    /**
     * CreateCollection's {@code num_partitions}: only with a partition key field, and at most Milvus's default
     * {@code rootCoord.maxPartitionNum}.
     */
    public static void checkNumPartitions(String collection, CollectionSchema schema, long numPartitions) {
        if (numPartitions == 0) {
            return;
        }
        boolean partitionKey = schema.getFieldsList().stream().anyMatch(FieldSchema::getIsPartitionKey);
        if (!partitionKey) {
            throw invalid("num_partitions should only be specified with partition key field enabled");
        }
        if (numPartitions < 0) {
            throw invalid("the specified partitions should be greater than 0 if partition key is used");
        }
        if (numPartitions > MAX_PARTITIONS) {
            throw invalid("partition number (" + numPartitions + ") exceeds max configuration (" + MAX_PARTITIONS
                    + "), collection: " + collection);
        }
    }

    /** Whether {@code type} is one of the vector types. */
    public static boolean isVector(DataType type) {
        return switch (type) {
            case FloatVector, BinaryVector, Float16Vector, BFloat16Vector, SparseFloatVector, Int8Vector -> true;
            default -> false;
        };
    }

    /** The value of a type parameter such as {@code dim} or {@code max_length}. */
    public static Optional<String> typeParam(FieldSchema field, String key) {
        for (KeyValuePair pair : field.getTypeParamsList()) {
            if (pair.getKey().equals(key)) {
                return Optional.of(pair.getValue());
            }
        }
        return Optional.empty();
    }

    static void checkType(String collection, FieldSchema field) {
        String name = field.getName();
        switch (field.getDataType()) {
            case None -> throw invalid("data type of field " + name + " is not specified");
            case String -> throw invalid("string data type not supported yet, please use VarChar type instead");
            case FloatVector, Float16Vector, BFloat16Vector, Int8Vector -> checkDim(field, 2, MAX_DIM, 1);
            case BinaryVector -> checkDim(field, 8, MAX_DIM * 8, 8);
            case SparseFloatVector -> {
                if (typeParam(field, "dim").isPresent()) {
                    throw invalid("dim should not be specified for sparse vector field " + name + "("
                            + field.getFieldID() + ")");
                }
            }
            case VarChar -> checkMaxLength(collection, field);
            case Array -> checkArray(collection, field);
            case Bool, Int8, Int16, Int32, Int64, Float, Double, JSON, Timestamptz, Geometry -> {
                // no type parameters to check
            }
            default -> throw EngineException.because(MilvusError.UNSUPPORTED_OPERATION, 
                    "data type " + field.getDataType() + " of field " + name + " is not supported by the embedded engine");
        }
    }

    private static void checkDim(FieldSchema field, int min, int max, int multiple) {
        String name = field.getName();
        String raw = typeParam(field, "dim").orElseThrow(() -> invalid("dimension is not defined in field type params of field "
                + name + ", check type param `dim` for vector field"));
        long dim = parse(raw, "dimension of field " + name);
        String kind = multiple == 8 ? "binary" : "float";
        if (multiple == 8 && dim % 8 != 0) {
            throw invalid("invalid dimension: " + dim + " of field " + name + ". binary vector dimension should be multiple of 8.");
        }
        if (dim < min || dim > max) {
            throw invalid("invalid dimension: " + dim + " of field " + name + ". " + kind
                    + " vector dimension should be in range " + min + " ~ " + max);
        }
    }

    private static void checkMaxLength(String collection, FieldSchema field) {
        String raw = typeParam(field, "max_length").orElseThrow(() -> invalid("type param(max_length) should be specified for the field("
                + field.getName() + ") of collection " + collection));
        long length = parse(raw, "max_length of field " + field.getName());
        if (length <= 0 || length > MAX_VARCHAR_LENGTH) {
            throw invalid("the maximum length specified for the field(" + field.getName() + ") should be in (0, "
                    + MAX_VARCHAR_LENGTH + "], but got " + length + " instead");
        }
    }

    private static void checkArray(String collection, FieldSchema field) {
        DataType element = field.getElementType();
        switch (element) {
            case Bool, Int8, Int16, Int32, Int64, Float, Double -> {
                // fixed-size elements
            }
            case VarChar -> checkMaxLength(collection, field);
            default -> throw invalid("element type " + element + " is not supported");
        }
        String raw = typeParam(field, "max_capacity").orElseThrow(() -> invalid("type param(max_capacity) should be specified for array field "
                + field.getName() + " of collection " + collection));
        long capacity = parse(raw, "max_capacity of field " + field.getName());
        if (capacity <= 0 || capacity > MAX_ARRAY_CAPACITY) {
            throw invalid("the maximum capacity specified for a Array should be in (0, " + MAX_ARRAY_CAPACITY
                    + "], but got " + capacity + " instead");
        }
    }

    private static long parse(String raw, String what) {
        try {
            return Long.parseLong(raw.trim());
        } catch (NumberFormatException e) {
            throw invalid(what + " is not a number: " + raw);
        }
    }

    private static EngineException invalid(String message) {
        return EngineException.because(MilvusError.PARAMETER_INVALID, message);
    }
}
