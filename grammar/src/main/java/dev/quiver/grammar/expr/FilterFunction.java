package dev.quiver.grammar.expr;

import java.util.Locale;
import java.util.Optional;

/**
 * The Milvus filter functions the language knows, with how many arguments each takes. Both parsers (statement
 * filters and Milvus expression text) accept exactly these, and the console offers them for completion.
 */
public enum FilterFunction {
    JSON_CONTAINS(2, 2),
    JSON_CONTAINS_ALL(2, 2),
    JSON_CONTAINS_ANY(2, 2),
    ARRAY_CONTAINS(2, 2),
    ARRAY_CONTAINS_ALL(2, 2),
    ARRAY_CONTAINS_ANY(2, 2),
    ARRAY_LENGTH(1, 1),
    TEXT_MATCH(2, 2),
    PHRASE_MATCH(2, 3),
    ST_EQUALS(2, 2),
    ST_TOUCHES(2, 2),
    ST_OVERLAPS(2, 2),
    ST_CROSSES(2, 2),
    ST_CONTAINS(2, 2),
    ST_INTERSECTS(2, 2),
    ST_WITHIN(2, 2),
    ST_DWITHIN(3, 3),
    ST_ISVALID(1, 1);

    private final int minimumArguments;
    private final int maximumArguments;

    FilterFunction(int minimumArguments, int maximumArguments) {
        this.minimumArguments = minimumArguments;
        this.maximumArguments = maximumArguments;
    }

    /** The function's name as Milvus writes it, in lower case, such as {@code json_contains}. */
    public String functionName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The fewest arguments a call may have. */
    public int getMinimumArguments() {
        return minimumArguments;
    }

    /** The most arguments a call may have. */
    public int getMaximumArguments() {
        return maximumArguments;
    }

    /** The function called {@code name}, in any letter case, if there is one. */
    public static Optional<FilterFunction> named(String name) {
        for (FilterFunction function : values()) {
            if (function.name().equalsIgnoreCase(name)) {
                return Optional.of(function);
            }
        }
        return Optional.empty();
    }
}
