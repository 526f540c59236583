package dev.quiver.embedded.data;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Orders query hits as Milvus's query reduce does: ascending primary key across all segments (growing and sealed),
 * one row per key; where a key is visible more than once (a plain insert of an existing key), the newest row wins.
 */
final class PkOrder {
    private record Keyed(Object pk, long timestamp, OutputFields.Hit hit) {
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static final Comparator<Keyed> ORDER = (a, b) -> {
        int c = ((Comparable) a.pk).compareTo(b.pk);
        return c != 0 ? c : Long.compare(b.timestamp, a.timestamp);
    };

    private PkOrder() {
    }

    /** The hits sorted by ascending key without duplicate keys. */
    static List<OutputFields.Hit> sorted(List<OutputFields.Hit> hits) {
        List<Keyed> keyed = new ArrayList<>(hits.size());
        for (OutputFields.Hit hit : hits) {
            keyed.add(new Keyed(hit.segment().pk(hit.row()), hit.segment().timestamp(hit.row()), hit));
        }
        keyed.sort(ORDER);
        List<OutputFields.Hit> out = new ArrayList<>(keyed.size());
        Object last = null;
        for (Keyed k : keyed) {
            if (last != null && last.equals(k.pk)) {
                continue;
            }
            out.add(k.hit);
            last = k.pk;
        }
        return out;
    }
}
