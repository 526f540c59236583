package dev.quiver.driver.internal.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quiver.driver.ConnectionProperty;
import java.sql.SQLNonTransientConnectionException;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class JdbcUrlParserTest {

    static Stream<Arguments> validUrls() {
        return Stream.of(
                Arguments.of("jdbc:milvus://localhost", "localhost:19530", "default"),
                Arguments.of("jdbc:milvus://127.0.0.1:19531", "127.0.0.1:19531", "default"),
                Arguments.of("jdbc:milvus://db.example.com:443/prod", "db.example.com:443", "prod"),
                Arguments.of("jdbc:milvus://h/prod/", "h:19530", "prod"),
                Arguments.of("jdbc:milvus://[::1]:19530/x", "[::1]:19530", "x"),
                Arguments.of("jdbc:milvus://h/a?database=b", "h:19530", "b"),
                Arguments.of("jdbc:milvus://h?connectTimeout=5s&tls=TRUE", "h:19530", "default"),
                Arguments.of("jdbc:milvus:mem:", "mem:", "default"),
                Arguments.of("jdbc:milvus:mem:test-1", "mem:test-1", "default"),
                Arguments.of("jdbc:milvus:file:/tmp/quiver data", "file:/tmp/quiver data", "default"),
                Arguments.of("jdbc:milvus:file:./d?database=x", "file:./d", "x"),
                Arguments.of("JDBC:MILVUS://h", "h:19530", "default"));
    }

    @ParameterizedTest
    @MethodSource("validUrls")
    void parsesValidUrls(String url, String endpoint, String database) throws Exception {
        ConnectionConfig config = JdbcUrlParser.parse(url, new Properties());
        assertThat(config.endpoint().describe()).isEqualTo(endpoint);
        assertThat(config.database()).isEqualTo(database);
    }

    static Stream<Arguments> invalidUrls() {
        return Stream.of(
                Arguments.of("jdbc:milvus:", "invalid URL 'jdbc:milvus:': expected jdbc:milvus://host[:port][/database], jdbc:milvus:mem:[name] or jdbc:milvus:file:DIR"),
                Arguments.of("jdbc:milvus:foo", "invalid URL 'jdbc:milvus:foo': expected jdbc:milvus://host[:port][/database], jdbc:milvus:mem:[name] or jdbc:milvus:file:DIR"),
                Arguments.of("jdbc:milvus://", "invalid URL 'jdbc:milvus://': missing host"),
                Arguments.of("jdbc:milvus://h:abc", "invalid URL 'jdbc:milvus://h:abc': port 'abc' is not a number between 1 and 65535"),
                Arguments.of("jdbc:milvus://h:70000", "invalid URL 'jdbc:milvus://h:70000': port '70000' is not a number between 1 and 65535"),
                Arguments.of("jdbc:milvus://h/a/b", "invalid URL 'jdbc:milvus://h/a/b': the path must be a single database name, got 'a/b'"),
                Arguments.of("jdbc:milvus://u:secret@h", "invalid URL 'jdbc:milvus://...': credentials in the URL are not supported; use the user and password (or token) properties"),
                Arguments.of("jdbc:milvus://h?timout=5s", "unknown connection property 'timout'; did you mean 'queryTimeout'?"),
                Arguments.of("jdbc:milvus://h?pasword=x", "unknown connection property 'pasword'; did you mean 'password'?"),
                Arguments.of("jdbc:milvus://h?connectTimeout=abc", "invalid value 'abc' for connectTimeout: expected a duration such as 10s or 500ms"),
                Arguments.of("jdbc:milvus://h?connectTimeout=10", "invalid value '10' for connectTimeout: expected a duration such as 10s or 500ms"),
                Arguments.of("jdbc:milvus://h?tls=yes", "invalid value 'yes' for tls: expected true or false"),
                Arguments.of("jdbc:milvus://h?maxRetries=-1", "invalid value '-1' for maxRetries: expected a non-negative integer"),
                Arguments.of("jdbc:milvus://h?consistencyLevel=Sometimes", "invalid value 'Sometimes' for consistencyLevel: expected one of Strong, Session, Bounded, Eventually"),
                Arguments.of("jdbc:milvus://h?tls", "connection property 'tls' in the URL has no value (write tls=value)"),
                Arguments.of("jdbc:milvus://h?tls=true&tls=false", "connection property 'tls' appears twice in the URL"),
                Arguments.of("jdbc:milvus://h?tlsCertFile=pom.xml", "tlsCertFile and tlsKeyFile must be given together (mutual TLS)"),
                Arguments.of("jdbc:milvus://h?tlsCaFile=/no/such/file.pem", "invalid value '/no/such/file.pem' for tlsCaFile: expected a file path (no readable file at that path)"),
                Arguments.of("jdbc:milvus://h?engine.x=1", "invalid URL 'jdbc:milvus://h?engine.x=1': engine.* properties apply only to jdbc:milvus:mem: and jdbc:milvus:file: URLs"),
                Arguments.of("jdbc:milvus:mem:a/b", "invalid URL 'jdbc:milvus:mem:a/b': an in-memory engine name may contain only letters, digits, '_', '.' and '-'"),
                Arguments.of("jdbc:milvus:file:", "invalid URL 'jdbc:milvus:file:': missing directory after jdbc:milvus:file:"),
                Arguments.of("jdbc:milvus://h?xyzzy=1", "unknown connection property 'xyzzy'; accepted properties: user, password, token, database, connectTimeout, queryTimeout, keepAliveTime, keepAliveTimeout, tls, tlsCaFile, tlsCertFile, tlsKeyFile, serverName, consistencyLevel, loadWait, flushWait, maxRetries, retryInitialBackoff, retryMaxBackoff, applicationName, poolMaxSize, poolMinIdle, poolMaxWait, poolIdleTimeout, poolMaxLifetime, poolLeakDetectionThreshold, poolValidationInterval"));
    }

    @ParameterizedTest
    @MethodSource("invalidUrls")
    void rejectsInvalidUrlsWithExactMessages(String url, String message) {
        assertThatThrownBy(() -> JdbcUrlParser.parse(url, new Properties()))
                .isInstanceOf(SQLNonTransientConnectionException.class)
                .hasMessage(message)
                .extracting(e -> ((java.sql.SQLException) e).getSQLState()).isEqualTo("08M04");
    }

    @Test
    void propertiesWinOverTheUrl() throws Exception {
        Properties info = new Properties();
        info.setProperty("database", "fromProps");
        info.setProperty("connectTimeout", "2s");
        ConnectionConfig config = JdbcUrlParser.parse("jdbc:milvus://h/fromPath?connectTimeout=9s&queryTimeout=1m", info);
        assertThat(config.database()).isEqualTo("fromProps");
        assertThat(config.duration(ConnectionProperty.CONNECT_TIMEOUT)).isEqualTo(Duration.ofSeconds(2));
        assertThat(config.duration(ConnectionProperty.QUERY_TIMEOUT)).isEqualTo(Duration.ofMinutes(1));
    }

    @Test
    void fillsTypedDefaults() throws Exception {
        ConnectionConfig config = JdbcUrlParser.parse("jdbc:milvus://h", new Properties());
        assertThat(config.duration(ConnectionProperty.CONNECT_TIMEOUT)).isEqualTo(Duration.ofSeconds(10));
        assertThat(config.duration(ConnectionProperty.QUERY_TIMEOUT)).isZero();
        assertThat(config.integer(ConnectionProperty.MAX_RETRIES)).isEqualTo(10);
        assertThat(config.bool(ConnectionProperty.LOAD_WAIT)).isTrue();
        assertThat(config.tls()).isFalse();
        assertThat(config.string(ConnectionProperty.CONSISTENCY_LEVEL)).isNull();
        assertThat(config.isExplicit(ConnectionProperty.CONNECT_TIMEOUT)).isFalse();
    }

    @Test
    void enumValuesAreCanonicalised() throws Exception {
        ConnectionConfig config = JdbcUrlParser.parse("jdbc:milvus://h?consistencyLevel=strong", new Properties());
        assertThat(config.get(ConnectionProperty.CONSISTENCY_LEVEL)).isEqualTo("Strong");
    }

    @Test
    void engineProperties() throws Exception {
        ConnectionConfig config = JdbcUrlParser.parse("jdbc:milvus:mem:x?engine.segmentRows=10", new Properties());
        assertThat(config.endpoint()).isEqualTo(new Endpoint.Embedded("mem:x", Map.of("segmentRows", "10")));
    }

    @Test
    void secretsNeverAppear() throws Exception {
        Properties info = new Properties();
        info.setProperty("password", "hunter2");
        ConnectionConfig config = JdbcUrlParser.parse("jdbc:milvus://h?user=root&token=tok3n", info);
        assertThat(config.toString()).contains("user=root", "password=***", "token=***")
                .doesNotContain("hunter2", "tok3n");
        assertThat(config.redactedUrl()).isEqualTo("jdbc:milvus://h?user=root&token=***");
        assertThatThrownBy(() -> JdbcUrlParser.parse("jdbc:milvus://h?password=hunter2&port=1", new Properties()))
                .hasMessageNotContaining("hunter2");
    }

    @Test
    void everyPropertyDocumentsItself() {
        for (ConnectionProperty p : ConnectionProperty.values()) {
            assertThat(p.getDescription()).isNotBlank();
            assertThat(ConnectionProperty.forName(p.getPropertyName())).contains(p);
            if (p.getDefaultValue() != null) {
                assertThat(PropertyValues.convert(p, p.getDefaultValue())).isNotNull();
            }
        }
    }
}
