package dev.quiver.driver.internal.exec;

import dev.quiver.driver.internal.error.SqlExceptions;
import dev.quiver.grammar.expr.ArrayLiteral;
import dev.quiver.grammar.expr.BinaryLiteral;
import dev.quiver.grammar.expr.DecimalArrayLiteral;
import dev.quiver.grammar.expr.Expression;
import dev.quiver.grammar.expr.IntegerArrayLiteral;
import dev.quiver.grammar.expr.Literal;
import dev.quiver.grammar.expr.ObjectLiteral;
import dev.quiver.grammar.expr.SparseVectorLiteral;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * Converts bound Java values into the expression literals the parser would have produced for the same text:
 *
 * <ul>
 *   <li>null → {@code NullLiteral}; Boolean → {@code BooleanLiteral}; Byte/Short/Integer/Long/BigInteger →
 *       {@code IntegerLiteral}; Float/Double/BigDecimal → {@code DecimalLiteral}; String/Character →
 *       {@code StringLiteral} (a JSON value bound as a String stays a string; the INSERT handler parses it for a
 *       JSON column)</li>
 *   <li>{@code float[]}, {@code double[]}, a {@code List}/array of Float or Double (any mix containing a Float or
 *       Double) → {@code DecimalArrayLiteral} (a dense vector)</li>
 *   <li>{@code int[]}, {@code long[]}, {@code short[]}, a {@code List} of Integer/Long/Short/Byte →
 *       {@code IntegerArrayLiteral}</li>
 *   <li>{@code byte[]} → {@code BinaryLiteral} (binary, fp16, bf16 vectors)</li>
 *   <li>a {@code Map} with numeric keys → {@code SparseVectorLiteral}; with String keys → {@code ObjectLiteral}
 *       (JSON); other lists and {@code Object[]} → {@code ArrayLiteral} of converted elements; a
 *       {@link java.sql.Array} → its elements</li>
 *   <li>an {@link Expression} is used as is (the DSL binds AST values directly)</li>
 * </ul>
 * Anything else is a {@code 22023} error naming the parameter and the class.
 */
public final class ValueLiterals {
    private ValueLiterals() {
    }

    /** The literal for {@code value}; {@code what} names the parameter in errors (e.g. {@code parameter 2}). */
    public static Expression toExpression(@Nullable Object value, String what) throws SQLException {
        if (value == null) {
            return new Literal.NullLiteral();
        }
        if (value instanceof Expression e) {
            return e;
        }
        if (value instanceof Boolean b) {
            return Literal.of(b);
        }
        if (value instanceof Byte || value instanceof Short || value instanceof Integer || value instanceof Long) {
            return Literal.of(((Number) value).longValue());
        }
        if (value instanceof BigInteger bi) {
            try {
                return Literal.of(bi.longValueExact());
            } catch (ArithmeticException e) {
                throw SqlExceptions.invalidValue(what + ": " + bi + " does not fit a 64-bit integer");
            }
        }
        if (value instanceof Float || value instanceof Double || value instanceof BigDecimal) {
            return Literal.of(((Number) value).doubleValue());
        }
        if (value instanceof String s) {
            return Literal.of(s);
        }
        if (value instanceof Character c) {
            return Literal.of(String.valueOf(c));
        }
        if (value instanceof float[] f) {
            double[] d = new double[f.length];
            for (int i = 0; i < f.length; i++) {
                d[i] = f[i];
            }
            return new DecimalArrayLiteral(d);
        }
        if (value instanceof double[] d) {
            return new DecimalArrayLiteral(d);
        }
        if (value instanceof long[] l) {
            return new IntegerArrayLiteral(l);
        }
        if (value instanceof int[] ints) {
            return new IntegerArrayLiteral(Arrays.stream(ints).asLongStream().toArray());
        }
        if (value instanceof short[] shorts) {
            long[] l = new long[shorts.length];
            for (int i = 0; i < shorts.length; i++) {
                l[i] = shorts[i];
            }
            return new IntegerArrayLiteral(l);
        }
        if (value instanceof byte[] bytes) {
            return new BinaryLiteral(bytes);
        }
        if (value instanceof java.sql.Array array) {
            return toExpression(array.getArray(), what);
        }
        if (value instanceof Object[] objects) {
            return list(Arrays.asList(objects), what);
        }
        if (value instanceof List<?> list) {
            return list(list, what);
        }
        if (value instanceof Map<?, ?> map) {
            return map(map, what);
        }
        throw SqlExceptions.invalidValue("cannot bind a value of class " + value.getClass().getName() + " to " + what
                + "; use a number, boolean, String, float[]/List<Float> (vector), byte[] (binary vector), "
                + "Map<Long, Float> (sparse vector), Map<String, ?> (JSON) or a List");
    }

    private static Expression list(List<?> list, String what) throws SQLException {
        if (list.isEmpty()) {
            return new ArrayLiteral(List.of());
        }
        boolean allNumbers = true;
        boolean anyDecimal = false;
        for (Object o : list) {
            if (o instanceof Float || o instanceof Double || o instanceof BigDecimal) {
                anyDecimal = true;
            } else if (!(o instanceof Byte || o instanceof Short || o instanceof Integer || o instanceof Long)) {
                allNumbers = false;
                break;
            }
        }
        if (allNumbers && anyDecimal) {
            double[] d = new double[list.size()];
            for (int i = 0; i < d.length; i++) {
                d[i] = ((Number) list.get(i)).doubleValue();
            }
            return new DecimalArrayLiteral(d);
        }
        if (allNumbers) {
            long[] l = new long[list.size()];
            for (int i = 0; i < l.length; i++) {
                l[i] = ((Number) list.get(i)).longValue();
            }
            return new IntegerArrayLiteral(l);
        }
        List<Expression> elements = new ArrayList<>(list.size());
        for (Object o : list) {
            elements.add(toExpression(o, what));
        }
        return new ArrayLiteral(elements);
    }

    private static Expression map(Map<?, ?> map, String what) throws SQLException {
        boolean numericKeys = !map.isEmpty() && map.keySet().stream().allMatch(k -> k instanceof Number);
        if (numericKeys) {
            TreeMap<Long, Float> sorted = new TreeMap<>();
            for (Map.Entry<?, ?> e : map.entrySet()) {
                if (!(e.getValue() instanceof Number n)) {
                    throw SqlExceptions.invalidValue(what + ": a sparse vector maps indices to numbers, got "
                            + (e.getValue() == null ? "null" : e.getValue().getClass().getSimpleName()));
                }
                sorted.put(((Number) e.getKey()).longValue(), n.floatValue());
            }
            long[] indices = new long[sorted.size()];
            float[] values = new float[sorted.size()];
            int i = 0;
            for (Map.Entry<Long, Float> e : sorted.entrySet()) {
                indices[i] = e.getKey();
                values[i++] = e.getValue();
            }
            try {
                return new SparseVectorLiteral(indices, values);
            } catch (IllegalArgumentException e) {
                throw SqlExceptions.invalidValue(what + ": " + e.getMessage());
            }
        }
        List<ObjectLiteral.Entry> entries = new ArrayList<>(map.size());
        for (Map.Entry<?, ?> e : map.entrySet()) {
            if (!(e.getKey() instanceof String key)) {
                throw SqlExceptions.invalidValue(what + ": a JSON object needs String keys, got "
                        + (e.getKey() == null ? "null" : e.getKey().getClass().getSimpleName()));
            }
            entries.add(new ObjectLiteral.Entry(key, toExpression(e.getValue(), what)));
        }
        return new ObjectLiteral(entries);
    }
}
