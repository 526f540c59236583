package dev.quiver.dsl;

import dev.quiver.grammar.ast.ColumnDefinition;
import dev.quiver.grammar.ast.DataTypeSpec;
import dev.quiver.grammar.expr.Expression;
import org.jspecify.annotations.Nullable;

/**
 * The options of one column being defined inside a {@link Columns} block:
 * {@code int64("id").primaryKey().autoId()}, {@code varchar("title", 256).notNull().comment("the title")}. Each
 * method changes this column and returns it, so options chain. Confined to the block that created it: not
 * thread-safe, and not to be kept after the block.
 */
public final class ColumnBuilder {
    private final String name;
    private final DataTypeSpec type;
    private boolean primaryKey;
    private boolean autoId;
    private @Nullable Boolean nullable;
    private @Nullable Expression defaultValue;
    private @Nullable String comment;
    private boolean partitionKey;
    private boolean analyzer;
    private @Nullable String analyzerParams;
    private boolean match;

    ColumnBuilder(String name, DataTypeSpec type) {
        this.name = name;
        this.type = type;
    }

    /**
     * Makes this column the primary key (INT64 or VARCHAR).
     *
     * @return this column
     */
    public ColumnBuilder primaryKey() {
        primaryKey = true;
        return this;
    }

    /**
     * Lets Milvus generate the primary key values; implies {@link #primaryKey()}.
     *
     * @return this column
     */
    public ColumnBuilder autoId() {
        primaryKey = true;
        autoId = true;
        return this;
    }

    /**
     * Allows null values ({@code NULL}).
     *
     * @return this column
     */
    public ColumnBuilder nullable() {
        nullable = true;
        return this;
    }

    /**
     * Forbids null values ({@code NOT NULL}).
     *
     * @return this column
     */
    public ColumnBuilder notNull() {
        nullable = false;
        return this;
    }

    /**
     * The value stored when a row has none ({@code DEFAULT}).
     *
     * @param value a number, string or boolean matching the column's type
     * @return this column
     */
    public ColumnBuilder defaultValue(Object value) {
        defaultValue = Values.literal(value);
        return this;
    }

    /**
     * A description of the column ({@code COMMENT}).
     *
     * @param text the description
     * @return this column
     */
    public ColumnBuilder comment(String text) {
        comment = text;
        return this;
    }

    /**
     * Makes this column the partition key: Milvus partitions rows by its value.
     *
     * @return this column
     */
    public ColumnBuilder partitionKey() {
        partitionKey = true;
        return this;
    }

    /**
     * Analyzes this VARCHAR column with Milvus's default ({@code standard}) analyzer ({@code ANALYZER}), as the input
     * of a BM25 function or for {@link #match()}.
     *
     * @return this column
     */
    public ColumnBuilder analyzer() {
        analyzer = true;
        return this;
    }

    /**
     * Analyzes this VARCHAR column with the analyzer Milvus's {@code analyzer_params} describe
     * ({@code ANALYZER 'params'}), such as {@code {"type": "english"}}.
     *
     * @param params the analyzer parameters as JSON
     * @return this column
     */
    public ColumnBuilder analyzer(String params) {
        analyzer = true;
        analyzerParams = params;
        return this;
    }

    /**
     * Enables {@code text_match} and {@code phrase_match} on this column ({@code MATCH}); implies {@link #analyzer()}
     * unless an analyzer was chosen.
     *
     * @return this column
     */
    public ColumnBuilder match() {
        analyzer = true;
        match = true;
        return this;
    }

    ColumnDefinition build() {
        return new ColumnDefinition(name, type, primaryKey, autoId, nullable, defaultValue, comment, partitionKey,
                analyzer, analyzerParams, match);
    }
}
