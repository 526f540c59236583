package dev.quiver.bench;

import dev.quiver.dsl.Quiver;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
 * The same 100 rows × 768-d {@code float[]} written through the DSL ({@code quiver.insertInto(c).rows(maps)
 * .execute()}, which hands the AST to the driver without statement text) and through a PreparedStatement batch
 * ({@code setLong}, {@code setObject(float[])}, {@code addBatch}, {@code executeBatch}), on one connection to the
 * in-memory engine. Both sides build their input inside the measured operation. Aim (issue 13, item 2): DSL ≤ 1.1×
 * the batch.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-Xmx4g"})
public class DslInsertBenchmark {
    static final int DIMENSION = 768;
    static final int ROWS = 100;
    private static final String TABLE = "dsl_rows";

    private Connection connection;
    private Statement statement;
    private PreparedStatement batch;
    private Quiver quiver;
    private final float[][] vectors = new float[ROWS][DIMENSION];
    private long nextId;

    @Setup(Level.Trial)
    public void prepare() throws SQLException {
        connection = DriverManager.getConnection("jdbc:milvus:mem:dsl-insert-bench");
        statement = connection.createStatement();
        quiver = Quiver.using(connection);
        SplittableRandom random = new SplittableRandom(3);
        for (float[] vector : vectors) {
            for (int i = 0; i < DIMENSION; i++) {
                vector[i] = (float) random.nextDouble(-1, 1);
            }
        }
    }

    /** A fresh collection per iteration keeps the engine's memory bounded. */
    @Setup(Level.Iteration)
    public void recreateTarget() throws SQLException {
        if (batch != null) {
            batch.close();
        }
        statement.execute("DROP COLLECTION IF EXISTS " + TABLE);
        statement.execute("CREATE COLLECTION " + TABLE + " (id INT64 PRIMARY KEY, vector FLOAT_VECTOR(" + DIMENSION
                + "))");
        statement.execute("CREATE INDEX ON " + TABLE + " (vector) USING FLAT WITH (metric_type = 'L2')");
        statement.execute("LOAD COLLECTION " + TABLE);
        batch = connection.prepareStatement("INSERT INTO " + TABLE + " (id, vector) VALUES (?, ?)");
    }

    @TearDown(Level.Trial)
    public void close() throws SQLException {
        connection.close();
    }

    @Benchmark
    public long dslInsert() {
        List<Map<String, Object>> rows = new ArrayList<>(ROWS);
        for (float[] vector : vectors) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("id", nextId++);
            row.put("vector", vector);
            rows.add(row);
        }
        return quiver.insertInto(TABLE).rows(rows).execute().getUpdateCount();
    }

    @Benchmark
    public int[] preparedBatchInsert() throws SQLException {
        for (float[] vector : vectors) {
            batch.setLong(1, nextId++);
            batch.setObject(2, vector);
            batch.addBatch();
        }
        return batch.executeBatch();
    }
}
