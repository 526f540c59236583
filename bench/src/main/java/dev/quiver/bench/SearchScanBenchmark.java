package dev.quiver.bench;

import dev.quiver.proto.milvus.SearchRequest;
import dev.quiver.proto.milvus.SearchResults;
import java.io.IOException;
import java.util.SplittableRandom;
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
 * Exact search over 100,000 × 128-d float vectors (nq = 1, top 10) through the engine's gRPC service, next to a
 * memory-bandwidth kernel that sums a float array of the same size. Both report vectors per second (one invocation
 * covers 100,000 vectors); the aim is a scan ≥ 0.5× the kernel.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-Xmx4g", "--add-modules=jdk.incubator.vector"})
public class SearchScanBenchmark {
    static final int ROWS = 100_000;
    static final int DIMENSION = 128;

    private EngineFixture fixture;
    private SearchRequest request;
    private float[] sameSizeArray;

    @Setup(Level.Trial)
    public void prepare() throws IOException {
        fixture = new EngineFixture("scan", DIMENSION);
        fixture.insertRows(ROWS, 5_000);
        request = fixture.searchRequest(10);
        sameSizeArray = new float[ROWS * DIMENSION];
        SplittableRandom random = new SplittableRandom(1);
        for (int i = 0; i < sameSizeArray.length; i++) {
            sameSizeArray[i] = (float) random.nextDouble();
        }
    }

    @TearDown(Level.Trial)
    public void close() {
        fixture.close();
    }

    /** Reported in vectors scanned/s. */
    @Benchmark
    @OperationsPerInvocation(ROWS)
    public SearchResults exactSearchTop10() {
        SearchResults results = fixture.stub.search(request);
        if (results.getStatus().getCode() != 0) {
            throw new IllegalStateException(results.getStatus().getReason());
        }
        return results;
    }

    /** The bandwidth baseline: one pass over as many floats as the search scans, in vectors' worth per second. */
    @Benchmark
    @OperationsPerInvocation(ROWS)
    public float bandwidthSum() {
        float[] data = sameSizeArray;
        float s0 = 0;
        float s1 = 0;
        float s2 = 0;
        float s3 = 0;
        for (int i = 0; i < data.length; i += 4) {
            s0 += data[i];
            s1 += data[i + 1];
            s2 += data[i + 2];
            s3 += data[i + 3];
        }
        return s0 + s1 + s2 + s3;
    }
}
