package dev.quiver.console.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import dev.quiver.console.testing.ConsoleProcess;
import io.milvus.v2.client.ConnectConfig;
import io.milvus.v2.client.MilvusClientV2;
import io.milvus.v2.service.collection.request.CreateCollectionReq;
import io.milvus.v2.service.vector.request.InsertReq;
import io.milvus.v2.service.vector.request.QueryReq;
import io.milvus.v2.service.vector.request.SearchReq;
import io.milvus.v2.service.vector.request.data.FloatVec;
import io.milvus.v2.service.vector.response.SearchResp;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code quiver serve} as a child process on an ephemeral port, used by the official Milvus Java SDK; stopped with
 * SIGTERM and restarted on the same data directory.
 */
class ServeIT {
    private static final Pattern LISTENING = Pattern.compile(
            "quiver serve: listening on 127\\.0\\.0\\.1:(\\d+) \\(data: (.*)\\)");

    @TempDir
    Path directory;

    /** A running server and the reader of its log. */
    private record Server(Process process, BufferedReader log, int port) {
    }

    private Server start(Path data) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(ConsoleProcess.command("serve", "--port", "0", "--data",
                data.toString())).directory(directory.toFile()).redirectErrorStream(true);
        Process process = builder.start();
        BufferedReader log = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        String line;
        while ((line = log.readLine()) != null) {
            Matcher listening = LISTENING.matcher(line);
            if (listening.matches()) {
                assertThat(Path.of(listening.group(2))).isEqualTo(data);
                return new Server(process, log, Integer.parseInt(listening.group(1)));
            }
        }
        throw new IllegalStateException("quiver serve ended without listening, exit code " + process.waitFor());
    }

    private static List<String> stop(Server server) throws IOException, InterruptedException {
        // SIGTERM; unlike Process.destroy(), ProcessHandle.destroy() leaves the log stream open for reading.
        assertThat(server.process().toHandle().destroy()).isTrue();
        assertThat(server.process().waitFor(2, TimeUnit.MINUTES)).as("stops after SIGTERM").isTrue();
        List<String> rest = new ArrayList<>();
        String line;
        while ((line = server.log().readLine()) != null) {
            rest.add(line);
        }
        return rest;
    }

    private static MilvusClientV2 connect(Server server) {
        return new MilvusClientV2(ConnectConfig.builder().uri("http://127.0.0.1:" + server.port()).build());
    }

    @Test
    void theOfficialSdkWorksWithServeAndTheDataSurvivesARestart() throws Exception {
        Path data = directory.resolve("data");
        Server first = start(data);
        try {
            MilvusClientV2 client = connect(first);
            try {
                client.createCollection(CreateCollectionReq.builder().collectionName("films").dimension(3).build());
                client.insert(InsertReq.builder().collectionName("films").data(rows()).build());
                SearchResp found = client.search(SearchReq.builder().collectionName("films")
                        .data(List.of(new FloatVec(new float[] {0f, 1f, 0f}))).topK(2).build());
                assertThat(found.getSearchResults().get(0)).extracting(result -> result.getId())
                        .containsExactly(1L, 2L);
            } finally {
                client.close();
            }
        } finally {
            List<String> log = stop(first);
            assertThat(log).anyMatch(line -> line.startsWith("quiver serve: stopped 127.0.0.1:" + first.port()
                    + " (data: " + data + ")"));
        }

        Server second = start(data);
        try {
            MilvusClientV2 client = connect(second);
            try {
                assertThat(client.query(QueryReq.builder().collectionName("films").filter("")
                        .outputFields(List.of("count(*)")).build()).getQueryResults().get(0).getEntity()
                        .get("count(*)")).isEqualTo(3L);
            } finally {
                client.close();
            }
        } finally {
            stop(second);
        }
    }

    @Test
    void aSecondServeOnTheSameDirectoryFailsClearly() throws Exception {
        Path data = directory.resolve("data");
        Server first = start(data);
        try {
            Process second = new ProcessBuilder(ConsoleProcess.command("serve", "--port", "0", "--data",
                    data.toString())).directory(directory.toFile()).redirectErrorStream(true).start();
            ByteArrayOutputStream output = new ByteArrayOutputStream();
            Thread reader = ConsoleProcess.copy(second.getInputStream(), output);
            assertThat(second.waitFor(2, TimeUnit.MINUTES)).isTrue();
            reader.join();
            assertThat(second.exitValue()).isEqualTo(2);
            assertThat(output.toString(StandardCharsets.UTF_8)).startsWith("quiver serve: cannot start: data directory "
                    + data + " is in use by another Quiver process");
        } finally {
            stop(first);
        }
    }

    private static List<JsonObject> rows() {
        float[][] vectors = {{1f, 0f, 0f}, {0f, 1f, 0f}, {0f, 0.9f, 0.1f}};
        List<JsonObject> rows = new ArrayList<>();
        for (int i = 0; i < vectors.length; i++) {
            JsonObject row = new JsonObject();
            row.addProperty("id", (long) i);
            JsonArray vector = new JsonArray();
            for (float value : vectors[i]) {
                vector.add(value);
            }
            row.add("vector", vector);
            rows.add(row);
        }
        return rows;
    }
}
