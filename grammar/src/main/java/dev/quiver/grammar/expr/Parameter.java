package dev.quiver.grammar.expr;

import org.jspecify.annotations.Nullable;

/** A statement parameter: JDBC positional {@code ?} or named {@code :name}. */
public sealed interface Parameter extends Expression permits Parameter.Positional, Parameter.Named {

    /** The {@code index}-th {@code ?} of the statement, counting from 1 as JDBC does. */
    record Positional(int index) implements Parameter {
        @Override
        public <R extends @Nullable Object> R accept(ExpressionVisitor<R> visitor) {
            return visitor.visitPositionalParameter(this);
        }
    }

    /** {@code :name}. */
    record Named(String name) implements Parameter {
        @Override
        public <R extends @Nullable Object> R accept(ExpressionVisitor<R> visitor) {
            return visitor.visitNamedParameter(this);
        }
    }
}
