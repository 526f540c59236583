package dev.quiver.dsl;

import dev.quiver.grammar.expr.FieldRef;
import java.util.ArrayList;
import java.util.List;

/**
 * A field of a collection in a filter, optionally with a path into a JSON or array value:
 * {@code field("meta").key("a").index(0)} is {@code meta['a'][0]}. Created with {@link Filters#field(String)}.
 * Immutable and thread-safe.
 */
public final class Field extends Operand {
    private final FieldRef reference;

    Field(FieldRef reference) {
        super(reference);
        this.reference = reference;
    }

    /**
     * A JSON key below this field.
     *
     * @param key the key
     * @return {@code this['key']}
     */
    public Field key(String key) {
        return step(new FieldRef.Key(key));
    }

    /**
     * An array element (or JSON array element) below this field.
     *
     * @param index a non-negative index
     * @return {@code this[index]}
     * @throws IllegalArgumentException for a negative index
     */
    public Field index(long index) {
        if (index < 0) {
            throw new IllegalArgumentException("an array index cannot be negative: " + index);
        }
        return step(new FieldRef.Index(index));
    }

    private Field step(FieldRef.PathStep step) {
        List<FieldRef.PathStep> path = new ArrayList<>(reference.path());
        path.add(step);
        return new Field(new FieldRef(reference.name(), path));
    }

    /**
     * The field's name, without the path.
     *
     * @return the name
     */
    public String getName() {
        return reference.name();
    }
}
