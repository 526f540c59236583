package dev.quiver.embedded.filter;

import dev.quiver.grammar.expr.Comparison;
import dev.quiver.grammar.expr.ComparisonOperator;
import dev.quiver.grammar.expr.Expression;
import dev.quiver.grammar.expr.FieldRef;
import dev.quiver.grammar.expr.In;
import dev.quiver.grammar.expr.Or;
import dev.quiver.proto.milvus.DataType;
import dev.quiver.proto.milvus.TemplateValue;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Recognises filters that select rows only by primary key, so deletes and point reads can skip scanning:
 * {@code pk in [..]}, {@code pk in {tmpl}}, {@code pk == v} (either side), and {@code or} of those. Stateless.
 */
public final class PrimaryKeys {
    private PrimaryKeys() {
    }

    /**
     * The distinct keys, in first-appearance order, as {@code Long} (integer primary key) or {@code String}
     * (VarChar primary key); empty when the filter is anything else, including a key of the wrong type (compile
     * the filter to get the precise error then).
     */
    public static Optional<List<Object>> extract(Expression expr, FieldResolver schema,
                                                 Map<String, TemplateValue> templateValues) {
        FieldInfo pk = schema.primaryKey();
        boolean integer = pk.type() == DataType.Int64 || pk.type() == DataType.Int32
                || pk.type() == DataType.Int16 || pk.type() == DataType.Int8;
        if (!integer && pk.type() != DataType.VarChar) {
            return Optional.empty();
        }
        ExpressionCompiler constants = new ExpressionCompiler(schema, templateValues, "",
                dev.quiver.wire.TimestamptzText.DEFAULT_ZONE);
        Set<Object> keys = new LinkedHashSet<>();
        Deque<Expression> pending = new ArrayDeque<>();
        pending.push(expr);
        while (!pending.isEmpty()) {
            Expression next = pending.pop();
            if (next instanceof Or or) {
                pending.push(or.right());
                pending.push(or.left());
                continue;
            }
            List<Object> values = keysOf(next, pk.name(), constants);
            if (values == null) {
                return Optional.empty();
            }
            for (Object value : values) {
                if (integer ? !(value instanceof Long) : !(value instanceof String)) {
                    return Optional.empty();
                }
                keys.add(value);
            }
        }
        return Optional.of(List.copyOf(keys));
    }

    private static @Nullable List<Object> keysOf(Expression e, String pk, ExpressionCompiler constants) {
        Expression value = null;
        if (e instanceof In in && !in.negated() && isPk(in.subject(), pk)) {
            value = in.list();
        } else if (e instanceof Comparison c && c.operator() == ComparisonOperator.EQUAL) {
            if (isPk(c.left(), pk)) {
                value = c.right();
            } else if (isPk(c.right(), pk)) {
                value = c.left();
            }
        }
        if (value == null) {
            return null;
        }
        Object constant;
        try {
            constant = constants.constant(value);
        } catch (RuntimeException notConstant) {
            return null;
        }
        if (e instanceof In) {
            return constant instanceof List<?> list ? new ArrayList<>(list) : null;
        }
        return constant instanceof List<?> ? null : List.of(constant);
    }

    private static boolean isPk(Expression e, String pk) {
        return e instanceof FieldRef field && field.name().equals(pk) && field.path().isEmpty();
    }
}
