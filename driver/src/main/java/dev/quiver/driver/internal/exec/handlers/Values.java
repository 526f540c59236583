package dev.quiver.driver.internal.exec.handlers;

import dev.quiver.driver.internal.error.SqlExceptions;
import dev.quiver.grammar.expr.ArrayLiteral;
import dev.quiver.grammar.expr.BinaryLiteral;
import dev.quiver.grammar.expr.DecimalArrayLiteral;
import dev.quiver.grammar.expr.Expression;
import dev.quiver.grammar.expr.IntegerArrayLiteral;
import dev.quiver.grammar.expr.Literal;
import dev.quiver.grammar.expr.Negate;
import dev.quiver.grammar.expr.ObjectLiteral;
import dev.quiver.grammar.expr.SparseVectorLiteral;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Literal expressions as plain Java values, the common input of the encoders: null, Boolean, Long, Double, String,
 * {@code double[]} (decimal list), {@code long[]} (integer list), {@code byte[]} (binary), {@link SparseVectorLiteral},
 * {@code List<Object>} (other lists) and {@code Map<String, Object>} (JSON objects). Bound Java values (float[],
 * Map, List...) are accepted by the encoders as they are.
 */
final class Values {
    private Values() {
    }

    static @Nullable Object toJava(Expression e, String where) throws SQLException {
        if (e instanceof Literal.NullLiteral) {
            return null;
        }
        if (e instanceof Literal.BooleanLiteral b) {
            return b.value();
        }
        if (e instanceof Literal.IntegerLiteral i) {
            return i.value();
        }
        if (e instanceof Literal.DecimalLiteral d) {
            return d.value();
        }
        if (e instanceof Literal.StringLiteral s) {
            return s.value();
        }
        if (e instanceof Negate n) {
            Object inner = toJava(n.operand(), where);
            if (inner instanceof Long l) {
                return -l;
            }
            if (inner instanceof Double d) {
                return -d;
            }
            throw SqlExceptions.invalidValue(where + ": only a number can be negated");
        }
        if (e instanceof DecimalArrayLiteral d) {
            // a literal made from a float[] (the DSL's vectors) goes to the encoder as the floats themselves
            return d.isFloats() ? d.toFloatArray() : d.values();
        }
        if (e instanceof IntegerArrayLiteral i) {
            return i.values();
        }
        if (e instanceof BinaryLiteral b) {
            return b.bytes();
        }
        if (e instanceof dev.quiver.grammar.expr.TimestampLiteral t) {
            // a bound OffsetDateTime or Instant: TIMESTAMPTZ columns take its ISO text
            return t.text();
        }
        if (e instanceof SparseVectorLiteral s) {
            return s;
        }
        if (e instanceof ArrayLiteral a) {
            List<Object> out = new ArrayList<>(a.elements().size());
            for (Expression x : a.elements()) {
                out.add(toJava(x, where));
            }
            return out;
        }
        if (e instanceof ObjectLiteral o) {
            Map<String, Object> out = new LinkedHashMap<>();
            for (ObjectLiteral.Entry entry : o.entries()) {
                out.put(entry.key(), toJava(entry.value(), where));
            }
            return out;
        }
        throw SqlExceptions.invalidValue(where + ": expected a literal value, got " + Props.describe(e));
    }

    /** A number as long, or an error naming {@code where}. */
    static long toLong(Expression e, String where) throws SQLException {
        Object v = toJava(e, where);
        if (v instanceof Long l) {
            return l;
        }
        throw SqlExceptions.invalidValue(where + " must be an integer, got " + (v == null ? "NULL" : v));
    }
}
