package dev.quiver.grammar.ast;

import java.util.Objects;

/**
 * {@code RESET name}: returns a session setting to its default. The name is kept in lower case.
 */
public record ResetSetting(String name) implements Statement {
    public ResetSetting {
        Objects.requireNonNull(name, "name");
    }
}
