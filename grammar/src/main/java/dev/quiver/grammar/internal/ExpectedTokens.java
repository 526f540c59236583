package dev.quiver.grammar.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.Vocabulary;
import org.antlr.v4.runtime.atn.ATN;
import org.antlr.v4.runtime.atn.ATNState;
import org.antlr.v4.runtime.atn.PrecedencePredicateTransition;
import org.antlr.v4.runtime.atn.RuleStopState;
import org.antlr.v4.runtime.atn.RuleTransition;
import org.antlr.v4.runtime.atn.Transition;
import org.antlr.v4.runtime.misc.IntervalSet;
import org.jspecify.annotations.Nullable;

/**
 * Finds how far the input can be read by the grammar and what could have stood at that point, by walking the
 * parser's ATN over the tokens (the idea of Trino's error handler, simplified). Some rules are named as a whole
 * ({@code <identifier>}, {@code <expression>}) instead of listing every token that could start them; the
 * partition prepositions {@code FROM | IN | ON} are named by their canonical word. Used only after a syntax
 * error, so it favours clarity over speed.
 */
final class ExpectedTokens {
    private static final Map<Integer, String> SPECIAL_RULES = Map.of(
            QuiverSqlParser.RULE_identifier, "<identifier>",
            QuiverSqlParser.RULE_booleanExpression, "<expression>",
            QuiverSqlParser.RULE_valueExpression, "<expression>",
            QuiverSqlParser.RULE_parameter, "<parameter>",
            QuiverSqlParser.RULE_literalValue, "<literal>",
            QuiverSqlParser.RULE_propertyValue, "<value>",
            QuiverSqlParser.RULE_integerValue, "<integer>",
            QuiverSqlParser.RULE_string, "<string>",
            QuiverSqlParser.RULE_inPreposition, "'IN'",
            QuiverSqlParser.RULE_fromPreposition, "'FROM'");

    private static final Map<Integer, String> TOKEN_NAMES = Map.ofEntries(
            Map.entry(QuiverSqlLexer.IDENTIFIER, "<identifier>"),
            Map.entry(QuiverSqlLexer.QUOTED_IDENTIFIER, "<identifier>"),
            Map.entry(QuiverSqlLexer.DOLLAR_IDENTIFIER, "<identifier>"),
            Map.entry(QuiverSqlLexer.INTEGER_VALUE, "<integer>"),
            Map.entry(QuiverSqlLexer.DECIMAL_VALUE, "<decimal>"),
            Map.entry(QuiverSqlLexer.STRING, "<string>"),
            Map.entry(QuiverSqlLexer.NUMBER_LIST, "<vector>"),
            Map.entry(QuiverSqlLexer.BINARY_LITERAL, "<binary>"),
            Map.entry(QuiverSqlLexer.DURATION, "<duration>"),
            Map.entry(QuiverSqlLexer.NAMED_PARAMETER, "<parameter>"),
            Map.entry(QuiverSqlLexer.QUESTION_MARK, "<parameter>"),
            Map.entry(QuiverSqlLexer.NEQ, "'<>'"),
            Map.entry(Token.EOF, "<EOF>"));

    /** Where reading stopped and what was expected there. */
    record Result(int tokenIndex, List<String> expected) {}

    /** A return address on the simulated call stack; hashes are precomputed because items are hashed a lot. */
    private record Frame(ATNState returnState, int precedence, @Nullable Frame caller, int hash) {
        Frame(ATNState returnState, int precedence, @Nullable Frame caller) {
            this(returnState, precedence, caller,
                    mix(mix(mix(17, returnState.stateNumber), precedence), caller == null ? 0 : caller.hash));
        }

        @Override
        public boolean equals(Object o) {
            return this == o || (o instanceof Frame other && hash == other.hash
                    && returnState.stateNumber == other.returnState.stateNumber && precedence == other.precedence
                    && Objects.equals(caller, other.caller));
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }

    private record Item(ATNState state, int position, int precedence, @Nullable Frame stack) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Item other && state.stateNumber == other.state.stateNumber
                    && position == other.position && precedence == other.precedence
                    && Objects.equals(stack, other.stack);
        }

        @Override
        public int hashCode() {
            return mix(mix(mix(mix(31, state.stateNumber), position), precedence), stack == null ? 0 : stack.hash);
        }
    }

    private static int mix(int hash, int value) {
        int h = (hash ^ value) * 0x9E3779B1;
        return h ^ (h >>> 15);
    }

    private final ATN atn;
    private final List<Token> tokens;
    private final Vocabulary vocabulary = QuiverSqlLexer.VOCABULARY;
    private int furthest = -1;
    private final Set<String> expected = new HashSet<>();

    private ExpectedTokens(ATN atn, List<Token> tokens) {
        this.atn = atn;
        this.tokens = tokens;
    }

    /**
     * Analyses {@code tokens} (the parser's channel only, ending with EOF) from the start of rule
     * {@code startRule}.
     */
    static Result analyze(ATN atn, List<Token> tokens, int startRule) {
        ExpectedTokens analysis = new ExpectedTokens(atn, tokens);
        analysis.walk(atn.ruleToStartState[startRule]);
        List<String> names = new ArrayList<>(analysis.expected);
        names.sort(Comparator.comparingInt(ExpectedTokens::group).thenComparing(Comparator.naturalOrder()));
        return new Result(Math.max(analysis.furthest, 0), names);
    }

    private static int group(String name) {
        if (name.startsWith("<")) {
            return 2;
        }
        return Character.isLetter(name.charAt(1)) ? 0 : 1;
    }

    private void walk(ATNState start) {
        Deque<Item> work = new ArrayDeque<>();
        Set<Item> seen = new HashSet<>();
        work.push(new Item(start, 0, 0, null));
        while (!work.isEmpty()) {
            Item item = work.pop();
            if (!seen.add(item)) {
                continue;
            }
            ATNState state = item.state();
            if (state instanceof RuleStopState) {
                Frame frame = item.stack();
                if (frame != null) {
                    work.push(new Item(frame.returnState(), item.position(), frame.precedence(), frame.caller()));
                }
                continue;
            }
            for (Transition transition : state.getTransitions()) {
                follow(item, transition, work);
            }
        }
    }

    private void follow(Item item, Transition transition, Deque<Item> work) {
        int position = item.position();
        if (transition instanceof RuleTransition call) {
            String special = SPECIAL_RULES.get(call.target.ruleIndex);
            if (special != null && !atn.nextTokens(call.target).contains(tokenType(position))) {
                if (position >= furthest) {
                    expect(position, Set.of(special));
                }
                return;
            }
            Frame frame = new Frame(call.followState, item.precedence(), item.stack());
            work.push(new Item(call.target, position, call.precedence, frame));
        } else if (transition instanceof PrecedencePredicateTransition predicate) {
            if (predicate.precedence >= item.precedence()) {
                work.push(new Item(transition.target, position, item.precedence(), item.stack()));
            }
        } else if (transition.isEpsilon()) {
            work.push(new Item(transition.target, position, item.precedence(), item.stack()));
        } else {
            IntervalSet label = transition.label();
            int type = tokenType(position);
            if (label != null && label.contains(type)) {
                if (type != Token.EOF) {
                    work.push(new Item(transition.target, position + 1, item.precedence(), item.stack()));
                }
            } else if (label != null && position >= furthest) {
                Set<String> names = new TreeSet<>();
                for (int expectedType : label.toList()) {
                    names.add(tokenName(expectedType));
                }
                expect(position, names);
            }
        }
    }

    private int tokenType(int position) {
        return tokens.get(Math.min(position, tokens.size() - 1)).getType();
    }

    private void expect(int position, Set<String> names) {
        if (position > furthest) {
            furthest = position;
            expected.clear();
        }
        if (position == furthest) {
            expected.addAll(names);
        }
    }

    private String tokenName(int type) {
        String name = TOKEN_NAMES.get(type);
        if (name != null) {
            return name;
        }
        return Objects.requireNonNullElse(vocabulary.getLiteralName(type), vocabulary.getDisplayName(type));
    }
}
