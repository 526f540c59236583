package dev.quiver.grammar.ast;

import dev.quiver.grammar.expr.Expression;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One field of {@code CREATE COLLECTION}: {@code name type [PRIMARY KEY] [AUTO_ID] [NOT NULL | NULL]
 * [DEFAULT literal] [COMMENT 'text'] [PARTITION KEY]}.
 *
 * @param nullable {@code false} for NOT NULL, {@code true} for NULL, null when neither was written
 * @param defaultValue the DEFAULT literal, or null
 * @param comment the COMMENT text, or null
 * @param autoId only ever true together with {@code primaryKey} (the parser checks it)
 */
public record ColumnDefinition(String name, DataTypeSpec type, boolean primaryKey, boolean autoId,
                               @Nullable Boolean nullable, @Nullable Expression defaultValue,
                               @Nullable String comment, boolean partitionKey) {
    public ColumnDefinition {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
    }

    /** A column with a type and no options. */
    public static ColumnDefinition of(String name, DataTypeSpec type) {
        return new ColumnDefinition(name, type, false, false, null, null, null, false);
    }
}
