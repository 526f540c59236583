package dev.quiver.embedded.data;

import dev.quiver.embedded.error.EngineException;
import dev.quiver.embedded.filter.FieldResolver;
import dev.quiver.embedded.filter.FilterCompiler;
import dev.quiver.embedded.filter.PrimaryKeys;
import dev.quiver.embedded.filter.RowPredicate;
import dev.quiver.grammar.expr.Expression;
import dev.quiver.proto.milvus.CollectionSchema;
import dev.quiver.proto.milvus.TemplateValue;
import dev.quiver.wire.MilvusError;
import dev.quiver.wire.TimestamptzText;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Compiles a request's filter once (through the filter package) into a {@link RowFilter}; null means "every row".
 * Filters that only list primary keys take a hash-set fast path.
 */
final class Filters {
    private Filters() {
    }

    static @Nullable RowFilter compile(CollectionSchema schema, String expr, Map<String, TemplateValue> templates) {
        return compile(schema, expr, templates, TimestamptzText.DEFAULT_ZONE);
    }

    /** @param timezone the zone of TIMESTAMPTZ literals without an offset */
    static @Nullable RowFilter compile(CollectionSchema schema, String expr, Map<String, TemplateValue> templates,
                                       ZoneId timezone) {
        if (expr.isBlank()) {
            return null;
        }
        Optional<List<Object>> listed = PrimaryKeyList.of(Schemas.primary(schema), expr, templates);
        if (listed.isPresent()) {
            return keyFilter(listed.get());
        }
        FieldResolver resolver = FieldResolver.of(schema);
        Expression parsed = parse(expr);
        Optional<List<Object>> keys = PrimaryKeys.extract(parsed, resolver, templates);
        if (keys.isPresent()) {
            return keyFilter(keys.get());
        }
        RowPredicate predicate = FilterCompiler.compile(parsed, resolver, templates, timezone);
        return segment -> predicate.bind(new SegmentColumns(segment));
    }

    /**
     * Compiles {@code expr} in full (refusing what Milvus's plan parser refuses) and says whether it folded to the
     * constant true, which Milvus's delete refuses ({@code IsAlwaysTruePlan}).
     */
    static boolean alwaysTrue(CollectionSchema schema, String expr, Map<String, TemplateValue> templates) {
        return expr.isBlank()
                || FilterCompiler.compile(parse(expr), FieldResolver.of(schema), templates).alwaysTrue();
    }

    /** The primary keys the filter selects, when it selects only by key. */
    static Optional<List<Object>> keys(CollectionSchema schema, String expr, Map<String, TemplateValue> templates) {
        Optional<List<Object>> listed = PrimaryKeyList.of(Schemas.primary(schema), expr, templates);
        if (listed.isPresent()) {
            return listed;
        }
        return PrimaryKeys.extract(parse(expr), FieldResolver.of(schema), templates);
    }

    private static Expression parse(String expr) {
        try {
            return FilterCompiler.parse(expr);
        } catch (UnsupportedOperationException e) {
            throw EngineException.withReason(MilvusError.UNSUPPORTED_OPERATION,
                    "filter expressions are not supported yet: " + expr);
        }
    }

    private static RowFilter keyFilter(List<Object> keys) {
        Set<Object> set = new HashSet<>(keys);
        return segment -> row -> set.contains(segment.pk(row));
    }
}
