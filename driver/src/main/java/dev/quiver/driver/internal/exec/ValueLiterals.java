package dev.quiver.driver.internal.exec;

import dev.quiver.driver.internal.error.SqlExceptions;
import dev.quiver.grammar.Literals;
import dev.quiver.grammar.expr.Expression;
import java.sql.SQLException;
import org.jspecify.annotations.Nullable;

/**
 * Converts bound Java values into the expression literals the parser would have produced for the same text, with
 * the grammar's one conversion ({@link Literals#toLiteral(Object)}: numbers, booleans, strings, {@code float[]} and
 * lists as vectors and arrays, {@code byte[]} as binary vectors, maps as sparse vectors or JSON, an
 * {@link Expression} as is), plus JDBC's {@link java.sql.Array}, which stands for its elements. A JSON value bound
 * as a String stays a string; the INSERT handler parses it for a JSON column. Anything else is a {@code 22023}
 * error naming the parameter and the class.
 */
public final class ValueLiterals {
    private ValueLiterals() {
    }

    /** The literal for {@code value}; {@code what} names the parameter in errors (e.g. {@code parameter 2}). */
    public static Expression toExpression(@Nullable Object value, String what) throws SQLException {
        try {
            return Literals.toLiteral(value, other -> jdbcArray(other, what));
        } catch (Literals.UnsupportedValueException e) {
            throw SqlExceptions.invalidValue("cannot bind a value of class " + e.getValueClass().getName() + " to "
                    + what + "; use a number, boolean, String, float[]/List<Float> (vector), byte[] (binary vector), "
                    + "Map<Long, Float> (sparse vector), Map<String, ?> (JSON), OffsetDateTime/Instant (TIMESTAMPTZ) "
                    + "or a List");
        } catch (ArrayUnreadable e) {
            throw e.cause;
        } catch (IllegalArgumentException e) {
            throw SqlExceptions.invalidValue(what + ": " + e.getMessage());
        }
    }

    private static Expression jdbcArray(Object value, String what) {
        if (!(value instanceof java.sql.Array array)) {
            throw new Literals.UnsupportedValueException(value.getClass());
        }
        try {
            return toExpression(array.getArray(), what);
        } catch (SQLException e) {
            throw new ArrayUnreadable(e);
        }
    }

    /** Carries the SQLException of reading a {@link java.sql.Array} out of the conversion's callback. */
    private static final class ArrayUnreadable extends RuntimeException {
        private static final long serialVersionUID = 1L;

        private final transient SQLException cause;

        ArrayUnreadable(SQLException cause) {
            super(cause);
            this.cause = cause;
        }
    }
}
