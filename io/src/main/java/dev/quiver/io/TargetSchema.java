package dev.quiver.io;

import dev.quiver.grammar.StatementFormatter;
import dev.quiver.grammar.ast.DescribeCollection;
import dev.quiver.grammar.ast.ShowCreateCollection;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The fields of the collection a COPY FROM loads, read through JDBC (DESCRIBE COLLECTION for the fields, SHOW
 * CREATE COLLECTION for whether the dynamic field is on), so that values are converted and checked row by row
 * with the file's line and column at hand.
 */
final class TargetSchema {
    private static final Pattern DYNAMIC_ON = Pattern.compile("(?i)\\bdynamic_field\\s*=\\s*true\\b");

    private final Map<String, Field> fields;
    private final boolean dynamic;

    TargetSchema(Map<String, Field> fields, boolean dynamic) {
        this.fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
        this.dynamic = dynamic;
    }

    static TargetSchema read(Connection connection, String collection) throws SQLException {
        Map<String, Field> fields = new LinkedHashMap<>();
        boolean dynamic;
        try (Statement statement = connection.createStatement()) {
            try (ResultSet rows = statement.executeQuery(StatementFormatter.format(new DescribeCollection(collection)))) {
                while (rows.next()) {
                    String name = rows.getString("field");
                    fields.put(name, Field.of(name, rows.getString("type"), rows.getBoolean("auto_id")));
                }
            }
            try (ResultSet rows = statement.executeQuery(StatementFormatter.format(new ShowCreateCollection(collection)))) {
                dynamic = rows.next() && DYNAMIC_ON.matcher(rows.getString(1)).find();
            }
        }
        return new TargetSchema(fields, dynamic);
    }

    /** The field of this name, or null for a name the schema does not have. */
    @Nullable Field field(String name) {
        return fields.get(name);
    }

    Map<String, Field> fields() {
        return fields;
    }

    /** Whether names outside the schema go into the dynamic field. */
    boolean dynamic() {
        return dynamic;
    }
}
