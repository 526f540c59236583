package dev.quiver.grammar.ast;

import dev.quiver.grammar.expr.Expression;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * {@code CREATE USER name PASSWORD 'secret'}; the password is a string literal or a parameter and never appears
 * in {@link #toString()}.
 */
public record CreateUser(String name, Expression password) implements Statement {
    public CreateUser {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(password, "password");
    }

    @Override
    public String toString() {
        return "CreateUser[name=" + name + ", password=***]";
    }

    @Override
    public <R extends @Nullable Object> R accept(StatementVisitor<R> visitor) {
        return visitor.visitCreateUser(this);
    }
}
