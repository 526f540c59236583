package dev.quiver.embedded.data;

import dev.quiver.embedded.EmbeddedMilvus;
import dev.quiver.proto.milvus.CollectionSchema;
import dev.quiver.proto.milvus.CreateCollectionRequest;
import dev.quiver.proto.milvus.CreateIndexRequest;
import dev.quiver.proto.milvus.DataType;
import dev.quiver.proto.milvus.DeleteRequest;
import dev.quiver.proto.milvus.DropCollectionRequest;
import dev.quiver.proto.milvus.DropIndexRequest;
import dev.quiver.proto.milvus.FlushRequest;
import dev.quiver.proto.milvus.InsertRequest;
import dev.quiver.proto.milvus.KeyValuePair;
import dev.quiver.proto.milvus.LoadCollectionRequest;
import dev.quiver.proto.milvus.ManualCompactionRequest;
import dev.quiver.proto.milvus.MilvusServiceGrpc;
import dev.quiver.proto.milvus.RenameCollectionRequest;
import dev.quiver.proto.milvus.Status;
import java.nio.file.Path;
import java.util.function.Supplier;

/**
 * The child process of {@link DurabilityCrashIT}: a file-mode engine driven through its in-process channel by a fixed
 * script of inserts, deletes, FLUSH, COMPACT, CREATE/DROP COLLECTION, CREATE/DROP INDEX and RENAME. Before each
 * operation it prints {@code BEGIN <op>}, after its acknowledgement {@code ACK <op>}; ops are
 * {@code CREATE name}, {@code INDEX name}, {@code DROPINDEX name}, {@code RENAME old new}, {@code DROP name},
 * {@code INSERT name first last}, {@code DELETE name first last}, {@code FLUSH name}, {@code COMPACT name}.
 */
public final class DurabilityCrashChild {
    static final String MAIN = "main";
    static final int ROUNDS = 6;
    static final int MAIN_BATCH = 20;
    static final int SIDE_BATCH = 5;

    private static MilvusServiceGrpc.MilvusServiceBlockingStub stub;

    private DurabilityCrashChild() {
    }

    static CollectionSchema schema(String name) {
        return CollectionSchema.newBuilder().setName(name)
                .addFields(Rows.pk("id", DataType.Int64, false))
                .addFields(Rows.field("v", DataType.FloatVector, "dim", "2"))
                .build();
    }

    public static void main(String[] args) throws Exception {
        EmbeddedMilvus milvus = EmbeddedMilvus.builder().dataDirectory(Path.of(args[0])).build();
        stub = MilvusServiceGrpc.newBlockingStub(milvus.inProcessChannel());
        System.out.println("READY");
        create(MAIN);
        index(MAIN);
        op("LOAD " + MAIN, () -> stub.loadCollection(LoadCollectionRequest.newBuilder().setCollectionName(MAIN)
                .build()));
        for (int round = 0; round < ROUNDS; round++) {
            long first = (long) round * MAIN_BATCH;
            insert(MAIN, first, first + MAIN_BATCH - 1);
            if (round > 0) {
                long from = first - MAIN_BATCH;
                op("DELETE " + MAIN + " " + from + " " + (from + 4), () -> stub.delete(DeleteRequest.newBuilder()
                        .setCollectionName(MAIN).setExpr("id in [" + from + "," + (from + 1) + "," + (from + 2) + ","
                                + (from + 3) + "," + (from + 4) + "]").build()).getStatus());
            }
            op("FLUSH " + MAIN, () -> stub.flush(FlushRequest.newBuilder().addCollectionNames(MAIN).build())
                    .getStatus());
            if (round % 2 == 1) {
                op("COMPACT " + MAIN, () -> stub.manualCompaction(ManualCompactionRequest.newBuilder()
                        .setCollectionName(MAIN).build()).getStatus());
            }
            if (round > 0) {
                String previous = "d" + (round - 1);
                op("DROPINDEX " + previous, () -> stub.dropIndex(DropIndexRequest.newBuilder()
                        .setCollectionName(previous).setFieldName("v").build()));
                op("DROP " + previous, () -> stub.dropCollection(DropCollectionRequest.newBuilder()
                        .setCollectionName(previous).build()));
            }
            String side = "c" + round;
            create(side);
            index(side);
            long sideFirst = 1000L * (round + 1);
            insert(side, sideFirst, sideFirst + SIDE_BATCH - 1);
            op("FLUSH " + side, () -> stub.flush(FlushRequest.newBuilder().addCollectionNames(side).build())
                    .getStatus());
            String renamed = "d" + round;
            op("RENAME " + side + " " + renamed, () -> stub.renameCollection(RenameCollectionRequest.newBuilder()
                    .setOldName(side).setNewName(renamed).build()));
        }
        System.out.println("DONE");
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }

    private static void create(String name) {
        op("CREATE " + name, () -> stub.createCollection(CreateCollectionRequest.newBuilder().setCollectionName(name)
                .setSchema(schema(name).toByteString()).setShardsNum(1).build()));
    }

    private static void index(String name) {
        op("INDEX " + name, () -> stub.createIndex(CreateIndexRequest.newBuilder().setCollectionName(name)
                .setFieldName("v")
                .addExtraParams(KeyValuePair.newBuilder().setKey("index_type").setValue("FLAT"))
                .addExtraParams(KeyValuePair.newBuilder().setKey("metric_type").setValue("L2")).build()));
    }

    private static void insert(String name, long first, long last) {
        int n = (int) (last - first + 1);
        long[] ids = new long[n];
        float[][] vectors = new float[n][];
        for (int i = 0; i < n; i++) {
            ids[i] = first + i;
            vectors[i] = new float[] {ids[i], ids[i] * 2};
        }
        op("INSERT " + name + " " + first + " " + last, () -> stub.insert(InsertRequest.newBuilder()
                .setCollectionName(name).addFieldsData(Rows.longs("id", ids))
                .addFieldsData(Rows.floatVectors("v", vectors)).setNumRows(n).build()).getStatus());
    }

    private static void op(String op, Supplier<Status> call) {
        System.out.println("BEGIN " + op);
        System.out.flush();
        CrashChild.check(call.get(), op);
        System.out.println("ACK " + op);
        System.out.flush();
    }
}
