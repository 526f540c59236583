package dev.quiver.embedded.data;

import dev.quiver.embedded.catalog.IndexInfo;
import dev.quiver.embedded.index.IndexParams;
import dev.quiver.embedded.index.Neighbors;
import dev.quiver.embedded.index.SearchSettings;
import java.util.BitSet;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One search request's use of the ANN index of its vector field: the validated search parameters ({@code ef},
 * {@code nprobe}) and, per sealed segment, whether its index is built and attached.
 */
final class IndexedSearch {
    private final long fieldId;
    private final long indexId;
    private final SearchSettings settings;

    private IndexedSearch(long fieldId, long indexId, SearchSettings settings) {
        this.fieldId = fieldId;
        this.indexId = indexId;
        this.settings = settings;
    }

    /**
     * The index search of a request, or null when the field has no index the engine builds (FLAT, binary, sparse,
     * none). The search parameters are validated here, with knowhere's messages, whether or not any segment has
     * its index yet.
     *
     * @param topk the number of hits each segment must supply (limit plus offset)
     */
    static @Nullable IndexedSearch of(SegmentIndexes indexes, CollectionData data, @Nullable IndexInfo index,
                                      Map<String, String> params, int topk) {
        if (index == null) {
            return null;
        }
        SegmentIndexes.Wanted wanted = indexes.resolve(data, index).orElse(null);
        if (wanted == null) {
            return null;
        }
        return new IndexedSearch(wanted.fieldId(), wanted.indexId(), IndexParams.search(wanted.spec(), params, topk));
    }

    /** Whether the segment has this index attached, built over the {@code rows} rows the read covers. */
    boolean usable(Segment segment, int rows) {
        SegmentIndex attached = segment.index(fieldId);
        return attached != null && attached.indexId() == indexId && attached.index().size() == rows;
    }

    /** The segment's nearest accepted rows; call only when {@link #usable}. */
    Neighbors search(Segment segment, float[] query, BitSet accept) {
        SegmentIndex attached = segment.index(fieldId);
        if (attached == null) {
            throw new IllegalStateException("segment " + segment.id + " has no index on field " + fieldId);
        }
        return attached.index().search(query, settings, accept);
    }
}
