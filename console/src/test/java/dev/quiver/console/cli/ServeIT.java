package dev.quiver.console.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import dev.quiver.console.testing.ConsoleProcess;
import io.milvus.v2.client.ConnectConfig;
import io.milvus.v2.client.MilvusClientV2;
import io.milvus.v2.service.collection.request.CreateCollectionReq;
import io.milvus.v2.service.collection.request.LoadCollectionReq;
import io.milvus.v2.service.rbac.request.AddPrivilegesToGroupReq;
import io.milvus.v2.service.rbac.request.CreatePrivilegeGroupReq;
import io.milvus.v2.service.rbac.request.CreateRoleReq;
import io.milvus.v2.service.rbac.request.CreateUserReq;
import io.milvus.v2.service.rbac.request.DescribeRoleReq;
import io.milvus.v2.service.rbac.request.DescribeUserReq;
import io.milvus.v2.service.rbac.request.DropUserReq;
import io.milvus.v2.service.rbac.request.GrantPrivilegeReq;
import io.milvus.v2.service.rbac.request.GrantPrivilegeReqV2;
import io.milvus.v2.service.rbac.request.GrantRoleReq;
import io.milvus.v2.service.rbac.request.ListPrivilegeGroupsReq;
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
            "quiver serve: listening on 127\\.0\\.0\\.1:(\\d+) \\(data: ([^)]*)\\)( \\(authorization enabled\\))?");

    @TempDir
    Path directory;

    /** A running server and the reader of its log. */
    private record Server(Process process, BufferedReader log, int port) {
    }

    private Server start(Path data, String... options) throws IOException, InterruptedException {
        List<String> arguments = new ArrayList<>(List.of("serve", "--port", "0", "--data", data.toString()));
        arguments.addAll(List.of(options));
        ProcessBuilder builder = new ProcessBuilder(ConsoleProcess.command(arguments.toArray(String[]::new)))
                .directory(directory.toFile()).redirectErrorStream(true);
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
    @org.junit.jupiter.api.Timeout(240)
    void aConsoleNoticesAStoppedServerOnItsNextStatement() throws Exception {
        Server server = start(directory.resolve("data"));
        // Retrying the refused reconnection ten times at 30s or more would outlast the timeout; the statement may
        // meet the closing connection first, which is retried once.
        ProcessBuilder builder = new ProcessBuilder(ConsoleProcess.command("jdbc:milvus://127.0.0.1:" + server.port()
                + "?retryInitialBackoff=30s&retryMaxBackoff=30s", "--no-banner", "--on-error", "continue",
                "--format", "csv")).directory(directory.toFile());
        Process console = builder.start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(console.getInputStream(), StandardCharsets.UTF_8));
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            Thread errReader = ConsoleProcess.copy(console.getErrorStream(), err);
            var in = console.getOutputStream();
            in.write("SHOW VERSION;\n".getBytes(StandardCharsets.UTF_8));
            in.flush();
            assertThat(out.readLine()).isEqualTo("version");
            assertThat(out.readLine()).isEqualTo("v2.6.0-quiver");
            stop(server);
            in.write("SHOW VERSION;\n".getBytes(StandardCharsets.UTF_8));
            in.close();
            assertThat(console.waitFor(3, TimeUnit.MINUTES)).isTrue();
            errReader.join();
            assertThat(console.exitValue()).isEqualTo(1);
            assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo("<stdin>:2:1: the server is unavailable"
                    + " (GetVersion): Connection refused: no server listens at 127.0.0.1:" + server.port()
                    + "; is it running? (start one with 'quiver serve', or check the host and port)\n");
        } finally {
            console.destroyForcibly();
        }
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

        Server second = start(data, "--sync", "batch");
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
    void anUnknownSyncModeIsAUsageError() throws Exception {
        ConsoleProcess.Result result = ConsoleProcess.run(directory, "", java.util.Map.of(), "serve", "--port", "0",
                "--data", directory.resolve("data").toString(), "--sync", "sometimes");
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("--sync must be 'always' or 'batch', was 'sometimes'");
        assertThat(directory.resolve("data")).doesNotExist();
    }

    private static MilvusClientV2 connect(Server server, String user, String password) {
        return new MilvusClientV2(ConnectConfig.builder().uri("http://127.0.0.1:" + server.port()).username(user)
                .password(password).build());
    }

    @Test
    void theOfficialSdksRbacCallsWorkAgainstServeWithAuth() throws Exception {
        Path data = directory.resolve("rbac");
        Server server = start(data, "--auth");
        try {
            MilvusClientV2 root = connect(server, "root", "Milvus");
            try {
                root.createCollection(CreateCollectionReq.builder().collectionName("films").dimension(3).build());
                root.createUser(CreateUserReq.builder().userName("carol").password("carol-pw").build());
                root.createRole(CreateRoleReq.builder().roleName("reader").build());
                root.grantRole(GrantRoleReq.builder().userName("carol").roleName("reader").build());
                assertThat(root.listUsers()).containsExactlyInAnyOrder("carol", "root");
                assertThat(root.listRoles()).contains("admin", "public", "reader");
                assertThat(root.describeUser(DescribeUserReq.builder().userName("carol").build()).getRoles())
                        .containsExactly("reader");

                MilvusClientV2 carol = connect(server, "carol", "carol-pw");
                try {
                    QueryReq count = QueryReq.builder().collectionName("films").filter("")
                            .outputFields(List.of("count(*)")).build();
                    assertThatThrownBy(() -> carol.query(count)).hasMessageContaining(
                            "PrivilegeQuery: permission deny to carol in the `default` database");
                    root.grantPrivilege(GrantPrivilegeReq.builder().roleName("reader").objectType("Collection")
                            .objectName("films").privilege("Query").build());
                    root.loadCollection(LoadCollectionReq.builder().collectionName("films").build());
                    assertThat(carol.query(count).getQueryResults().get(0).getEntity().get("count(*)"))
                            .isEqualTo(0L);
                    assertThat(root.describeRole(DescribeRoleReq.builder().roleName("reader").build())
                            .getGrantInfos()).extracting(g -> g.getObjectType() + "/" + g.getObjectName() + ":"
                            + g.getPrivilege()).containsExactly("Collection/films:Query");


                    root.createPrivilegeGroup(CreatePrivilegeGroupReq.builder().groupName("writers").build());
                    root.addPrivilegesToGroup(AddPrivilegesToGroupReq.builder().groupName("writers")
                            .privileges(List.of("Insert", "Upsert")).build());
                    assertThat(root.listPrivilegeGroups(ListPrivilegeGroupsReq.builder().build())
                            .getPrivilegeGroups()).anySatisfy(group -> {
                                assertThat(group.getGroupName()).isEqualTo("writers");
                                assertThat(group.getPrivileges()).containsExactlyInAnyOrder("Insert", "Upsert");
                            });
                    // The SDK describes the collection before inserting: a Global privilege.
                    assertThatThrownBy(() -> carol.insert(InsertReq.builder().collectionName("films").data(rows())
                            .build())).hasMessageContaining("PrivilegeDescribeCollection: permission deny to carol");
                    root.grantPrivilege(GrantPrivilegeReq.builder().roleName("reader").objectType("Global")
                            .objectName("*").privilege("DescribeCollection").build());
                    assertThatThrownBy(() -> carol.insert(InsertReq.builder().collectionName("films").data(rows())
                            .build())).hasMessageContaining("PrivilegeInsert: permission deny to carol");
                    root.grantPrivilegeV2(GrantPrivilegeReqV2.builder().roleName("reader").privilege("writers")
                            .dbName("default").collectionName("films").build());
                    assertThat(carol.insert(InsertReq.builder().collectionName("films").data(rows()).build())
                            .getInsertCnt()).isEqualTo(3L);
                    assertThatThrownBy(() -> carol.dropUser(DropUserReq.builder().userName("root").build()))
                            .hasMessageContaining("PrivilegeDropOwnership: permission deny to carol");
                    assertThatThrownBy(() -> root.dropUser(DropUserReq.builder().userName("root").build()))
                            .hasMessageContaining("root user cannot be deleted");
                } finally {
                    carol.close();
                }
            } finally {
                root.close();
            }
        } finally {
            stop(server);
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
