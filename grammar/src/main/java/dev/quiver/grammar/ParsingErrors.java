package dev.quiver.grammar;

import dev.quiver.grammar.internal.error.GrammarError;
import java.util.function.Supplier;

/** Runs a parse of the internals and reports their {@link GrammarError} as the public {@link ParsingException}. */
final class ParsingErrors {
    private ParsingErrors() {
    }

    static <T> T translated(Supplier<T> parse) {
        try {
            return parse.get();
        } catch (GrammarError error) {
            ParsingException exception = new ParsingException(error.description(), error.line(), error.column(),
                    error.offendingToken(), error.expected());
            exception.setStackTrace(error.getStackTrace());
            throw exception;
        }
    }
}
