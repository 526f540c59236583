package dev.quiver.driver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.grpc.netty.shaded.io.grpc.netty.GrpcSslContexts;
import io.grpc.netty.shaded.io.netty.handler.ssl.ClientAuth;
import io.grpc.netty.shaded.io.netty.handler.ssl.SslContext;
import io.grpc.netty.shaded.io.netty.handler.ssl.SslContextBuilder;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLNonTransientConnectionException;
import java.sql.Statement;
import java.util.Properties;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * TLS end to end against a loopback Netty server: one-way TLS trusting a CA file, mutual TLS with a client
 * certificate and key, a caller-supplied {@link SSLContext}, and the failures (untrusted server certificate,
 * missing client certificate). The certificates are generated with {@code keytool} when the test starts.
 */
class TlsIT {
    @TempDir
    static Path dir;
    private static TestCertificates.Pem ca;
    private static TestCertificates.Pem otherCa;
    private static TestCertificates.Pem server;
    private static TestCertificates.Pem client;
    private static TestCertificates certificates;

    private FakeMilvusServer fake;

    @BeforeAll
    static void makeCertificates() throws Exception {
        certificates = new TestCertificates(dir);
        ca = certificates.authority("test-ca");
        otherCa = certificates.authority("other-ca");
        server = certificates.signedBy("test-ca", "server");
        client = certificates.signedBy("test-ca", "client");
    }

    @AfterEach
    void stop() throws Exception {
        if (fake != null) {
            fake.close();
        }
    }

    private String start(boolean requireClientCertificate) throws Exception {
        SslContextBuilder builder = GrpcSslContexts.forServer(server.certificate().toFile(), server.privateKey().toFile());
        if (requireClientCertificate) {
            builder.trustManager(ca.certificate().toFile()).clientAuth(ClientAuth.REQUIRE);
        }
        SslContext context = builder.build();
        fake = new FakeMilvusServer();
        return "jdbc:milvus://127.0.0.1:" + fake.startNettyTls(context);
    }

    private static Properties tls(Path caFile) {
        Properties p = new Properties();
        p.setProperty("tls", "true");
        p.setProperty("tlsCaFile", caFile.toString());
        return p;
    }

    private static void assertWorks(Connection connection) throws Exception {
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("SHOW DATABASES")) {
            assertThat(rs.next()).isTrue();
        }
        assertThat(connection.unwrap(MilvusConnection.class).getServerVersion()).isEqualTo("v2.5.4");
    }

    @Test
    void oneWayTlsTrustsTheCaFile() throws Exception {
        String url = start(false);
        try (Connection c = MilvusDriver.instance().connect(url, tls(ca.certificate()))) {
            assertWorks(c);
        }
        assertThat(fake.connects.get()).isEqualTo(1);
    }

    @Test
    void serverNameOverridesTheAuthorityChecked() throws Exception {
        String url = start(false).replace("127.0.0.1", "localhost");
        Properties p = tls(ca.certificate());
        p.setProperty("serverName", "127.0.0.1");
        try (Connection c = MilvusDriver.instance().connect(url, p)) {
            assertWorks(c);
        }
    }

    @Test
    void mutualTlsPresentsTheClientCertificate() throws Exception {
        String url = start(true);
        Properties p = tls(ca.certificate());
        p.setProperty("tlsCertFile", client.certificate().toString());
        p.setProperty("tlsKeyFile", client.privateKey().toString());
        try (Connection c = MilvusDriver.instance().connect(url, p)) {
            assertWorks(c);
        }
    }

    @Test
    void aCallerSuppliedSslContextServesMutualTls() throws Exception {
        String url = start(true);
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(TestCertificates.trustStore(ca.certificate()));
        KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keys.init(certificates.keyStoreWithChain("client", client.certificate()), TestCertificates.password());
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(keys.getKeyManagers(), trust.getTrustManagers(), null);
        try (Connection c = MilvusDriver.instance().connect(url, new Properties(), context)) {
            assertWorks(c);
        }
    }

    @Test
    void anUntrustedServerCertificateIsAClearConnectionError() throws Exception {
        String url = start(false);
        assertThatThrownBy(() -> MilvusDriver.instance().connect(url, tls(otherCa.certificate())))
                .isInstanceOf(SQLNonTransientConnectionException.class)
                .hasMessageContaining("cannot connect to Milvus at 127.0.0.1:")
                .hasMessageContaining("TLS handshake failed")
                .hasMessageContaining("tlsCaFile");
        assertThat(fake.connects.get()).isZero();
    }

    @Test
    void aMissingClientCertificateIsAClearConnectionError() throws Exception {
        String url = start(true);
        assertThatThrownBy(() -> MilvusDriver.instance().connect(url, tls(ca.certificate())))
                .isInstanceOf(SQLNonTransientConnectionException.class)
                .hasMessageContaining("cannot connect to Milvus at 127.0.0.1:")
                .hasMessageContaining("TLS")
                .hasMessageContaining("client certificate");
        assertThat(fake.connects.get()).isZero();
    }

    @Test
    void aPlaintextClientIsRefusedByATlsServer() throws Exception {
        String url = start(false);
        Properties p = new Properties();
        p.setProperty("maxRetries", "0");
        assertThatThrownBy(() -> MilvusDriver.instance().connect(url, p))
                .isInstanceOf(SQLNonTransientConnectionException.class)
                .hasMessageContaining("cannot connect to Milvus at 127.0.0.1:");
    }

    @Test
    void unreadableTlsFilesNameTheProperty() throws Exception {
        String url = start(false);
        Properties p = tls(dir.resolve("missing-ca.pem"));
        assertThatThrownBy(() -> MilvusDriver.instance().connect(url, p))
                .isInstanceOf(SQLNonTransientConnectionException.class)
                .hasMessageContaining("tlsCaFile")
                .hasMessageContaining("missing-ca.pem");
    }
}
