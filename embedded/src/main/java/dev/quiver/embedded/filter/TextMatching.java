package dev.quiver.embedded.filter;

import dev.quiver.embedded.text.TextAnalyzer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code text_match} and {@code phrase_match} over a field's analyzer, as Milvus's tantivy text index answers them:
 * text_match holds when the row shares at least one token with the query; phrase_match when the query's tokens occur
 * in order with at most {@code slop} extra positions between them in total. Immutable.
 */
final class TextMatching {
    private TextMatching() {
    }

    /** A row matches when it has any of the query's tokens. */
    static final class Any extends Node {
        private final Operand subject;
        private final TextAnalyzer analyzer;
        private final Set<String> terms;

        Any(Operand subject, TextAnalyzer analyzer, String query) {
            this.subject = subject;
            this.analyzer = analyzer;
            this.terms = new HashSet<>(analyzer.terms(query));
        }

        @Override
        int eval(ColumnReader[] columns, int row) {
            if (subject.isNull(columns, row)) {
                return Truth.UNKNOWN;
            }
            if (terms.isEmpty()) {
                return Truth.FALSE;
            }
            for (String term : analyzer.terms(subject.getString(columns, row))) {
                if (terms.contains(term)) {
                    return Truth.TRUE;
                }
            }
            return Truth.FALSE;
        }
    }

    /** A row matches when the query's tokens occur in order within the slop. */
    static final class Phrase extends Node {
        private final Operand subject;
        private final TextAnalyzer analyzer;
        private final String[] terms;
        /** Each query token's position relative to the first (stop words removed from the query leave gaps). */
        private final int[] offsets;
        private final long slop;

        Phrase(Operand subject, TextAnalyzer analyzer, String query, long slop) {
            this.subject = subject;
            this.analyzer = analyzer;
            List<TextAnalyzer.Token> tokens = analyzer.tokens(query);
            this.terms = new String[tokens.size()];
            this.offsets = new int[tokens.size()];
            for (int i = 0; i < tokens.size(); i++) {
                terms[i] = tokens.get(i).text();
                offsets[i] = tokens.get(i).position() - tokens.get(0).position();
            }
            this.slop = slop;
        }

        @Override
        int eval(ColumnReader[] columns, int row) {
            if (subject.isNull(columns, row)) {
                return Truth.UNKNOWN;
            }
            if (terms.length == 0) {
                return Truth.FALSE;
            }
            Map<String, List<Integer>> positions = new HashMap<>();
            for (TextAnalyzer.Token token : analyzer.tokens(subject.getString(columns, row))) {
                positions.computeIfAbsent(token.text(), k -> new ArrayList<>()).add(token.position());
            }
            List<Integer> starts = positions.get(terms[0]);
            if (starts == null) {
                return Truth.FALSE;
            }
            for (int start : starts) {
                if (matchesFrom(positions, start)) {
                    return Truth.TRUE;
                }
            }
            return Truth.FALSE;
        }

        private boolean matchesFrom(Map<String, List<Integer>> positions, int start) {
            long budget = slop;
            int previous = start;
            for (int i = 1; i < terms.length; i++) {
                List<Integer> candidates = positions.get(terms[i]);
                if (candidates == null) {
                    return false;
                }
                int expectedGap = offsets[i] - offsets[i - 1];
                Integer next = null;
                for (int p : candidates) {
                    if (p > previous) {
                        next = p;
                        break;
                    }
                }
                if (next == null) {
                    return false;
                }
                budget -= Math.max(0, next - previous - expectedGap);
                if (budget < 0) {
                    return false;
                }
                previous = next;
            }
            return true;
        }
    }
}
