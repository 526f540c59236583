package dev.quiver.grammar.internal.completion;

import dev.quiver.grammar.internal.Keywords;
import dev.quiver.grammar.internal.QuiverSqlLexer;
import dev.quiver.grammar.internal.QuiverSqlParser;
import dev.quiver.grammar.internal.completion.NameRoles.Role;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonToken;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.atn.ATN;
import org.antlr.v4.runtime.atn.ATNState;
import org.antlr.v4.runtime.atn.PrecedencePredicateTransition;
import org.antlr.v4.runtime.atn.RuleStopState;
import org.antlr.v4.runtime.atn.RuleTransition;
import org.antlr.v4.runtime.atn.Transition;
import org.antlr.v4.runtime.misc.IntervalSet;
import org.jspecify.annotations.Nullable;

/**
 * What the grammar accepts at a caret: the statement around the caret is lexed, the word being typed (the
 * identifier or keyword that ends at the caret, or an unclosed quote) is set aside, and the parser's ATN is walked
 * over the tokens before it, every path at once. Where a path reaches the caret, a token it could read there is
 * an expected token, and a call of a name rule is an expected name whose role {@link NameRoles} gives. The walk
 * goes on over the rest of the statement after the caret (with a placeholder name at the caret) to collect the
 * collections the statement names, whose fields a completer offers.
 *
 * <p>Like antlr4-c3's candidate collector, simplified: the grammar has no semantic predicates and every name rule
 * reads exactly one token.
 */
public final class CaretAnalysis {
    /** Stop walking after this many distinct ATN configurations: completion must answer at once. */
    private static final int MAX_ITEMS = 200_000;

    private static final ATN ATN_ = QuiverSqlParser._ATN;
    private static final IntervalSet IDENTIFIER_TOKENS =
            ATN_.nextTokens(ATN_.ruleToStartState[QuiverSqlParser.RULE_identifier]);
    private static final IntervalSet STRING_TOKENS =
            ATN_.nextTokens(ATN_.ruleToStartState[QuiverSqlParser.RULE_string]);
    private static final Set<Integer> WORD_TOKENS = wordTokens();

    /**
     * The outcome: the word being typed starts at {@code wordStart} in the text; {@code keywords} are the
     * expected keywords in upper case; {@code roles} the roles of the names expected; {@code collections} the
     * collections the statement names (unquoted), before or after the caret.
     */
    public record Result(int wordStart, Set<String> keywords, Set<Role> roles, Set<String> collections) {
    }

    private record Frame(ATNState returnState, ATNState callSite, int precedence, @Nullable Frame caller) {
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
            return Objects.hash(state.stateNumber, position, precedence, stack);
        }
    }

    private final List<Token> tokens;
    private final int caret;
    private final Set<String> keywords = new TreeSet<>();
    private final Set<Role> roles = EnumSet.noneOf(Role.class);
    private final Set<String> collections = new TreeSet<>();

    private CaretAnalysis(List<Token> tokens, int caret) {
        this.tokens = tokens;
        this.caret = caret;
    }

    /** Analyses {@code text} with the caret at offset {@code caret} (0 ≤ caret ≤ text.length()). */
    public static Result at(String text, int caret) {
        if (caret < 0 || caret > text.length()) {
            throw new IllegalArgumentException("caret " + caret + " is outside the text (length " + text.length() + ")");
        }
        List<Token> before = lex(text.substring(0, caret));
        int wordStart = caret;
        boolean openQuote = false;
        int cut = before.size();
        for (int i = 0; i < before.size(); i++) {
            Token token = before.get(i);
            if (token.getType() == QuiverSqlLexer.UNRECOGNIZED && "'\"`".contains(token.getText())) {
                cut = i;
                wordStart = token.getStartIndex();
                openQuote = true;
                break;
            }
        }
        if (!openQuote && !before.isEmpty()) {
            Token last = before.get(before.size() - 1);
            if (last.getStopIndex() + 1 == caret && WORD_TOKENS.contains(last.getType())) {
                cut = before.size() - 1;
                wordStart = last.getStartIndex();
            }
        }
        List<Token> statement = new ArrayList<>();
        for (Token token : before.subList(0, cut)) {
            if (token.getType() == QuiverSqlLexer.SEMICOLON) {
                statement.clear();
            } else if (token.getChannel() == Token.DEFAULT_CHANNEL) {
                statement.add(token);
            }
        }
        int caretIndex = statement.size();
        CommonToken placeholder = new CommonToken(QuiverSqlLexer.IDENTIFIER, "");
        statement.add(placeholder);
        if (!openQuote) {
            statement.addAll(rest(text.substring(caret), caret > 0 && wordStart < caret));
        }
        statement.add(new CommonToken(Token.EOF, ""));
        CaretAnalysis analysis = new CaretAnalysis(statement, caretIndex);
        analysis.walk(ATN_.ruleToStartState[QuiverSqlParser.RULE_singleStatement]);
        return new Result(wordStart, Set.copyOf(analysis.keywords), Set.copyOf(analysis.roles),
                Set.copyOf(analysis.collections));
    }

    /** The parser's tokens of the statement after the caret, without the rest of a word the caret is inside. */
    private static List<Token> rest(String after, boolean insideWord) {
        List<Token> rest = new ArrayList<>();
        for (Token token : lex(after)) {
            if (token.getType() == QuiverSqlLexer.SEMICOLON) {
                break;
            }
            boolean restOfWord = insideWord && token.getStartIndex() == 0 && WORD_TOKENS.contains(token.getType());
            if (!restOfWord && token.getChannel() == Token.DEFAULT_CHANNEL) {
                rest.add(token);
            }
        }
        return rest;
    }

    private static List<Token> lex(String text) {
        QuiverSqlLexer lexer = new QuiverSqlLexer(CharStreams.fromString(text));
        lexer.removeErrorListeners();
        List<Token> all = new ArrayList<>();
        for (Token token : lexer.getAllTokens()) {
            all.add(token);
        }
        return all;
    }

    private void walk(ATNState start) {
        Deque<Item> work = new ArrayDeque<>();
        Set<Item> seen = new HashSet<>();
        work.push(new Item(start, 0, 0, null));
        while (!work.isEmpty() && seen.size() < MAX_ITEMS) {
            Item item = work.pop();
            if (!seen.add(item)) {
                continue;
            }
            if (item.state() instanceof RuleStopState) {
                Frame frame = item.stack();
                if (frame != null) {
                    work.push(new Item(frame.returnState(), item.position(), frame.precedence(), frame.caller()));
                }
                continue;
            }
            for (Transition transition : item.state().getTransitions()) {
                follow(item, transition, work);
            }
        }
    }

    private void follow(Item item, Transition transition, Deque<Item> work) {
        int position = item.position();
        if (transition instanceof RuleTransition call) {
            int rule = call.target.ruleIndex;
            if (CallSites.NAME_RULES.contains(rule)) {
                readName(item, call, work);
                return;
            }
            Frame frame = new Frame(call.followState, item.state(), item.precedence(), item.stack());
            work.push(new Item(call.target, position, call.precedence, frame));
        } else if (transition instanceof PrecedencePredicateTransition predicate) {
            if (predicate.precedence >= item.precedence()) {
                work.push(new Item(transition.target, position, item.precedence(), item.stack()));
            }
        } else if (transition.isEpsilon()) {
            work.push(new Item(transition.target, position, item.precedence(), item.stack()));
        } else {
            IntervalSet label = transition.label();
            if (label == null) {
                return;
            }
            if (position == caret) {
                for (int type : label.toList()) {
                    expectKeyword(type);
                }
            }
            int type = tokens.get(position).getType();
            if (label.contains(type) && type != Token.EOF) {
                work.push(new Item(transition.target, position + 1, item.precedence(), item.stack()));
            }
        }
    }

    /** A name rule reads one token: its role is that of the call, or of the call of the wrapping rule. */
    private void readName(Item item, RuleTransition call, Deque<Item> work) {
        ATNState site = item.state();
        Frame frame = item.stack();
        if (CallSites.TRANSPARENT_RULES.contains(site.ruleIndex) && frame != null) {
            site = frame.callSite();
        }
        Set<Role> siteRoles = NameRoles.at(site.stateNumber);
        int position = item.position();
        Token token = tokens.get(position);
        boolean identifier = call.target.ruleIndex == QuiverSqlParser.RULE_identifier;
        if (position == caret) {
            roles.addAll(siteRoles);
        } else if (identifier && siteRoles.contains(Role.COLLECTION) && IDENTIFIER_TOKENS.contains(token.getType())) {
            collections.add(unquote(token.getText()));
        }
        IntervalSet first = identifier ? IDENTIFIER_TOKENS : STRING_TOKENS;
        if (first.contains(token.getType())) {
            work.push(new Item(call.followState, position + 1, item.precedence(), item.stack()));
        }
    }

    private void expectKeyword(int type) {
        String literal = QuiverSqlLexer.VOCABULARY.getLiteralName(type);
        if (literal != null && literal.length() > 2) {
            String word = literal.substring(1, literal.length() - 1);
            if (Keywords.isKeyword(word)) {
                keywords.add(word);
            }
        }
    }

    private static String unquote(String name) {
        if (name.length() >= 2 && name.startsWith("`") && name.endsWith("`")) {
            return name.substring(1, name.length() - 1).replace("``", "`");
        }
        return name;
    }

    private static Set<Integer> wordTokens() {
        Set<Integer> words = new HashSet<>(List.of(QuiverSqlLexer.IDENTIFIER, QuiverSqlLexer.QUOTED_IDENTIFIER,
                QuiverSqlLexer.DOLLAR_IDENTIFIER));
        for (int type = 1; type <= QuiverSqlLexer.VOCABULARY.getMaxTokenType(); type++) {
            String literal = QuiverSqlLexer.VOCABULARY.getLiteralName(type);
            if (literal != null && literal.length() > 2 && Keywords.isKeyword(literal.substring(1, literal.length() - 1))) {
                words.add(type);
            }
        }
        return Set.copyOf(words);
    }
}
