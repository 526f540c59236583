package dev.quiver.bench;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.quiver.driver.MilvusDriver;
import dev.quiver.driver.PooledMilvusDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Objects;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.commons.pool2.BasePooledObjectFactory;
import org.apache.commons.pool2.PooledObject;
import org.apache.commons.pool2.impl.DefaultPooledObject;
import org.apache.commons.pool2.impl.GenericObjectPool;
import org.apache.commons.pool2.impl.GenericObjectPoolConfig;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One borrow and return of a pooled connection, from one thread, over the same Driver and the same in-memory
 * engine: {@link PooledMilvusDataSource} next to a raw commons-pool2 {@link GenericObjectPool} of the driver's
 * connections (no validation, no state reset: the floor of a commons-pool2 pool) and HikariCP. All pools hold at
 * most {@value #MAX_SIZE} connections. The aim is the Quiver pool ≤ 1.5× HikariCP.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class PoolBenchmark {
    static final int MAX_SIZE = 10;
    static final String URL = "jdbc:milvus:mem:pool-bench";

    /** The Quiver pool. */
    @State(Scope.Benchmark)
    public static class QuiverPool {
        PooledMilvusDataSource dataSource;

        @Setup(Level.Trial)
        public void start() throws SQLException {
            dataSource = PooledMilvusDataSource.builder().url(URL).maxSize(MAX_SIZE).build();
            dataSource.getConnection().close();
        }

        @TearDown(Level.Trial)
        public void stop() {
            dataSource.close();
        }
    }

    /** A bare GenericObjectPool of the driver's connections. */
    @State(Scope.Benchmark)
    public static class RawCommonsPool {
        GenericObjectPool<Connection> pool;

        @Setup(Level.Trial)
        public void start() throws Exception {
            GenericObjectPoolConfig<Connection> config = new GenericObjectPoolConfig<>();
            config.setMaxTotal(MAX_SIZE);
            config.setJmxEnabled(false);
            pool = new GenericObjectPool<>(new ConnectionFactory(), config);
            pool.returnObject(pool.borrowObject());
        }

        @TearDown(Level.Trial)
        public void stop() {
            pool.close();
        }
    }

    /** HikariCP configured with the driver's URL. */
    @State(Scope.Benchmark)
    public static class Hikari {
        HikariDataSource dataSource;

        @Setup(Level.Trial)
        public void start() throws SQLException {
            HikariConfig config = new HikariConfig();
            config.setJdbcUrl(URL);
            config.setMaximumPoolSize(MAX_SIZE);
            dataSource = new HikariDataSource(config);
            dataSource.getConnection().close();
        }

        @TearDown(Level.Trial)
        public void stop() {
            dataSource.close();
        }
    }

    private static final class ConnectionFactory extends BasePooledObjectFactory<Connection> {
        @Override
        public Connection create() throws SQLException {
            return Objects.requireNonNull(MilvusDriver.instance().connect(URL, new Properties()),
                    "the driver accepts a jdbc:milvus: URL");
        }

        @Override
        public PooledObject<Connection> wrap(Connection connection) {
            return new DefaultPooledObject<>(connection);
        }

        @Override
        public void destroyObject(PooledObject<Connection> pooled) throws SQLException {
            pooled.getObject().close();
        }
    }

    @Benchmark
    public Connection quiverPool(QuiverPool state) throws SQLException {
        Connection connection = state.dataSource.getConnection();
        connection.close();
        return connection;
    }

    @Benchmark
    public Connection rawGenericObjectPool(RawCommonsPool state) throws Exception {
        Connection connection = state.pool.borrowObject();
        state.pool.returnObject(connection);
        return connection;
    }

    @Benchmark
    public Connection hikari(Hikari state) throws SQLException {
        Connection connection = state.dataSource.getConnection();
        connection.close();
        return connection;
    }
}
