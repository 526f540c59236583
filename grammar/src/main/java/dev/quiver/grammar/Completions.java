package dev.quiver.grammar;

import dev.quiver.grammar.internal.completion.CaretAnalysis;
import dev.quiver.grammar.internal.completion.NameRoles;
import java.util.EnumSet;
import java.util.Set;

/**
 * Code completion from the grammar: {@link #at(String, int)} walks the parser's ATN (the grammar's state machine)
 * over the statement before the caret and reports what the grammar accepts next, as keywords and as
 * {@linkplain NameKind kinds of names}. Nothing is listed by hand: a keyword added to the grammar is offered
 * wherever the grammar accepts it. Which name the grammar's {@code identifier} stands for at each place (a
 * collection after {@code DROP COLLECTION}, a field in a filter) comes from a table over the grammar's call sites
 * that a test keeps complete.
 *
 * <p>Stateless and thread-safe. The text may hold several statements; only the one around the caret counts.
 */
public final class Completions {
    private Completions() {
    }

    /**
     * What the grammar accepts at offset {@code caret} of {@code text}.
     *
     * @throws IllegalArgumentException when the caret is outside the text
     */
    public static Completion at(String text, int caret) {
        CaretAnalysis.Result result = CaretAnalysis.at(text, caret);
        Set<NameKind> kinds = EnumSet.noneOf(NameKind.class);
        for (NameRoles.Role role : result.roles()) {
            kinds.add(NameKind.valueOf(role.name()));
        }
        return new Completion(result.wordStart(), result.keywords().stream().sorted().toList(), kinds,
                result.collections().stream().sorted().toList());
    }
}
