package dev.quiver.bench;

import dev.quiver.embedded.index.FloatVectors;
import dev.quiver.embedded.index.IndexMetric;
import dev.quiver.embedded.index.IndexParams;
import dev.quiver.embedded.index.IndexSpec;
import dev.quiver.embedded.index.Neighbors;
import dev.quiver.embedded.index.SearchSettings;
import dev.quiver.embedded.index.VectorIndex;
import dev.quiver.embedded.index.VectorIndexes;
import io.github.jbellis.jvector.graph.GraphIndexBuilder;
import io.github.jbellis.jvector.graph.GraphSearcher;
import io.github.jbellis.jvector.graph.ListRandomAccessVectorValues;
import io.github.jbellis.jvector.graph.ImmutableGraphIndex;
import io.github.jbellis.jvector.graph.similarity.BuildScoreProvider;
import io.github.jbellis.jvector.graph.SearchResult;
import io.github.jbellis.jvector.util.Bits;
import io.github.jbellis.jvector.vector.VectorSimilarityFunction;
import io.github.jbellis.jvector.vector.VectorizationProvider;
import io.github.jbellis.jvector.vector.types.VectorFloat;
import io.github.jbellis.jvector.vector.types.VectorTypeSupport;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * ANN search, nq 1, top 10, L2, on {@code rows} × 128-d clustered vectors: the engine's HNSW index
 * ({@code dev.quiver.embedded.index}, JVector graph scored with the engine's SIMD kernels) at the smallest
 * {@code ef} of 16, 32, 64, 128, 256, 512 that reaches recall@10 ≥ 0.95, against the engine's exact scan (FLAT, the same
 * kernels) and against JVector's own builder and searcher (its {@code VectorSimilarityFunction.EUCLIDEAN}) at the
 * same {@code ef} with the same degree and beam width. The setup prints build times, index bytes per vector and the
 * recall of both graphs; JMH reports queries per second.
 *
 * <p>The three benchmarks share one set of built indexes (a build takes minutes), so they run in the launching
 * JVM ({@code @Fork(0)}): start it as
 * {@code java -Xmx8g --add-modules jdk.incubator.vector -jar bench/target/benchmarks.jar AnnSearchBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
@Fork(0)
// The raw JVector baseline uses the explicit (deprecated) builder constructor, as the engine's HnswIndex does, so
// both graphs are built with the same hierarchy and refinement settings.
@SuppressWarnings("deprecation")
public class AnnSearchBenchmark {
    static final int DIMENSION = 128;
    static final int M = 16;
    static final int EF_CONSTRUCTION = 100;
    static final int QUERIES = 200;
    static final int K = 10;
    static final int[] EFS = {16, 32, 64, 128, 256, 512};

    @Param({"100000"})
    public int rows;

    private float[][] queries;
    private VectorIndex hnsw;
    private VectorIndex flat;
    private ImmutableGraphIndex rawGraph;
    private ListRandomAccessVectorValues rawVectors;
    private List<VectorFloat<?>> rawQueries;
    private SearchSettings settings;
    private int next;

    private static @Nullable AnnSearchBenchmark prepared;

    @Setup(Level.Trial)
    @SuppressWarnings("NullAway.Init") // build() or the copy from the prepared trial sets every field
    public void prepare() throws IOException {
        synchronized (AnnSearchBenchmark.class) {
            if (prepared == null || prepared.rows != rows) {
                build();
                prepared = this;
            } else {
                queries = prepared.queries;
                hnsw = prepared.hnsw;
                flat = prepared.flat;
                rawGraph = prepared.rawGraph;
                rawVectors = prepared.rawVectors;
                rawQueries = prepared.rawQueries;
                settings = prepared.settings;
            }
        }
    }

    private void build() throws IOException {
        FloatVectors vectors = clustered(rows, DIMENSION, 1000);
        queries = new float[QUERIES][];
        SplittableRandom random = new SplittableRandom(7);
        for (int q = 0; q < QUERIES; q++) {
            int row = random.nextInt(rows);
            queries[q] = Arrays.copyOfRange(vectors.data(), row * DIMENSION, (row + 1) * DIMENSION);
            for (int j = 0; j < DIMENSION; j++) {
                queries[q][j] += (float) (random.nextDouble() - 0.5) * 0.2f;
            }
        }
        VectorIndexes indexes = new VectorIndexes();
        IndexSpec spec = IndexParams.resolve("HNSW", IndexMetric.L2,
                Map.of("M", Integer.toString(M), "efConstruction", Integer.toString(EF_CONSTRUCTION)), DIMENSION);
        long start = System.nanoTime();
        hnsw = indexes.build(spec, vectors);
        double quiverBuild = (System.nanoTime() - start) / 1e9;
        flat = indexes.build(IndexParams.resolve("FLAT", IndexMetric.L2, Map.of(), DIMENSION), vectors);

        VectorTypeSupport vts = VectorizationProvider.getInstance().getVectorTypeSupport();
        List<VectorFloat<?>> list = new ArrayList<>(rows);
        for (int row = 0; row < rows; row++) {
            list.add(vts.createFloatVector(Arrays.copyOfRange(vectors.data(), row * DIMENSION,
                    (row + 1) * DIMENSION)));
        }
        rawVectors = new ListRandomAccessVectorValues(list, DIMENSION);
        start = System.nanoTime();
        try (GraphIndexBuilder builder = new GraphIndexBuilder(
                BuildScoreProvider.randomAccessScoreProvider(rawVectors, VectorSimilarityFunction.EUCLIDEAN),
                DIMENSION, List.of(2 * M, M), EF_CONSTRUCTION, 1.2f, 1.2f, true, true)) {
            rawGraph = builder.build(rawVectors);
        }
        double rawBuild = (System.nanoTime() - start) / 1e9;
        rawQueries = new ArrayList<>();
        for (float[] q : queries) {
            rawQueries.add(vts.createFloatVector(q.clone()));
        }

        List<Set<Integer>> truth = new ArrayList<>();
        for (float[] q : queries) {
            Set<Integer> set = new HashSet<>();
            for (int row : flat.search(q, new SearchSettings(K, 0, 0), null).rows()) {
                set.add(row);
            }
            truth.add(set);
        }
        int chosen = EFS[EFS.length - 1];
        for (int ef : EFS) {
            if (recall(truth, ef, false) >= 0.95) {
                chosen = ef;
                break;
            }
        }
        settings = new SearchSettings(K, chosen, 0);
        System.out.printf("%nann rows=%d dim=%d M=%d efConstruction=%d ef=%d recall@10 quiver=%.4f raw=%.4f%n",
                rows, DIMENSION, M, EF_CONSTRUCTION, chosen, recall(truth, chosen, false), recall(truth, chosen, true));
        System.out.printf("ann build seconds quiver=%.1f raw=%.1f ratio=%.2f; index bytes/vector quiver=%.1f "
                        + "raw=%.1f%n", quiverBuild, rawBuild, quiverBuild / rawBuild,
                hnsw.indexBytes() / (double) rows, rawGraph.ramBytesUsed() / (double) rows);
    }

    private double recall(List<Set<Integer>> truth, int ef, boolean raw) {
        double found = 0;
        for (int q = 0; q < QUERIES; q++) {
            int[] rowsFound = raw ? rawSearch(q, ef) : hnsw.search(queries[q], new SearchSettings(K, ef, 0), null)
                    .rows();
            for (int row : rowsFound) {
                if (truth.get(q).contains(row)) {
                    found++;
                }
            }
        }
        return found / (QUERIES * (double) K);
    }

    private int[] rawSearch(int q, int ef) {
        SearchResult result = GraphSearcher.search(rawQueries.get(q), ef, rawVectors,
                VectorSimilarityFunction.EUCLIDEAN, rawGraph, Bits.ALL);
        SearchResult.NodeScore[] nodes = result.getNodes();
        int[] out = new int[Math.min(K, nodes.length)];
        for (int i = 0; i < out.length; i++) {
            out[i] = nodes[i].node;
        }
        return out;
    }

    private static FloatVectors clustered(int rows, int dim, int clusters) {
        SplittableRandom random = new SplittableRandom(1);
        float[] centres = new float[clusters * dim];
        for (int i = 0; i < centres.length; i++) {
            centres[i] = (float) (random.nextDouble() * 2 - 1);
        }
        float[] data = new float[rows * dim];
        for (int row = 0; row < rows; row++) {
            int c = random.nextInt(clusters);
            for (int j = 0; j < dim; j++) {
                data[row * dim + j] = centres[c * dim + j] + (float) ((random.nextDouble() - 0.5) * 0.6);
            }
        }
        return new FloatVectors(data, dim, rows);
    }

    private float[] nextQuery() {
        next = (next + 1) % QUERIES;
        return queries[next];
    }

    /** The engine's HNSW index at the chosen ef. */
    @Benchmark
    public Neighbors quiverHnsw() {
        return hnsw.search(nextQuery(), settings, null);
    }

    /** JVector's own searcher on its own graph of the same vectors, same ef. */
    @Benchmark
    public int[] rawJVector() {
        next = (next + 1) % QUERIES;
        return rawSearch(next, settings.ef());
    }

    /** The engine's exact scan (FLAT) over the same vectors. */
    @Benchmark
    public Neighbors exactScan() {
        return flat.search(nextQuery(), new SearchSettings(K, 0, 0), null);
    }
}
