package dev.quiver.driver.internal.exec.handlers;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.quiver.driver.MilvusSqlState;
import dev.quiver.driver.internal.error.SqlExceptions;
import dev.quiver.driver.internal.exec.ParameterBindings;
import dev.quiver.grammar.ast.InsertSource;
import dev.quiver.grammar.expr.Expression;
import dev.quiver.grammar.expr.ObjectLiteral;
import dev.quiver.grammar.expr.Parameter;
import dev.quiver.proto.milvus.CollectionSchema;
import dev.quiver.proto.milvus.FieldData;
import dev.quiver.proto.milvus.FieldSchema;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The rows of an INSERT/UPSERT as column → value maps (a key present with null = NULL, absent = not given), and
 * their column-wise encoding against the collection schema: unknown columns go to {@code $meta} when the dynamic
 * field is on (else an error naming row and column), an auto-id primary key may not be given on INSERT, missing
 * values are NULL for nullable/default fields and an error otherwise. Everything is checked before any RPC.
 */
final class InsertRows {
    private InsertRows() {
    }

    /** The fields a row may give: the schema's, minus the dynamic and function-output ones. */
    static List<FieldSchema> userFields(CollectionSchema schema) {
        List<FieldSchema> out = new ArrayList<>();
        for (FieldSchema f : schema.getFieldsList()) {
            if (!f.getIsDynamic() && !f.getIsFunctionOutput()) {
                out.add(f);
            }
        }
        return out;
    }

    /** The columns of a VALUES source: as listed, or the schema order minus an auto-id primary key. */
    static List<String> columns(InsertSource.Values values, CollectionSchema schema) throws SQLException {
        if (!values.columns().isEmpty()) {
            Set<String> seen = new HashSet<>();
            for (String c : values.columns()) {
                if (!seen.add(c)) {
                    throw SqlExceptions.invalidValue("column " + c + " is listed twice");
                }
            }
            return values.columns();
        }
        List<String> out = new ArrayList<>();
        for (FieldSchema f : userFields(schema)) {
            if (!(f.getIsPrimaryKey() && f.getAutoID())) {
                out.add(f.getName());
            }
        }
        return out;
    }

    /**
     * Appends the rows of {@code source} to {@code out}. A value that is a parameter is taken as bound, as the
     * Java object itself (a bound {@code float[]} reaches the encoder uncopied); parameters nested in a literal
     * are bound into it first.
     */
    static void collect(InsertSource source, CollectionSchema schema, ParameterBindings binder, List<Map<String, Object>> out)
            throws SQLException {
        if (source instanceof InsertSource.Values values) {
            List<String> columns = columns(values, schema);
            for (List<Expression> row : values.rows()) {
                int rowNumber = out.size();
                if (row.size() != columns.size()) {
                    throw SqlExceptions.invalidValue("row " + (rowNumber + 1) + " has " + row.size() + " value"
                            + (row.size() == 1 ? "" : "s") + " but there " + (columns.size() == 1 ? "is 1 column" : "are "
                            + columns.size() + " columns") + " (" + String.join(", ", columns) + ")");
                }
                Map<String, Object> map = new LinkedHashMap<>();
                for (int i = 0; i < row.size(); i++) {
                    map.put(columns.get(i), value(row.get(i), binder, "row " + (rowNumber + 1) + ", column " + columns.get(i)));
                }
                out.add(map);
            }
        } else {
            for (Expression row : ((InsertSource.Rows) source).rows()) {
                out.add(object(row, binder, "row " + (out.size() + 1)));
            }
        }
    }

    private static @Nullable Object value(Expression e, ParameterBindings binder, String where) throws SQLException {
        return e instanceof Parameter p ? binder.value(p) : Values.toJava(binder.bind(e), where);
    }

    private static Map<String, Object> object(Expression e, ParameterBindings binder, String where) throws SQLException {
        if (e instanceof ObjectLiteral literal) {
            // the common case (ROWS {...} and the DSL's rows): one map, values converted (and bound) one by one
            Map<String, Object> out = new LinkedHashMap<>();
            for (ObjectLiteral.Entry entry : literal.entries()) {
                out.put(entry.key(), value(entry.value(), binder, where));
            }
            return out;
        }
        Object v = value(e, binder, where);
        if (v instanceof String s) {
            v = parseJsonObject(s, where);
        }
        if (v instanceof Map<?, ?> m) {
            Map<String, Object> out = new LinkedHashMap<>();
            for (Map.Entry<?, ?> entry : m.entrySet()) {
                if (!(entry.getKey() instanceof String key)) {
                    throw SqlExceptions.invalidValue(where + ": a row's keys must be column names (strings)");
                }
                out.put(key, entry.getValue());
            }
            return out;
        }
        throw SqlExceptions.invalidValue(where + ": a row must be a JSON object such as {\"id\": 1, \"vector\": [0.1, 0.2]}, got "
                + FieldEncoder.describeValue(v));
    }

    static Map<String, Object> parseJsonObject(String text, String where) throws SQLException {
        try {
            JsonNode node = FieldEncoder.JSON.readTree(text);
            if (node == null || !node.isObject()) {
                throw SqlExceptions.invalidValue(where + ": the JSON text is not an object");
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> map = (Map<String, Object>) Objects.requireNonNull(fromJson(node), "an object node");
            return map;
        } catch (JsonProcessingException e) {
            throw SqlExceptions.invalidValue(where + ": invalid JSON: " + e.getOriginalMessage());
        }
    }

    /** Jackson node → Java value: integers Long, decimals Double, objects LinkedHashMap, arrays List. */
    static @Nullable Object fromJson(JsonNode node) {
        if (node.isObject()) {
            Map<String, Object> map = new LinkedHashMap<>();
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                map.put(e.getKey(), fromJson(e.getValue()));
            }
            return map;
        }
        if (node.isArray()) {
            List<Object> list = new ArrayList<>();
            node.forEach(n -> list.add(fromJson(n)));
            return list;
        }
        if (node.isIntegralNumber()) {
            return node.asLong();
        }
        if (node.isNumber()) {
            return node.asDouble();
        }
        if (node.isBoolean()) {
            return node.asBoolean();
        }
        return node.isNull() ? null : node.asText();
    }

    /** The column-wise FieldData of {@code rows}; {@code upsert} allows an auto-id primary key. */
    static List<FieldData> encode(String collection, CollectionSchema schema, List<Map<String, Object>> rows,
                                  boolean upsert) throws SQLException {
        List<FieldSchema> fields = userFields(schema);
        Map<String, FieldSchema> byName = new LinkedHashMap<>();
        for (FieldSchema f : fields) {
            byName.put(f.getName(), f);
        }
        boolean dynamic = schema.getEnableDynamicField();
        List<Map<String, Object>> extras = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            Map<String, Object> extra = new LinkedHashMap<>();
            for (Map.Entry<String, Object> e : rows.get(i).entrySet()) {
                String key = e.getKey();
                FieldSchema f = byName.get(key);
                if (f != null) {
                    if (f.getIsPrimaryKey() && f.getAutoID() && !upsert) {
                        throw SqlExceptions.invalidValue("row " + (i + 1) + ", column " + key + ": the primary key is AUTO_ID,"
                                + " its values are generated; leave the column out");
                    }
                    continue;
                }
                if (key.equals("$meta") && dynamic && e.getValue() instanceof Map<?, ?> m) {
                    m.forEach((k, v) -> extra.put(String.valueOf(k), v));
                    continue;
                }
                if (!dynamic) {
                    throw SqlExceptions.create(MilvusSqlState.FIELD_NOT_FOUND, "row " + (i + 1) + ": unknown column '"
                            + key + "' in collection "
                            + collection + " (it has no dynamic field; its columns are "
                            + String.join(", ", byName.keySet()) + ")");
                }
                extra.put(key, e.getValue());
            }
            extras.add(extra);
        }
        List<FieldData> out = new ArrayList<>();
        for (FieldSchema f : fields) {
            boolean autoPk = f.getIsPrimaryKey() && f.getAutoID();
            if (autoPk && !upsert) {
                continue;
            }
            boolean optional = f.getNullable() || f.hasDefaultValue();
            List<Object> values = new ArrayList<>(rows.size());
            for (int i = 0; i < rows.size(); i++) {
                Map<String, Object> row = rows.get(i);
                if (!row.containsKey(f.getName()) && !optional) {
                    throw SqlExceptions.invalidValue("row " + (i + 1) + ": no value for column " + f.getName()
                            + " (it is not nullable and has no default)");
                }
                values.add(row.get(f.getName()));
            }
            out.add(FieldEncoder.encode(f, values));
        }
        if (dynamic) {
            out.add(FieldEncoder.dynamic(extras));
        }
        return out;
    }
}
