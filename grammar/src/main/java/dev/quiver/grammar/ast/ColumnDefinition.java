package dev.quiver.grammar.ast;

import dev.quiver.grammar.expr.Expression;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One field of {@code CREATE COLLECTION}: {@code name type [PRIMARY KEY] [AUTO_ID] [NOT NULL | NULL]
 * [DEFAULT literal] [COMMENT 'text'] [PARTITION KEY] [ANALYZER ['params']] [MATCH]}.
 *
 * @param nullable {@code false} for NOT NULL, {@code true} for NULL, null when neither was written
 * @param defaultValue the DEFAULT literal, or null
 * @param comment the COMMENT text, or null
 * @param autoId only ever true together with {@code primaryKey} (the parser checks it)
 * @param analyzer ANALYZER: the text is analyzed (Milvus's {@code enable_analyzer})
 * @param analyzerParams the analyzer as Milvus's {@code analyzer_params} JSON, or null for the default analyzer
 * @param match MATCH: the field answers {@code text_match}/{@code phrase_match} (Milvus's {@code enable_match})
 */
public record ColumnDefinition(String name, DataTypeSpec type, boolean primaryKey, boolean autoId,
                               @Nullable Boolean nullable, @Nullable Expression defaultValue,
                               @Nullable String comment, boolean partitionKey, boolean analyzer,
                               @Nullable String analyzerParams, boolean match) {
    public ColumnDefinition {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
    }

    /** A column without text analysis. */
    public ColumnDefinition(String name, DataTypeSpec type, boolean primaryKey, boolean autoId,
                            @Nullable Boolean nullable, @Nullable Expression defaultValue, @Nullable String comment,
                            boolean partitionKey) {
        this(name, type, primaryKey, autoId, nullable, defaultValue, comment, partitionKey, false, null, false);
    }

    /** A column with a type and no options. */
    public static ColumnDefinition of(String name, DataTypeSpec type) {
        return new ColumnDefinition(name, type, false, false, null, null, null, false);
    }
}
