package dev.quiver.bench;

import com.google.protobuf.ByteString;
import dev.quiver.embedded.EmbeddedMilvus;
import dev.quiver.proto.milvus.CollectionSchema;
import dev.quiver.proto.milvus.CreateCollectionRequest;
import dev.quiver.proto.milvus.CreateIndexRequest;
import dev.quiver.proto.milvus.DataType;
import dev.quiver.proto.milvus.FieldData;
import dev.quiver.proto.milvus.FieldSchema;
import dev.quiver.proto.milvus.FloatArray;
import dev.quiver.proto.milvus.InsertRequest;
import dev.quiver.proto.milvus.KeyValuePair;
import dev.quiver.proto.milvus.LoadCollectionRequest;
import dev.quiver.proto.milvus.LongArray;
import dev.quiver.proto.milvus.MilvusServiceGrpc;
import dev.quiver.proto.milvus.MilvusServiceGrpc.MilvusServiceBlockingStub;
import dev.quiver.proto.milvus.MutationResult;
import dev.quiver.proto.milvus.PlaceholderGroup;
import dev.quiver.proto.milvus.PlaceholderType;
import dev.quiver.proto.milvus.PlaceholderValue;
import dev.quiver.proto.milvus.ScalarField;
import dev.quiver.proto.milvus.SearchRequest;
import dev.quiver.proto.milvus.Status;
import dev.quiver.proto.milvus.VectorField;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.SplittableRandom;

/** An in-memory engine with one collection {@code (id INT64 pk, vector FLOAT_VECTOR(dim))}, for benchmarks. */
final class EngineFixture implements AutoCloseable {
    final EmbeddedMilvus engine;
    final MilvusServiceBlockingStub stub;
    final String collection;
    final int dimension;
    private final SplittableRandom random = new SplittableRandom(7);
    private long nextId = 1;

    EngineFixture(String collection, int dimension) throws IOException {
        this.engine = EmbeddedMilvus.builder().inMemory().build();
        this.stub = MilvusServiceGrpc.newBlockingStub(engine.inProcessChannel());
        this.collection = collection;
        this.dimension = dimension;
        CollectionSchema schema = CollectionSchema.newBuilder().setName(collection)
                .addFields(FieldSchema.newBuilder().setName("id").setDataType(DataType.Int64).setIsPrimaryKey(true))
                .addFields(FieldSchema.newBuilder().setName("vector").setDataType(DataType.FloatVector)
                        .addTypeParams(kv("dim", Integer.toString(dimension))))
                .build();
        check(stub.createCollection(CreateCollectionRequest.newBuilder().setCollectionName(collection)
                .setSchema(schema.toByteString()).build()));
        check(stub.createIndex(CreateIndexRequest.newBuilder().setCollectionName(collection).setFieldName("vector")
                .addExtraParams(kv("index_type", "FLAT")).addExtraParams(kv("metric_type", "L2")).build()));
        check(stub.loadCollection(LoadCollectionRequest.newBuilder().setCollectionName(collection).build()));
    }

    static KeyValuePair kv(String key, String value) {
        return KeyValuePair.newBuilder().setKey(key).setValue(value).build();
    }

    static void check(Status status) {
        if (status.getCode() != 0) {
            throw new IllegalStateException("engine refused: " + status.getReason());
        }
    }

    float[] randomVector() {
        float[] vector = new float[dimension];
        for (int i = 0; i < dimension; i++) {
            vector[i] = (float) random.nextDouble(-1, 1);
        }
        return vector;
    }

    /** A column-wise insert request of {@code rows} random rows with fresh ids. */
    InsertRequest insertRequest(int rows) {
        LongArray.Builder ids = LongArray.newBuilder();
        FloatArray.Builder vectors = FloatArray.newBuilder();
        for (int row = 0; row < rows; row++) {
            ids.addData(nextId++);
            for (float value : randomVector()) {
                vectors.addData(value);
            }
        }
        return InsertRequest.newBuilder().setCollectionName(collection).setNumRows(rows)
                .addFieldsData(FieldData.newBuilder().setFieldName("id").setType(DataType.Int64)
                        .setScalars(ScalarField.newBuilder().setLongData(ids)))
                .addFieldsData(FieldData.newBuilder().setFieldName("vector").setType(DataType.FloatVector)
                        .setVectors(VectorField.newBuilder().setDim(dimension).setFloatVector(vectors)))
                .build();
    }

    void insertRows(int total, int batch) {
        for (int done = 0; done < total; done += batch) {
            MutationResult result = stub.insert(insertRequest(Math.min(batch, total - done)));
            check(result.getStatus());
        }
    }

    SearchRequest searchRequest(int topK) {
        ByteBuffer bytes = ByteBuffer.allocate(dimension * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        for (float value : randomVector()) {
            bytes.putFloat(value);
        }
        PlaceholderGroup group = PlaceholderGroup.newBuilder().addPlaceholders(PlaceholderValue.newBuilder()
                .setTag("$0").setType(PlaceholderType.FloatVector).addValues(ByteString.copyFrom(bytes.array())))
                .build();
        return SearchRequest.newBuilder().setCollectionName(collection).setNq(1)
                .setPlaceholderGroup(group.toByteString()).setDslType(dev.quiver.proto.milvus.DslType.BoolExprV1)
                .addSearchParams(kv("anns_field", "vector")).addSearchParams(kv("topk", Integer.toString(topK)))
                .addSearchParams(kv("metric_type", "L2"))
                .build();
    }

    @Override
    public void close() {
        engine.close();
    }
}
