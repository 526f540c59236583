package dev.quiver.grammar.ast;

import java.util.List;

/** The rule the ALTER statements share: they either set properties or drop keys, as Milvus's requests do. */
final class Alterations {
    private Alterations() {
    }

    static void requireOne(List<Property> properties, List<String> dropKeys) {
        if (properties.isEmpty() == dropKeys.isEmpty()) {
            throw new IllegalArgumentException("exactly one of properties and dropKeys must be given");
        }
    }
}
