package dev.quiver.dsl;

import dev.quiver.grammar.ast.Property;
import java.util.ArrayList;
import java.util.List;

/** Appends or replaces {@code key = value} entries of WITH and SET lists, keeping their order. */
final class Properties {
    private Properties() {
    }

    static List<Property> with(List<Property> properties, String key, Object value) {
        if (key.isEmpty()) {
            throw new IllegalArgumentException("a property key cannot be empty");
        }
        List<Property> result = new ArrayList<>();
        Property added = new Property(key, Values.literal(value));
        boolean replaced = false;
        for (Property property : properties) {
            if (property.key().equals(key)) {
                result.add(added);
                replaced = true;
            } else {
                result.add(property);
            }
        }
        if (!replaced) {
            result.add(added);
        }
        return result;
    }
}
