package dev.quiver.grammar.internal.completion;

import dev.quiver.grammar.internal.QuiverSqlLexer;
import dev.quiver.grammar.internal.QuiverSqlParser;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.atn.ATN;
import org.antlr.v4.runtime.atn.ATNState;
import org.antlr.v4.runtime.atn.RuleTransition;
import org.antlr.v4.runtime.atn.Transition;
import org.antlr.v4.runtime.misc.IntervalSet;
import org.jspecify.annotations.Nullable;

/**
 * The places where the grammar reads a name: every state of the parser's ATN that calls {@code identifier},
 * {@code identifierList}, {@code nameOrStar} or {@code string}, each described by its rule and the shortest run of
 * grammar elements from the start of that rule to it, such as {@code collectionStatement: DROP collection}. The
 * description depends only on the grammar's text around the call, not on ATN state numbers, so {@link NameRoles}
 * can key its table on it and a test can list every call site that the table does not know.
 */
public final class CallSites {
    /** Rules that read one name (or, for {@code string}, one quoted text). */
    static final Set<Integer> NAME_RULES = Set.of(QuiverSqlParser.RULE_identifier, QuiverSqlParser.RULE_string);

    /** Rules that only wrap names: the name's role is that of the call of the wrapping rule. */
    static final Set<Integer> TRANSPARENT_RULES = Set.of(QuiverSqlParser.RULE_identifierList,
            QuiverSqlParser.RULE_nameOrStar);

    private static final ATN ATN_ = QuiverSqlParser._ATN;
    private static final Map<Integer, String> DESCRIPTIONS = describeAll();

    private CallSites() {
    }

    /**
     * Every call site of a name rule or a transparent rule outside the transparent rules, by ATN state number,
     * with its description; {@code string} sites are included, and so are the sites of {@code identifier} inside
     * expression and type rules.
     */
    public static Map<Integer, String> all() {
        return DESCRIPTIONS;
    }

    /** The description of the call in state {@code state}, or null when it calls no name. */
    static @Nullable String describe(int state) {
        return DESCRIPTIONS.get(state);
    }

    private static Map<Integer, String> describeAll() {
        Map<Integer, String> sites = new TreeMap<>();
        for (ATNState state : ATN_.states) {
            if (state == null || TRANSPARENT_RULES.contains(state.ruleIndex)) {
                continue;
            }
            for (Transition transition : state.getTransitions()) {
                if (transition instanceof RuleTransition call && (NAME_RULES.contains(call.target.ruleIndex)
                        || TRANSPARENT_RULES.contains(call.target.ruleIndex))) {
                    sites.put(state.stateNumber, QuiverSqlParser.ruleNames[state.ruleIndex] + ":"
                            + shortestPath(state) + " ^" + QuiverSqlParser.ruleNames[call.target.ruleIndex]);
                }
            }
        }
        return Map.copyOf(sites);
    }

    /**
     * The elements on the shortest path from the start of the rule of {@code site} to it (0-1 breadth-first
     * search: epsilon edges are free, a token or a rule call costs one element), as text with a leading space
     * per element.
     */
    private static String shortestPath(ATNState site) {
        ATNState start = ATN_.ruleToStartState[site.ruleIndex];
        Map<Integer, String> path = new HashMap<>();
        Map<Integer, Integer> cost = new HashMap<>();
        Deque<ATNState> work = new ArrayDeque<>();
        path.put(start.stateNumber, "");
        cost.put(start.stateNumber, 0);
        work.add(start);
        while (!work.isEmpty()) {
            ATNState state = work.pollFirst();
            if (state == site) {
                return Objects.requireNonNull(path.get(state.stateNumber), "a queued state has a path");
            }
            int here = Objects.requireNonNull(cost.get(state.stateNumber), "a queued state has a cost");
            for (Transition transition : state.getTransitions()) {
                ATNState target;
                String element;
                if (transition instanceof RuleTransition call) {
                    target = call.followState;
                    element = QuiverSqlParser.ruleNames[call.target.ruleIndex];
                } else if (transition.isEpsilon()) {
                    target = transition.target;
                    element = null;
                } else {
                    target = transition.target;
                    element = tokens(transition.label());
                }
                int next = here + (element == null ? 0 : 1);
                Integer known = cost.get(target.stateNumber);
                if (known != null && known <= next) {
                    continue;
                }
                cost.put(target.stateNumber, next);
                path.put(target.stateNumber, path.get(state.stateNumber) + (element == null ? "" : " " + element));
                if (element == null) {
                    work.addFirst(target);
                } else {
                    work.addLast(target);
                }
            }
        }
        throw new IllegalStateException("no path to ATN state " + site.stateNumber);
    }

    private static String tokens(IntervalSet label) {
        List<String> names = new ArrayList<>();
        for (int type : label.toList()) {
            names.add(type == Token.EOF ? "EOF" : QuiverSqlLexer.VOCABULARY.getSymbolicName(type));
        }
        return String.join("|", names);
    }
}
