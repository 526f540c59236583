package dev.quiver.grammar.ast;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * {@code RESET name}: returns a session setting to its default. The name is kept in lower case.
 */
public record ResetSetting(String name) implements Statement {
    public ResetSetting {
        Objects.requireNonNull(name, "name");
    }

    @Override
    public <R extends @Nullable Object> R accept(StatementVisitor<R> visitor) {
        return visitor.visitResetSetting(this);
    }
}
