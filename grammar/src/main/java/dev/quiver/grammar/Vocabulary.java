package dev.quiver.grammar;

import dev.quiver.grammar.ast.DataType;
import dev.quiver.grammar.expr.FilterFunction;
import dev.quiver.grammar.internal.Keywords;
import java.util.Arrays;
import java.util.List;

/**
 * The words of the statement language, for tools such as completion and syntax highlighting: the keywords as the
 * grammar's lexer defines them, the field type names of {@link DataType}, and the names of the filter functions. Derived from the grammar itself, so a
 * keyword added to the grammar appears here without further edits.
 *
 * <p>Stateless and thread-safe; the lists are immutable.
 */
public final class Vocabulary {
    private static final List<String> FUNCTIONS = Arrays.stream(FilterFunction.values())
            .map(FilterFunction::functionName).sorted().toList();

    private static final List<String> TYPES = Arrays.stream(DataType.values()).map(DataType::name).sorted().toList();

    private Vocabulary() {
    }

    /** Every keyword of the language, reserved or not, in upper case and sorted. */
    public static List<String> keywords() {
        return Keywords.all();
    }

    /** Whether {@code word} is a keyword of the language, in any letter case. */
    public static boolean isKeyword(String word) {
        return Keywords.isKeyword(word);
    }

    /**
     * Whether {@code word} is a reserved keyword (in any letter case), one that can never stand for a name such as
     * {@code AND} or {@code NULL}.
     */
    public static boolean isReserved(String word) {
        return Keywords.isReserved(word);
    }

    /**
     * The field type names of CREATE COLLECTION, in upper case and sorted, such as {@code FLOAT_VECTOR}. They are
     * names, not keywords: the grammar reads them as identifiers.
     */
    public static List<String> typeNames() {
        return TYPES;
    }

    /** The names of the filter functions, in lower case and sorted, such as {@code array_contains}. */
    public static List<String> functions() {
        return FUNCTIONS;
    }
}
