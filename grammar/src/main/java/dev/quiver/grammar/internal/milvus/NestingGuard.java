package dev.quiver.grammar.internal.milvus;

import dev.quiver.grammar.internal.error.GrammarError;
import java.util.Arrays;
import java.util.List;
import org.antlr.v4.runtime.Token;

/**
 * Refuses expressions nested so deeply that parsing them would exhaust the thread's stack. It runs over the token
 * list before the parser and estimates the parser's recursion depth: every open bracket and every prefix operator
 * whose operand is still open adds one level. Long flat chains ({@code a or b or c ...}, long lists) cost nothing.
 */
final class NestingGuard {
    /** The deepest nesting accepted; far beyond any hand-written filter, far below a thread stack's limit. */
    static final int MAX_DEPTH = 128;

    private NestingGuard() {
    }

    static void check(List<Token> tokens) {
        int[] pendingUnary = new int[16];
        int level = 0;
        int depth = 0;
        boolean operandExpected = true;
        for (Token token : tokens) {
            switch (token.getType()) {
                case MilvusExpressionLexer.LPAREN, MilvusExpressionLexer.LBRACKET, MilvusExpressionLexer.LBRACE -> {
                    level++;
                    if (level == pendingUnary.length) {
                        pendingUnary = Arrays.copyOf(pendingUnary, level * 2);
                    }
                    pendingUnary[level] = 0;
                    depth++;
                    operandExpected = true;
                }
                case MilvusExpressionLexer.RPAREN, MilvusExpressionLexer.RBRACKET, MilvusExpressionLexer.RBRACE -> {
                    if (level > 0) {
                        depth -= 1 + pendingUnary[level];
                        level--;
                    }
                    operandExpected = false;
                }
                case MilvusExpressionLexer.ADD, MilvusExpressionLexer.SUB, MilvusExpressionLexer.NOT -> {
                    if (operandExpected) {
                        pendingUnary[level]++;
                        depth++;
                    } else {
                        depth -= pendingUnary[level];
                        pendingUnary[level] = 0;
                        operandExpected = true;
                    }
                }
                case MilvusExpressionLexer.POW, MilvusExpressionLexer.LIKE -> operandExpected = true;
                case MilvusExpressionLexer.MUL, MilvusExpressionLexer.DIV, MilvusExpressionLexer.MOD,
                     MilvusExpressionLexer.IN, MilvusExpressionLexer.LT, MilvusExpressionLexer.LE,
                     MilvusExpressionLexer.GT, MilvusExpressionLexer.GE, MilvusExpressionLexer.EQ,
                     MilvusExpressionLexer.NE, MilvusExpressionLexer.AND, MilvusExpressionLexer.OR,
                     MilvusExpressionLexer.COMMA -> {
                    depth -= pendingUnary[level];
                    pendingUnary[level] = 0;
                    operandExpected = true;
                }
                default -> operandExpected = false;
            }
            if (depth > MAX_DEPTH) {
                throw new GrammarError("expression too large: nested deeper than " + MAX_DEPTH + " levels",
                        token.getLine(), token.getCharPositionInLine() + 1, token.getText(), List.of());
            }
        }
    }
}
