package dev.quiver.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * CSV rows (RFC 4180 quoting, Jackson's CSV parser, read token by token so that every cell's line and column are
 * known). The columns are the COPY's column list, else the header line, else the schema's fields in order (an
 * auto-id primary key left out). A {@code $meta} column holds the dynamic fields as a JSON object; other columns
 * outside the schema are dynamic fields when the collection has the dynamic field on, else an error on the header.
 * The {@code null} option's text (empty by default) is NULL.
 */
final class CsvRowReader implements RowReader {
    static final String META = "$meta";
    private static final CsvMapper MAPPER = new CsvMapper();

    private final CsvParser parser;
    private final TargetSchema schema;
    private final CopyOptions options;
    private final List<String> listed;
    private @Nullable List<String> columns;

    CsvRowReader(Reader in, TargetSchema schema, List<String> listed, CopyOptions options) throws IOException {
        CsvSchema csv = CsvSchema.emptySchema().withColumnSeparator(options.delimiter()).withoutHeader();
        this.parser = MAPPER.getFactory().createParser(in);
        this.parser.setSchema(csv);
        this.parser.enable(CsvParser.Feature.FAIL_ON_MISSING_COLUMNS);
        this.schema = schema;
        this.options = options;
        this.listed = listed;
    }

    private record Cell(String text, long line, long column) {}

    /** The cells of the next record, or null at the end. */
    private @Nullable List<Cell> record() throws BadRow, IOException {
        try {
            JsonToken token = parser.nextToken();
            if (token == null) {
                return null;
            }
            if (token != JsonToken.START_ARRAY) {
                throw new BadRow(parser.currentTokenLocation().getLineNr(), parser.currentTokenLocation().getColumnNr(),
                        "malformed CSV: unexpected " + token, false);
            }
            List<Cell> cells = new ArrayList<>();
            while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
                if (token == null) {
                    throw new BadRow(parser.currentLocation().getLineNr(), parser.currentLocation().getColumnNr(),
                            "the file ends inside a record", false);
                }
                JsonLocation at = parser.currentTokenLocation();
                cells.add(new Cell(parser.getText(), at.getLineNr(), at.getColumnNr()));
            }
            return cells;
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation() != null ? e.getLocation() : parser.currentLocation();
            throw new BadRow(at.getLineNr(), at.getColumnNr(), "malformed CSV: " + e.getOriginalMessage(), false);
        }
    }

    private List<String> columns() throws BadRow, IOException {
        if (columns != null) {
            return columns;
        }
        List<String> names = new ArrayList<>(listed);
        if (options.header()) {
            List<Cell> header = record();
            if (header == null) {
                columns = names;
                return names;
            }
            if (names.isEmpty()) {
                Set<String> seen = new HashSet<>();
                for (Cell c : header) {
                    String name = c.text().trim();
                    if (!seen.add(name)) {
                        throw new BadRow(c.line(), c.column(), "the header names column " + name + " twice", false);
                    }
                    if (!name.equals(META) && schema.field(name) == null && !schema.dynamic()) {
                        throw new BadRow(c.line(), c.column(), "unknown column " + name + ": the collection has no "
                                + "such field and its dynamic field is off", false);
                    }
                    names.add(name);
                }
            } else if (header.size() != names.size()) {
                throw new BadRow(header.get(0).line(), 1, "the header has " + header.size()
                        + " columns but the COPY lists " + names.size(), false);
            }
        } else if (names.isEmpty()) {
            for (Field f : schema.fields().values()) {
                if (!f.autoId()) {
                    names.add(f.name());
                }
            }
        }
        for (String name : listed) {
            if (!name.equals(META) && schema.field(name) == null && !schema.dynamic()) {
                throw new BadRow(1, 1, "unknown column " + name + ": the collection has no such field and its "
                        + "dynamic field is off", false);
            }
        }
        columns = names;
        return names;
    }

    @Override
    public @Nullable SourceRow next() throws BadRow, IOException {
        List<String> names = columns();
        List<Cell> cells = record();
        if (cells == null) {
            return null;
        }
        long line = cells.isEmpty() ? parser.currentLocation().getLineNr() : cells.get(0).line();
        if (cells.size() != names.size()) {
            throw new BadRow(line, cells.isEmpty() ? 1 : cells.get(cells.size() - 1).column(), "the record has "
                    + cells.size() + " fields but there are " + names.size() + " columns", true);
        }
        Map<String, @Nullable Object> row = new LinkedHashMap<>();
        for (int i = 0; i < names.size(); i++) {
            Cell cell = cells.get(i);
            String name = names.get(i);
            if (cell.text().equals(options.nullText())) {
                if (!name.equals(META)) {
                    row.put(name, null);
                }
                continue;
            }
            try {
                if (name.equals(META)) {
                    Object meta = Values.plain(Values.JSON.readTree(cell.text()));
                    if (!(meta instanceof Map<?, ?> map)) {
                        throw new Values.BadValue("$meta expects a JSON object of dynamic fields");
                    }
                    for (Map.Entry<?, ?> e : map.entrySet()) {
                        row.put(String.valueOf(e.getKey()), e.getValue());
                    }
                } else {
                    row.put(name, Values.fromText(schema.field(name), cell.text()));
                }
            } catch (Values.BadValue e) {
                throw new BadRow(cell.line(), cell.column(), "column " + name + ": " + e.getMessage(), true);
            } catch (JsonProcessingException e) {
                throw new BadRow(cell.line(), cell.column(), "column $meta: invalid JSON: " + e.getOriginalMessage(), true);
            }
        }
        return new SourceRow(line, row);
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }
}
