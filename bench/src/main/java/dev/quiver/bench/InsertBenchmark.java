package dev.quiver.bench;

import dev.quiver.proto.milvus.InsertRequest;
import dev.quiver.proto.milvus.MutationResult;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Insert throughput of 1,000-row × 128-d batches into the in-memory engine, in rows/s. Each
 * iteration starts from a fresh engine so memory stays bounded.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-Xmx6g"})
public class InsertBenchmark {
    static final int BATCH = 1_000;

    private EngineFixture fixture;
    private InsertRequest request;

    @Setup(Level.Iteration)
    public void prepare() throws IOException {
        fixture = new EngineFixture("inserts", 128);
        request = fixture.insertRequest(BATCH);
    }

    @TearDown(Level.Iteration)
    public void close() {
        fixture.close();
    }

    /** Reported in rows/s. */
    @Benchmark
    @OperationsPerInvocation(BATCH)
    public MutationResult insert1000Rows() {
        return fixture.stub.insert(request);
    }
}
