package dev.quiver.grammar;

import java.util.List;
import java.util.Set;

/**
 * What may be typed at a caret, as the grammar says: the keywords it accepts there and the kinds of names it
 * accepts there. The word being typed (the identifier or keyword ending at the caret, or the text after an
 * unclosed quote) starts at {@code wordStart}; a completer filters by it. {@code collections} are the collections
 * the statement names, before or after the caret, whose fields and partitions fit a {@link NameKind#FIELD} or
 * {@link NameKind#PARTITION} name; empty when the statement names none yet.
 *
 * @param wordStart where the word being typed starts in the text (the caret when none is)
 * @param keywords the keywords the grammar accepts at the caret, in upper case and sorted
 * @param nameKinds the kinds of names the grammar accepts at the caret
 * @param collections the collections the statement names, unquoted and sorted
 */
public record Completion(int wordStart, List<String> keywords, Set<NameKind> nameKinds, List<String> collections) {
    /** Copies the lists and the set. */
    public Completion {
        keywords = List.copyOf(keywords);
        nameKinds = Set.copyOf(nameKinds);
        collections = List.copyOf(collections);
    }

    /** Whether nothing at all fits at the caret (for example after a syntax error before it). */
    public boolean isEmpty() {
        return keywords.isEmpty() && nameKinds.isEmpty();
    }
}
