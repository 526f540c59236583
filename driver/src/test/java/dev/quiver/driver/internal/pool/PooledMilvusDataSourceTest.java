package dev.quiver.driver.internal.pool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.quiver.driver.FakeMilvusServer;
import dev.quiver.driver.MilvusConnection;
import dev.quiver.driver.PoolMetrics;
import dev.quiver.driver.PooledMilvusDataSource;
import dev.quiver.driver.internal.config.JdbcUrlParser;
import dev.quiver.driver.internal.jdbc.MilvusConnectionImpl;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PooledMilvusDataSourceTest {
    private FakeMilvusServer server;
    private String url;

    @BeforeEach
    void start() throws Exception {
        server = new FakeMilvusServer();
        url = "jdbc:milvus://127.0.0.1:" + server.startNetty();
    }

    @AfterEach
    void stop() throws Exception {
        ConnectionPool.leakListener = null;
        server.close();
    }

    /** A pool on {@code clock} (nanoseconds), for the tests that move time instead of sleeping. */
    private ConnectionPool pool(AtomicLong clock, String user, String password, int maxSize, Duration maxWait,
                                Duration idleTimeout, Duration maxLifetime) throws SQLException {
        Properties info = new Properties();
        if (user != null) {
            info.setProperty("user", user);
            info.setProperty("password", password);
        }
        return new ConnectionPool(new PoolSettings(JdbcUrlParser.parse(url, info), null, maxSize, 0, maxWait,
                idleTimeout, maxLifetime, Duration.ZERO, Duration.ZERO, Duration.ofHours(1)), clock::get);
    }

    private static MilvusConnectionImpl physical(Connection c) throws SQLException {
        return c.unwrap(MilvusConnectionImpl.class);
    }

    @Test
    void aBorrowedConnectionRefusesToUnwrapToNull() throws Exception {
        try (PooledMilvusDataSource ds = PooledMilvusDataSource.builder().url(url).maxSize(1).build();
             Connection c = ds.getConnection()) {
            assertThat(c.isWrapperFor(null)).isFalse();
            assertThatThrownBy(() -> c.unwrap(null)).isInstanceOf(SQLException.class)
                    .hasMessageContaining("unwrap needs the interface to unwrap to, got null");
            assertThat(c.isWrapperFor(MilvusConnection.class)).isTrue();
        }
    }

    @Test
    void exhaustionReportsCountsAfterMaxWait() throws Exception {
        try (PooledMilvusDataSource ds = PooledMilvusDataSource.builder().url(url).maxSize(2)
                .maxWait(Duration.ofMillis(200)).build()) {
            Connection a = ds.getConnection();
            Connection b = ds.getConnection();
            assertThatThrownBy(ds::getConnection)
                    .isInstanceOf(SQLTransientConnectionException.class)
                    .hasMessage("connection pool exhausted: no connection available within 200ms "
                            + "(active=2, idle=0, waiting=0, maxSize=2 per user)")
                    .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isEqualTo("08M02"))
                    .hasCauseInstanceOf(java.util.NoSuchElementException.class);
            a.close();
            b.close();
        }
    }

    @Test
    void exhaustionChainsTheLastCreationFailure() throws Exception {
        server.expectedAuthorization = Base64.getEncoder().encodeToString("root:good".getBytes(StandardCharsets.UTF_8));
        try (PooledMilvusDataSource ds = PooledMilvusDataSource.builder().url(url).user("root").password("good")
                .maxSize(1).maxWait(Duration.ofMillis(100)).build()) {
            Connection held = ds.getConnection();
            assertThatThrownBy(() -> ds.getConnection("root", "bad")).isInstanceOf(SQLException.class)
                    .hasMessageContaining("auth check failure");
            assertThatThrownBy(ds::getConnection)
                    .isInstanceOf(SQLTransientConnectionException.class)
                    .hasMessageStartingWith("connection pool exhausted: no connection available within 100ms (active=1, ")
                    .hasMessageContaining("; last connection failure: cannot connect to Milvus at 127.0.0.1:")
                    .hasMessageNotContaining("bad")
                    .cause().hasMessageContaining("auth check failure");
            held.close();
        }
    }

    @Test
    void returningResetsTheSessionAndReusesTheConnection() throws Exception {
        try (PooledMilvusDataSource ds = PooledMilvusDataSource.builder().url(url).maxSize(1).build()) {
            Connection first = ds.getConnection();
            MilvusConnectionImpl physical = physical(first);
            Statement open = first.createStatement();
            assertThat(open.getConnection()).isSameAs(first);
            open.execute("USE other");
            open.execute("SET consistency_level = 'Strong'");
            first.setNetworkTimeout(Runnable::run, 5000);
            first.close();
            assertThat(first.isClosed()).isTrue();
            assertThat(open.isClosed()).isTrue();
            assertThatThrownBy(first::createStatement).isInstanceOf(SQLNonTransientConnectionException.class)
                    .hasMessage("the connection is closed");
            first.close();

            try (Connection second = ds.getConnection()) {
                assertThat(physical(second)).isSameAs(physical);
                assertThat(second.getCatalog()).isEqualTo("default");
                assertThat(second.unwrap(MilvusConnection.class).getSettings()).containsEntry("consistency_level", "");
                assertThat(second.getNetworkTimeout()).isZero();
                assertThat(physical.session().invoker().networkTimeout()).isNull();
                try (Statement s = second.createStatement(); ResultSet rs = s.executeQuery("SHOW VERSION")) {
                    assertThat(rs.next()).isTrue();
                }
            }
            assertThat(server.connects.get()).isEqualTo(1);
        }
    }

    @Test
    void leakedConnectionsAreReportedWithTheBorrowersStack() throws Exception {
        CountDownLatch reported = new CountDownLatch(1);
        AtomicReference<ConnectionPool.LeakReport> report = new AtomicReference<>();
        ConnectionPool.leakListener = r -> {
            report.set(r);
            reported.countDown();
        };
        try (PooledMilvusDataSource ds = PooledMilvusDataSource.builder().url(url)
                .leakDetectionThreshold(Duration.ofMillis(50)).build()) {
            Connection leaked = ds.getConnection();
            assertThat(reported.await(30, TimeUnit.SECONDS)).isTrue();
            assertThat(report.get().message()).startsWith("possible connection leak: a connection to 127.0.0.1:")
                    .endsWith("has been held for more than 50ms without being closed");
            assertThat(report.get().borrowedAt().getStackTrace())
                    .anyMatch(frame -> frame.getMethodName().equals("leakedConnectionsAreReportedWithTheBorrowersStack"));
            leaked.close();
        }
    }

    @Test
    void returnedInTimeIsNotALeak() throws Exception {
        List<ConnectionPool.LeakReport> reports = new ArrayList<>();
        ConnectionPool.leakListener = reports::add;
        try (PooledMilvusDataSource ds = PooledMilvusDataSource.builder().url(url)
                .leakDetectionThreshold(Duration.ofMillis(200)).build()) {
            Connection c = ds.getConnection();
            PooledConnectionHandle handle = (PooledConnectionHandle) java.lang.reflect.Proxy.getInvocationHandler(c);
            java.util.concurrent.ScheduledFuture<?> timer = handle.leakTimer();
            assertThat(timer != null && !timer.isDone()).isTrue();
            c.close();
            assertThat(timer.isCancelled()).isTrue();
            assertThat(reports).isEmpty();
        }
    }

    @Test
    void idleConnectionsAreEvictedAndClosed() throws Exception {
        AtomicLong clock = new AtomicLong();
        try (ConnectionPool ds = pool(clock, null, null, 3, Duration.ofSeconds(5), Duration.ofMillis(20), Duration.ZERO)) {
            Connection a = ds.borrow();
            Connection b = ds.borrow();
            MilvusConnectionImpl pa = physical(a);
            a.close();
            b.close();
            assertThat(ds.metrics().idle()).isEqualTo(2);
            clock.addAndGet(Duration.ofMillis(19).toNanos());
            ds.evict();
            assertThat(ds.metrics().idle()).isEqualTo(2);
            clock.addAndGet(Duration.ofMillis(1).toNanos());
            ds.evict();
            PoolMetrics m = ds.metrics();
            assertThat(m.idle()).isZero();
            assertThat(m.destroyed()).isEqualTo(2);
            assertThat(pa.isClosed()).isTrue();
        }
    }

    @Test
    void connectionsPastTheirLifetimeAreRetired() throws Exception {
        AtomicLong clock = new AtomicLong();
        try (ConnectionPool ds = pool(clock, null, null, 1, Duration.ofSeconds(5), Duration.ZERO, Duration.ofMillis(20))) {
            Connection a = ds.borrow();
            MilvusConnectionImpl first = physical(a);
            a.close();
            clock.addAndGet(Duration.ofMillis(19).toNanos());
            try (Connection b = ds.borrow()) {
                assertThat(physical(b)).isSameAs(first);
            }
            clock.addAndGet(Duration.ofMillis(1).toNanos());
            try (Connection b = ds.borrow()) {
                assertThat(physical(b)).isNotSameAs(first);
                assertThat(first.isClosed()).isTrue();
            }
            assertThat(ds.metrics().created()).isEqualTo(2);
        }
    }

    @Test
    void manyThreadsNeverShareOrLoseAConnection() throws Exception {
        int threads = 16;
        int rounds = 500;
        Set<MilvusConnectionImpl> inUse = ConcurrentHashMap.newKeySet();
        Set<MilvusConnectionImpl> seen = ConcurrentHashMap.newKeySet();
        try (PooledMilvusDataSource ds = PooledMilvusDataSource.builder().url(url).maxSize(4)
                .maxWait(Duration.ofSeconds(60)).build()) {
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                futures.add(pool.submit(() -> {
                    for (int i = 0; i < rounds; i++) {
                        try (Connection c = ds.getConnection()) {
                            MilvusConnectionImpl p = physical(c);
                            if (!inUse.add(p)) {
                                throw new AssertionError("a connection was handed to two borrowers");
                            }
                            seen.add(p);
                            inUse.remove(p);
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
            pool.shutdown();
            PoolMetrics m = ds.getMetrics();
            assertThat(m.active()).isZero();
            assertThat(m.created()).isLessThanOrEqualTo(4).isEqualTo(seen.size());
            assertThat(m.idle()).isEqualTo(seen.size());
            assertThat(m.destroyed()).isZero();
        }
    }

    @Test
    void otherCredentialsGetTheirOwnSubPool() throws Exception {
        try (PooledMilvusDataSource ds = PooledMilvusDataSource.builder().url(url).user("a").password("1").build()) {
            try (Connection c = ds.getConnection("b", "2"); Statement s = c.createStatement()) {
                s.executeQuery("SHOW VERSION").close();
                assertThat(server.lastHeaders.get("GetVersion").get(FakeMilvusServer.AUTHORIZATION))
                        .isEqualTo(Base64.getEncoder().encodeToString("b:2".getBytes(StandardCharsets.UTF_8)));
            }
            try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
                s.executeQuery("SHOW VERSION").close();
                assertThat(server.lastHeaders.get("GetVersion").get(FakeMilvusServer.AUTHORIZATION))
                        .isEqualTo(Base64.getEncoder().encodeToString("a:1".getBytes(StandardCharsets.UTF_8)));
            }
            assertThat(ds.getMetrics().idle()).isEqualTo(2);
        }
    }

    @Test
    void metricsEvictionAndCloseSpanEverySubPool() throws Exception {
        AtomicLong clock = new AtomicLong();
        ConnectionPool ds = pool(clock, "a", "1", 1, Duration.ofMillis(50), Duration.ofMillis(20), Duration.ZERO);
        Connection defaultUser = ds.borrow();
        Connection otherUser = ds.borrow("b", "2");
        assertThat(ds.metrics().active()).isEqualTo(2);
        assertThat(ds.metrics().created()).isEqualTo(2);
        assertThatThrownBy(() -> ds.borrow("b", "2")).isInstanceOf(SQLTransientConnectionException.class)
                .hasMessageContaining("active=2, idle=0");
        MilvusConnectionImpl otherPhysical = physical(otherUser);
        otherUser.close();
        defaultUser.close();
        assertThat(ds.metrics().idle()).isEqualTo(2);
        clock.addAndGet(Duration.ofMillis(20).toNanos());
        ds.evict();
        assertThat(ds.metrics().idle()).isZero();
        assertThat(ds.metrics().destroyed()).isEqualTo(2);
        assertThat(otherPhysical.isClosed()).isTrue();
        Connection again = ds.borrow("b", "2");
        MilvusConnectionImpl againPhysical = physical(again);
        again.close();
        ds.close();
        assertThat(againPhysical.isClosed()).isTrue();
        assertThatThrownBy(() -> ds.borrow("b", "2")).isInstanceOf(SQLException.class)
                .hasMessageContaining("closed");
    }

    @Test
    void aReturnedConnectionIsCountedIdleAndReusedWhileItsOldHandleStaysClosed() throws Exception {
        try (PooledMilvusDataSource ds = PooledMilvusDataSource.builder().url(url).maxSize(2).build()) {
            Connection first = ds.getConnection();
            MilvusConnectionImpl physical = physical(first);
            first.close();
            PoolMetrics m = ds.getMetrics();
            assertThat(m.idle()).isEqualTo(1);
            assertThat(m.active()).isZero();
            try (Connection second = ds.getConnection()) {
                assertThat(physical(second)).isSameAs(physical);
                assertThat(ds.getMetrics().active()).isEqualTo(1);
                assertThat(ds.getMetrics().idle()).isZero();
                assertThat(first.isClosed()).isTrue();
                assertThatThrownBy(first::createStatement).isInstanceOf(SQLException.class)
                        .hasMessageContaining("closed");
                assertThat(second.isClosed()).isFalse();
            }
            assertThat(ds.getMetrics().created()).isEqualTo(1);
        }
    }

    @Test
    void aBorrowerWaitingForTheOnlyConnectionGetsItWhenItIsReturned() throws Exception {
        try (PooledMilvusDataSource ds = PooledMilvusDataSource.builder().url(url).maxSize(1)
                .maxWait(Duration.ofMinutes(5)).build()) {
            Connection held = ds.getConnection();
            MilvusConnectionImpl physical = physical(held);
            ExecutorService executor = Executors.newSingleThreadExecutor();
            try {
                CountDownLatch started = new CountDownLatch(1);
                Future<MilvusConnectionImpl> waiter = executor.submit(() -> {
                    started.countDown();
                    try (Connection c = ds.getConnection()) {
                        return physical(c);
                    }
                });
                started.await();
                while (ds.getMetrics().waiting() == 0) {
                    Thread.onSpinWait();
                }
                held.close();
                // a connection hidden from the waiter would make it wait the full five minutes
                assertThat(waiter.get(2, TimeUnit.MINUTES)).isSameAs(physical);
            } finally {
                executor.shutdownNow();
            }
        }
    }

    @Test
    void closingThePoolClosesIdleConnections() throws Exception {
        PooledMilvusDataSource ds = PooledMilvusDataSource.builder().url(url).maxSize(2).build();
        Connection a = ds.getConnection();
        Connection b = ds.getConnection();
        MilvusConnectionImpl pa = physical(a);
        MilvusConnectionImpl pb = physical(b);
        a.close();
        b.close();
        ds.close();
        assertThat(pa.isClosed()).isTrue();
        assertThat(pb.isClosed()).isTrue();
        assertThat(ds.getMetrics().destroyed()).isEqualTo(2);
    }

    @Test
    void evictionRunningDuringConcurrentUseNeverSharesOrLosesAConnection() throws Exception {
        int threads = 8;
        int rounds = 500;
        Set<MilvusConnectionImpl> inUse = ConcurrentHashMap.newKeySet();
        try (PooledMilvusDataSource ds = PooledMilvusDataSource.builder().url(url).maxSize(3)
                .maxWait(Duration.ofSeconds(60)).build()) {
            ExecutorService executor = Executors.newFixedThreadPool(threads + 1);
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                futures.add(executor.submit(() -> {
                    for (int i = 0; i < rounds; i++) {
                        try (Connection c = ds.getConnection()) {
                            MilvusConnectionImpl p = physical(c);
                            if (!inUse.add(p)) {
                                throw new AssertionError("a connection was handed to two borrowers");
                            }
                            inUse.remove(p);
                        }
                    }
                    return null;
                }));
            }
            Future<?> evictions = executor.submit(() -> {
                for (int i = 0; i < 200; i++) {
                    ds.evictNow();
                }
                return null;
            });
            for (Future<?> f : futures) {
                f.get();
            }
            evictions.get();
            executor.shutdown();
            PoolMetrics m = ds.getMetrics();
            assertThat(m.active()).isZero();
            assertThat(m.destroyed()).isZero();
            assertThat(m.created()).isLessThanOrEqualTo(3);
            assertThat(m.idle()).isEqualTo((int) m.created());
        }
    }

    @Test
    void configurationIsValidatedAtBuildTime() {
        assertThatThrownBy(() -> PooledMilvusDataSource.builder().build()).hasMessage("a pooled data source needs a URL");
        assertThatThrownBy(() -> PooledMilvusDataSource.builder().url(url).maxSize(0).build())
                .hasMessage("maxSize must be at least 1, got 0");
        assertThatThrownBy(() -> PooledMilvusDataSource.builder().url(url).maxSize(2).minIdle(3).build())
                .hasMessage("minIdle must be between 0 and maxSize (2), got 3");
        assertThatThrownBy(() -> PooledMilvusDataSource.builder().url(url).maxWait(Duration.ofSeconds(-1)).build())
                .hasMessage("maxWait must not be negative, got PT-1S");
        assertThatThrownBy(() -> PooledMilvusDataSource.builder().url(url + "?poolMaxSize=lots").build())
                .hasMessage("invalid value 'lots' for poolMaxSize: expected a non-negative integer");
    }

    @Test
    void poolSettingsComeFromUrlPropertiesToo() throws Exception {
        try (PooledMilvusDataSource ds = PooledMilvusDataSource.builder().url(url + "?poolMaxSize=3&poolMaxWait=2s").build()) {
            assertThat(ds.getMaxSize()).isEqualTo(3);
            assertThat(ds.getMaxWait()).isEqualTo(Duration.ofSeconds(2));
            assertThatThrownBy(() -> ds.setLoginTimeout(3)).isInstanceOf(SQLException.class);
        }
    }

    @Test
    void closedPoolRefusesBorrows() throws Exception {
        PooledMilvusDataSource ds = PooledMilvusDataSource.builder().url(url).build();
        Connection c = ds.getConnection();
        MilvusConnectionImpl p = physical(c);
        ds.close();
        c.close();
        assertThat(p.isClosed()).isTrue();
        assertThatThrownBy(ds::getConnection).isInstanceOf(SQLException.class).hasMessage("the connection pool is closed");
    }

    @Test
    void theSameDriverWorksUnderHikariCp() throws Exception {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setMaximumPoolSize(2);
        config.setConnectionTimeout(5_000);
        config.setPoolName("quiver-hikari-test");
        try (HikariDataSource hikari = new HikariDataSource(config)) {
            for (int i = 0; i < 5; i++) {
                try (Connection c = hikari.getConnection(); Statement s = c.createStatement();
                     ResultSet rs = s.executeQuery("SHOW DATABASES")) {
                    assertThat(rs.next()).isTrue();
                    assertThat(rs.getString(1)).isEqualTo("default");
                    assertThat(c.unwrap(MilvusConnection.class).getDatabase()).isEqualTo("default");
                }
            }
            assertThat(hikari.getHikariPoolMXBean().getTotalConnections()).isBetween(1, 2);
        }
    }
}
