package dev.quiver.dsl;

import dev.quiver.grammar.ast.Property;
import dev.quiver.grammar.ast.SelectItem;
import dev.quiver.grammar.expr.Expression;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** The parts a query and a vector search share. */
record Reads(List<SelectItem> items, List<String> partitions, @Nullable Filter filter, @Nullable Long offset,
             List<Property> properties) {
    Reads {
        items = List.copyOf(items);
        partitions = List.copyOf(partitions);
        properties = List.copyOf(properties);
    }

    static Reads empty() {
        return new Reads(List.of(), List.of(), null, null, List.of());
    }

    Reads withItems(List<SelectItem> newItems) {
        return new Reads(newItems, partitions, filter, offset, properties);
    }

    Reads withPartitions(List<String> newPartitions) {
        return new Reads(items, newPartitions, filter, offset, properties);
    }

    Reads withFilter(Filter newFilter) {
        return new Reads(items, partitions, Objects.requireNonNull(newFilter, "filter"), offset, properties);
    }

    Reads withOffset(long newOffset) {
        if (newOffset < 0) {
            throw new IllegalArgumentException("an offset cannot be negative: " + newOffset);
        }
        return new Reads(items, partitions, filter, newOffset, properties);
    }

    Reads withProperty(String key, Object value) {
        return new Reads(items, partitions, filter, offset, Properties.with(properties, key, value));
    }

    @Nullable Expression filterExpression() {
        return filter == null ? null : filter.toExpression();
    }

    @Nullable Expression offsetExpression() {
        return offset == null ? null : dev.quiver.grammar.expr.Literal.of(offset.longValue());
    }

    static List<SelectItem> columns(String... names) {
        return java.util.Arrays.stream(names).<SelectItem>map(SelectItem.Column::new).toList();
    }
}
