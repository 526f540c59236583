package dev.quiver.embedded.index;

import java.util.BitSet;
import org.jspecify.annotations.Nullable;

/** FLAT: no structure, every search is exact. */
final class FlatIndex implements VectorIndex {
    private final IndexSpec spec;
    private final FloatVectors vectors;

    FlatIndex(IndexSpec spec, FloatVectors vectors) {
        this.spec = spec;
        this.vectors = vectors;
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
        return ExactSearch.search(vectors, spec.metric(), query, settings.topk(), accept);
    }

    @Override
    public long indexBytes() {
        return 0;
    }
}
