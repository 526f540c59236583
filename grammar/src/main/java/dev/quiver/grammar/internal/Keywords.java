package dev.quiver.grammar.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.antlr.v4.runtime.Vocabulary;
import org.antlr.v4.runtime.atn.ATN;
import org.antlr.v4.runtime.misc.IntervalSet;

/** The keywords of the statement language, as the grammar defines them. */
public final class Keywords {
    private static final Set<String> KEYWORDS = collectKeywords();
    private static final Set<String> RESERVED = collectReserved();

    private static final List<String> SORTED = KEYWORDS.stream().sorted().toList();

    private Keywords() {
    }

    /** Every keyword (reserved or not) in upper case, sorted. */
    public static List<String> all() {
        return SORTED;
    }

    /**
     * Whether {@code word} is a keyword (reserved or not), in any letter case. The formatter quotes such names
     * so that they can never be read as keywords.
     */
    public static boolean isKeyword(String word) {
        return KEYWORDS.contains(word.toUpperCase(Locale.ROOT));
    }

    /**
     * Whether {@code word} is a reserved keyword (in any letter case): one that can never stand for a name, such
     * as {@code AND} or {@code NULL}. Other keywords are names wherever the grammar is not expecting them.
     */
    public static boolean isReserved(String word) {
        return RESERVED.contains(word.toUpperCase(Locale.ROOT));
    }

    private static Set<String> collectReserved() {
        ATN atn = QuiverSqlParser._ATN;
        IntervalSet identifierStarts = atn.nextTokens(atn.ruleToStartState[QuiverSqlParser.RULE_identifier]);
        Set<String> reserved = new HashSet<>();
        for (String keyword : KEYWORDS) {
            int type = tokenType(keyword);
            if (!identifierStarts.contains(type)) {
                reserved.add(keyword);
            }
        }
        return Set.copyOf(reserved);
    }

    private static int tokenType(String keyword) {
        Vocabulary vocabulary = QuiverSqlLexer.VOCABULARY;
        for (int type = 1; type <= vocabulary.getMaxTokenType(); type++) {
            if (("'" + keyword + "'").equals(vocabulary.getLiteralName(type))) {
                return type;
            }
        }
        throw new IllegalStateException("no token for keyword " + keyword);
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
