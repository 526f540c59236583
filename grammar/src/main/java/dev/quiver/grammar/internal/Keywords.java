package dev.quiver.grammar.internal;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.antlr.v4.runtime.Vocabulary;

/** The keywords of the statement language, as the grammar defines them. */
public final class Keywords {
    private static final Set<String> KEYWORDS = collectKeywords();

    private Keywords() {
    }

    /**
     * Whether {@code word} is a keyword (reserved or not), in any letter case. The formatter quotes such names
     * so that they can never be read as keywords.
     */
    public static boolean isKeyword(String word) {
        return KEYWORDS.contains(word.toUpperCase(Locale.ROOT));
    }

    private static Set<String> collectKeywords() {
        Vocabulary vocabulary = QuiverSqlLexer.VOCABULARY;
        Set<String> keywords = new HashSet<>();
        for (int type = 1; type <= vocabulary.getMaxTokenType(); type++) {
            String literal = vocabulary.getLiteralName(type);
            if (literal != null && literal.length() > 2 && Character.isLetter(literal.charAt(1))) {
                keywords.add(literal.substring(1, literal.length() - 1));
            }
        }
        return Set.copyOf(keywords);
    }
}
