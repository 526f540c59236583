package dev.quiver.console.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quiver.console.testing.ConsoleProcess;
import dev.quiver.driver.MilvusDriver;
import dev.quiver.driver.TestCertificates;
import io.milvus.v2.client.ConnectConfig;
import io.milvus.v2.client.MilvusClientV2;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLNonTransientConnectionException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code quiver serve --tls-cert/--tls-key[/--tls-client-ca]} as a child process: one-way and mutual TLS reached
 * by the official Java SDK and the driver, and the option combinations it refuses.
 */
class ServeTlsIT {
    private static final Pattern LISTENING = Pattern.compile(
            "quiver serve: listening on 127\\.0\\.0\\.1:(\\d+) \\(data: in memory\\) \\((TLS|mutual TLS)\\)");

    @TempDir
    static Path directory;
    private static TestCertificates.Pem ca;
    private static TestCertificates.Pem server;
    private static TestCertificates.Pem client;

    @BeforeAll
    static void makeCertificates() throws Exception {
        TestCertificates certificates = new TestCertificates(directory);
        ca = certificates.authority("serve-ca");
        server = certificates.signedBy("serve-ca", "serve");
        client = certificates.signedBy("serve-ca", "client");
    }

    /** A running server: its process, the port, and which TLS its start line announced. */
    private record Server(Process process, int port, String tls) implements AutoCloseable {
        @Override
        public void close() throws InterruptedException {
            process.toHandle().destroy();
            if (!process.waitFor(2, TimeUnit.MINUTES)) {
                process.destroyForcibly();
            }
        }
    }

    private static Server start(String... tlsOptions) throws IOException, InterruptedException {
        List<String> arguments = new ArrayList<>(List.of("serve", "--port", "0"));
        arguments.addAll(List.of(tlsOptions));
        Process process = new ProcessBuilder(ConsoleProcess.command(arguments.toArray(String[]::new)))
                .directory(directory.toFile()).redirectErrorStream(true).start();
        BufferedReader log = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        String line;
        while ((line = log.readLine()) != null) {
            Matcher listening = LISTENING.matcher(line);
            if (listening.matches()) {
                Thread drain = new Thread(() -> {
                    try {
                        while (log.readLine() != null) {
                            // keep the pipe empty
                        }
                    } catch (IOException ignored) {
                        // the process ended
                    }
                });
                drain.setDaemon(true);
                drain.start();
                return new Server(process, Integer.parseInt(listening.group(1)), listening.group(2));
            }
        }
        throw new IllegalStateException("quiver serve ended without listening, exit code " + process.waitFor());
    }

    private static Properties driverTls(boolean withClientCertificate) {
        Properties p = new Properties();
        p.setProperty("tls", "true");
        p.setProperty("tlsCaFile", ca.certificate().toString());
        p.setProperty("maxRetries", "0");
        if (withClientCertificate) {
            p.setProperty("tlsCertFile", client.certificate().toString());
            p.setProperty("tlsKeyFile", client.privateKey().toString());
        }
        return p;
    }

    private static void assertDriverWorks(int port, Properties properties) throws Exception {
        try (Connection c = MilvusDriver.instance().connect("jdbc:milvus://127.0.0.1:" + port, properties);
             Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SHOW DATABASES")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("default");
        }
    }

    @Test
    void oneWayTlsServesTheOfficialSdkAndTheDriver() throws Exception {
        try (Server serve = start("--tls-cert", server.certificate().toString(),
                "--tls-key", server.privateKey().toString())) {
            assertThat(serve.tls()).isEqualTo("TLS");
            MilvusClientV2 sdk = new MilvusClientV2(ConnectConfig.builder().uri("https://127.0.0.1:" + serve.port())
                    .secure(true).serverPemPath(ca.certificate().toString()).serverName("127.0.0.1").build());
            try {
                assertThat(sdk.listDatabases().getDatabaseNames()).containsExactly("default");
            } finally {
                sdk.close();
            }
            assertDriverWorks(serve.port(), driverTls(false));
        }
    }

    @Test
    void mutualTlsFollowsMilvusSettingNamesAndRefusesAClientWithoutACertificate() throws Exception {
        try (Server serve = start("--common.security.tlsMode", "2",
                "--tls.serverPemPath", server.certificate().toString(),
                "--tls.serverKeyPath", server.privateKey().toString(), "--tls.caPemPath", ca.certificate().toString())) {
            assertThat(serve.tls()).isEqualTo("mutual TLS");
            MilvusClientV2 sdk = new MilvusClientV2(ConnectConfig.builder().uri("https://127.0.0.1:" + serve.port())
                    .secure(true).caPemPath(ca.certificate().toString())
                    .clientPemPath(client.certificate().toString()).clientKeyPath(client.privateKey().toString())
                    .build());
            try {
                assertThat(sdk.listDatabases().getDatabaseNames()).containsExactly("default");
            } finally {
                sdk.close();
            }
            assertDriverWorks(serve.port(), driverTls(true));
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> assertDriverWorks(serve.port(), driverTls(false)))
                    .isInstanceOf(SQLNonTransientConnectionException.class)
                    .hasMessageContaining("client certificate");
        }
    }

    @Test
    void inconsistentTlsOptionsAreUsageErrors() throws Exception {
        String cert = server.certificate().toString();
        String key = server.privateKey().toString();
        String caFile = ca.certificate().toString();
        Map<List<String>, String> refusals = Map.of(
                List.of("--tls-cert", cert), "TLS needs both --tls-cert and --tls-key",
                List.of("--tls-mode", "2", "--tls-cert", cert, "--tls-key", key),
                "--tls-mode 2 (mutual TLS) needs --tls-client-ca",
                List.of("--tls-mode", "1", "--tls-cert", cert, "--tls-key", key, "--tls-client-ca", caFile),
                "--tls-client-ca verifies clients only under mutual TLS",
                List.of("--tls-mode", "0", "--tls-cert", cert, "--tls-key", key), "--tls-mode 0 serves plaintext",
                List.of("--tls-mode", "3"), "--tls-mode must be 0, 1 or 2, was 3",
                List.of("--tls-cert", cert, "--tls-key", "missing.key"),
                "cannot start: cannot read the TLS private key (tls.serverKeyPath) "
                        + directory.resolve("missing.key"));
        for (Map.Entry<List<String>, String> refusal : refusals.entrySet()) {
            List<String> arguments = new ArrayList<>(List.of("serve", "--port", "0"));
            arguments.addAll(refusal.getKey());
            ConsoleProcess.Result result = ConsoleProcess.run(directory, "", Map.of(),
                    arguments.toArray(String[]::new));
            assertThat(result.exitCode()).as(String.join(" ", refusal.getKey())).isEqualTo(2);
            assertThat(result.err()).as(String.join(" ", refusal.getKey())).contains(refusal.getValue());
        }
    }
}
