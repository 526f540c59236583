package dev.quiver.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
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
 * One {@code INSERT INTO c (id, vector) VALUES (?, ?)} executed with a bound {@code long} and a bound 768-d
 * {@code float[]}, one row per execute, against the in-memory engine. It uses the JDBC API only, so the same class
 * builds against an older driver: bench/RESULTS.md compares the driver before and after parameters were resolved
 * while encoding (issue 13, item 2) by running this class from both builds in one session.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-Xmx4g"})
public class PreparedInsertBenchmark {
    static final int DIMENSION = 768;
    private static final String TABLE = "single_rows";

    private Connection connection;
    private Statement statement;
    private PreparedStatement insert;
    private final float[] vector = new float[DIMENSION];
    private long nextId;

    @Setup(Level.Trial)
    public void prepare() throws SQLException {
        connection = DriverManager.getConnection("jdbc:milvus:mem:prepared-insert-bench");
        statement = connection.createStatement();
        SplittableRandom random = new SplittableRandom(5);
        for (int i = 0; i < DIMENSION; i++) {
            vector[i] = (float) random.nextDouble(-1, 1);
        }
    }

    /** A fresh collection per iteration keeps the engine's memory bounded. */
    @Setup(Level.Iteration)
    public void recreateTarget() throws SQLException {
        if (insert != null) {
            insert.close();
        }
        statement.execute("DROP COLLECTION IF EXISTS " + TABLE);
        statement.execute("CREATE COLLECTION " + TABLE + " (id INT64 PRIMARY KEY, vector FLOAT_VECTOR(" + DIMENSION
                + "))");
        statement.execute("CREATE INDEX ON " + TABLE + " (vector) USING FLAT WITH (metric_type = 'L2')");
        statement.execute("LOAD COLLECTION " + TABLE);
        insert = connection.prepareStatement("INSERT INTO " + TABLE + " (id, vector) VALUES (?, ?)");
    }

    @TearDown(Level.Trial)
    public void close() throws SQLException {
        connection.close();
    }

    @Benchmark
    public int singleRowInsert() throws SQLException {
        insert.setLong(1, nextId++);
        insert.setObject(2, vector);
        return insert.executeUpdate();
    }
}
