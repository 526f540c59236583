package dev.quiver.driver.internal.exec;

import dev.quiver.grammar.ast.Statement;
import dev.quiver.grammar.expr.Parameter;
import java.sql.SQLException;

/** Replaces every {@link Parameter} of a statement by the literal of its bound value. */
public final class ParameterBinder {
    private ParameterBinder() {
    }

    /** {@code statement} with its parameters replaced; the statement itself when it has none. */
    public static Statement bind(Statement statement, ParameterBindings bindings) throws SQLException {
        if (bindings.layout().count() == 0) {
            return statement;
        }
        try {
            return (Statement) RecordTrees.rewrite(statement, node -> {
                if (node instanceof Parameter p) {
                    try {
                        return bindings.literal(p);
                    } catch (SQLException e) {
                        throw new Unchecked(e);
                    }
                }
                return node;
            });
        } catch (Unchecked u) {
            throw u.cause;
        } catch (IllegalArgumentException e) {
            throw dev.quiver.driver.internal.error.SqlExceptions.invalidValue("a bound value does not fit: " + e.getMessage());
        }
    }

    private static final class Unchecked extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient SQLException cause;

        Unchecked(SQLException cause) {
            super(cause);
            this.cause = cause;
        }
    }
}
