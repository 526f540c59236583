package dev.quiver.grammar.ast;

import java.util.List;
import java.util.Objects;

/**
 * {@code FUNCTION name TYPE (input, ...) -> output, ...} in {@code CREATE COLLECTION}: a collection function such
 * as BM25, which fills its output fields from its input fields at insert.
 *
 * @param type the function type as written, in upper case ({@code BM25})
 */
public record FunctionDefinition(String name, String type, List<String> inputs, List<String> outputs) {
    public FunctionDefinition {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        inputs = List.copyOf(inputs);
        outputs = List.copyOf(outputs);
    }
}
