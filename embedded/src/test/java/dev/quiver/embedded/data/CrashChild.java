package dev.quiver.embedded.data;

import dev.quiver.embedded.EmbeddedMilvus;
import dev.quiver.proto.milvus.CollectionSchema;
import dev.quiver.proto.milvus.CreateCollectionRequest;
import dev.quiver.proto.milvus.CreateIndexRequest;
import dev.quiver.proto.milvus.DataType;
import dev.quiver.proto.milvus.FlushRequest;
import dev.quiver.proto.milvus.InsertRequest;
import dev.quiver.proto.milvus.KeyValuePair;
import dev.quiver.proto.milvus.LoadCollectionRequest;
import dev.quiver.proto.milvus.MilvusServiceGrpc;
import dev.quiver.proto.milvus.MutationResult;
import dev.quiver.proto.milvus.Status;
import io.grpc.ManagedChannel;
import io.grpc.ManagedChannelBuilder;
import java.nio.file.Path;

/**
 * The child process of {@link CrashRecoveryIT}: a file-mode engine on a TCP port, a client inserting batches in a
 * loop through the generated blocking stub, printing {@code ACK <first id> <last id>} after each acknowledged batch,
 * until it is killed.
 */
public final class CrashChild {
    static final String COLLECTION = "crash";
    static final int BATCH = 10;
    static final int MAX_BATCHES = 1000;

    private CrashChild() {
    }

    static CollectionSchema schema() {
        return CollectionSchema.newBuilder().setName(COLLECTION)
                .addFields(Rows.pk("id", DataType.Int64, false))
                .addFields(Rows.field("v", DataType.FloatVector, "dim", "2"))
                .build();
    }

    static void check(Status status, String step) {
        if (status.getCode() != 0) {
            throw new IllegalStateException(step + " failed: " + status.getCode() + " " + status.getReason());
        }
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        EmbeddedMilvus milvus = EmbeddedMilvus.builder().dataDirectory(dir).port(0).build();
        ManagedChannel channel = ManagedChannelBuilder.forAddress("127.0.0.1", milvus.port()).usePlaintext().build();
        MilvusServiceGrpc.MilvusServiceBlockingStub stub = MilvusServiceGrpc.newBlockingStub(channel);
        check(stub.createCollection(CreateCollectionRequest.newBuilder().setCollectionName(COLLECTION)
                .setSchema(schema().toByteString()).setShardsNum(1).build()), "create collection");
        check(stub.createIndex(CreateIndexRequest.newBuilder().setCollectionName(COLLECTION).setFieldName("v")
                .addExtraParams(KeyValuePair.newBuilder().setKey("index_type").setValue("FLAT"))
                .addExtraParams(KeyValuePair.newBuilder().setKey("metric_type").setValue("L2")).build()),
                "create index");
        check(stub.loadCollection(LoadCollectionRequest.newBuilder().setCollectionName(COLLECTION).build()), "load");
        System.out.println("READY");
        System.out.flush();
        for (int batch = 0; batch < MAX_BATCHES; batch++) {
            long first = (long) batch * BATCH;
            long[] ids = new long[BATCH];
            float[][] vectors = new float[BATCH][];
            for (int i = 0; i < BATCH; i++) {
                ids[i] = first + i;
                vectors[i] = new float[] {ids[i], ids[i] * 2};
            }
            MutationResult result = stub.insert(InsertRequest.newBuilder().setCollectionName(COLLECTION)
                    .addFieldsData(Rows.longs("id", ids)).addFieldsData(Rows.floatVectors("v", vectors))
                    .setNumRows(BATCH).build());
            check(result.getStatus(), "insert");
            System.out.println("ACK " + first + " " + (first + BATCH - 1));
            System.out.flush();
            if (batch % 25 == 24) {
                check(stub.flush(FlushRequest.newBuilder().addCollectionNames(COLLECTION).build()).getStatus(),
                        "flush");
            }
        }
        System.out.println("DONE");
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }
}
