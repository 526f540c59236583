package dev.quiver.io;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import dev.quiver.grammar.StatementFormatter;
import dev.quiver.grammar.ast.CopyTo;
import dev.quiver.grammar.ast.Query;
import dev.quiver.grammar.ast.SelectItem;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Array;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * COPY ... TO: runs the SELECT (or {@code SELECT * FROM c}, which pages through the whole collection) and writes
 * each row as it arrives. JSON and JSON Lines write Milvus's row format: dynamic fields (the {@code $meta} column)
 * as top-level keys, JSON fields as JSON, float/fp16/bf16 vectors as arrays of numbers, binary vectors as arrays of
 * byte values, sparse vectors as {@code {"index": value}}. CSV writes a header of column labels and the same values
 * as JSON text in their cells, {@code $meta} as a column of JSON objects, NULL as the {@code null} option's text.
 */
final class CopyToRunner {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final Connection connection;
    private final CopyTo copy;
    private final CopyOptions options;
    private final Path file;
    private final CopyListener listener;
    private long total = -1;

    CopyToRunner(Connection connection, CopyTo copy, Path file, CopyListener listener) throws SQLException {
        this.connection = connection;
        this.copy = copy;
        this.options = CopyOptions.of(copy.options(), copy.path());
        this.file = file;
        this.listener = listener;
    }

    CopyResult run() throws SQLException {
        String sql = StatementFormatter.format(copy.query() != null ? copy.query()
                : new Query(List.of(new SelectItem.AllColumns()), Objects.requireNonNull(copy.collection()), List.of(),
                        null, null, null, List.of()));
        if (copy.query() == null && listener != CopyListener.NONE) {
            total = rowCount(Objects.requireNonNull(copy.collection()));
        }
        long written = 0;
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql);
             Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            ResultSetMetaData meta = rows.getMetaData();
            int count = meta.getColumnCount();
            String[] labels = new String[count];
            String[] types = new String[count];
            for (int i = 0; i < count; i++) {
                labels[i] = meta.getColumnLabel(i + 1);
                types[i] = String.valueOf(meta.getColumnTypeName(i + 1)).toUpperCase(Locale.ROOT);
            }
            if (options.format() == FileFormat.CSV) {
                written = csv(rows, labels, types, out);
            } else {
                written = json(rows, labels, types, out, options.format() == FileFormat.JSONL);
            }
        } catch (IOException e) {
            throw new CopyException("cannot write " + copy.path() + ": " + e.getMessage(), "58030", written, e);
        }
        listener.progress(new CopyProgress(written, 0, 1));
        return new CopyResult(written, 0, List.of());
    }

    /** The collection's row count, for the share done; -1 when it cannot be had (the SELECT then says why). */
    private long rowCount(String collection) {
        try (Statement statement = connection.createStatement();
             ResultSet count = statement.executeQuery("SELECT count(*) FROM "
                     + StatementFormatter.formatName(collection))) {
            return count.next() ? count.getLong(1) : -1;
        } catch (SQLException e) {
            return -1;
        }
    }

    private boolean next(long n, ResultSet rows) throws SQLException {
        next(n);
        return rows.next();
    }

    /** Before each row: reports every {@value CopyListener#WRITE_REPORT_ROWS} rows, and stops when told to. */
    private void next(long n) throws CopyCancelledException {
        if (n > 0 && n % CopyListener.WRITE_REPORT_ROWS == 0) {
            double fraction = total <= 0 ? CopyProgress.UNKNOWN : Math.min(1, (double) n / total);
            listener.progress(new CopyProgress(n, 0, fraction));
        }
        if (listener.cancelled()) {
            throw new CopyCancelledException("COPY cancelled: " + n + (n == 1 ? " row" : " rows") + " written to "
                    + copy.path() + ", which holds only those", n);
        }
    }

    private long json(ResultSet rows, String[] labels, String[] types, Writer out, boolean lines)
            throws SQLException, IOException {
        long n = 0;
        if (!lines) {
            out.write("[");
        }
        while (next(n, rows)) {
            ObjectNode row = NODES.objectNode();
            for (int i = 0; i < labels.length; i++) {
                JsonNode value = node(rows.getObject(i + 1), types[i]);
                if (labels[i].equals(CsvRowReader.META) && value.isObject()) {
                    row.setAll((ObjectNode) value);
                } else if (!labels[i].equals(CsvRowReader.META)) {
                    row.set(labels[i], value);
                }
            }
            if (!lines) {
                out.write(n == 0 ? "\n" : ",\n");
            }
            out.write(Values.JSON.writeValueAsString(row));
            if (lines) {
                out.write("\n");
            }
            n++;
        }
        if (!lines) {
            out.write(n == 0 ? "]\n" : "\n]\n");
        }
        return n;
    }

    private long csv(ResultSet rows, String[] labels, String[] types, Writer out) throws SQLException, IOException {
        CsvSchema schema = CsvSchema.emptySchema().withColumnSeparator(options.delimiter()).withoutHeader();
        CsvMapper mapper = new CsvMapper();
        long n = 0;
        try (CsvGenerator g = mapper.getFactory().createGenerator(out)) {
            g.setSchema(schema);
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            if (options.header()) {
                g.writeStartArray();
                for (String label : labels) {
                    g.writeString(label);
                }
                g.writeEndArray();
            }
            while (next(n, rows)) {
                g.writeStartArray();
                for (int i = 0; i < labels.length; i++) {
                    Object v = rows.getObject(i + 1);
                    if (v == null) {
                        g.writeString(options.nullText());
                        continue;
                    }
                    JsonNode node = node(v, types[i]);
                    g.writeString(node.isTextual() ? node.textValue() : node.toString());
                }
                g.writeEndArray();
                n++;
            }
        }
        return n;
    }

    /** A result value as JSON, by the column's type name. */
    private static JsonNode node(@Nullable Object v, String type) throws SQLException, IOException {
        if (v == null) {
            return NODES.nullNode();
        }
        if (type.startsWith("JSON") && v instanceof String text) {
            return Values.JSON.readTree(text);
        }
        if (v instanceof byte[] bytes) {
            ArrayNode array = NODES.arrayNode();
            if (type.startsWith("FLOAT16_VECTOR") || type.startsWith("BFLOAT16_VECTOR")) {
                boolean bf16 = type.startsWith("BFLOAT16");
                for (int i = 0; i + 1 < bytes.length; i += 2) {
                    int bits = (bytes[i] & 0xff) | (bytes[i + 1] & 0xff) << 8;
                    array.add(bf16 ? Float.intBitsToFloat(bits << 16) : HalfFloats.toFloat(bits));
                }
            } else if (type.startsWith("INT8_VECTOR")) {
                for (byte b : bytes) {
                    array.add(b);
                }
            } else {
                for (byte b : bytes) {
                    array.add(b & 0xff);
                }
            }
            return array;
        }
        if (v instanceof float[] floats) {
            ArrayNode array = NODES.arrayNode();
            for (float f : floats) {
                array.add(f);
            }
            return array;
        }
        if (v instanceof Array sql) {
            return node(sql.getArray(), type);
        }
        if (v instanceof Object[] objects) {
            return node(List.of(objects), type);
        }
        if (v instanceof Collection<?> list) {
            ArrayNode array = NODES.arrayNode();
            for (Object item : list) {
                array.add(node(item, ""));
            }
            return array;
        }
        if (v instanceof Map<?, ?> map) {
            ObjectNode object = NODES.objectNode();
            for (Iterator<? extends Map.Entry<?, ?>> it = map.entrySet().iterator(); it.hasNext(); ) {
                Map.Entry<?, ?> e = it.next();
                object.set(String.valueOf(e.getKey()), node(e.getValue(), ""));
            }
            return object;
        }
        if (v instanceof Boolean b) {
            return NODES.booleanNode(b);
        }
        if (v instanceof Float f) {
            return NODES.numberNode(f);
        }
        if (v instanceof Double d) {
            return NODES.numberNode(d);
        }
        if (v instanceof BigDecimal d) {
            return NODES.numberNode(d);
        }
        if (v instanceof Number number) {
            return NODES.numberNode(number.longValue());
        }
        if (v instanceof java.time.OffsetDateTime time) {
            // with its seconds, which Milvus's RFC 3339 reader needs to take the text back
            return NODES.textNode(java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(time));
        }
        return NODES.textNode(v.toString());
    }
}
