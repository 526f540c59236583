package dev.quiver.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.Reader;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * JSON rows in Milvus's row format: one object per row, field name → value, dynamic fields as further keys (or a
 * {@code $meta} object), null for NULL. JSON Lines: one object per line. JSON: an array of objects, or Milvus's
 * bulk-insert layout {@code {"rows": [...]}}. Each object is read on its own, so memory holds one row at a time.
 * With a COPY column list only the listed keys are taken.
 */
final class JsonRowReader implements RowReader {
    private static final JsonFactory FACTORY = Values.JSON.getFactory();

    private final JsonParser parser;
    private final TargetSchema schema;
    private final List<String> listed;
    private final boolean lines;
    private boolean started;

    JsonRowReader(Reader in, TargetSchema schema, List<String> listed, boolean lines) throws IOException {
        this.parser = FACTORY.createParser(in);
        this.parser.setCodec(Values.JSON);
        this.schema = schema;
        this.listed = listed;
        this.lines = lines;
    }

    private BadRow malformed(JsonProcessingException e) {
        JsonLocation at = e.getLocation() != null ? e.getLocation() : parser.currentLocation();
        return new BadRow(at.getLineNr(), at.getColumnNr(), "malformed JSON: " + e.getOriginalMessage(), false);
    }

    /** Moves to the start of the first row object: skips {@code [} or {@code {"rows": [}. */
    private boolean start() throws IOException, BadRow {
        JsonToken token = parser.nextToken();
        if (token == null) {
            return false;
        }
        if (lines) {
            return true;
        }
        if (token == JsonToken.START_OBJECT) {
            JsonToken name = parser.nextToken();
            if (name != JsonToken.FIELD_NAME || !"rows".equals(parser.currentName())
                    || parser.nextToken() != JsonToken.START_ARRAY) {
                throw new BadRow(parser.currentTokenLocation().getLineNr(), parser.currentTokenLocation().getColumnNr(),
                        "a JSON file holds an array of row objects, or {\"rows\": [...]}", false);
            }
        } else if (token != JsonToken.START_ARRAY) {
            throw new BadRow(parser.currentTokenLocation().getLineNr(), parser.currentTokenLocation().getColumnNr(),
                    "a JSON file holds an array of row objects, or {\"rows\": [...]}", false);
        }
        parser.nextToken();
        return true;
    }

    @Override
    public @Nullable SourceRow next() throws BadRow, IOException {
        JsonNode node;
        JsonLocation at;
        try {
            if (!started) {
                started = true;
                if (!start()) {
                    return null;
                }
            } else {
                parser.nextToken();
            }
            JsonToken token = parser.currentToken();
            if (token == null || token == JsonToken.END_ARRAY) {
                return null;
            }
            at = parser.currentTokenLocation();
            if (token != JsonToken.START_OBJECT) {
                parser.skipChildren();
                throw new BadRow(at.getLineNr(), at.getColumnNr(), "a row must be a JSON object such as "
                        + "{\"id\": 1, \"vector\": [0.1, 0.2]}", true);
            }
            node = parser.readValueAsTree();
        } catch (JsonProcessingException e) {
            throw malformed(e);
        }
        Map<String, @Nullable Object> row = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : node.properties()) {
            String name = e.getKey();
            if (!listed.isEmpty() && !listed.contains(name)) {
                continue;
            }
            try {
                if (name.equals(CsvRowReader.META) && e.getValue().isObject()) {
                    for (Map.Entry<String, JsonNode> d : e.getValue().properties()) {
                        row.put(d.getKey(), Values.plain(d.getValue()));
                    }
                    continue;
                }
                Field field = schema.field(name);
                if (field == null && !schema.dynamic()) {
                    throw new Values.BadValue("unknown column: the collection has no such field and its dynamic "
                            + "field is off");
                }
                row.put(name, Values.fromJson(field, e.getValue()));
            } catch (Values.BadValue bad) {
                throw new BadRow(at.getLineNr(), at.getColumnNr(), "column " + name + ": " + bad.getMessage(), true);
            }
        }
        return new SourceRow(at.getLineNr(), row);
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }
}
