package dev.quiver.grammar.internal.milvus;

import dev.quiver.grammar.internal.error.GrammarError;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.misc.IntervalSet;
import org.jspecify.annotations.Nullable;

/**
 * Turns the first syntax error the parser reports into a {@link GrammarError} with the offending token and the
 * expected tokens under readable names. Not shared between parses.
 */
final class SyntaxErrors extends BaseErrorListener {

    @Override
    public void syntaxError(Recognizer<?, ?> recognizer, @Nullable Object offendingSymbol, int line,
                            int charPositionInLine, String msg, @Nullable RecognitionException e) {
        Token token = (Token) offendingSymbol;
        if (token == null) {
            throw new GrammarError(msg, line, charPositionInLine + 1);
        }
        int column = token.getCharPositionInLine() + 1;
        switch (token.getType()) {
            case MilvusExpressionLexer.ERROR_CHAR ->
                    throw new GrammarError("unexpected character '" + token.getText() + "'"
                            + (token.getText().equals("=") ? " (Milvus compares with '==')" : ""),
                            token.getLine(), column, token.getText(), List.of());
            case MilvusExpressionLexer.UNTERMINATED_STRING ->
                    throw new GrammarError("unterminated string literal " + token.getText(),
                            token.getLine(), column, token.getText(), List.of());
            default -> {
                // Fall through to the general message below.
            }
        }
        IntervalSet expectedSet = e != null && e.getExpectedTokens() != null
                ? e.getExpectedTokens()
                : ((Parser) recognizer).getExpectedTokens();
        List<String> expected = readableNames(expectedSet);
        String expecting = expected.isEmpty() ? "" : ". Expecting: " + String.join(", ", expected);
        if (token.getType() == Token.EOF) {
            throw new GrammarError("unexpected end of input" + expecting, token.getLine(), column, null,
                    expected);
        }
        throw new GrammarError("mismatched input '" + token.getText() + "'" + expecting, token.getLine(),
                column, token.getText(), expected);
    }

    /** The readable names of a set of token types, in token-type order, without duplicates. */
    static List<String> readableNames(IntervalSet set) {
        Set<String> names = new LinkedHashSet<>();
        for (int type : set.toList()) {
            names.add(readableName(type));
        }
        return new ArrayList<>(names);
    }

    /** How an error message names a token type. */
    static String readableName(int type) {
        return switch (type) {
            case Token.EOF -> "end of input";
            case MilvusExpressionLexer.AND -> "'and'";
            case MilvusExpressionLexer.OR -> "'or'";
            case MilvusExpressionLexer.NOT -> "'not'";
            case MilvusExpressionLexer.IN -> "'in'";
            case MilvusExpressionLexer.LIKE -> "'like'";
            case MilvusExpressionLexer.ISO -> "'iso'";
            case MilvusExpressionLexer.INTERVAL -> "'interval'";
            case MilvusExpressionLexer.IS_NULL -> "'is null'";
            case MilvusExpressionLexer.IS_NOT_NULL -> "'is not null'";
            case MilvusExpressionLexer.BOOLEAN -> "boolean";
            case MilvusExpressionLexer.FLOAT -> "decimal";
            case MilvusExpressionLexer.INTEGER -> "integer";
            case MilvusExpressionLexer.STRING, MilvusExpressionLexer.RAW_STRING -> "string";
            case MilvusExpressionLexer.IDENTIFIER -> "identifier";
            default -> {
                String literal = MilvusExpressionLexer.VOCABULARY.getLiteralName(type);
                yield literal != null ? literal : MilvusExpressionLexer.VOCABULARY.getDisplayName(type);
            }
        };
    }
}
