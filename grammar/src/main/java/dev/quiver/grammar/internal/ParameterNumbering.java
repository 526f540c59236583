package dev.quiver.grammar.internal;

import java.util.List;
import org.antlr.v4.runtime.Token;

/**
 * Numbers the positional parameters {@code ?} of each statement from 1 in text order, whatever order the AST
 * builder visits them in.
 */
final class ParameterNumbering {
    /** For each token index, how many {@code ?} tokens come before it. */
    private final int[] questionMarksBefore;
    private int statementStart;

    ParameterNumbering(List<Token> tokens) {
        questionMarksBefore = new int[tokens.size() + 1];
        int count = 0;
        for (int i = 0; i < tokens.size(); i++) {
            questionMarksBefore[i] = count;
            if (tokens.get(i).getType() == QuiverSqlLexer.QUESTION_MARK) {
                count++;
            }
        }
        questionMarksBefore[tokens.size()] = count;
    }

    /** Restarts the numbering at the statement beginning with {@code first}. */
    void startStatement(Token first) {
        statementStart = first.getTokenIndex();
    }

    /** The 1-based index of the {@code ?} token within its statement. */
    int indexOf(Token questionMark) {
        return questionMarksBefore[questionMark.getTokenIndex()] - questionMarksBefore[statementStart] + 1;
    }
}
