package dev.quiver.io;

import dev.quiver.grammar.ast.Property;
import dev.quiver.grammar.expr.Expression;
import dev.quiver.grammar.expr.Literal;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The WITH options of a COPY: {@code format} ({@code csv}, {@code json}, {@code jsonl}; default from the file's
 * extension), {@code header} (CSV, default true), {@code delimiter} (CSV, one character, default {@code ,}),
 * {@code null} (CSV, the text that means NULL, default empty), {@code batch_rows} (FROM, default 1000) and
 * {@code on_error} ({@code stop} or {@code skip}, FROM, default stop). Unknown keys and bad values are errors.
 */
record CopyOptions(FileFormat format, boolean header, char delimiter, String nullText, int batchRows, boolean skip) {
    static final int DEFAULT_BATCH_ROWS = 1000;
    static final int MAX_BATCH_ROWS = 1_000_000;
    private static final Set<String> KEYS = Set.of("format", "header", "delimiter", "null", "batch_rows", "on_error");

    static CopyOptions of(List<Property> properties, String path) throws SQLException {
        FileFormat format = FileFormat.ofPath(path);
        boolean header = true;
        char delimiter = ',';
        String nullText = "";
        int batchRows = DEFAULT_BATCH_ROWS;
        boolean skip = false;
        for (Property p : properties) {
            String key = p.key().toLowerCase(Locale.ROOT);
            switch (key) {
                case "format" -> {
                    String name = text(p).toLowerCase(Locale.ROOT);
                    format = switch (name) {
                        case "csv" -> FileFormat.CSV;
                        case "json" -> FileFormat.JSON;
                        case "jsonl", "ndjson" -> FileFormat.JSONL;
                        case "parquet" -> throw new SQLException("COPY WITH (format = 'parquet') is not supported yet; "
                                + "use csv, json or jsonl", "0A000");
                        default -> throw bad(p, "csv, json or jsonl");
                    };
                }
                case "header" -> header = bool(p);
                case "delimiter" -> {
                    String d = text(p);
                    if (d.length() != 1) {
                        throw bad(p, "one character such as ',' or ';'");
                    }
                    delimiter = d.charAt(0);
                }
                case "null" -> nullText = text(p);
                case "batch_rows" -> {
                    if (!(p.value() instanceof Literal.IntegerLiteral n) || n.value() < 1 || n.value() > MAX_BATCH_ROWS) {
                        throw bad(p, "a whole number from 1 to " + MAX_BATCH_ROWS);
                    }
                    batchRows = (int) n.value();
                }
                case "on_error" -> {
                    String mode = text(p).toLowerCase(Locale.ROOT);
                    if (!mode.equals("stop") && !mode.equals("skip")) {
                        throw bad(p, "'stop' or 'skip'");
                    }
                    skip = mode.equals("skip");
                }
                default -> throw new SQLException("COPY does not know the option " + p.key() + "; accepted: "
                        + String.join(", ", KEYS.stream().sorted().toList()), "22023");
            }
        }
        return new CopyOptions(format, header, delimiter, nullText, batchRows, skip);
    }

    private static String text(Property p) throws SQLException {
        Expression v = p.value();
        if (v instanceof Literal.StringLiteral s) {
            return s.value();
        }
        throw bad(p, "a string such as '" + p.key() + "'");
    }

    private static boolean bool(Property p) throws SQLException {
        Expression v = p.value();
        if (v instanceof Literal.BooleanLiteral b) {
            return b.value();
        }
        if (v instanceof Literal.StringLiteral s && (s.value().equalsIgnoreCase("true") || s.value().equalsIgnoreCase("false"))) {
            return Boolean.parseBoolean(s.value().toLowerCase(Locale.ROOT));
        }
        throw bad(p, "true or false");
    }

    private static SQLException bad(Property p, String expected) {
        return new SQLException("COPY option " + p.key() + " must be " + expected, "22023");
    }
}
