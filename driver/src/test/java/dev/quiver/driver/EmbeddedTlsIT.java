package dev.quiver.driver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quiver.embedded.EmbeddedMilvus;
import dev.quiver.embedded.ServerTls;
import io.milvus.v2.client.ConnectConfig;
import io.milvus.v2.client.MilvusClientV2;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLNonTransientConnectionException;
import java.sql.Statement;
import java.util.Properties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded engine's TCP listener with TLS ({@link ServerTls}, what {@code quiver serve --tls-*} sets up), checked
 * from both ends: the driver verifies the server's certificate, the server verifies the client's under mutual TLS,
 * and the official Java SDK connects the same ways. Certificates are made with {@code keytool} at test time.
 */
class EmbeddedTlsIT {
    @TempDir
    static Path dir;
    private static TestCertificates.Pem ca;
    private static TestCertificates.Pem otherCa;
    private static TestCertificates.Pem server;
    private static TestCertificates.Pem client;
    private static TestCertificates.Pem strangerClient;

    private EmbeddedMilvus milvus;

    @BeforeAll
    static void makeCertificates() throws Exception {
        TestCertificates certificates = new TestCertificates(dir);
        ca = certificates.authority("engine-ca");
        otherCa = certificates.authority("stranger-ca");
        server = certificates.signedBy("engine-ca", "engine");
        client = certificates.signedBy("engine-ca", "app");
        strangerClient = certificates.signedBy("stranger-ca", "stranger");
    }

    @AfterEach
    void stop() {
        if (milvus != null) {
            milvus.close();
        }
    }

    private String start(ServerTls tls) throws IOException {
        milvus = EmbeddedMilvus.builder().inMemory().port(0).tls(tls).build();
        return "jdbc:milvus://127.0.0.1:" + milvus.port();
    }

    private static ServerTls oneWay() {
        return ServerTls.oneWay(server.certificate(), server.privateKey());
    }

    private static ServerTls mutual() {
        return ServerTls.mutual(server.certificate(), server.privateKey(), ca.certificate());
    }

    private static Properties trusting(TestCertificates.Pem authority) {
        Properties p = new Properties();
        p.setProperty("tls", "true");
        p.setProperty("tlsCaFile", authority.certificate().toString());
        p.setProperty("maxRetries", "0");
        return p;
    }

    private static Properties presenting(TestCertificates.Pem certificate) {
        Properties p = trusting(ca);
        p.setProperty("tlsCertFile", certificate.certificate().toString());
        p.setProperty("tlsKeyFile", certificate.privateKey().toString());
        return p;
    }

    private static void assertWorks(Connection connection) throws Exception {
        try (Statement s = connection.createStatement()) {
            s.execute("CREATE COLLECTION t (id INT64 PRIMARY KEY, v FLOAT_VECTOR(2))");
            try (ResultSet rs = s.executeQuery("SHOW COLLECTIONS")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo("t");
            }
        }
    }

    @Test
    void oneWayTlsWorksWhenTheDriverTrustsTheCa() throws Exception {
        String url = start(oneWay());
        try (Connection c = MilvusDriver.instance().connect(url, trusting(ca))) {
            assertWorks(c);
        }
    }

    @Test
    void theDriverRefusesAServerCertificateItsCaDidNotSign() throws Exception {
        String url = start(oneWay());
        assertThatThrownBy(() -> MilvusDriver.instance().connect(url, trusting(otherCa)))
                .isInstanceOf(SQLNonTransientConnectionException.class)
                .hasMessageContaining("cannot connect to Milvus at 127.0.0.1:" + milvus.port())
                .hasMessageContaining("TLS handshake failed: the server's certificate is not trusted")
                .hasMessageContaining("tlsCaFile");
    }

    @Test
    void aPlaintextClientGetsNoAnswerFromATlsListener() throws Exception {
        String url = start(oneWay());
        Properties plain = new Properties();
        plain.setProperty("maxRetries", "0");
        assertThatThrownBy(() -> MilvusDriver.instance().connect(url, plain))
                .isInstanceOf(SQLNonTransientConnectionException.class)
                .hasMessageContaining("cannot connect to Milvus at 127.0.0.1:" + milvus.port());
    }

    @Test
    void mutualTlsAcceptsAClientCertificateItsCaSigned() throws Exception {
        String url = start(mutual());
        try (Connection c = MilvusDriver.instance().connect(url, presenting(client))) {
            assertWorks(c);
        }
    }

    @Test
    void mutualTlsRefusesAClientWithoutACertificate() throws Exception {
        String url = start(mutual());
        assertThatThrownBy(() -> MilvusDriver.instance().connect(url, trusting(ca)))
                .isInstanceOf(SQLNonTransientConnectionException.class)
                .hasMessageContaining("cannot connect to Milvus at 127.0.0.1:" + milvus.port())
                .hasMessageContaining("TLS")
                .hasMessageContaining("client certificate");
    }

    @Test
    void mutualTlsRefusesAClientCertificateAnotherCaSigned() throws Exception {
        String url = start(mutual());
        assertThatThrownBy(() -> MilvusDriver.instance().connect(url, presenting(strangerClient)))
                .isInstanceOf(SQLNonTransientConnectionException.class)
                .hasMessageContaining("cannot connect to Milvus at 127.0.0.1:" + milvus.port())
                .hasMessageContaining("TLS");
    }

    @Test
    void theOfficialJavaSdkConnectsWithOneWayTls() throws Exception {
        start(oneWay());
        MilvusClientV2 sdk = new MilvusClientV2(ConnectConfig.builder().uri("https://127.0.0.1:" + milvus.port())
                .secure(true).serverPemPath(ca.certificate().toString())
                // The SDK's one-way path overrides the authority with serverName and requires it.
                .serverName("127.0.0.1").build());
        try {
            assertThat(sdk.listDatabases().getDatabaseNames()).contains("default");
        } finally {
            sdk.close();
        }
    }

    @Test
    void theOfficialJavaSdkConnectsWithMutualTls() throws Exception {
        start(mutual());
        MilvusClientV2 sdk = new MilvusClientV2(ConnectConfig.builder().uri("https://127.0.0.1:" + milvus.port())
                .secure(true).caPemPath(ca.certificate().toString())
                .clientPemPath(client.certificate().toString()).clientKeyPath(client.privateKey().toString())
                .build());
        try {
            assertThat(sdk.listDatabases().getDatabaseNames()).contains("default");
        } finally {
            sdk.close();
        }
    }

    @Test
    void theOfficialJavaSdkCannotConnectWithoutTheClientCertificate() throws Exception {
        start(mutual());
        assertThatThrownBy(() -> new MilvusClientV2(ConnectConfig.builder()
                .uri("https://127.0.0.1:" + milvus.port()).secure(true).serverPemPath(ca.certificate().toString())
                .serverName("127.0.0.1").connectTimeoutMs(5_000).build()).close())
                .isInstanceOf(RuntimeException.class);
    }

    @Test
    void unusableFilesFailTheStartNamingTheFileAndTheMilvusSetting() throws Exception {
        Path missing = dir.resolve("no-such-key.pem");
        assertThatThrownBy(() -> EmbeddedMilvus.builder().inMemory().port(0)
                .tls(ServerTls.oneWay(server.certificate(), missing)).build())
                .isInstanceOf(IOException.class)
                .hasMessageContaining("tls.serverKeyPath")
                .hasMessageContaining(missing.toString());
        Path garbage = Files.writeString(dir.resolve("garbage-ca.pem"), "not a certificate\n");
        assertThatThrownBy(() -> EmbeddedMilvus.builder().inMemory().port(0)
                .tls(ServerTls.mutual(server.certificate(), server.privateKey(), garbage)).build())
                .isInstanceOf(IOException.class)
                .hasMessageContaining(garbage.toString());
        assertThatThrownBy(() -> EmbeddedMilvus.builder().inMemory().tls(oneWay()).build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(".port(int)");
    }
}
