package dev.quiver.grammar.internal.milvus;

import dev.quiver.grammar.internal.error.GrammarError;
import dev.quiver.grammar.expr.Expression;
import java.util.List;
import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.DefaultErrorStrategy;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.misc.ParseCancellationException;

/**
 * Parses Milvus filter expression text into the expression AST. Two stages: the fast SLL prediction first, and
 * only when that fails the full LL prediction, which also produces the precise error. Thread-safe (stateless).
 */
public final class MilvusExpressionReader {
    private MilvusExpressionReader() {
    }

    /**
     * Parses {@code text}.
     *
     * @throws GrammarError for a syntax error, a bad literal, an unknown function, or nesting deeper than the
     *     parser supports ({@code expression too large})
     */
    public static Expression parse(String text) {
        MilvusExpressionLexer lexer = new MilvusExpressionLexer(CharStreams.fromString(text));
        lexer.removeErrorListeners();
        CommonTokenStream tokens = new CommonTokenStream(lexer);
        tokens.fill();
        NestingGuard.check(tokens.getTokens());
        MilvusExpressionParser parser = new MilvusExpressionParser(tokens);
        parser.removeErrorListeners();
        parser.setErrorHandler(new BailErrorStrategy());
        parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
        MilvusExpressionParser.ExpressionContext tree;
        try {
            tree = parseGuarded(parser);
        } catch (ParseCancellationException sllFailed) {
            tokens.seek(0);
            parser.reset();
            parser.setErrorHandler(new DefaultErrorStrategy());
            parser.addErrorListener(new SyntaxErrors());
            parser.getInterpreter().setPredictionMode(PredictionMode.LL);
            tree = parseGuarded(parser);
        }
        try {
            return new ExpressionBuilder().build(tree.expr());
        } catch (StackOverflowError e) {
            throw tooLarge();
        }
    }

    private static MilvusExpressionParser.ExpressionContext parseGuarded(MilvusExpressionParser parser) {
        try {
            return parser.expression();
        } catch (StackOverflowError e) {
            // The nesting guard keeps parses far from this; a thread with a tiny stack is the only way here.
            throw tooLarge();
        }
    }

    private static GrammarError tooLarge() {
        return new GrammarError("expression too large", 1, 1, null, List.of());
    }
}
