package dev.quiver.embedded.data;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quiver.embedded.EmbeddedMilvus;
import dev.quiver.proto.milvus.InsertRequest;
import dev.quiver.proto.milvus.KeyValuePair;
import dev.quiver.proto.milvus.LoadCollectionRequest;
import dev.quiver.proto.milvus.MilvusServiceGrpc;
import dev.quiver.proto.milvus.MutationResult;
import dev.quiver.proto.milvus.QueryRequest;
import dev.quiver.proto.milvus.QueryResults;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Crash test: a child JVM inserts in a loop into a file-mode engine over TCP and is killed with SIGKILL; after a
 * restart on the same directory every batch whose acknowledgement reached the parent is there, with its contents,
 * and the engine accepts new writes.
 */
class CrashRecoveryIT {
    private static final int ACKS_BEFORE_KILL = 60;

    @TempDir
    Path dir;

    @Test
    void everyAcknowledgedInsertSurvivesSigkill() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                CrashChild.class.getName(), dir.toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        long acknowledgedUpTo = -1;
        List<String> transcript = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
                StandardCharsets.UTF_8))) {
            int acks = 0;
            String line;
            while (acks < ACKS_BEFORE_KILL && (line = out.readLine()) != null) {
                transcript.add(line);
                if (line.startsWith("ACK ")) {
                    String[] parts = line.split(" ");
                    long first = Long.parseLong(parts[1]);
                    assertThat(first).isEqualTo(acknowledgedUpTo + 1);
                    acknowledgedUpTo = Long.parseLong(parts[2]);
                    acks++;
                }
            }
        } finally {
            child.destroyForcibly();
            child.waitFor();
        }
        assertThat(acknowledgedUpTo).as("child output: %s", transcript)
                .isEqualTo((long) ACKS_BEFORE_KILL * CrashChild.BATCH - 1);

        try (EmbeddedMilvus milvus = EmbeddedMilvus.builder().dataDirectory(dir).build()) {
            MilvusServiceGrpc.MilvusServiceBlockingStub stub = MilvusServiceGrpc.newBlockingStub(
                    milvus.inProcessChannel());
            CrashChild.check(stub.loadCollection(LoadCollectionRequest.newBuilder()
                    .setCollectionName(CrashChild.COLLECTION).build()), "load");
            Map<Long, List<Float>> rows = readAll(stub);
            for (long id = 0; id <= acknowledgedUpTo; id++) {
                assertThat(rows).as("acknowledged id %d", id).containsKey(id);
                assertThat(rows.get(id)).containsExactly((float) id, (float) id * 2);
            }
            for (Map.Entry<Long, List<Float>> row : rows.entrySet()) {
                assertThat(row.getValue()).containsExactly((float) row.getKey(), (float) row.getKey() * 2);
            }
            long count = count(stub);
            assertThat(count).isEqualTo(rows.size()).isGreaterThanOrEqualTo(acknowledgedUpTo + 1);

            long next = 1_000_000;
            MutationResult inserted = stub.insert(InsertRequest.newBuilder().setCollectionName(CrashChild.COLLECTION)
                    .addFieldsData(Rows.longs("id", next))
                    .addFieldsData(Rows.floatVectors("v", new float[] {1, 2})).setNumRows(1).build());
            CrashChild.check(inserted.getStatus(), "insert after restart");
            assertThat(count(stub)).isEqualTo(count + 1);
        }
    }

    private static Map<Long, List<Float>> readAll(MilvusServiceGrpc.MilvusServiceBlockingStub stub) {
        QueryResults results = stub.query(QueryRequest.newBuilder().setCollectionName(CrashChild.COLLECTION)
                .addOutputFields("v")
                .addQueryParams(KeyValuePair.newBuilder().setKey("limit").setValue("16384")).build());
        CrashChild.check(results.getStatus(), "query");
        List<Long> ids = results.getFieldsDataList().stream().filter(f -> f.getFieldName().equals("id"))
                .findFirst().orElseThrow().getScalars().getLongData().getDataList();
        List<Float> vectors = results.getFieldsDataList().stream().filter(f -> f.getFieldName().equals("v"))
                .findFirst().orElseThrow().getVectors().getFloatVector().getDataList();
        Map<Long, List<Float>> rows = new HashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            assertThat(rows.put(ids.get(i), vectors.subList(2 * i, 2 * i + 2))).as("duplicate id").isNull();
        }
        return rows;
    }

    private static long count(MilvusServiceGrpc.MilvusServiceBlockingStub stub) {
        QueryResults results = stub.query(QueryRequest.newBuilder().setCollectionName(CrashChild.COLLECTION)
                .addOutputFields("count(*)").build());
        CrashChild.check(results.getStatus(), "count");
        return results.getFieldsData(0).getScalars().getLongData().getData(0);
    }
}
