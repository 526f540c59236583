package dev.quiver.driver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.quiver.embedded.EmbeddedMilvus;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The driver's session statements, metadata and pools against the embedded engine, in-process and over TCP. */
class EmbeddedEngineIT {
    private static EmbeddedMilvus tcpEngine;
    private static String tcpUrl;

    @BeforeAll
    static void startEngine() throws Exception {
        tcpEngine = EmbeddedMilvus.builder().inMemory().port(0).build();
        tcpUrl = "jdbc:milvus://127.0.0.1:" + tcpEngine.port();
    }

    @AfterAll
    static void stopEngine() {
        tcpEngine.close();
    }

    static Stream<String> urls() {
        return Stream.of("jdbc:milvus:mem:driver-it-" + UUID.randomUUID().toString().substring(0, 8), tcpUrl);
    }

    private static List<String> column(ResultSet rs, String column) throws SQLException {
        List<String> out = new ArrayList<>();
        try (rs) {
            while (rs.next()) {
                out.add(rs.getString(column));
            }
        }
        return out;
    }

    @ParameterizedTest
    @MethodSource("urls")
    void sessionStatements(String url) throws Exception {
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            assertThat(c.unwrap(MilvusConnection.class).getIdentifier()).isNotZero();
            try (ResultSet rs = s.executeQuery("SHOW VERSION")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString("version")).isNotBlank();
            }
            assertThat(column(s.executeQuery("SHOW DATABASES"), "database")).contains("default");
            assertThatThrownBy(() -> s.execute("USE no_such_db"))
                    .isInstanceOf(SQLException.class)
                    .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isEqualTo("3D000"));
            assertThat(c.getCatalog()).isEqualTo("default");
            s.execute("USE default");
            try (ResultSet rs = s.executeQuery("SHOW LOAD STATE OF no_such_collection")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString("state")).isEqualTo("NotExist");
            }
            assertThat(c.isValid(5)).isTrue();
        }
    }

    @ParameterizedTest
    @MethodSource("urls")
    void unknownDatabaseFailsTheConnection(String url) {
        String withDb = url.startsWith("jdbc:milvus://") ? url + "/no_such_db" : url + "?database=no_such_db";
        assertThatThrownBy(() -> DriverManager.getConnection(withDb))
                .isInstanceOf(java.sql.SQLNonTransientConnectionException.class)
                .hasMessageContaining("database not found")
                .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isEqualTo("3D000"));
    }

    @ParameterizedTest
    @MethodSource("urls")
    void metadataListsDatabases(String url) throws Exception {
        try (Connection c = DriverManager.getConnection(url)) {
            DatabaseMetaData md = c.getMetaData();
            assertThat(md.getDatabaseProductName()).isEqualTo("Milvus");
            assertThat(column(md.getCatalogs(), "TABLE_CAT")).contains("default");
            assertThat(md.getTables("default", null, "%", null).getMetaData().getColumnCount()).isEqualTo(10);
        }
    }

    @Test
    void pooledDataSourceOverTcp() throws Exception {
        try (PooledMilvusDataSource ds = PooledMilvusDataSource.builder().url(tcpUrl).maxSize(2).build()) {
            for (int i = 0; i < 10; i++) {
                try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
                    assertThat(column(s.executeQuery("SHOW DATABASES"), "database")).contains("default");
                }
            }
            assertThat(ds.getMetrics().created()).isEqualTo(1);
        }
    }

    @Test
    void hikariCpOverTcp() throws Exception {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(tcpUrl);
        config.setMaximumPoolSize(2);
        try (HikariDataSource hikari = new HikariDataSource(config);
             Connection c = hikari.getConnection(); Statement s = c.createStatement()) {
            assertThat(column(s.executeQuery("SHOW DATABASES"), "database")).contains("default");
        }
    }
}
