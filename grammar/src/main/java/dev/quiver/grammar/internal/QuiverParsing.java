package dev.quiver.grammar.internal;

import dev.quiver.grammar.ParsingException;
import dev.quiver.grammar.ast.Statement;
import dev.quiver.grammar.expr.Expression;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.IntStream;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.atn.LexerATNSimulator;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.dfa.DFAState;
import org.antlr.v4.runtime.misc.ParseCancellationException;

/**
 * Runs the grammar: lexing, a fast SLL parse that gives up at the first problem, and on failure a full LL parse
 * whose first error is reported precisely; then the AST builder. Thread-safe: each thread reuses its own lexer and
 * parser, and ANTLR's shared DFA cache is thread-safe. The entry point of the parser facade; the parse tree never
 * leaves this package.
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
        Recognizers recognizers = Recognizers.acquire(text);
        try {
            CommonTokenStream tokens = recognizers.tokenize(text);
            checkNesting(tokens.getTokens());
            T tree;
            try {
                tree = rule.apply(recognizers.sllParser());
            } catch (ParseCancellationException e) {
                tree = rule.apply(llParser(tokens, ruleIndex));
            }
            return build.apply(new AstBuilder(new ParameterNumbering(tokens.getTokens())), tree);
        } catch (StackOverflowError e) {
            throw new ParsingException("statement too large (stack overflow while parsing)", 1, 1);
        } finally {
            recognizers.release();
        }
    }

    /** The slow path: a full LL parse whose first syntax error is reported precisely. */
    private static QuiverSqlParser llParser(CommonTokenStream tokens, int ruleIndex) {
        tokens.seek(0);
        QuiverSqlParser parser = new QuiverSqlParser(tokens);
        parser.removeErrorListeners();
        parser.getInterpreter().setPredictionMode(PredictionMode.LL);
        parser.addErrorListener(new SyntaxErrorListener(tokens, ruleIndex));
        return parser;
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

    /**
     * A lexer, token stream and SLL parser (bailing out at the first problem), reused for the statements one
     * thread parses: creating them costs as much as parsing a short statement. Long texts get throw-away
     * instances so that a thread never keeps a large text (or its parse tree) alive between parses; so does a
     * parse started while another one is running on the same thread.
     */
    private static final class Recognizers {
        /** Texts longer than this are parsed with throw-away recognizers. */
        private static final int REUSED_TEXT_LIMIT = 16 * 1024;
        private static final ThreadLocal<Recognizers> PER_THREAD = ThreadLocal.withInitial(Recognizers::new);

        private final CharStream empty = CharStreams.fromString("");
        private final QuiverSqlLexer lexer = new QuiverSqlLexer(empty);
        private final CommonTokenStream tokens = new CommonTokenStream(lexer);
        private final QuiverSqlParser parser = new QuiverSqlParser(tokens);
        private boolean inUse;

        private Recognizers() {
            lexer.setInterpreter(new EndOfInputCachingLexerSimulator(lexer));
            lexer.removeErrorListeners();
            parser.removeErrorListeners();
            parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
            parser.setErrorHandler(new BailErrorStrategy());
        }

        static Recognizers acquire(String text) {
            Recognizers recognizers = text.length() <= REUSED_TEXT_LIMIT ? PER_THREAD.get() : new Recognizers();
            if (recognizers.inUse) {
                recognizers = new Recognizers();
            }
            recognizers.inUse = true;
            return recognizers;
        }

        CommonTokenStream tokenize(String text) {
            lexer.setInputStream(CharStreams.fromString(text));
            tokens.setTokenSource(lexer);
            tokens.fill();
            return tokens;
        }

        /** The parser, reset to the start of the token stream. */
        QuiverSqlParser sllParser() {
            parser.setTokenStream(tokens);
            return parser;
        }

        /** Drops the text and its tokens, so that the next parse starts clean and nothing large stays reachable. */
        void release() {
            lexer.setInputStream(empty);
            tokens.setTokenSource(lexer);
            inUse = false;
        }
    }

    /**
     * ANTLR's lexer caches its DFA transitions for the characters 0-127 only, so the transitions on end of input
     * were computed afresh (with allocations) twice per statement: after its last token and for the EOF token.
     * This simulator caches them too, in a map shared like the DFA itself. That is valid for the same reason as
     * ANTLR's own cache: the grammar's lexer has no semantic predicates, and ANTLR only offers an edge for caching
     * when none was involved.
     */
    private static final class EndOfInputCachingLexerSimulator extends LexerATNSimulator {
        private static final Map<DFAState, DFAState> END_OF_INPUT_TARGETS = new ConcurrentHashMap<>();

        EndOfInputCachingLexerSimulator(QuiverSqlLexer lexer) {
            super(lexer, lexer.getATN(), QuiverSqlLexer._decisionToDFA, QuiverSqlLexer._sharedContextCache);
        }

        @Override
        protected DFAState getExistingTargetState(DFAState state, int symbol) {
            return symbol == IntStream.EOF
                    ? END_OF_INPUT_TARGETS.get(state)
                    : super.getExistingTargetState(state, symbol);
        }

        @Override
        protected void addDFAEdge(DFAState from, int symbol, DFAState to) {
            if (symbol == IntStream.EOF) {
                END_OF_INPUT_TARGETS.putIfAbsent(from, to);
            } else {
                super.addDFAEdge(from, symbol, to);
            }
        }
    }
}
