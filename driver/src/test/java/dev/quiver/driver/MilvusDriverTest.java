package dev.quiver.driver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quiver.driver.internal.rpc.ChannelRegistry;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.DriverPropertyInfo;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLDataException;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.SQLInvalidAuthorizationSpecException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLSyntaxErrorException;
import java.sql.SQLTimeoutException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Duration;
import java.util.Base64;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MilvusDriverTest {
    private FakeMilvusServer server;
    private String url;

    @BeforeEach
    void start() throws Exception {
        server = new FakeMilvusServer();
        url = "jdbc:milvus://127.0.0.1:" + server.startNetty();
    }

    @AfterEach
    void stop() throws Exception {
        server.close();
    }

    @Test
    void registersWithDriverManagerAndIgnoresOtherUrls() throws Exception {
        assertThat(DriverManager.getDriver(url)).isInstanceOf(MilvusDriver.class);
        MilvusDriver driver = MilvusDriver.instance();
        assertThat(driver.acceptsURL("jdbc:postgresql://h/db")).isFalse();
        assertThat(driver.connect("jdbc:postgresql://h/db", new Properties())).isNull();
        assertThat(driver.jdbcCompliant()).isFalse();
    }

    @Test
    void propertyInfoListsEveryPropertyWithoutSecrets() throws Exception {
        Properties info = new Properties();
        info.setProperty("password", "hunter2");
        DriverPropertyInfo[] properties = MilvusDriver.instance().getPropertyInfo(url + "?connectTimeout=3s", info);
        assertThat(properties).hasSize(ConnectionProperty.values().length);
        assertThat(properties).filteredOn(p -> p.name.equals("connectTimeout")).singleElement()
                .satisfies(p -> assertThat(p.value).isEqualTo("3s"));
        assertThat(properties).filteredOn(p -> p.name.equals("password")).singleElement()
                .satisfies(p -> assertThat(p.value).isNull());
        assertThat(properties).filteredOn(p -> p.name.equals("consistencyLevel")).singleElement()
                .satisfies(p -> assertThat(p.choices).containsExactly("Strong", "Session", "Bounded", "Eventually"));
    }

    @Test
    void handshakeSendsClientInfoAndHeaders() throws Exception {
        Properties info = new Properties();
        info.setProperty("user", "root");
        info.setProperty("password", "Milvus");
        try (Connection c = DriverManager.getConnection(url + "/other", info); Statement s = c.createStatement()) {
            assertThat(server.connects.get()).isEqualTo(1);
            s.executeQuery("SHOW VERSION").close();
            var headers = server.lastHeaders.get("GetVersion");
            assertThat(headers.get(FakeMilvusServer.AUTHORIZATION))
                    .isEqualTo(Base64.getEncoder().encodeToString("root:Milvus".getBytes(StandardCharsets.UTF_8)));
            assertThat(headers.get(FakeMilvusServer.DBNAME)).isEqualTo("other");
            assertThat(headers.get(FakeMilvusServer.IDENTIFIER)).isEqualTo("4242");
            assertThat(c.unwrap(MilvusConnection.class).getIdentifier()).isEqualTo(4242);
        }
    }

    @Test
    void tokenWinsOverUserAndPassword() throws Exception {
        server.expectedAuthorization = Base64.getEncoder().encodeToString("my-api-key".getBytes(StandardCharsets.UTF_8));
        try (Connection c = DriverManager.getConnection(url + "?user=u&password=p&token=my-api-key")) {
            assertThat(c.isValid(5)).isTrue();
        }
    }

    @Test
    void wrongCredentialsAreAnAuthorizationError() {
        server.expectedAuthorization = "something-else";
        assertThatThrownBy(() -> DriverManager.getConnection(url + "?user=root&password=wrong"))
                .isInstanceOf(SQLInvalidAuthorizationSpecException.class)
                .hasMessageStartingWith("cannot connect to Milvus at 127.0.0.1:")
                .hasMessageContaining("auth check failure")
                .hasMessageNotContaining("wrong");
    }

    @Test
    void unknownDatabaseFailsTheConnection() {
        assertThatThrownBy(() -> DriverManager.getConnection(url + "/nope"))
                .isInstanceOf(SQLNonTransientConnectionException.class)
                .hasMessageMatching("cannot connect to Milvus at 127\\.0\\.0\\.1:\\d+: database not found\\[database=nope]")
                .satisfies(e -> {
                    assertThat(((SQLException) e).getSQLState()).isEqualTo("3D000");
                    assertThat(((SQLException) e).getErrorCode()).isEqualTo(800);
                    assertThat(e.getCause()).isInstanceOf(SQLException.class);
                });
    }

    @Test
    void unreachableServerFailsWithinTheConnectTimeout() {
        assertThatThrownBy(() -> DriverManager.getConnection("jdbc:milvus://127.0.0.1:1?connectTimeout=300ms&retryInitialBackoff=10ms&retryMaxBackoff=20ms"))
                .isInstanceOf(SQLNonTransientConnectionException.class)
                .hasMessageStartingWith("cannot connect to Milvus at 127.0.0.1:1: ")
                .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isEqualTo("08001"))
                .hasCauseInstanceOf(SQLException.class);
    }

    /** A loopback port nothing listens on: bound to find a free one, then closed. */
    private static int closedPort() throws java.io.IOException {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    @Test
    @org.junit.jupiter.api.Timeout(60)
    void aRefusedConnectionFailsAtOnceWithItsCause() throws Exception {
        // Minutes of connect timeout and back-off: retrying the refused connection would outlast the test's timeout.
        int port = closedPort();
        assertThatThrownBy(() -> DriverManager.getConnection("jdbc:milvus://127.0.0.1:" + port
                + "?connectTimeout=10m&retryInitialBackoff=5m&retryMaxBackoff=5m"))
                .isInstanceOf(SQLNonTransientConnectionException.class)
                .hasMessage("cannot connect to Milvus at 127.0.0.1:" + port + ": Connection refused: no server listens"
                        + " at 127.0.0.1:" + port + "; is it running? (start one with 'quiver serve', or check the host"
                        + " and port)")
                .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isEqualTo("08001"));
    }

    @Test
    @org.junit.jupiter.api.Timeout(60)
    void anUnknownHostFailsAtOnceNamingTheHost() {
        assertThatThrownBy(() -> DriverManager.getConnection(
                "jdbc:milvus://no-such-host.invalid:19530?connectTimeout=10m&retryInitialBackoff=5m&retryMaxBackoff=5m"))
                .isInstanceOf(SQLNonTransientConnectionException.class)
                .hasMessage("cannot connect to Milvus at no-such-host.invalid:19530: unknown host 'no-such-host.invalid':"
                        + " the name does not resolve; check the spelling")
                .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isEqualTo("08001"));
    }

    @Test
    @org.junit.jupiter.api.Timeout(40)
    void aServerThatStoppedFailsTheNextStatementAtOnce() throws Exception {
        // One retry is allowed (the call may meet the closing connection first); retrying the refused
        // reconnection ten times at 10s would outlast the timeout.
        try (Connection connection = DriverManager.getConnection(url + "?retryInitialBackoff=10s&retryMaxBackoff=10s");
             Statement statement = connection.createStatement()) {
            assertThat(statement.execute("SHOW VERSION")).isTrue();
            server.close();
            assertThatThrownBy(() -> statement.execute("SHOW VERSION"))
                    .isInstanceOf(java.sql.SQLTransientConnectionException.class)
                    .hasMessageContaining("the server is unavailable (GetVersion): Connection refused")
                    .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isEqualTo("08006"));
        }
    }

    @Test
    void connectionsShareOneChannelPerTarget() throws Exception {
        int before = ChannelRegistry.shared().openChannels();
        Connection a = DriverManager.getConnection(url);
        Connection b = DriverManager.getConnection(url);
        assertThat(ChannelRegistry.shared().openChannels()).isEqualTo(before + 1);
        Connection other = DriverManager.getConnection(url + "?user=someone");
        assertThat(ChannelRegistry.shared().openChannels()).isEqualTo(before + 2);
        a.close();
        a.close();
        assertThat(ChannelRegistry.shared().openChannels()).isEqualTo(before + 2);
        b.close();
        other.close();
        assertThat(ChannelRegistry.shared().openChannels()).isEqualTo(before);
    }

    @Test
    void sessionStatementsReturnRows() throws Exception {
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SHOW VERSION")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString("version")).isEqualTo("v2.5.4");
                assertThat(rs.getString(1)).isEqualTo("v2.5.4");
                assertThat(rs.next()).isFalse();
            }
            assertThat(s.unwrap(MilvusStatement.class).getCommandTag()).isEqualTo("SHOW VERSION");
            try (ResultSet rs = s.executeQuery("SHOW DATABASES")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString("database")).isEqualTo("default");
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString("DATABASE")).isEqualTo("other");
                assertThat(rs.next()).isFalse();
            }
            try (ResultSet rs = s.executeQuery("SHOW LOAD STATE OF films")) {
                ResultSetMetaData md = rs.getMetaData();
                assertThat(md.getColumnCount()).isEqualTo(4);
                assertThat(md.getColumnType(4)).isEqualTo(Types.BIGINT);
                assertThat(md.getColumnTypeName(3)).isEqualTo("VARCHAR");
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString("state")).isEqualTo("Loaded");
                assertThat(rs.getLong("progress")).isEqualTo(100);
                assertThat(rs.getString("partitions")).isNull();
                assertThat(rs.wasNull()).isTrue();
            }
            try (ResultSet rs = s.executeQuery("SHOW LOAD STATE OF nothing_here")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString("state")).isEqualTo("NotExist");
            }
        }
    }

    @Test
    void useSwitchesTheDatabaseAndValidatesIt() throws Exception {
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            assertThat(s.executeUpdate("USE other")).isZero();
            assertThat(c.getCatalog()).isEqualTo("other");
            s.executeQuery("SHOW VERSION").close();
            assertThat(server.lastHeaders.get("GetVersion").get(FakeMilvusServer.DBNAME)).isEqualTo("other");
            assertThatThrownBy(() -> s.execute("USE missing"))
                    .isInstanceOf(SQLException.class)
                    .hasMessage("database not found[database=missing]")
                    .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isEqualTo("3D000"));
            assertThat(c.getCatalog()).isEqualTo("other");
            c.setCatalog("default");
            assertThat(c.unwrap(MilvusConnection.class).getDatabase()).isEqualTo("default");
        }
    }

    @Test
    void syntaxErrorsAre42601WithLineAndColumn() throws Exception {
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            assertThatThrownBy(() -> s.execute("SHOW NONSENSE"))
                    .isInstanceOf(SQLSyntaxErrorException.class)
                    .hasMessageStartingWith("line 1:")
                    .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isEqualTo("42601"));
            assertThatThrownBy(() -> c.prepareStatement("SELEC 1"))
                    .isInstanceOf(SQLSyntaxErrorException.class).hasMessageStartingWith("line 1:1:");
        }
    }

    @Test
    void setAndShowSettingsAffectTheSession() throws Exception {
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.execute("SET consistency_level = 'strong'");
            assertThat(c.unwrap(MilvusConnection.class).getSettings()).containsEntry("consistency_level", "Strong");
            try (ResultSet rs = s.executeQuery("SHOW SETTINGS")) {
                int rows = 0;
                while (rs.next()) {
                    rows++;
                }
                assertThat(rows).isEqualTo(4);
            }
            s.execute("RESET consistency_level");
            assertThat(c.unwrap(MilvusConnection.class).getSettings()).containsEntry("consistency_level", "");
            assertThatThrownBy(() -> s.execute("SET nonsense = 1")).isInstanceOf(SQLDataException.class)
                    .hasMessage("unknown setting 'nonsense'; known settings: timeout, consistency_level, load_wait, flush_wait");
        }
    }

    @Test
    void queryTimeoutBoundsTheStatement() throws Exception {
        server.versionDelay = Duration.ofSeconds(3);
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.setQueryTimeout(1);
            assertThatThrownBy(() -> s.executeQuery("SHOW VERSION"))
                    .isInstanceOf(SQLTimeoutException.class)
                    .hasMessage("the statement timed out after 1s in GetVersion");
            s.setQueryTimeout(0);
            assertThatThrownBy(() -> s.executeQuery("SHOW VERSION TIMEOUT 200ms"))
                    .isInstanceOf(SQLTimeoutException.class)
                    .hasMessage("the statement timed out after 200ms in GetVersion");
        }
    }

    @Test
    void setQueryTimeoutFiresAfterItsSecondsNotBefore() throws Exception {
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            server.versionDelay = Duration.ofMillis(2500);
            s.setQueryTimeout(5);
            long started = System.nanoTime();
            try (ResultSet rs = s.executeQuery("SHOW VERSION")) {
                assertThat(rs.next()).as("a 2.5 s answer within a 5 s timeout arrives").isTrue();
            }
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(2500));

            server.versionDelay = Duration.ofSeconds(30);
            s.setQueryTimeout(2);
            long again = System.nanoTime();
            assertThatThrownBy(() -> s.executeQuery("SHOW VERSION")).isInstanceOf(SQLTimeoutException.class)
                    .hasMessage("the statement timed out after 2s in GetVersion");
            Duration waited = Duration.ofNanos(System.nanoTime() - again);
            assertThat(waited).as("not before the 2 s").isGreaterThanOrEqualTo(Duration.ofSeconds(2))
                    .as("and not long after").isLessThan(Duration.ofSeconds(15));
        }
    }

    @Test
    void aLaterPageOfAResultSetGetsTheWholeQueryTimeoutAgain() throws Exception {
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.setFetchSize(2);
            s.setQueryTimeout(1);
            try (ResultSet rs = s.executeQuery("SELECT id FROM films")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.next()).isTrue();
                // the application takes longer than the timeout between two next() calls: the server does not
                Thread.sleep(1500);
                assertThat(rs.next()).as("the second page is fetched within its own second").isFalse();
            }
            assertThat(server.callCount("Query")).isEqualTo(2);
        }
    }

    @Test
    void networkTimeoutCapsTheDeadlineOfEveryRpc() throws Exception {
        server.versionDelay = Duration.ofSeconds(3);
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            c.setNetworkTimeout(Runnable::run, 200);
            assertThat(c.getNetworkTimeout()).isEqualTo(200);
            s.setQueryTimeout(30);
            assertThatThrownBy(() -> s.executeQuery("SHOW VERSION"))
                    .isInstanceOf(SQLTimeoutException.class)
                    .hasMessage("no answer within networkTimeout=200ms in GetVersion")
                    .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isEqualTo("HYT00"));
            server.healthGate = new CountDownLatch(1);
            assertThat(c.isValid(0)).as("isValid(0) has no timeout of its own; the network timeout bounds it").isFalse();
            server.healthGate.countDown();
            assertThatThrownBy(() -> c.setNetworkTimeout(Runnable::run, -1)).isInstanceOf(SQLException.class);
            c.setNetworkTimeout(Runnable::run, 0);
            server.versionDelay = Duration.ofMillis(400);
            try (ResultSet rs = s.executeQuery("SHOW VERSION")) {
                assertThat(rs.next()).as("without the cap the slow answer arrives").isTrue();
            }
        }
    }

    @Test
    void cancelFromAnotherThread() throws Exception {
        server.versionDelay = Duration.ofSeconds(20);
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            CompletableFuture<Throwable> running = CompletableFuture.supplyAsync(() -> {
                try {
                    s.executeQuery("SHOW VERSION");
                    return null;
                } catch (SQLException e) {
                    return e;
                }
            });
            while (server.callCount("GetVersion") == 0) {
                Thread.onSpinWait();
            }
            s.cancel();
            Throwable outcome = running.get();
            assertThat(outcome).isInstanceOf(SQLException.class).hasMessage("the statement was cancelled");
            assertThat(((SQLException) outcome).getSQLState()).isEqualTo("57014");
        }
    }

    @Test
    void cancelReachesAPageFetchOfTheOpenResultSet() throws Exception {
        server.queryGate = new CountDownLatch(1);
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.setFetchSize(2);
            ResultSet rs = s.executeQuery("SELECT id FROM films");
            assertThat(server.callCount("Query")).as("the first page is fetched at execute, the next lazily")
                    .isEqualTo(1);
            assertThat(rs.next()).isTrue();
            assertThat(rs.next()).isTrue();
            assertThat(rs.getLong(1)).isEqualTo(2);
            CompletableFuture<Throwable> reading = CompletableFuture.supplyAsync(() -> {
                try {
                    rs.next();
                    return null;
                } catch (SQLException e) {
                    return e;
                }
            });
            while (server.callCount("Query") < 2) {
                Thread.onSpinWait();
            }
            s.cancel();
            Throwable outcome = reading.get(1, TimeUnit.MINUTES);
            assertThat(outcome).isInstanceOf(SQLException.class).hasMessage("the statement was cancelled");
            assertThat(((SQLException) outcome).getSQLState()).isEqualTo("57014");
        }
    }

    @Test
    void autoCommitOnlyAndToleratedSettings() throws Exception {
        try (Connection c = DriverManager.getConnection(url)) {
            c.setAutoCommit(true);
            assertThat(c.getAutoCommit()).isTrue();
            assertThatThrownBy(() -> c.setAutoCommit(false)).isInstanceOf(SQLFeatureNotSupportedException.class)
                    .hasMessageContaining("only auto-commit");
            assertThatThrownBy(c::commit).isInstanceOf(SQLException.class).hasMessageContaining("auto-commit");
            c.setReadOnly(true);
            c.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
            assertThat(c.getSchema()).isNull();
            assertThat(c.nativeSQL("SHOW VERSION")).isEqualTo("SHOW VERSION");
            assertThatThrownBy(() -> c.createStatement(ResultSet.TYPE_SCROLL_INSENSITIVE, ResultSet.CONCUR_READ_ONLY))
                    .isInstanceOf(SQLFeatureNotSupportedException.class);
            assertThat(c.unwrap(MilvusConnection.class).getServerVersion()).isEqualTo("v2.5.4");
            assertThat(c.isWrapperFor(MilvusConnection.class)).isTrue();
        }
    }

    @Test
    void isValidUsesCheckHealthWithItsTimeout() throws Exception {
        try (Connection c = DriverManager.getConnection(url)) {
            assertThat(c.isValid(2)).isTrue();
            server.healthGate = new CountDownLatch(1);
            assertThat(c.isValid(1)).isFalse();
            server.healthGate.countDown();
            c.close();
            assertThat(c.isValid(1)).isFalse();
            assertThatThrownBy(c::createStatement).isInstanceOf(SQLNonTransientConnectionException.class)
                    .hasMessage("the connection is closed");
        }
    }

    @Test
    void preparedStatementsValidateParametersBeforeAnyRpc() throws Exception {
        try (Connection c = DriverManager.getConnection(url);
             PreparedStatement ps = c.prepareStatement("SHOW LOAD STATE OF films")) {
            assertThat(ps.getParameterMetaData().getParameterCount()).isZero();
            assertThatThrownBy(() -> ps.setString(1, "x")).isInstanceOf(SQLDataException.class)
                    .hasMessage("parameter index 1 is out of range: the statement has 0 parameters");
            assertThatThrownBy(() -> ps.execute("SHOW VERSION")).isInstanceOf(SQLException.class);
            try (ResultSet rs = ps.executeQuery()) {
                assertThat(rs.next()).isTrue();
            }
        }
    }

    @Test
    void executeUpdateOnRowsAndExecuteQueryOnCountsFail() throws Exception {
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            assertThatThrownBy(() -> s.executeUpdate("SHOW VERSION")).hasMessage("the statement returned rows; use executeQuery or execute");
            assertThatThrownBy(() -> s.executeQuery("USE other")).hasMessage("the statement returned an update count, not rows; use executeUpdate or execute");
            assertThat(s.execute("SHOW DATABASES")).isTrue();
            assertThat(s.getUpdateCount()).isEqualTo(-1);
            assertThat(s.getResultSet()).isNotNull();
            assertThat(s.getMoreResults()).isFalse();
            assertThat(s.getUpdateCount()).isEqualTo(-1);
            s.addBatch("USE default");
            s.addBatch("USE other");
            assertThat(s.executeBatch()).containsExactly(0, 0);
            assertThat(c.getCatalog()).isEqualTo("other");
        }
    }

    @Test
    void closeOnCompletionClosesTheStatementWithItsResultSet() throws Exception {
        try (Connection c = DriverManager.getConnection(url)) {
            Statement s = c.createStatement();
            s.closeOnCompletion();
            ResultSet rs = s.executeQuery("SHOW VERSION");
            assertThat(s.isClosed()).isFalse();
            rs.close();
            assertThat(s.isClosed()).isTrue();
        }
    }

    @Test
    void maxRowsLimitsTheResultSet() throws Exception {
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.setMaxRows(1);
            try (ResultSet rs = s.executeQuery("SHOW DATABASES")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.next()).isFalse();
            }
        }
    }

    @Test
    void unpooledDataSourceOpensConnections() throws Exception {
        MilvusDataSource ds = new MilvusDataSource();
        assertThatThrownBy(ds::getConnection).hasMessage("the data source has no URL; call setUrl first");
        ds.setUrl(url + "/other?password=s3cret");
        ds.setUser("root");
        ds.setPassword("hunter2");
        assertThat(ds.toString()).doesNotContain("hunter2", "s3cret");
        try (Connection c = ds.getConnection()) {
            assertThat(c.getCatalog()).isEqualTo("other");
            assertThat(server.lastHeaders.get("Connect").get(FakeMilvusServer.AUTHORIZATION))
                    .isEqualTo(Base64.getEncoder().encodeToString("root:hunter2".getBytes(StandardCharsets.UTF_8)));
        }
    }
}
