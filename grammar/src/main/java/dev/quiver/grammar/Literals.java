package dev.quiver.grammar;

import dev.quiver.grammar.expr.ArrayLiteral;
import dev.quiver.grammar.expr.BinaryLiteral;
import dev.quiver.grammar.expr.DecimalArrayLiteral;
import dev.quiver.grammar.expr.Expression;
import dev.quiver.grammar.expr.IntegerArrayLiteral;
import dev.quiver.grammar.expr.ListLiterals;
import dev.quiver.grammar.expr.Literal;
import dev.quiver.grammar.expr.ObjectLiteral;
import dev.quiver.grammar.expr.SparseVectorLiteral;
import dev.quiver.grammar.expr.TimestampLiteral;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The one conversion between Java values and literals of the statement language, in both directions. Java values
 * become the literal nodes the parser produces for the same text (so {@code toLiteral(v)} equals the parse of
 * {@code toText(v)}); literal nodes become plain Java values ({@link #toJava}).
 *
 * <p>{@link #toLiteral(Object)} maps:
 * <ul>
 *   <li>null → {@code NULL}; Boolean → boolean; Byte, Short, Integer, Long, BigInteger (64-bit range) → integer;
 *       Float, Double, BigDecimal (finite) → decimal; String, Character → string</li>
 *   <li>{@code float[]}, {@code double[]} → a decimal list (a dense vector); {@code long[]}, {@code int[]},
 *       {@code short[]} → an integer list; {@code byte[]} → a binary literal {@code x'..'}</li>
 *   <li>lists, iterables and {@code Object[]} → the list of their converted elements, shaped as the parser shapes
 *       {@code [..]} ({@link ListLiterals#of}): the empty list, whatever its Java type, is {@code []}</li>
 *   <li>a {@code Map} with whole-number keys → a sparse vector (indices sorted, duplicates rejected); with String
 *       keys → a JSON object in the map's order</li>
 *   <li>an {@link Expression} → itself</li>
 * </ul>
 * A float is written as the shortest decimal that reads back as the same float ({@code 0.1f} → {@code 0.1}).
 *
 * <p>Stateless and thread-safe.
 */
public final class Literals {
    private Literals() {
    }

    /**
     * Thrown by {@link #toLiteral(Object)} for a value of a class it does not convert; {@link #getValueClass} names
     * it so that callers can word their own error.
     */
    public static final class UnsupportedValueException extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        private final Class<?> valueClass;

        /** For a value of {@code valueClass}. */
        public UnsupportedValueException(Class<?> valueClass) {
            super("cannot write a value of " + valueClass.getName() + " as a literal; use a number, boolean, string,"
                    + " float[] (vector), byte[] (binary vector), a list, Map<Long, Float> (sparse vector),"
                    + " Map<String, ?> (JSON) or an OffsetDateTime, ZonedDateTime or Instant (TIMESTAMPTZ)");
            this.valueClass = valueClass;
        }

        /** The class of the value that has no literal form. */
        public Class<?> getValueClass() {
            return valueClass;
        }
    }

    /**
     * The literal node for {@code value}.
     *
     * @throws UnsupportedValueException for a value (or element) of a class listed nowhere above
     * @throws IllegalArgumentException for a non-finite number, an integer outside 64 bits, a sparse vector with a
     *     bad or repeated index, or a JSON object with a key that is not a string
     */
    public static Expression toLiteral(@Nullable Object value) {
        return toLiteral(value, other -> {
            throw new UnsupportedValueException(other.getClass());
        });
    }

    /**
     * Like {@link #toLiteral(Object)}, but a value of any other class (also inside lists and maps) is given to
     * {@code other}, which converts it or throws. Lets the driver add JDBC arrays and the DSL records and enums.
     */
    public static Expression toLiteral(@Nullable Object value, Function<Object, Expression> other) {
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
            if (big.bitLength() > 63) {
                throw new IllegalArgumentException(big + " does not fit a 64-bit integer");
            }
            return Literal.of(big.longValue());
        }
        if (value instanceof Float f) {
            return Literal.of(widen(f));
        }
        if (value instanceof Double || value instanceof BigDecimal) {
            return Literal.of(finite(((Number) value).doubleValue()));
        }
        if (value instanceof String s) {
            return Literal.of(s);
        }
        if (value instanceof Character c) {
            return Literal.of(String.valueOf(c));
        }
        if (value instanceof OffsetDateTime time) {
            return new TimestampLiteral(DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(time));
        }
        if (value instanceof ZonedDateTime time) {
            return new TimestampLiteral(DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(time.toOffsetDateTime()));
        }
        if (value instanceof Instant instant) {
            return new TimestampLiteral(instant.toString());
        }
        if (value instanceof float[] floats) {
            return vector(floats);
        }
        if (value instanceof double[] doubles) {
            for (double d : doubles) {
                finite(d);
            }
            return doubles.length == 0 ? new ArrayLiteral(List.of()) : new DecimalArrayLiteral(doubles);
        }
        if (value instanceof long[] longs) {
            return longs.length == 0 ? new ArrayLiteral(List.of()) : new IntegerArrayLiteral(longs);
        }
        if (value instanceof int[] ints) {
            return toLiteral(Arrays.stream(ints).asLongStream().toArray(), other);
        }
        if (value instanceof short[] shorts) {
            long[] longs = new long[shorts.length];
            for (int i = 0; i < shorts.length; i++) {
                longs[i] = shorts[i];
            }
            return toLiteral(longs, other);
        }
        if (value instanceof byte[] bytes) {
            return new BinaryLiteral(bytes);
        }
        if (value instanceof Object[] array) {
            return toLiteral(Arrays.asList(array), other);
        }
        if (value instanceof Iterable<?> iterable) {
            List<Expression> elements = new ArrayList<>();
            for (Object element : iterable) {
                elements.add(toLiteral(element, other));
            }
            return ListLiterals.of(elements);
        }
        if (value instanceof Map<?, ?> map) {
            return map(map, other);
        }
        return other.apply(value);
    }

    /** A dense float vector, each value written in its shortest form; the empty vector is {@code []}. */
    public static Expression vector(float[] values) {
        if (values.length == 0) {
            return new ArrayLiteral(List.of());
        }
        return DecimalArrayLiteral.ofFloats(values);
    }

    /**
     * The statement text of {@code value}'s literal, as the formatter prints it.
     *
     * @throws IllegalArgumentException as {@link #toLiteral(Object)} does
     */
    public static String toText(@Nullable Object value) {
        return MilvusExpressions.renderStatementText(toLiteral(value));
    }

    /**
     * The Java value of a literal node: null, Boolean, Long, Double, String, a {@code List} (of Long, of Double, or
     * of converted elements), {@code byte[]}, a {@code Map<Long, Float>} (sparse vector, by index) or a
     * {@code Map<String, Object>} (JSON object, in written order). A negated number literal is its negative.
     *
     * @throws IllegalArgumentException when {@code literal} is not a literal (a field, a parameter, a condition)
     */
    public static @Nullable Object toJava(Expression literal) {
        return literal.accept(LiteralValues.INSTANCE);
    }

    /** {@code value} as a single-quoted string literal: quotes doubled, backslashes escaped. */
    public static String quote(String value) {
        return '\'' + value.replace("\\", "\\\\").replace("'", "''") + '\'';
    }

    /**
     * A float as the double its shortest decimal text denotes ({@code 0.1f} → {@code 0.1}), falling back to the
     * exact widening when narrowing that double would not give the float back.
     *
     * @throws IllegalArgumentException for NaN and infinities, which have no literal
     */
    public static double widen(float value) {
        return DecimalArrayLiteral.widen(value);
    }

    private static double finite(double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("the number " + value + " has no literal form");
        }
        return value;
    }

    private static Expression map(Map<?, ?> map, Function<Object, Expression> other) {
        boolean sparse = !map.isEmpty() && map.keySet().stream().allMatch(key -> key instanceof Byte
                || key instanceof Short || key instanceof Integer || key instanceof Long);
        if (sparse) {
            long[] indices = new long[map.size()];
            float[] values = new float[map.size()];
            int i = 0;
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                indices[i] = ((Number) entry.getKey()).longValue();
                if (!(entry.getValue() instanceof Number number)) {
                    throw new IllegalArgumentException("a sparse vector maps indices to numbers; index " + indices[i]
                            + " maps to " + (entry.getValue() == null ? "null"
                            : "a " + entry.getValue().getClass().getSimpleName()));
                }
                values[i++] = number.floatValue();
            }
            return new SparseVectorLiteral(indices, values);
        }
        List<ObjectLiteral.Entry> entries = new ArrayList<>(map.size());
        for (Map.Entry<?, ?> entry : map.entrySet()) {
            if (!(entry.getKey() instanceof String key)) {
                throw new IllegalArgumentException("a JSON object needs string keys, got "
                        + (entry.getKey() == null ? "null" : "a " + entry.getKey().getClass().getSimpleName()));
            }
            entries.add(new ObjectLiteral.Entry(key, toLiteral(entry.getValue(), other)));
        }
        return new ObjectLiteral(entries);
    }
}
