package dev.quiver.embedded.data;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.quiver.proto.milvus.KeyValuePair;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Request parameters given as key/value strings, with the JSON {@code params} object's entries merged in
 * (flattened keys win), as clients send them both ways.
 */
final class Params {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Map<String, String> values = new HashMap<>();

    Params(List<KeyValuePair> pairs) {
        Map<String, String> flat = new HashMap<>();
        for (KeyValuePair kv : pairs) {
            flat.put(kv.getKey(), kv.getValue());
        }
        String json = flat.get("params");
        if (json != null && !json.isBlank()) {
            try {
                JsonNode node = JSON.readTree(json);
                if (node != null && node.isObject()) {
                    for (Map.Entry<String, JsonNode> e : node.properties()) {
                        values.put(e.getKey(), e.getValue().isTextual() ? e.getValue().asText() : e.getValue().toString());
                    }
                }
            } catch (IOException e) {
                throw Errors.invalid("failed to parse search params %s: %s", json, e.getMessage());
            }
        }
        values.putAll(flat);
    }

    /** Every parameter, flattened keys winning over the JSON {@code params} entries. */
    Map<String, String> all() {
        return Map.copyOf(values);
    }

    Optional<String> get(String key) {
        String v = values.get(key);
        return v == null || v.isBlank() ? Optional.empty() : Optional.of(v.trim());
    }

    /** An integer parameter, parsed like Go's {@code ParseInt(s, 0, 64)} (0x, 0o, 0b prefixes). */
    Optional<Long> getLong(String key) {
        return get(key).map(v -> {
            try {
                return parseLong(v);
            } catch (NumberFormatException e) {
                throw Errors.invalid("%s [%s] is invalid, should be an integer", key, v);
            }
        });
    }

    Optional<Double> getDouble(String key) {
        return get(key).map(v -> {
            try {
                return Double.parseDouble(v);
            } catch (NumberFormatException e) {
                throw Errors.invalid("%s [%s] is invalid, should be a number", key, v);
            }
        });
    }

    boolean getBoolean(String key) {
        return get(key).map(v -> v.equalsIgnoreCase("true")).orElse(false);
    }

    static long parseLong(String v) {
        String s = v.trim();
        boolean negative = s.startsWith("-");
        String digits = negative || s.startsWith("+") ? s.substring(1) : s;
        long value;
        if (digits.startsWith("0x") || digits.startsWith("0X")) {
            value = Long.parseLong(digits.substring(2), 16);
        } else if (digits.startsWith("0o") || digits.startsWith("0O")) {
            value = Long.parseLong(digits.substring(2), 8);
        } else if (digits.startsWith("0b") || digits.startsWith("0B")) {
            value = Long.parseLong(digits.substring(2), 2);
        } else if (digits.length() > 1 && digits.startsWith("0")) {
            value = Long.parseLong(digits.substring(1), 8);
        } else {
            value = Long.parseLong(digits);
        }
        return negative ? -value : value;
    }
}
