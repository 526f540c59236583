package dev.quiver.grammar.internal;

import dev.quiver.grammar.internal.error.GrammarError;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;
import org.antlr.v4.runtime.Token;

/**
 * Turns the first syntax error of the full (LL) parse into a {@link GrammarError} naming the furthest token
 * the grammar could read up to and what was expected there:
 * {@code line 1:31: mismatched input 'test_collection'. Expecting: 'FROM', ','}.
 */
final class SyntaxErrorListener extends BaseErrorListener {
    private final CommonTokenStream tokens;
    private final int startRule;

    SyntaxErrorListener(CommonTokenStream tokens, int startRule) {
        this.tokens = tokens;
        this.startRule = startRule;
    }

    @Override
    public void syntaxError(Recognizer<?, ?> recognizer, Object offendingSymbol, int line, int column, String message,
                            RecognitionException e) {
        List<Token> visible = new ArrayList<>();
        for (Token token : tokens.getTokens()) {
            if (token.getChannel() == Token.DEFAULT_CHANNEL) {
                visible.add(token);
            }
        }
        ExpectedTokens.Result result = ExpectedTokens.analyze(((Parser) recognizer).getATN(), visible, startRule);
        Token token = visible.get(Math.min(result.tokenIndex(), visible.size() - 1));
        throw error(token, result.expected());
    }

    private static GrammarError error(Token token, List<String> expected) {
        int line = token.getLine();
        int column = token.getCharPositionInLine() + 1;
        String text = token.getType() == Token.EOF ? "<EOF>" : token.getText();
        if (token.getType() == QuiverSqlLexer.UNRECOGNIZED) {
            switch (text) {
                case "'", "\"" -> {
                    return new GrammarError("unterminated string", line, column, text, List.of());
                }
                case "`" -> {
                    return new GrammarError("unterminated quoted identifier", line, column, text, List.of());
                }
                default -> {
                    // an ordinary unexpected character, reported like any token
                }
            }
        }
        String description = "mismatched input '" + text + "'";
        if (!expected.isEmpty()) {
            description += ". Expecting: " + String.join(", ", expected);
        }
        return new GrammarError(description, line, column, text, expected);
    }
}
