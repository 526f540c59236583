package dev.quiver.embedded.data;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeMap;

/**
 * Orders query hits as Milvus's query reduce does: ascending primary key across all segments (growing and sealed),
 * one row per key; where a key is visible more than once (a plain insert of an existing key), the newest row wins.
 */
final class PkOrder {
    private record Keyed(Object pk, long timestamp, OutputFields.Hit hit) {
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static final Comparator<Object> KEYS = (a, b) -> ((Comparable) a).compareTo(b);
    private static final Comparator<Keyed> ORDER = (a, b) -> {
        int c = KEYS.compare(a.pk, b.pk);
        return c != 0 ? c : Long.compare(b.timestamp, a.timestamp);
    };

    private PkOrder() {
    }

    /** The first {@code wanted} hits by ascending key, without duplicate keys. */
    static List<OutputFields.Hit> first(List<OutputFields.Hit> hits, long wanted) {
        if (wanted >= hits.size() / 4) {
            List<OutputFields.Hit> all = sorted(hits);
            return wanted >= all.size() ? all : all.subList(0, (int) wanted);
        }
        TreeMap<Object, Keyed> smallest = new TreeMap<>(KEYS);
        for (OutputFields.Hit hit : hits) {
            Object pk = hit.segment().pk(hit.row());
            if (smallest.size() >= wanted && KEYS.compare(pk, smallest.lastKey()) > 0) {
                continue;
            }
            long ts = hit.segment().timestamp(hit.row());
            Keyed existing = smallest.get(pk);
            if (existing == null) {
                smallest.put(pk, new Keyed(pk, ts, hit));
                if (smallest.size() > wanted) {
                    smallest.pollLastEntry();
                }
            } else if (ts > existing.timestamp) {
                smallest.put(pk, new Keyed(pk, ts, hit));
            }
        }
        List<OutputFields.Hit> out = new ArrayList<>(smallest.size());
        for (Keyed k : smallest.values()) {
            out.add(k.hit);
        }
        return out;
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
