package dev.quiver.embedded.filter;

import dev.quiver.grammar.expr.ComparisonOperator;

/** Three-valued logic as ints, so evaluation never allocates: a row matches only when its filter is {@link #TRUE}. */
final class Truth {
    static final int FALSE = 0;
    static final int TRUE = 1;
    static final int UNKNOWN = 2;

    private Truth() {
    }

    static int of(boolean value) {
        return value ? TRUE : FALSE;
    }

    /** The truth of {@code a op b} given {@code cmp = compare(a, b)}. */
    static int compare(int cmp, ComparisonOperator op) {
        return of(switch (op) {
            case EQUAL -> cmp == 0;
            case NOT_EQUAL -> cmp != 0;
            case LESS -> cmp < 0;
            case LESS_OR_EQUAL -> cmp <= 0;
            case GREATER -> cmp > 0;
            case GREATER_OR_EQUAL -> cmp >= 0;
        });
    }

    static int not(int value) {
        return value == UNKNOWN ? UNKNOWN : 1 - value;
    }
}
