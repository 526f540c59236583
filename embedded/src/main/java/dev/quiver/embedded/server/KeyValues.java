package dev.quiver.embedded.server;

import dev.quiver.proto.milvus.KeyValuePair;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Conversions between Milvus's repeated {@code KeyValuePair} and maps. */
final class KeyValues {
    private KeyValues() {
    }

    static Map<String, String> toMap(List<KeyValuePair> pairs) {
        Map<String, String> map = new LinkedHashMap<>();
        pairs.forEach(p -> map.put(p.getKey(), p.getValue()));
        return map;
    }

    /** Pairs sorted by key, so responses are stable. */
    static List<KeyValuePair> toPairs(Map<String, String> map) {
        return new TreeMap<>(map).entrySet().stream()
                .map(e -> KeyValuePair.newBuilder().setKey(e.getKey()).setValue(e.getValue()).build()).toList();
    }
}
