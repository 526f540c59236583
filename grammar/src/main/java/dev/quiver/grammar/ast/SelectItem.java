package dev.quiver.grammar.ast;

import java.util.Objects;

/** One entry of a SELECT list. */
public sealed interface SelectItem permits SelectItem.AllColumns, SelectItem.Column, SelectItem.CountAll,
        SelectItem.Distance {

    /** {@code *}: every field (dynamic fields included). */
    record AllColumns() implements SelectItem {}

    /** A field by name (a schema field or a dynamic-field key). */
    record Column(String name) implements SelectItem {
        public Column {
            Objects.requireNonNull(name, "name");
        }
    }

    /** {@code COUNT(*)}: only in a query, alone. */
    record CountAll() implements SelectItem {}

    /** {@code distance()}: the score Milvus returns; only in a vector search. */
    record Distance() implements SelectItem {}
}
