package dev.quiver.grammar.internal;

import dev.quiver.grammar.internal.error.GrammarError;
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
import org.antlr.v4.runtime.misc.Interval;
import org.antlr.v4.runtime.misc.ParseCancellationException;
import org.jspecify.annotations.Nullable;

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
            throw new GrammarError("statement too large (stack overflow while parsing)", 1, 1);
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
                        throw new GrammarError("statement too large (nested deeper than " + MAX_NESTING
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
        private final VectorListLexer lexer = new VectorListLexer(empty);
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
            lexer.read(text);
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
            lexer.forget(empty);
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
        protected @Nullable DFAState getExistingTargetState(DFAState state, int symbol) {
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

    /**
     * The grammar's lexer with a hand-written fast path for {@code NUMBER_LIST} (vectors make up nearly all the
     * text of a bulk INSERT; ANTLR's DFA costs several times more per character). At a {@code [}, the text is
     * checked against the NUMBER_LIST rule by {@link #numberListEnd}; on a match the token is made here, otherwise
     * ANTLR lexes as usual (yielding {@code [}: NUMBER_LIST and LBRACKET are the only rules that can start
     * there). The fast path reads the text as a String, so it is used only when character indexes are code point
     * indexes (no surrogate pairs), with {@link StringCharStream}.
     */
    private static final class VectorListLexer extends QuiverSqlLexer {
        /** The text being lexed when the fast path may read it directly, else null. */
        private @Nullable String directText;

        VectorListLexer(CharStream input) {
            super(input);
        }

        /** Starts lexing {@code statement}. */
        void read(String statement) {
            if (hasSurrogates(statement)) {
                directText = null;
                setInputStream(CharStreams.fromString(statement));
            } else {
                directText = statement;
                setInputStream(new StringCharStream(statement));
            }
        }

        /** Drops the text, reading {@code empty} instead. */
        void forget(CharStream empty) {
            directText = null;
            setInputStream(empty);
        }

        private static boolean hasSurrogates(String statement) {
            for (int i = 0; i < statement.length(); i++) {
                if (Character.isSurrogate(statement.charAt(i))) {
                    return true;
                }
            }
            return false;
        }

        @Override
        public Token nextToken() {
            String statement = directText;
            if (statement != null) {
                int start = _input.index();
                if (start < statement.length() && statement.charAt(start) == '[') {
                    int end = numberListEnd(statement, start);
                    if (end > 0) {
                        return numberList(statement, start, end);
                    }
                }
            }
            return super.nextToken();
        }

        private Token numberList(String statement, int start, int end) {
            int line = getLine();
            int column = getCharPositionInLine();
            _token = getTokenFactory().create(_tokenFactorySourcePair, NUMBER_LIST, null, Token.DEFAULT_CHANNEL,
                    start, end - 1, line, column);
            int lastNewline = -1;
            for (int i = start; i < end; i++) {
                if (statement.charAt(i) == '\n') {
                    line++;
                    lastNewline = i;
                }
            }
            column = lastNewline < 0 ? column + end - start : end - lastNewline - 1;
            _input.seek(end);
            getInterpreter().setLine(line);
            getInterpreter().setCharPositionInLine(column);
            return _token;
        }

        /**
         * Where a NUMBER_LIST starting with the {@code [} at {@code start} ends (the index after its {@code ]}),
         * or -1 when the text there is not one: {@code '[' S* NUMBER (S* ',' S* NUMBER)* S* ']'} with
         * {@code NUMBER = '-'? (D+ ('.' D*)? | '.' D+) ([eE] [+-]? D+)?} and {@code S = [ \t\r\n\f]}.
         */
        static int numberListEnd(String text, int start) {
            int i = skipListSpace(text, start + 1);
            while (true) {
                i = numberEnd(text, i);
                if (i < 0) {
                    return -1;
                }
                i = skipListSpace(text, i);
                if (i >= text.length()) {
                    return -1;
                }
                char c = text.charAt(i);
                if (c == ']') {
                    return i + 1;
                }
                if (c != ',') {
                    return -1;
                }
                i = skipListSpace(text, i + 1);
            }
        }

        private static int numberEnd(String text, int start) {
            int i = start;
            if (i < text.length() && text.charAt(i) == '-') {
                i++;
            }
            int integerEnd = skipDigits(text, i);
            boolean digits = integerEnd > i;
            i = integerEnd;
            if (i < text.length() && text.charAt(i) == '.') {
                int fractionEnd = skipDigits(text, i + 1);
                digits |= fractionEnd > i + 1;
                i = fractionEnd;
            }
            if (!digits) {
                return -1;
            }
            if (i < text.length() && (text.charAt(i) == 'e' || text.charAt(i) == 'E')) {
                i++;
                if (i < text.length() && (text.charAt(i) == '+' || text.charAt(i) == '-')) {
                    i++;
                }
                int exponentEnd = skipDigits(text, i);
                if (exponentEnd == i) {
                    return -1;
                }
                i = exponentEnd;
            }
            return i;
        }

        private static int skipDigits(String text, int start) {
            int i = start;
            while (i < text.length() && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
                i++;
            }
            return i;
        }

        private static int skipListSpace(String text, int start) {
            int i = start;
            while (i < text.length()) {
                char c = text.charAt(i);
                if (c != ' ' && c != '\t' && c != '\r' && c != '\n' && c != '\f') {
                    break;
                }
                i++;
            }
            return i;
        }
    }

    /**
     * A {@link CharStream} reading a String directly, for texts without surrogate pairs (whose character indexes are
     * then code point indexes, as ANTLR's own streams count them). Saves copying the text into a code point
     * buffer; behaves like {@code CharStreams.fromString} otherwise.
     */
    private static final class StringCharStream implements CharStream {
        private final String text;
        private int position;

        StringCharStream(String text) {
            this.text = text;
        }

        @Override
        public String getText(Interval interval) {
            int start = Math.min(interval.a, text.length());
            int length = Math.min(interval.b - interval.a + 1, text.length() - start);
            return length <= 0 ? "" : text.substring(start, start + length);
        }

        @Override
        public void consume() {
            if (position >= text.length()) {
                throw new IllegalStateException("cannot consume EOF");
            }
            position++;
        }

        @Override
        public int LA(int i) {
            if (i > 0) {
                int offset = position + i - 1;
                return offset < text.length() ? text.charAt(offset) : IntStream.EOF;
            }
            if (i < 0) {
                int offset = position + i;
                return offset < 0 ? IntStream.EOF : text.charAt(offset);
            }
            return 0;
        }

        @Override
        public int mark() {
            return -1;
        }

        @Override
        public void release(int marker) {
            // nothing is buffered
        }

        @Override
        public int index() {
            return position;
        }

        @Override
        public void seek(int index) {
            position = index;
        }

        @Override
        public int size() {
            return text.length();
        }

        @Override
        public String getSourceName() {
            return IntStream.UNKNOWN_SOURCE_NAME;
        }
    }
}
