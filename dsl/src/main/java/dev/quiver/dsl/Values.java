package dev.quiver.dsl;

import dev.quiver.grammar.expr.ArrayLiteral;
import dev.quiver.grammar.expr.BinaryLiteral;
import dev.quiver.grammar.expr.DecimalArrayLiteral;
import dev.quiver.grammar.expr.Expression;
import dev.quiver.grammar.expr.ListLiterals;
import dev.quiver.grammar.expr.IntegerArrayLiteral;
import dev.quiver.grammar.expr.Literal;
import dev.quiver.grammar.expr.ObjectLiteral;
import dev.quiver.grammar.expr.SparseVectorLiteral;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Converts Java values into literal expression nodes, shaped exactly as the parser shapes the same literal text
 * (lists of integers are {@link IntegerArrayLiteral}, lists with a decimal {@link DecimalArrayLiteral}, ...), so that
 * an AST built here equals the parse of its own formatted text.
 */
final class Values {
    private Values() {
    }

    static Expression literal(@Nullable Object value) {
        if (value == null) {
            return new Literal.NullLiteral();
        }
        if (value instanceof Expression expression) {
            return expression;
        }
        if (value instanceof Boolean b) {
            return Literal.of(b);
        }
        if (value instanceof Byte || value instanceof Short || value instanceof Integer || value instanceof Long) {
            return Literal.of(((Number) value).longValue());
        }
        if (value instanceof BigInteger big) {
            return Literal.of(big.longValueExact());
        }
        if (value instanceof Float f) {
            return Literal.of(widen(f));
        }
        if (value instanceof Double || value instanceof BigDecimal) {
            return Literal.of(finite(((Number) value).doubleValue()));
        }
        if (value instanceof CharSequence || value instanceof Character) {
            return Literal.of(value.toString());
        }
        if (value instanceof Enum<?> e) {
            return Literal.of(e.name());
        }
        if (value instanceof Duration duration) {
            return Literal.of(durationText(duration));
        }
        if (value instanceof float[] floats) {
            return vector(floats);
        }
        if (value instanceof double[] doubles) {
            if (doubles.length == 0) {
                return new ArrayLiteral(List.of());
            }
            for (double d : doubles) {
                finite(d);
            }
            return new DecimalArrayLiteral(doubles);
        }
        if (value instanceof long[] longs) {
            return longs.length == 0 ? new ArrayLiteral(List.of()) : new IntegerArrayLiteral(longs);
        }
        if (value instanceof int[] ints) {
            long[] longs = new long[ints.length];
            for (int i = 0; i < ints.length; i++) {
                longs[i] = ints[i];
            }
            return literal(longs);
        }
        if (value instanceof byte[] bytes) {
            return new BinaryLiteral(bytes);
        }
        if (value instanceof Iterable<?> iterable) {
            List<Expression> elements = new ArrayList<>();
            for (Object element : iterable) {
                elements.add(literal(element));
            }
            return list(elements);
        }
        if (value instanceof Object[] array) {
            return literal(java.util.Arrays.asList(array));
        }
        if (value instanceof Map<?, ?> map) {
            return map(map);
        }
        if (value instanceof Record || Beans.isBean(value.getClass())) {
            return map(Beans.toMap(value));
        }
        throw new IllegalArgumentException("cannot write a value of " + value.getClass().getName()
                + "; use numbers, strings, booleans, float[] vectors, lists, maps (JSON), byte[] or records");
    }

    /** A dense float vector; its values print in their shortest form ({@code 0.1}, not {@code 0.10000000149}). */
    static Expression vector(float[] values) {
        if (values.length == 0) {
            return new ArrayLiteral(List.of());
        }
        double[] widened = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            widened[i] = widen(values[i]);
        }
        return new DecimalArrayLiteral(widened);
    }

    /** A list as the parser builds it: see {@link ListLiterals#of}. */
    static Expression list(List<Expression> elements) {
        return ListLiterals.of(elements);
    }

    private static Expression map(Map<?, ?> map) {
        if (!map.isEmpty() && map.keySet().stream().allMatch(k -> k instanceof Integer || k instanceof Long)) {
            long[] indices = new long[map.size()];
            float[] weights = new float[map.size()];
            int i = 0;
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                indices[i] = ((Number) entry.getKey()).longValue();
                if (!(entry.getValue() instanceof Number weight)) {
                    throw new IllegalArgumentException("a sparse vector maps indices to numbers; index " + indices[i]
                            + " maps to " + entry.getValue());
                }
                weights[i++] = weight.floatValue();
            }
            return new SparseVectorLiteral(indices, weights);
        }
        List<ObjectLiteral.Entry> entries = new ArrayList<>();
        for (Map.Entry<?, ?> entry : map.entrySet()) {
            if (!(entry.getKey() instanceof CharSequence key)) {
                throw new IllegalArgumentException("a JSON object needs string keys, not " + entry.getKey());
            }
            entries.add(new ObjectLiteral.Entry(key.toString(), literal(entry.getValue())));
        }
        return new ObjectLiteral(entries);
    }

    /**
     * A float as the double its shortest decimal text denotes ({@code 0.1f} → {@code 0.1}), falling back to the exact
     * widening when narrowing that double would not give the float back.
     */
    static double widen(float value) {
        if (!Float.isFinite(value)) {
            throw new IllegalArgumentException("the number " + value + " has no literal form");
        }
        double shortest = Double.parseDouble(Float.toString(value));
        return (float) shortest == value ? shortest : value;
    }

    static double finite(double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("the number " + value + " has no literal form");
        }
        return value;
    }

    /** The statement-text form of a duration: the largest of h, m, s, ms that divides it. */
    static String durationText(Duration duration) {
        long millis = duration.toMillis();
        if (millis > 0 && millis % 3_600_000 == 0) {
            return millis / 3_600_000 + "h";
        }
        if (millis > 0 && millis % 60_000 == 0) {
            return millis / 60_000 + "m";
        }
        if (millis % 1000 == 0) {
            return millis / 1000 + "s";
        }
        return millis + "ms";
    }
}
