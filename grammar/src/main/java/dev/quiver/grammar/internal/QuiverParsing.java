package dev.quiver.grammar.internal;

import dev.quiver.grammar.ParsingException;
import dev.quiver.grammar.ast.Statement;
import dev.quiver.grammar.expr.Expression;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.DefaultErrorStrategy;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.misc.ParseCancellationException;

/**
 * Runs the grammar: lexing, a fast SLL parse that gives up at the first problem, and on failure a full LL parse
 * whose first error is reported precisely; then the AST builder. Stateless and thread-safe (ANTLR's shared DFA
 * cache is thread-safe). The entry point of the parser facade; the parse tree never leaves this package.
 */
public final class QuiverParsing {
    /** Brackets nested deeper than this make the statement "too large" (before the JVM stack could overflow). */
    static final int MAX_NESTING = 200;

    private QuiverParsing() {
    }

    /** Parses exactly one statement (an optional trailing {@code ;} allowed). */
    public static Statement parseStatement(String text) {
        return parse(text, QuiverSqlParser::singleStatement, QuiverSqlParser.RULE_singleStatement,
                (builder, tree) -> builder.statement(tree.statementWithTimeout()));
    }

    /** Parses a script: statements separated by {@code ;}. */
    public static List<Statement> parseScript(String text) {
        return parse(text, QuiverSqlParser::script, QuiverSqlParser.RULE_script, (builder, tree) -> {
            List<Statement> statements = new ArrayList<>();
            for (QuiverSqlParser.StatementWithTimeoutContext statement : tree.statementWithTimeout()) {
                statements.add(builder.statement(statement));
            }
            return List.copyOf(statements);
        });
    }

    /** Parses a filter in statement syntax (the text of a WHERE clause). */
    public static Expression parseExpression(String text) {
        return parse(text, QuiverSqlParser::standaloneExpression, QuiverSqlParser.RULE_standaloneExpression,
                (builder, tree) -> builder.expression(tree.booleanExpression()));
    }

    private static <T extends ParserRuleContext, R> R parse(String text, Function<QuiverSqlParser, T> rule,
                                                             int ruleIndex, BiFunction<AstBuilder, T, R> build) {
        try {
            QuiverSqlLexer lexer = new QuiverSqlLexer(CharStreams.fromString(text));
            lexer.removeErrorListeners();
            CommonTokenStream tokens = new CommonTokenStream(lexer);
            tokens.fill();
            checkNesting(tokens.getTokens());
            QuiverSqlParser parser = new QuiverSqlParser(tokens);
            parser.removeErrorListeners();
            parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
            parser.setErrorHandler(new BailErrorStrategy());
            T tree;
            try {
                tree = rule.apply(parser);
            } catch (ParseCancellationException e) {
                tokens.seek(0);
                parser.reset();
                parser.getInterpreter().setPredictionMode(PredictionMode.LL);
                parser.setErrorHandler(new DefaultErrorStrategy());
                parser.addErrorListener(new SyntaxErrorListener(tokens, ruleIndex));
                tree = rule.apply(parser);
            }
            return build.apply(new AstBuilder(new ParameterNumbering(tokens.getTokens())), tree);
        } catch (StackOverflowError e) {
            throw new ParsingException("statement too large (stack overflow while parsing)", 1, 1);
        }
    }

    private static void checkNesting(List<Token> tokens) {
        int depth = 0;
        for (Token token : tokens) {
            switch (token.getType()) {
                case QuiverSqlLexer.LPAREN, QuiverSqlLexer.LBRACKET, QuiverSqlLexer.LBRACE -> {
                    if (++depth > MAX_NESTING) {
                        throw new ParsingException("statement too large (nested deeper than " + MAX_NESTING
                                + " levels)", token.getLine(), token.getCharPositionInLine() + 1);
                    }
                }
                case QuiverSqlLexer.RPAREN, QuiverSqlLexer.RBRACKET, QuiverSqlLexer.RBRACE -> depth = Math.max(0, depth - 1);
                default -> {
                    // other tokens do not nest
                }
            }
        }
    }
}
