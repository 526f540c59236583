package dev.quiver.grammar.ast;

import dev.quiver.grammar.expr.Expression;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * {@code SET name = value}: changes a session setting ({@code timeout}, {@code consistency_level}, ...). The
 * name is kept in lower case; the value follows the rules of {@link Property#value()} (a duration such as {@code
 * 30s} is the string {@code "30s"}).
 */
public record SetSetting(String name, Expression value) implements Statement {
    public SetSetting {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(value, "value");
    }

    @Override
    public <R extends @Nullable Object> R accept(StatementVisitor<R> visitor) {
        return visitor.visitSetSetting(this);
    }
}
