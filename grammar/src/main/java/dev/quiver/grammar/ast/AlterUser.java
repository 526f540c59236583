package dev.quiver.grammar.ast;

import dev.quiver.grammar.expr.Expression;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * {@code ALTER USER name PASSWORD 'new' [REPLACE 'old']}; {@code oldPassword} is null when not written.
 * Passwords never appear in {@link #toString()}.
 */
public record AlterUser(String name, Expression password, @Nullable Expression oldPassword) implements Statement {
    public AlterUser {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(password, "password");
    }

    @Override
    public String toString() {
        return "AlterUser[name=" + name + ", password=***, oldPassword=" + (oldPassword == null ? "null" : "***") + "]";
    }

    @Override
    public <R extends @Nullable Object> R accept(StatementVisitor<R> visitor) {
        return visitor.visitAlterUser(this);
    }
}
