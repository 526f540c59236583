package dev.quiver.driver.internal.exec.handlers;

import dev.quiver.driver.MilvusSqlState;
import dev.quiver.driver.internal.error.SqlExceptions;
import dev.quiver.driver.internal.exec.ParameterBindings;
import dev.quiver.grammar.ast.ColumnDefinition;
import dev.quiver.grammar.ast.FunctionDefinition;
import dev.quiver.proto.milvus.FunctionSchema;
import dev.quiver.proto.milvus.FunctionType;
import dev.quiver.grammar.ast.CreateCollection;
import dev.quiver.grammar.ast.DataTypeSpec;
import dev.quiver.grammar.ast.Property;
import dev.quiver.proto.milvus.CollectionSchema;
import dev.quiver.proto.milvus.ConsistencyLevel;
import dev.quiver.proto.milvus.CreateCollectionRequest;
import dev.quiver.proto.milvus.DataType;
import dev.quiver.proto.milvus.FieldSchema;
import dev.quiver.proto.milvus.ValueField;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * CREATE COLLECTION → {@link CreateCollectionRequest}: column definitions to {@link FieldSchema}s (type params
 * {@code dim}/{@code max_length}/{@code max_capacity}, element type, nullable, default value, partition key, auto id,
 * description) and the WITH clause to the request (description, dynamic_field, shards, consistency_level,
 * num_partitions) or collection properties (keys Milvus knows, such as {@code collection.ttl.seconds} and
 * {@code mmap.enabled}). Unknown keys and impossible schemas are errors before any RPC.
 */
final class CollectionSchemas {
    /** WITH keys that set request or schema fields. */
    static final Set<String> SCHEMA_KEYS = Set.of("description", "dynamic_field", "enable_dynamic_field", "shards",
            "shards_num", "num_shards", "consistency_level", "num_partitions", "partitions_num");
    /** Collection property keys Milvus knows besides the {@code collection.*} family. */
    static final Set<String> PROPERTY_KEYS = Set.of("mmap.enabled", "lazyload.enabled", "partitionkey.isolation",
            "collection.ttl.seconds", "collection.autocompaction.enabled");

    private CollectionSchemas() {
    }

    static CreateCollectionRequest request(CreateCollection statement, String database, ParameterBindings bindings)
            throws SQLException {
        CollectionSchema.Builder schema = CollectionSchema.newBuilder().setName(statement.name());
        if (statement.columns().isEmpty()) {
            throw SqlExceptions.create(MilvusSqlState.INVALID_SCHEMA, "collection " + statement.name() + " has no columns");
        }
        int primaryKeys = 0;
        Set<String> names = new HashSet<>();
        for (ColumnDefinition column : statement.columns()) {
            if (!names.add(column.name())) {
                throw SqlExceptions.create(MilvusSqlState.INVALID_SCHEMA, "column " + column.name() + " is defined twice");
            }
            if (column.primaryKey()) {
                primaryKeys++;
            }
            schema.addFields(field(column, bindings));
        }
        if (primaryKeys != 1) {
            throw SqlExceptions.create(MilvusSqlState.INVALID_SCHEMA, "collection " + statement.name() + " must have exactly one "
                    + "PRIMARY KEY column, it has " + primaryKeys);
        }
        for (FunctionDefinition function : statement.functions()) {
            schema.addFunctions(function(function, names));
        }
        CreateCollectionRequest.Builder request = CreateCollectionRequest.newBuilder().setDbName(database)
                .setCollectionName(statement.name());
        applyProperties(bindings.bind(statement.properties()), schema, request, "CREATE COLLECTION " + statement.name());
        for (ColumnDefinition column : statement.columns()) {
            if (column.numPartitions() != null) {
                if (request.getNumPartitions() != 0 && request.getNumPartitions() != column.numPartitions()) {
                    throw SqlExceptions.invalidValue("CREATE COLLECTION " + statement.name() + ": num_partitions is "
                            + request.getNumPartitions() + " in WITH but " + column.numPartitions() + " on PARTITION KEY "
                            + column.name());
                }
                request.setNumPartitions(column.numPartitions());
            }
        }
        return request.setSchema(schema.build().toByteString()).build();
    }

    /** A {@code FUNCTION name TYPE (inputs) -> outputs} as Milvus's FunctionSchema (BM25 takes no parameters). */
    static FunctionSchema function(FunctionDefinition function, Set<String> columns) throws SQLException {
        FunctionType type = switch (function.type()) {
            case "BM25" -> FunctionType.BM25;
            case "TEXTEMBEDDING", "TEXT_EMBEDDING" -> FunctionType.TextEmbedding;
            default -> throw SqlExceptions.create(MilvusSqlState.INVALID_SCHEMA, "FUNCTION " + function.name()
                    + ": unknown function type " + function.type() + "; accepted: BM25, TEXT_EMBEDDING");
        };
        for (String field : concat(function.inputs(), function.outputs())) {
            if (!columns.contains(field)) {
                throw SqlExceptions.create(MilvusSqlState.INVALID_SCHEMA, "FUNCTION " + function.name()
                        + ": no column " + field);
            }
        }
        return FunctionSchema.newBuilder().setName(function.name()).setType(type)
                .addAllInputFieldNames(function.inputs()).addAllOutputFieldNames(function.outputs()).build();
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new java.util.ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    /** Applies WITH (...) to the schema and request; unknown keys are an error. */
    static void applyProperties(List<Property> properties, CollectionSchema.Builder schema,
                                CreateCollectionRequest.Builder request, String where) throws SQLException {
        Map<String, Property> byKey = Props.byKey(properties);
        for (Map.Entry<String, Property> e : byKey.entrySet()) {
            String key = e.getKey();
            Property p = e.getValue();
            switch (key) {
                case "description" -> schema.setDescription(Props.text(p.value()));
                case "dynamic_field", "enable_dynamic_field" -> schema.setEnableDynamicField(Props.bool(p));
                case "shards", "shards_num", "num_shards" -> request.setShardsNum((int) Props.integer(p));
                case "consistency_level" -> request.setConsistencyLevel(consistency(Props.text(p.value())));
                case "num_partitions", "partitions_num" -> request.setNumPartitions(Props.integer(p));
                default -> {
                    if (!isCollectionProperty(key)) {
                        throw SqlExceptions.invalidValue("unknown property '" + p.key() + "' in " + where
                                + "; accepted: description, dynamic_field, shards, consistency_level, num_partitions, "
                                + "and collection properties (collection.*, mmap.enabled, lazyload.enabled, "
                                + "partitionkey.isolation)");
                    }
                    request.addProperties(Props.kv(p.key(), Props.text(p.value())));
                }
            }
        }
    }

    static boolean isCollectionProperty(String key) {
        return key.startsWith("collection.") || PROPERTY_KEYS.contains(key) || key.startsWith("mmap.")
                || key.startsWith("lazyload.");
    }

    static ConsistencyLevel consistency(String text) throws SQLException {
        for (ConsistencyLevel level : ConsistencyLevel.values()) {
            if (level != ConsistencyLevel.UNRECOGNIZED && level.name().equalsIgnoreCase(text.trim())) {
                return level;
            }
        }
        throw SqlExceptions.invalidValue("unknown consistency level '" + text
                + "'; accepted: Strong, Session, Bounded, Eventually, Customized");
    }

    static FieldSchema field(ColumnDefinition column, ParameterBindings bindings) throws SQLException {
        DataTypeSpec spec = column.type();
        DataType type = SchemaTypes.toMilvus(spec.type());
        FieldSchema.Builder f = FieldSchema.newBuilder().setName(column.name()).setDataType(type)
                .setIsPrimaryKey(column.primaryKey()).setAutoID(column.autoId()).setIsPartitionKey(column.partitionKey())
                .setIsClusteringKey(column.clusteringKey());
        String where = "column " + column.name();
        if (column.comment() != null) {
            f.setDescription(column.comment());
        }
        if (column.autoId() && !column.primaryKey()) {
            throw SqlExceptions.create(MilvusSqlState.INVALID_SCHEMA, where + ": AUTO_ID needs PRIMARY KEY");
        }
        if (column.primaryKey() && type != DataType.Int64 && type != DataType.VarChar) {
            throw SqlExceptions.create(MilvusSqlState.INVALID_SCHEMA, where + ": a primary key must be INT64 or VARCHAR, not "
                    + spec.type());
        }
        if (column.primaryKey() && Boolean.TRUE.equals(column.nullable())) {
            throw SqlExceptions.create(MilvusSqlState.INVALID_SCHEMA, where + ": a primary key cannot be NULL");
        }
        if (Boolean.TRUE.equals(column.nullable())) {
            f.setNullable(true);
        }
        if (spec.type().hasDimension()) {
            if (spec.dimension() == null || spec.dimension() <= 0) {
                throw SqlExceptions.create(MilvusSqlState.INVALID_SCHEMA, where + ": " + spec.type() + " needs a dimension");
            }
            f.addTypeParams(Props.kv("dim", Integer.toString(spec.dimension())));
        }
        if (spec.type() == dev.quiver.grammar.ast.DataType.VARCHAR) {
            if (spec.maxLength() == null || spec.maxLength() <= 0) {
                throw SqlExceptions.create(MilvusSqlState.INVALID_SCHEMA, where + ": VARCHAR needs a length, e.g. VARCHAR(256)");
            }
            f.addTypeParams(Props.kv("max_length", Integer.toString(spec.maxLength())));
        }
        if (spec.type() == dev.quiver.grammar.ast.DataType.ARRAY) {
            DataTypeSpec element = spec.elementType();
            if (element == null || element.type().isVector() || element.type() == dev.quiver.grammar.ast.DataType.ARRAY
                    || element.type() == dev.quiver.grammar.ast.DataType.JSON) {
                throw SqlExceptions.create(MilvusSqlState.INVALID_SCHEMA, where + ": an ARRAY needs a scalar element type");
            }
            if (spec.maxCapacity() == null || spec.maxCapacity() <= 0) {
                throw SqlExceptions.create(MilvusSqlState.INVALID_SCHEMA, where + ": an ARRAY needs a capacity, e.g. ARRAY<INT64>(16)");
            }
            f.setElementType(SchemaTypes.toMilvus(element.type()));
            f.addTypeParams(Props.kv("max_capacity", Integer.toString(spec.maxCapacity())));
            if (element.type() == dev.quiver.grammar.ast.DataType.VARCHAR) {
                if (element.maxLength() == null) {
                    throw SqlExceptions.create(MilvusSqlState.INVALID_SCHEMA, where + ": VARCHAR elements need a length");
                }
                f.addTypeParams(Props.kv("max_length", Integer.toString(element.maxLength())));
            }
        }
        if (column.analyzer()) {
            f.addTypeParams(Props.kv("enable_analyzer", "true"));
            if (column.analyzerParams() != null) {
                f.addTypeParams(Props.kv("analyzer_params", column.analyzerParams()));
            }
        }
        if (column.match()) {
            f.addTypeParams(Props.kv("enable_match", "true"));
        }
        if (column.defaultValue() != null) {
            f.setDefaultValue(defaultValue(type, Values.toJava(bindings.bind(column.defaultValue()), where + " DEFAULT"), where));
        }
        return f.build();
    }

    static ValueField defaultValue(DataType type, @org.jspecify.annotations.Nullable Object value, String where) throws SQLException {
        if (value == null) {
            throw SqlExceptions.create(MilvusSqlState.INVALID_SCHEMA, where + ": DEFAULT NULL is written as NULL (nullable)");
        }
        try {
            return switch (type) {
                case Bool -> ValueField.newBuilder().setBoolData((Boolean) value).build();
                case Int8, Int16, Int32 -> ValueField.newBuilder().setIntData(Math.toIntExact((Long) value)).build();
                case Int64 -> ValueField.newBuilder().setLongData((Long) value).build();
                case Float -> ValueField.newBuilder().setFloatData(((Number) value).floatValue()).build();
                case Double -> ValueField.newBuilder().setDoubleData(((Number) value).doubleValue()).build();
                case VarChar, Geometry -> ValueField.newBuilder().setStringData((String) value).build();
                case Timestamptz -> ValueField.newBuilder().setStringData(value instanceof String text ? text
                        : java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
                                (java.time.temporal.TemporalAccessor) value)).build();
                default -> throw SqlExceptions.create(MilvusSqlState.INVALID_SCHEMA, where
                        + ": DEFAULT is supported for BOOL, integer, FLOAT, DOUBLE, VARCHAR, TIMESTAMPTZ and GEOMETRY "
                        + "columns only");
            };
        } catch (ClassCastException | ArithmeticException e) {
            throw SqlExceptions.create(MilvusSqlState.INVALID_SCHEMA, where + ": the DEFAULT value "
                    + FieldEncoder.describeValue(value) + " does not fit the type " + type.name().toUpperCase(Locale.ROOT));
        }
    }

    /** The default value of a schema field as Java (Boolean, Long, Double, String), or null. */
    static @org.jspecify.annotations.Nullable Object defaultJava(FieldSchema field) {
        if (!field.hasDefaultValue()) {
            return null;
        }
        ValueField v = field.getDefaultValue();
        return switch (v.getDataCase()) {
            case BOOL_DATA -> v.getBoolData();
            case INT_DATA -> (long) v.getIntData();
            case LONG_DATA -> v.getLongData();
            case FLOAT_DATA -> (double) v.getFloatData();
            case DOUBLE_DATA -> v.getDoubleData();
            case STRING_DATA -> v.getStringData();
            default -> null;
        };
    }
}
