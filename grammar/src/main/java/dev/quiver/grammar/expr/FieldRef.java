package dev.quiver.grammar.expr;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A reference to a field, optionally followed by a path into a JSON or array value:
 * {@code year}, {@code meta['a']['b']}, {@code tags[0]}, {@code $meta['color']}. A name that is not a schema field
 * refers to a key of the dynamic field; resolving that is the engine's job.
 */
public record FieldRef(String name, List<PathStep> path) implements Expression {
    public FieldRef {
        path = List.copyOf(path);
    }

    /** A reference to a plain field. */
    public static FieldRef of(String name) {
        return new FieldRef(name, List.of());
    }

    /** One step of a path: a JSON key or an array index. */
    public sealed interface PathStep permits Key, Index {}

    /** {@code ['key']}. */
    public record Key(String key) implements PathStep {}

    /** {@code [0]}. */
    public record Index(long index) implements PathStep {}

    @Override
    public <R extends @Nullable Object> R accept(ExpressionVisitor<R> visitor) {
        return visitor.visitField(this);
    }
}
