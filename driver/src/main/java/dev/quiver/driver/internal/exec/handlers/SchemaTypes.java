package dev.quiver.driver.internal.exec.handlers;

import dev.quiver.grammar.ast.DataType;
import dev.quiver.grammar.ast.DataTypeSpec;
import dev.quiver.proto.milvus.FieldSchema;
import org.jspecify.annotations.Nullable;

/** The language's data types and Milvus's {@link dev.quiver.proto.milvus.DataType}, both ways. */
final class SchemaTypes {
    private SchemaTypes() {
    }

    static dev.quiver.proto.milvus.DataType toMilvus(DataType type) {
        return switch (type) {
            case BOOL -> dev.quiver.proto.milvus.DataType.Bool;
            case INT8 -> dev.quiver.proto.milvus.DataType.Int8;
            case INT16 -> dev.quiver.proto.milvus.DataType.Int16;
            case INT32 -> dev.quiver.proto.milvus.DataType.Int32;
            case INT64 -> dev.quiver.proto.milvus.DataType.Int64;
            case FLOAT -> dev.quiver.proto.milvus.DataType.Float;
            case DOUBLE -> dev.quiver.proto.milvus.DataType.Double;
            case VARCHAR -> dev.quiver.proto.milvus.DataType.VarChar;
            case JSON -> dev.quiver.proto.milvus.DataType.JSON;
            case ARRAY -> dev.quiver.proto.milvus.DataType.Array;
            case TIMESTAMPTZ -> dev.quiver.proto.milvus.DataType.Timestamptz;
            case GEOMETRY -> dev.quiver.proto.milvus.DataType.Geometry;
            case FLOAT_VECTOR -> dev.quiver.proto.milvus.DataType.FloatVector;
            case BINARY_VECTOR -> dev.quiver.proto.milvus.DataType.BinaryVector;
            case FLOAT16_VECTOR -> dev.quiver.proto.milvus.DataType.Float16Vector;
            case BFLOAT16_VECTOR -> dev.quiver.proto.milvus.DataType.BFloat16Vector;
            case INT8_VECTOR -> dev.quiver.proto.milvus.DataType.Int8Vector;
            case SPARSE_FLOAT_VECTOR -> dev.quiver.proto.milvus.DataType.SparseFloatVector;
        };
    }

    static @Nullable DataType fromMilvus(dev.quiver.proto.milvus.DataType type) {
        for (DataType t : DataType.values()) {
            if (toMilvus(t) == type) {
                return t;
            }
        }
        return type == dev.quiver.proto.milvus.DataType.String ? DataType.VARCHAR : null;
    }

    /** The type spec of a schema field (for SHOW CREATE COLLECTION), or null when the language has no such type. */
    static @Nullable DataTypeSpec spec(FieldSchema field) {
        DataType t = fromMilvus(field.getDataType());
        if (t == null) {
            return null;
        }
        return switch (t) {
            case VARCHAR -> DataTypeSpec.varchar(FieldEncoder.param(field, "max_length"));
            case ARRAY -> {
                DataType et = fromMilvus(field.getElementType());
                if (et == null) {
                    yield null;
                }
                DataTypeSpec element = et == DataType.VARCHAR ? DataTypeSpec.varchar(FieldEncoder.param(field, "max_length"))
                        : DataTypeSpec.of(et);
                yield DataTypeSpec.array(element, FieldEncoder.param(field, "max_capacity"));
            }
            default -> t.hasDimension() ? DataTypeSpec.vector(t, FieldEncoder.param(field, "dim")) : DataTypeSpec.of(t);
        };
    }
}
