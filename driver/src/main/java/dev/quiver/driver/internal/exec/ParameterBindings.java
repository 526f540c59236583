package dev.quiver.driver.internal.exec;

import dev.quiver.driver.MilvusSqlState;
import dev.quiver.driver.internal.error.SqlExceptions;
import dev.quiver.grammar.ast.Property;
import dev.quiver.grammar.expr.Expression;
import dev.quiver.grammar.expr.Parameter;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An immutable snapshot of the values bound to a statement's parameters (one {@code PreparedStatement} execution
 * or one batch entry). {@link #value} gives the Java value as bound (see {@link ValueLiterals} for the accepted
 * classes); {@link #literal} gives it as an expression literal, and {@link #bind} an expression with its parameters so
 * replaced. Handlers resolve parameters as they encode each part of a statement: the statement itself is never
 * rewritten.
 */
public final class ParameterBindings {
    private static final Object UNBOUND = new Object();
    private static final ParameterBindings NONE = new ParameterBindings(ParameterLayout.NONE, new Object[0]);

    private final ParameterLayout layout;
    private final @Nullable Object[] values;

    private ParameterBindings(ParameterLayout layout, @Nullable Object[] values) {
        this.layout = layout;
        this.values = values;
    }

    /** No parameters. */
    public static ParameterBindings none() {
        return NONE;
    }

    /** A fresh, mutable builder for {@code layout} (used by the prepared statement). */
    public static Builder builder(ParameterLayout layout) {
        return new Builder(layout);
    }

    public ParameterLayout layout() {
        return layout;
    }

    /** The bound Java value of {@code parameter} (null when bound to SQL NULL). */
    public @Nullable Object value(Parameter parameter) throws SQLException {
        int index = layout.indexOf(parameter);
        if (index < 1 || index > values.length) {
            throw SqlExceptions.create(MilvusSqlState.WRONG_PARAMETER_COUNT,
                    layout.describe(index) + " is out of range: the statement has " + values.length + " parameters");
        }
        Object v = values[index - 1];
        if (v == UNBOUND) {
            throw unbound(index);
        }
        return v;
    }

    /** The bound value of {@code parameter} as an expression literal. */
    public Expression literal(Parameter parameter) throws SQLException {
        return ValueLiterals.toExpression(value(parameter), layout.describe(layout.indexOf(parameter)));
    }

    /**
     * {@code expression} with every parameter inside it replaced by the literal of its bound value; the
     * expression itself when it holds none.
     */
    public Expression bind(Expression expression) throws SQLException {
        try {
            return BoundExpressions.bind(expression, this::literal);
        } catch (IllegalArgumentException e) {
            throw SqlExceptions.invalidValue("a bound value does not fit: " + e.getMessage());
        }
    }

    /** {@code properties} with their values {@link #bind(Expression) bound}; the list itself when none changes. */
    public List<Property> bind(List<Property> properties) throws SQLException {
        List<Property> out = null;
        for (int i = 0; i < properties.size(); i++) {
            Property p = properties.get(i);
            Expression value = bind(p.value());
            if (value != p.value() && out == null) {
                out = new ArrayList<>(properties.subList(0, i));
            }
            if (out != null) {
                out.add(value == p.value() ? p : new Property(p.key(), value));
            }
        }
        return out == null ? properties : out;
    }

    /** Throws when a parameter is left unbound. */
    public void checkComplete() throws SQLException {
        for (int i = 0; i < values.length; i++) {
            if (values[i] == UNBOUND) {
                throw unbound(i + 1);
            }
        }
    }

    private SQLException unbound(int index) {
        return SqlExceptions.create(MilvusSqlState.WRONG_PARAMETER_COUNT, layout.describe(index)
                + " is not bound (the statement has " + values.length + " parameter" + (values.length == 1 ? "" : "s") + ")");
    }

    /** Collects values by 1-based index; not thread-safe. */
    public static final class Builder {
        private final ParameterLayout layout;
        private final @Nullable Object[] values;

        private Builder(ParameterLayout layout) {
            this.layout = layout;
            this.values = new Object[layout.count()];
            Arrays.fill(values, UNBOUND);
        }

        public ParameterLayout layout() {
            return layout;
        }

        /** Binds {@code value} (may be null) to the 1-based {@code index}. */
        public void set(int index, @Nullable Object value) throws SQLException {
            if (index < 1 || index > values.length) {
                throw SqlExceptions.create(MilvusSqlState.WRONG_PARAMETER_COUNT, "parameter index " + index
                        + " is out of range: the statement has " + values.length + " parameter"
                        + (values.length == 1 ? "" : "s"));
            }
            values[index - 1] = value;
        }

        public void clear() {
            Arrays.fill(values, UNBOUND);
        }

        /** An immutable snapshot of the current values. */
        public ParameterBindings snapshot() {
            return new ParameterBindings(layout, values.clone());
        }
    }
}
