package dev.quiver.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Converts the values of a file to what {@code INSERT ... ROWS ?} takes, checked against the field: integers as
 * Long, FLOAT/DOUBLE as Double, BOOL, VARCHAR as String, JSON and ARRAY as maps and lists, FLOAT/FLOAT16/BFLOAT16/
 * INT8 vectors as {@code float[]} of the field's dimension, BINARY_VECTOR as {@code byte[]} (a JSON array of
 * dimension/8 integers 0..255, Milvus's row format), sparse vectors as a {@code {"index": value}} map. A CSV cell
 * holding a JSON, ARRAY or vector value is its JSON text. Failures say what was expected.
 */
final class Values {
    static final ObjectMapper JSON = new ObjectMapper();

    private Values() {
    }

    /** A value that cannot be converted; the message says why. */
    static final class BadValue extends Exception {
        private static final long serialVersionUID = 1L;

        BadValue(String reason) {
            super(reason, null, false, false);
        }
    }

    /** A CSV cell for {@code field}; {@code null} for a field the schema does not have (a dynamic one). */
    static @Nullable Object fromText(@Nullable Field field, String text) throws BadValue {
        if (field == null) {
            return dynamicText(text);
        }
        String t = text.trim();
        return switch (field.type()) {
            case "INT8", "INT16", "INT32", "INT64" -> {
                try {
                    yield Long.parseLong(t);
                } catch (NumberFormatException e) {
                    throw new BadValue(field.type() + " expects a whole number, got '" + abbreviate(text) + "'");
                }
            }
            case "FLOAT", "DOUBLE" -> {
                try {
                    yield Double.parseDouble(t);
                } catch (NumberFormatException e) {
                    throw new BadValue(field.type() + " expects a number, got '" + abbreviate(text) + "'");
                }
            }
            case "BOOL" -> switch (t.toLowerCase(Locale.ROOT)) {
                case "true" -> true;
                case "false" -> false;
                default -> throw new BadValue("BOOL expects true or false, got '" + abbreviate(text) + "'");
            };
            case "VARCHAR", "STRING", "TEXT", "TIMESTAMPTZ", "GEOMETRY" -> text;
            default -> fromJson(field, parse(field, text));
        };
    }

    private static JsonNode parse(Field field, String text) throws BadValue {
        try {
            return JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new BadValue(field.type() + " expects JSON text such as " + example(field) + ": "
                    + e.getOriginalMessage());
        }
    }

    private static String example(Field field) {
        return switch (field.type()) {
            case "SPARSE_FLOAT_VECTOR" -> "{\"3\": 0.5}";
            case "JSON" -> "{\"a\": 1}";
            case "BINARY_VECTOR" -> "[15, 255]";
            default -> "[0.1, 0.2]";
        };
    }

    /** A JSON value for {@code field}; {@code null} field: a dynamic one, taken as it is. */
    static @Nullable Object fromJson(@Nullable Field field, JsonNode node) throws BadValue {
        if (node.isNull()) {
            return null;
        }
        if (field == null) {
            return plain(node);
        }
        switch (field.type()) {
            case "INT8", "INT16", "INT32", "INT64" -> {
                if (!node.isIntegralNumber() || !node.canConvertToLong()) {
                    throw new BadValue(field.type() + " expects a whole number, got " + describe(node));
                }
                return node.longValue();
            }
            case "FLOAT", "DOUBLE" -> {
                if (!node.isNumber()) {
                    throw new BadValue(field.type() + " expects a number, got " + describe(node));
                }
                return node.doubleValue();
            }
            case "BOOL" -> {
                if (!node.isBoolean()) {
                    throw new BadValue("BOOL expects true or false, got " + describe(node));
                }
                return node.booleanValue();
            }
            case "VARCHAR", "STRING", "TEXT", "TIMESTAMPTZ", "GEOMETRY" -> {
                if (!node.isTextual()) {
                    throw new BadValue(field.type() + " expects a string, got " + describe(node));
                }
                return node.textValue();
            }
            case "JSON" -> {
                return plain(node);
            }
            case "ARRAY" -> {
                if (!node.isArray()) {
                    throw new BadValue("ARRAY expects a JSON array, got " + describe(node));
                }
                return plain(node);
            }
            case "SPARSE_FLOAT_VECTOR" -> {
                return sparse(node);
            }
            case "BINARY_VECTOR" -> {
                return binary(field, node);
            }
            default -> {
                if (field.isFloatingVector()) {
                    return floats(field, node);
                }
                return plain(node);
            }
        }
    }

    private static float[] floats(Field field, JsonNode node) throws BadValue {
        if (!node.isArray()) {
            throw new BadValue(field.type() + " expects an array of numbers such as [0.1, 0.2], got " + describe(node));
        }
        if (field.size() > 0 && node.size() != field.size()) {
            throw new BadValue("the vector has " + node.size() + " dimensions but the field's dimension is "
                    + field.size());
        }
        float[] out = new float[node.size()];
        for (int i = 0; i < out.length; i++) {
            JsonNode x = node.get(i);
            if (!x.isNumber()) {
                throw new BadValue(field.type() + " expects numbers, element " + (i + 1) + " is " + describe(x));
            }
            out[i] = x.floatValue();
        }
        return out;
    }

    private static byte[] binary(Field field, JsonNode node) throws BadValue {
        if (!node.isArray()) {
            throw new BadValue("BINARY_VECTOR expects an array of bytes (integers 0..255) such as [15, 255], got "
                    + describe(node));
        }
        if (field.size() > 0 && node.size() * 8 != field.size()) {
            throw new BadValue("the binary vector has " + node.size() * 8 + " bits (" + node.size()
                    + " bytes) but the field's dimension is " + field.size());
        }
        byte[] out = new byte[node.size()];
        for (int i = 0; i < out.length; i++) {
            JsonNode x = node.get(i);
            if (!x.isIntegralNumber() || x.longValue() < 0 || x.longValue() > 255) {
                throw new BadValue("BINARY_VECTOR expects integers 0..255, element " + (i + 1) + " is " + describe(x));
            }
            out[i] = (byte) x.intValue();
        }
        return out;
    }

    private static Map<Long, Float> sparse(JsonNode node) throws BadValue {
        if (!node.isObject()) {
            throw new BadValue("SPARSE_FLOAT_VECTOR expects an object of index: value such as {\"3\": 0.5}, got "
                    + describe(node));
        }
        Map<Long, Float> out = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : node.properties()) {
            long index;
            try {
                index = Long.parseLong(e.getKey());
            } catch (NumberFormatException ex) {
                throw new BadValue("SPARSE_FLOAT_VECTOR indexes are whole numbers, got \"" + e.getKey() + "\"");
            }
            if (!e.getValue().isNumber()) {
                throw new BadValue("SPARSE_FLOAT_VECTOR values are numbers, index " + index + " has "
                        + describe(e.getValue()));
            }
            out.put(index, e.getValue().floatValue());
        }
        return out;
    }

    /** A dynamic CSV cell: JSON when it parses as JSON (numbers, true/false, arrays, objects), else the text. */
    private static @Nullable Object dynamicText(String text) {
        try {
            JsonNode node = JSON.readTree(text);
            return node == null || node.isMissingNode() ? text : plain(node);
        } catch (JsonProcessingException e) {
            return text;
        }
    }

    /** Jackson node → Java: integers Long, decimals Double, objects LinkedHashMap, arrays ArrayList. */
    static @Nullable Object plain(JsonNode node) {
        if (node.isObject()) {
            Map<String, @Nullable Object> map = new LinkedHashMap<>();
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                map.put(e.getKey(), plain(e.getValue()));
            }
            return map;
        }
        if (node.isArray()) {
            List<@Nullable Object> list = new ArrayList<>(node.size());
            for (JsonNode element : node) {
                list.add(plain(element));
            }
            return list;
        }
        if (node.isIntegralNumber()) {
            return node.longValue();
        }
        if (node.isNumber()) {
            return node.doubleValue();
        }
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        if (node.isNull()) {
            return null;
        }
        return node.asText();
    }

    static String describe(JsonNode node) {
        String kind = node.isTextual() ? "the string" : node.isArray() ? "an array" : node.isObject() ? "an object"
                : node.isBoolean() ? "the boolean" : "the value";
        return kind + " " + abbreviate(node.toString());
    }

    private static String abbreviate(String text) {
        return text.length() <= 40 ? text : text.substring(0, 37) + "...";
    }
}
