package dev.quiver.dsl;

import dev.quiver.grammar.Literals;
import dev.quiver.grammar.expr.Expression;
import dev.quiver.grammar.expr.ListLiterals;
import dev.quiver.grammar.expr.Literal;
import java.time.Duration;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Converts Java values into literal expression nodes with the grammar's one conversion ({@link Literals}), shaped
 * exactly as the parser shapes the same literal text, so that an AST built here equals the parse of its own
 * formatted text. The DSL adds text other than String, enums, durations, and records and beans written as JSON.
 */
final class Values {
    private Values() {
    }

    static Expression literal(@Nullable Object value) {
        return Literals.toLiteral(value, Values::dslValue);
    }

    /** What the DSL writes beyond {@link Literals}: text, enums, durations, records and beans (as JSON). */
    private static Expression dslValue(Object value) {
        if (value instanceof CharSequence) {
            return Literal.of(value.toString());
        }
        if (value instanceof Enum<?> e) {
            return Literal.of(e.name());
        }
        if (value instanceof Duration duration) {
            return Literal.of(durationText(duration));
        }
        if (value instanceof Record || Beans.isBean(value.getClass())) {
            return literal(Beans.toMap(value));
        }
        throw new IllegalArgumentException("cannot write a value of " + value.getClass().getName()
                + "; use numbers, strings, booleans, float[] vectors, lists, maps (JSON), byte[] or records");
    }

    /** A dense float vector; its values print in their shortest form ({@code 0.1}, not {@code 0.10000000149}). */
    static Expression vector(float[] values) {
        return Literals.vector(values);
    }

    /** A list as the parser builds it: see {@link ListLiterals#of}. */
    static Expression list(List<Expression> elements) {
        return ListLiterals.of(elements);
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
