package dev.quiver.bench;

import com.google.protobuf.ByteString;
import dev.quiver.embedded.EmbeddedEngineProviderImpl;
import dev.quiver.proto.milvus.DataType;
import dev.quiver.proto.milvus.DslType;
import dev.quiver.proto.milvus.FieldData;
import dev.quiver.proto.milvus.FloatArray;
import dev.quiver.proto.milvus.GetLoadStateRequest;
import dev.quiver.proto.milvus.GetLoadStateResponse;
import dev.quiver.proto.milvus.InsertRequest;
import dev.quiver.proto.milvus.LongArray;
import dev.quiver.proto.milvus.MilvusServiceGrpc;
import dev.quiver.proto.milvus.MilvusServiceGrpc.MilvusServiceBlockingStub;
import dev.quiver.proto.milvus.MutationResult;
import dev.quiver.proto.milvus.PlaceholderGroup;
import dev.quiver.proto.milvus.PlaceholderType;
import dev.quiver.proto.milvus.PlaceholderValue;
import dev.quiver.proto.milvus.ScalarField;
import dev.quiver.proto.milvus.SearchRequest;
import dev.quiver.proto.milvus.SearchResultData;
import dev.quiver.proto.milvus.SearchResults;
import dev.quiver.proto.milvus.VectorField;
import dev.quiver.proto.spi.EmbeddedEngineHandle;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
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
import org.openjdk.jmh.infra.Blackhole;

/**
 * Per-statement cost of the JDBC driver next to a raw generated blocking stub making the same RPC against the same
 * in-memory engine ({@code jdbc:milvus:mem:NAME}; the stub's channel comes from the same engine provider the driver
 * uses). Pairs: {@code SHOW LOAD STATE OF c} vs GetLoadState; a 1,000-row × 128-d batch insert (addBatch/executeBatch
 * with {@code float[]} parameters) vs one InsertRequest built column-wise from the same arrays; a top-10 search over
 * 10,000 × 128-d vectors (a {@code float[]} parameter, results read through the ResultSet) vs a SearchRequest built
 * from the same vector, results read from the response. Both sides build their requests inside the measured
 * operation, since an application has to. The aim is driver ≤ 1.2× the stub on insert and search.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-Xmx4g"})
public class DriverBenchmark {
    static final int DIMENSION = 128;
    static final int BATCH = 1_000;
    static final int SEARCHED_ROWS = 10_000;
    static final int TOP_K = 10;
    private static final String ENGINE = "driver-bench";
    private static final String SEARCHED = "searched";
    private static final String INSERTED = "inserted";

    private EmbeddedEngineHandle rawHandle;
    private MilvusServiceBlockingStub stub;
    private Connection connection;
    private Statement statement;
    private PreparedStatement insert;
    private PreparedStatement search;
    private final long[] batchIds = new long[BATCH];
    private final float[][] batchVectors = new float[BATCH][];
    private float[] queryVector;

    @Setup(Level.Trial)
    public void prepare() throws SQLException, IOException {
        connection = DriverManager.getConnection("jdbc:milvus:mem:" + ENGINE);
        rawHandle = new EmbeddedEngineProviderImpl().open("mem:" + ENGINE, Map.of());
        stub = MilvusServiceGrpc.newBlockingStub(rawHandle.channel());
        statement = connection.createStatement();
        createLoadedCollection(SEARCHED);
        SplittableRandom random = new SplittableRandom(11);
        for (int i = 0; i < BATCH; i++) {
            batchIds[i] = i;
            batchVectors[i] = randomVector(random);
        }
        queryVector = randomVector(random);
        for (int done = 0; done < SEARCHED_ROWS; done += BATCH) {
            check(stub.insert(rawInsertRequest(SEARCHED, done)));
        }
        insert = connection.prepareStatement("INSERT INTO " + INSERTED + " (id, vector) VALUES (?, ?)");
        search = connection.prepareStatement(
                "SELECT id, distance() FROM " + SEARCHED + " ORDER BY vector <-> ? LIMIT " + TOP_K);
        checkSearchFindsTopK();
    }

    /** Both sides must find the same ten rows, or the comparison would be meaningless. */
    private void checkSearchFindsTopK() throws SQLException {
        List<Long> driverIds = new ArrayList<>();
        search.setObject(1, queryVector);
        try (ResultSet rows = search.executeQuery()) {
            while (rows.next()) {
                driverIds.add(rows.getLong(1));
            }
        }
        List<Long> rawIds = rawSearch().getResults().getIds().getIntId().getDataList();
        if (driverIds.size() != TOP_K || !driverIds.equals(rawIds)) {
            throw new IllegalStateException("driver and stub disagree: " + driverIds + " vs " + rawIds);
        }
    }

    /** A fresh collection for the inserts of each iteration, so that memory stays bounded. */
    @Setup(Level.Iteration)
    public void recreateInsertTarget() throws SQLException {
        statement.execute("DROP COLLECTION IF EXISTS " + INSERTED);
        createLoadedCollection(INSERTED);
    }

    @TearDown(Level.Trial)
    public void close() throws SQLException {
        connection.close();
        rawHandle.close();
    }

    private void createLoadedCollection(String name) throws SQLException {
        statement.execute("CREATE COLLECTION " + name + " (id INT64 PRIMARY KEY, vector FLOAT_VECTOR(" + DIMENSION
                + "))");
        statement.execute("CREATE INDEX ON " + name + " (vector) USING FLAT WITH (metric_type = 'L2')");
        statement.execute("LOAD COLLECTION " + name);
    }

    private static float[] randomVector(SplittableRandom random) {
        float[] vector = new float[DIMENSION];
        for (int i = 0; i < DIMENSION; i++) {
            vector[i] = (float) random.nextDouble(-1, 1);
        }
        return vector;
    }

    private static void check(MutationResult result) {
        EngineFixture.check(result.getStatus());
    }

    // ---- SHOW LOAD STATE ----

    @Benchmark
    public String showLoadStateDriver() throws SQLException {
        try (ResultSet rows = statement.executeQuery("SHOW LOAD STATE OF " + SEARCHED)) {
            rows.next();
            return rows.getString("state");
        }
    }

    @Benchmark
    public Object showLoadStateRawStub() {
        GetLoadStateResponse response = stub.getLoadState(
                GetLoadStateRequest.newBuilder().setCollectionName(SEARCHED).build());
        EngineFixture.check(response.getStatus());
        return response.getState();
    }

    // ---- 1,000-row batch insert ----

    @Benchmark
    public int[] batchInsertDriver() throws SQLException {
        for (int i = 0; i < BATCH; i++) {
            insert.setLong(1, batchIds[i]);
            insert.setObject(2, batchVectors[i]);
            insert.addBatch();
        }
        return insert.executeBatch();
    }

    @Benchmark
    public MutationResult batchInsertRawStub() {
        MutationResult result = stub.insert(rawInsertRequest(INSERTED, 0));
        check(result);
        return result;
    }

    private InsertRequest rawInsertRequest(String collection, long firstId) {
        LongArray.Builder ids = LongArray.newBuilder();
        FloatArray.Builder vectors = FloatArray.newBuilder();
        for (int row = 0; row < BATCH; row++) {
            ids.addData(firstId + batchIds[row]);
            for (float value : batchVectors[row]) {
                vectors.addData(value);
            }
        }
        return InsertRequest.newBuilder().setCollectionName(collection).setNumRows(BATCH)
                .addFieldsData(FieldData.newBuilder().setFieldName("id").setType(DataType.Int64)
                        .setScalars(ScalarField.newBuilder().setLongData(ids)))
                .addFieldsData(FieldData.newBuilder().setFieldName("vector").setType(DataType.FloatVector)
                        .setVectors(VectorField.newBuilder().setDim(DIMENSION).setFloatVector(vectors)))
                .build();
    }

    // ---- top-10 search ----

    @Benchmark
    public void searchDriver(Blackhole blackhole) throws SQLException {
        search.setObject(1, queryVector);
        try (ResultSet rows = search.executeQuery()) {
            while (rows.next()) {
                blackhole.consume(rows.getLong(1));
                blackhole.consume(rows.getFloat(2));
            }
        }
    }

    @Benchmark
    public void searchRawStub(Blackhole blackhole) {
        SearchResultData data = rawSearch().getResults();
        for (int i = 0; i < data.getIds().getIntId().getDataCount(); i++) {
            blackhole.consume(data.getIds().getIntId().getData(i));
            blackhole.consume(data.getScores(i));
        }
    }

    private SearchResults rawSearch() {
        ByteBuffer bytes = ByteBuffer.allocate(DIMENSION * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        for (float value : queryVector) {
            bytes.putFloat(value);
        }
        PlaceholderGroup group = PlaceholderGroup.newBuilder().addPlaceholders(PlaceholderValue.newBuilder()
                .setTag("$0").setType(PlaceholderType.FloatVector).addValues(ByteString.copyFrom(bytes.array())))
                .build();
        SearchResults results = stub.search(SearchRequest.newBuilder().setCollectionName(SEARCHED).setNq(1)
                .setPlaceholderGroup(group.toByteString()).setDslType(DslType.BoolExprV1)
                .addSearchParams(EngineFixture.kv("anns_field", "vector"))
                .addSearchParams(EngineFixture.kv("topk", Integer.toString(TOP_K)))
                .addSearchParams(EngineFixture.kv("metric_type", "L2"))
                .build());
        EngineFixture.check(results.getStatus());
        return results;
    }
}
