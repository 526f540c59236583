package dev.quiver.driver.internal.exec.handlers;

import com.fasterxml.jackson.databind.JsonNode;
import dev.quiver.driver.internal.error.SqlExceptions;
import dev.quiver.driver.internal.exec.Column;
import dev.quiver.driver.internal.exec.ColumnType;
import dev.quiver.grammar.ast.SelectItem;
import dev.quiver.proto.milvus.CollectionSchema;
import dev.quiver.proto.milvus.FieldData;
import dev.quiver.proto.milvus.FieldSchema;
import java.io.IOException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The result columns of a SELECT, resolved against the schema before any RPC: typed schema fields, dynamic keys
 * (served out of {@code $meta}), {@code distance()}, {@code COUNT(*)}; and the {@code output_fields} to request.
 * {@link Reader} turns a response's columns into rows.
 */
final class OutputColumns {
    enum Kind { FIELD, DYNAMIC, DISTANCE, QUERY_INDEX, COUNT }

    record Out(Column column, Kind kind, String source) {}

    private final List<Out> outs;
    private final List<String> outputFields;

    private OutputColumns(List<Out> outs, List<String> outputFields) {
        this.outs = List.copyOf(outs);
        this.outputFields = List.copyOf(outputFields);
    }

    List<Out> outs() {
        return outs;
    }

    List<Column> columns() {
        return outs.stream().map(Out::column).toList();
    }

    List<String> outputFields() {
        return outputFields;
    }

    static OutputColumns resolve(List<SelectItem> items, CollectionSchema schema, String collection, boolean search,
                                 boolean multiQuery) throws SQLException {
        Map<String, FieldSchema> fields = new HashMap<>();
        for (FieldSchema f : schema.getFieldsList()) {
            if (!f.getIsDynamic()) {
                fields.put(f.getName(), f);
            }
        }
        List<Out> outs = new ArrayList<>();
        Set<String> output = new LinkedHashSet<>();
        if (multiQuery) {
            outs.add(new Out(new Column("query_index", ColumnType.INTEGER, false), Kind.QUERY_INDEX, ""));
        }
        for (SelectItem item : items) {
            if (item instanceof SelectItem.AllColumns) {
                output.add("*");
                for (FieldSchema f : schema.getFieldsList()) {
                    if (!f.getIsDynamic()) {
                        outs.add(new Out(new Column(f.getName(), ColumnType.of(f), f.getNullable()), Kind.FIELD, f.getName()));
                    }
                }
                if (schema.getEnableDynamicField()) {
                    outs.add(new Out(Column.of("$meta", ColumnType.JSON), Kind.FIELD, "$meta"));
                }
            } else if (item instanceof SelectItem.Column c) {
                FieldSchema f = fields.get(c.name());
                if (f != null) {
                    output.add(f.getName());
                    outs.add(new Out(new Column(f.getName(), ColumnType.of(f), f.getNullable()), Kind.FIELD, f.getName()));
                } else if (c.name().equals("$meta") && schema.getEnableDynamicField()) {
                    output.add("$meta");
                    outs.add(new Out(Column.of("$meta", ColumnType.JSON), Kind.FIELD, "$meta"));
                } else if (schema.getEnableDynamicField()) {
                    output.add(c.name());
                    outs.add(new Out(Column.of(c.name(), ColumnType.VARCHAR), Kind.DYNAMIC, c.name()));
                } else {
                    throw SqlExceptions.create(dev.quiver.driver.MilvusSqlState.FIELD_NOT_FOUND, "unknown column "
                            + c.name() + " in collection " + collection + " (its columns are "
                            + String.join(", ", fields.keySet().stream().sorted().toList()) + ")", 0, null);
                }
            } else if (item instanceof SelectItem.Distance) {
                if (!search) {
                    throw SqlExceptions.invalidValue("distance() needs a vector search: add ORDER BY <vector field> <op> [..] LIMIT n");
                }
                outs.add(new Out(new Column("distance", ColumnType.REAL, false), Kind.DISTANCE, ""));
            } else {
                if (search || items.size() != 1) {
                    throw SqlExceptions.invalidValue("COUNT(*) must be the only item of a query without ORDER BY");
                }
                output.add("count(*)");
                outs.add(new Out(new Column("count(*)", ColumnType.BIGINT, false), Kind.COUNT, "count(*)"));
            }
        }
        return new OutputColumns(outs, new ArrayList<>(output));
    }

    /** Reads rows out of one response's columns. */
    static final class Reader {
        private final Map<String, FieldDecoder> byName = new HashMap<>();
        private final @Nullable FieldDecoder meta;

        Reader(List<FieldData> data) {
            for (FieldData d : data) {
                byName.put(d.getFieldName(), new FieldDecoder(d));
            }
            meta = byName.get("$meta");
        }

        int rows() {
            int n = 0;
            for (FieldDecoder d : byName.values()) {
                n = Math.max(n, FieldDecoder.rowCount(d.data()));
            }
            return n;
        }

        @Nullable FieldDecoder column(String name) {
            return byName.get(name);
        }

        @Nullable Object value(Out out, int row) {
            FieldDecoder d = byName.get(out.source());
            if (out.kind() == Kind.DYNAMIC && (d == null || d == meta)) {
                return dynamic(out.source(), row);
            }
            return d == null ? null : d.get(row);
        }

        private @Nullable Object dynamic(String key, int row) {
            if (meta == null) {
                return null;
            }
            Object json = meta.get(row);
            if (!(json instanceof String text)) {
                return null;
            }
            try {
                JsonNode node = FieldEncoder.JSON.readTree(text).get(key);
                return node == null || node.isNull() ? null : node.isTextual() ? node.asText() : node.toString();
            } catch (IOException e) {
                return null;
            }
        }
    }
}
