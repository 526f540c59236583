package dev.quiver.embedded;

import dev.quiver.proto.milvus.CollectionSchema;
import dev.quiver.proto.milvus.CreateCollectionRequest;
import dev.quiver.proto.milvus.CreateIndexRequest;
import dev.quiver.proto.milvus.DataType;
import dev.quiver.proto.milvus.FieldData;
import dev.quiver.proto.milvus.FieldSchema;
import dev.quiver.proto.milvus.FloatArray;
import dev.quiver.proto.milvus.InsertRequest;
import dev.quiver.proto.milvus.LongArray;
import dev.quiver.proto.milvus.ScalarField;
import dev.quiver.proto.milvus.VectorField;
import dev.quiver.proto.milvus.KeyValuePair;
import dev.quiver.proto.milvus.MilvusServiceGrpc;
import dev.quiver.proto.milvus.MilvusServiceGrpc.MilvusServiceBlockingStub;
import dev.quiver.proto.milvus.Status;
import io.grpc.Metadata;
import io.grpc.stub.MetadataUtils;
import java.io.IOException;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

import static org.assertj.core.api.Assertions.assertThat;

/** An in-memory (or file-mode) engine for service-level tests, with a blocking stub and schema helpers. */
final class EngineFixture implements AutoCloseable {
    final EmbeddedMilvus engine;
    RecordingDataStore data;
    final MilvusServiceBlockingStub stub;

    private EngineFixture(@Nullable Path directory) throws IOException {
        EmbeddedMilvus.Builder builder = EmbeddedMilvus.builder()
                .catalogDataStore(store -> data = new RecordingDataStore(store));
        engine = (directory == null ? builder.inMemory() : builder.dataDirectory(directory)).build();
        stub = MilvusServiceGrpc.newBlockingStub(engine.inProcessChannel());
    }

    static EngineFixture inMemory() throws IOException {
        return new EngineFixture(null);
    }

    static EngineFixture inDirectory(Path directory) throws IOException {
        return new EngineFixture(directory);
    }

    /** A stub sending the {@code dbname} header. */
    MilvusServiceBlockingStub inDatabase(String database) {
        Metadata headers = new Metadata();
        headers.put(Metadata.Key.of("dbname", Metadata.ASCII_STRING_MARSHALLER), database);
        return stub.withInterceptors(MetadataUtils.newAttachHeadersInterceptor(headers));
    }

    /** {@code id} Int64 primary key, {@code vector} FloatVector(dim), optionally a VarChar {@code title}. */
    static CollectionSchema schema(String name, int dim) {
        return CollectionSchema.newBuilder().setName(name)
                .addFields(FieldSchema.newBuilder().setName("id").setDataType(DataType.Int64).setIsPrimaryKey(true))
                .addFields(FieldSchema.newBuilder().setName("vector").setDataType(DataType.FloatVector)
                        .addTypeParams(pair("dim", Integer.toString(dim))))
                .build();
    }

    static KeyValuePair pair(String key, String value) {
        return KeyValuePair.newBuilder().setKey(key).setValue(value).build();
    }

    static CreateCollectionRequest createRequest(String name, CollectionSchema schema) {
        return CreateCollectionRequest.newBuilder().setCollectionName(name).setSchema(schema.toByteString()).build();
    }

    /** Creates {@code name} with {@link #schema} and asserts success. */
    void createCollection(MilvusServiceBlockingStub client, String name, int dim) {
        assertOk(client.createCollection(createRequest(name, schema(name, dim))));
    }

    void createCollection(String name) {
        createCollection(stub, name, 4);
    }

    /** A FLAT/L2 index on {@code vector}. */
    void indexVector(String collection) {
        assertOk(stub.createIndex(CreateIndexRequest.newBuilder().setCollectionName(collection).setFieldName("vector")
                .addExtraParams(pair("index_type", "FLAT")).addExtraParams(pair("metric_type", "L2")).build()));
    }

    /** Inserts {@code rows} rows (ids from {@code firstId}) into {@code partition} ("" = default) and asserts success. */
    void insert(String collection, String partition, long firstId, int rows, int dim) {
        LongArray.Builder ids = LongArray.newBuilder();
        FloatArray.Builder vectors = FloatArray.newBuilder();
        for (int i = 0; i < rows; i++) {
            ids.addData(firstId + i);
            for (int d = 0; d < dim; d++) {
                vectors.addData((float) (firstId + i + d));
            }
        }
        var result = stub.insert(InsertRequest.newBuilder().setCollectionName(collection).setPartitionName(partition)
                .setNumRows(rows)
                .addFieldsData(FieldData.newBuilder().setFieldName("id").setType(DataType.Int64)
                        .setScalars(ScalarField.newBuilder().setLongData(ids)))
                .addFieldsData(FieldData.newBuilder().setFieldName("vector").setType(DataType.FloatVector)
                        .setVectors(VectorField.newBuilder().setDim(dim).setFloatVector(vectors)))
                .build());
        assertOk(result.getStatus());
        assertThat(result.getInsertCnt()).isEqualTo(rows);
    }

    static void assertOk(Status status) {
        assertThat(status.getCode()).as("code of %s", status).isZero();
        assertThat(status.getReason()).isEmpty();
    }

    @Override
    public void close() {
        engine.close();
    }
}
