package dev.quiver.grammar.ast;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * {@code ALTER DATABASE name SET (properties)}; {@code properties} is not empty.
 */
public record AlterDatabase(String name, List<Property> properties) implements Statement {
    public AlterDatabase {
        Objects.requireNonNull(name, "name");
        properties = List.copyOf(properties);
    }

    @Override
    public <R extends @Nullable Object> R accept(StatementVisitor<R> visitor) {
        return visitor.visitAlterDatabase(this);
    }
}
