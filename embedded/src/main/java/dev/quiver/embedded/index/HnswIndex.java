package dev.quiver.embedded.index;

import io.github.jbellis.jvector.disk.ByteBufferReader;
import io.github.jbellis.jvector.graph.GraphIndexBuilder;
import io.github.jbellis.jvector.graph.GraphSearcher;
import io.github.jbellis.jvector.graph.OnHeapGraphIndex;
import io.github.jbellis.jvector.graph.SearchResult;
import io.github.jbellis.jvector.util.Bits;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.BitSet;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * HNSW on JVector's hierarchical graph: sparse upper layers of degree {@code M} route a search to the right region,
 * the bottom layer (DiskANN-style pruning) has degree {@code 2*M}, as HNSW's does. {@code efConstruction} is the
 * build beam width and search-time {@code ef} the bottom-layer beam width, so the recall/speed trade-off of both
 * parameters is the one Milvus users know. The hierarchy matters on clustered data: a single layer entered at one
 * medoid loses queries whose cluster few long edges reach (recall 0.94 at 1M clustered rows, bench/RESULTS.md).
 */
// JVector 4 deprecates the explicit builder constructor (its replacement reads the refinement switch from JMX), the
// on-heap save/load and the pruning switch, without replacements that keep these settings in the caller's hands.
@SuppressWarnings("deprecation")
final class HnswIndex implements VectorIndex {
    private static final float NEIGHBOR_OVERFLOW = 1.2f;
    private static final float ALPHA = 1.2f;

    private final IndexSpec spec;
    private final FloatVectors vectors;
    private final JVectorScores scores;
    private final OnHeapGraphIndex graph;

    private HnswIndex(IndexSpec spec, FloatVectors vectors, JVectorScores scores, OnHeapGraphIndex graph) {
        this.spec = spec;
        this.vectors = vectors;
        this.scores = scores;
        this.graph = graph;
    }

    static HnswIndex build(IndexSpec spec, FloatVectors vectors) {
        JVectorScores scores = new JVectorScores(vectors, spec.metric());
        try (GraphIndexBuilder builder = builder(spec, vectors, scores)) {
            return new HnswIndex(spec, vectors, scores, (OnHeapGraphIndex) builder.build(scores.values()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static HnswIndex read(IndexSpec spec, FloatVectors vectors, byte[] payload) throws IOException {
        JVectorScores scores = new JVectorScores(vectors, spec.metric());
        try (GraphIndexBuilder builder = builder(spec, vectors, scores)) {
            builder.load(new ByteBufferReader(ByteBuffer.wrap(payload)));
            OnHeapGraphIndex graph = (OnHeapGraphIndex) builder.getGraph();
            if (graph.size() != vectors.count()) {
                throw new IOException("the HNSW graph has " + graph.size() + " nodes but the segment has "
                        + vectors.count() + " rows");
            }
            return new HnswIndex(spec, vectors, scores, graph);
        } catch (RuntimeException e) {
            throw new IOException("cannot read the HNSW graph: " + e, e);
        }
    }

    private static GraphIndexBuilder builder(IndexSpec spec, FloatVectors vectors, JVectorScores scores) {
        int m = spec.param(IndexParams.M);
        return new GraphIndexBuilder(scores, vectors.dim(), List.of(2 * m, m), spec.param(IndexParams.EF_CONSTRUCTION),
                NEIGHBOR_OVERFLOW, ALPHA, true, true);
    }

    byte[] payload() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            graph.save(new DataOutputStream(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    @Override
    public IndexSpec spec() {
        return spec;
    }

    @Override
    public int dim() {
        return vectors.dim();
    }

    @Override
    public int size() {
        return vectors.count();
    }

    @Override
    public Neighbors search(float[] query, SearchSettings settings, @Nullable BitSet accept) {
        int k = Math.min(settings.topk(), vectors.count());
        if (k == 0 || ExactSearch.preferScan(accept, vectors.count())) {
            return ExactSearch.search(vectors, spec.metric(), query, k, accept);
        }
        Bits bits = accept == null ? Bits.ALL : accept::get;
        SearchResult result;
        try (GraphSearcher searcher = new GraphSearcher(graph)) {
            // Milvus's HNSW search visits the whole ef-wide beam; JVector's early termination would cut recall
            searcher.usePruning(false);
            result = searcher.search(scores.forQuery(query), Math.max(settings.ef(), k), bits);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        SearchResult.NodeScore[] nodes = result.getNodes();
        TopCollector top = new TopCollector(k);
        float norm = IndexMetric.norm(query);
        IndexMetric metric = spec.metric();
        for (SearchResult.NodeScore node : nodes) {
            top.offer(node.node, metric.similarity(metric.score(query, norm, vectors, node.node)));
        }
        return top.drain(metric);
    }

    @Override
    public long indexBytes() {
        return graph.ramBytesUsed();
    }
}
