package dev.quiver.embedded.filter;

import com.fasterxml.jackson.databind.JsonNode;
import dev.quiver.grammar.expr.ComparisonOperator;
import dev.quiver.proto.milvus.DataType;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/** A compiled boolean expression, evaluated to a {@link Truth} value per row. Immutable. */
abstract class Node {

    abstract int eval(ColumnReader[] columns, int row);

    /** A constant truth value. */
    static final class Const extends Node {
        private final int value;

        Const(int value) {
            this.value = value;
        }

        @Override
        int eval(ColumnReader[] columns, int row) {
            return value;
        }
    }

    static final class And extends Node {
        private final Node[] terms;

        And(List<Node> terms) {
            this.terms = terms.toArray(new Node[0]);
        }

        @Override
        int eval(ColumnReader[] columns, int row) {
            int result = Truth.TRUE;
            for (Node term : terms) {
                int value = term.eval(columns, row);
                if (value == Truth.FALSE) {
                    return Truth.FALSE;
                }
                if (value == Truth.UNKNOWN) {
                    result = Truth.UNKNOWN;
                }
            }
            return result;
        }
    }

    static final class Or extends Node {
        private final Node[] terms;

        Or(List<Node> terms) {
            this.terms = terms.toArray(new Node[0]);
        }

        @Override
        int eval(ColumnReader[] columns, int row) {
            int result = Truth.FALSE;
            for (Node term : terms) {
                int value = term.eval(columns, row);
                if (value == Truth.TRUE) {
                    return Truth.TRUE;
                }
                if (value == Truth.UNKNOWN) {
                    result = Truth.UNKNOWN;
                }
            }
            return result;
        }
    }

    static final class Not extends Node {
        private final Node operand;

        Not(Node operand) {
            this.operand = operand;
        }

        @Override
        int eval(ColumnReader[] columns, int row) {
            return Truth.not(operand.eval(columns, row));
        }
    }

    /** A Bool operand used as a condition: {@code flag}, {@code not flag}. */
    static final class BoolValue extends Node {
        private final Operand operand;

        BoolValue(Operand operand) {
            this.operand = operand;
        }

        @Override
        int eval(ColumnReader[] columns, int row) {
            if (operand.isNull(columns, row)) {
                return Truth.UNKNOWN;
            }
            return Truth.of(operand.getBoolean(columns, row));
        }
    }

    static final class LongCompare extends Node {
        private final Operand left;
        private final ComparisonOperator op;
        private final Operand right;

        LongCompare(Operand left, ComparisonOperator op, Operand right) {
            this.left = left;
            this.op = op;
            this.right = right;
        }

        @Override
        int eval(ColumnReader[] columns, int row) {
            if (left.isNull(columns, row) || right.isNull(columns, row)) {
                return Truth.UNKNOWN;
            }
            return Truth.compare(Long.compare(left.getLong(columns, row), right.getLong(columns, row)), op);
        }
    }

    static final class DoubleCompare extends Node {
        private final Operand left;
        private final ComparisonOperator op;
        private final Operand right;

        DoubleCompare(Operand left, ComparisonOperator op, Operand right) {
            this.left = left;
            this.op = op;
            this.right = right;
        }

        @Override
        int eval(ColumnReader[] columns, int row) {
            if (left.isNull(columns, row) || right.isNull(columns, row)) {
                return Truth.UNKNOWN;
            }
            double a = left.getDouble(columns, row);
            double b = right.getDouble(columns, row);
            if (Double.isNaN(a) || Double.isNaN(b)) {
                return Truth.of(op == ComparisonOperator.NOT_EQUAL);
            }
            return Truth.compare(Double.compare(a == 0.0 ? 0.0 : a, b == 0.0 ? 0.0 : b), op);
        }
    }

    static final class StringCompare extends Node {
        private final Operand left;
        private final ComparisonOperator op;
        private final Operand right;

        StringCompare(Operand left, ComparisonOperator op, Operand right) {
            this.left = left;
            this.op = op;
            this.right = right;
        }

        @Override
        int eval(ColumnReader[] columns, int row) {
            if (left.isNull(columns, row) || right.isNull(columns, row)) {
                return Truth.UNKNOWN;
            }
            int cmp = Dynamic.compareStrings(left.getString(columns, row), right.getString(columns, row));
            return Truth.compare(cmp, op);
        }
    }

    static final class BoolCompare extends Node {
        private final Operand left;
        private final boolean equal;
        private final Operand right;

        BoolCompare(Operand left, boolean equal, Operand right) {
            this.left = left;
            this.equal = equal;
            this.right = right;
        }

        @Override
        int eval(ColumnReader[] columns, int row) {
            if (left.isNull(columns, row) || right.isNull(columns, row)) {
                return Truth.UNKNOWN;
            }
            return Truth.of((left.getBoolean(columns, row) == right.getBoolean(columns, row)) == equal);
        }
    }

    /** A comparison where a side's type is known per row only (JSON): values of different types never match. */
    static final class DynamicCompare extends Node {
        private final Operand left;
        private final ComparisonOperator op;
        private final Operand right;

        DynamicCompare(Operand left, ComparisonOperator op, Operand right) {
            this.left = left;
            this.op = op;
            this.right = right;
        }

        @Override
        int eval(ColumnReader[] columns, int row) {
            Object a = left.dynamic(columns, row);
            Object b = right.dynamic(columns, row);
            if (a == null || b == null || !Dynamic.sameFamily(a, b)) {
                return Truth.UNKNOWN;
            }
            if (op == ComparisonOperator.EQUAL || op == ComparisonOperator.NOT_EQUAL) {
                return Truth.of(Dynamic.equal(a, b) == (op == ComparisonOperator.EQUAL));
            }
            int cmp = Dynamic.compare(a, b);
            return cmp == Dynamic.INCOMPARABLE ? Truth.UNKNOWN : Truth.compare(cmp, op);
        }
    }

    /** Membership of an integer operand in a sorted set of integers. */
    static final class InLong extends Node {
        private final Operand subject;
        private final long[] sorted;
        private final boolean negated;

        InLong(Operand subject, long[] values, boolean negated) {
            this.subject = subject;
            this.sorted = values.clone();
            Arrays.sort(this.sorted);
            this.negated = negated;
        }

        @Override
        int eval(ColumnReader[] columns, int row) {
            if (subject.isNull(columns, row)) {
                return Truth.UNKNOWN;
            }
            return Truth.of((Arrays.binarySearch(sorted, subject.getLong(columns, row)) >= 0) != negated);
        }
    }

    /** Membership of a numeric operand in a sorted set of numbers. */
    static final class InDouble extends Node {
        private final Operand subject;
        private final double[] sorted;
        private final boolean negated;

        InDouble(Operand subject, double[] values, boolean negated) {
            this.subject = subject;
            this.sorted = values.clone();
            for (int i = 0; i < sorted.length; i++) {
                sorted[i] = sorted[i] == 0.0 ? 0.0 : sorted[i];
            }
            Arrays.sort(this.sorted);
            this.negated = negated;
        }

        @Override
        int eval(ColumnReader[] columns, int row) {
            if (subject.isNull(columns, row)) {
                return Truth.UNKNOWN;
            }
            double value = subject.getDouble(columns, row);
            return Truth.of((Arrays.binarySearch(sorted, value == 0.0 ? 0.0 : value) >= 0) != negated);
        }
    }

    static final class InString extends Node {
        private final Operand subject;
        private final Set<String> values;
        private final boolean negated;

        InString(Operand subject, Set<String> values, boolean negated) {
            this.subject = subject;
            this.values = Set.copyOf(values);
            this.negated = negated;
        }

        @Override
        int eval(ColumnReader[] columns, int row) {
            if (subject.isNull(columns, row)) {
                return Truth.UNKNOWN;
            }
            return Truth.of(values.contains(subject.getString(columns, row)) != negated);
        }
    }

    static final class InBool extends Node {
        private final Operand subject;
        private final boolean containsTrue;
        private final boolean containsFalse;
        private final boolean negated;

        InBool(Operand subject, boolean containsTrue, boolean containsFalse, boolean negated) {
            this.subject = subject;
            this.containsTrue = containsTrue;
            this.containsFalse = containsFalse;
            this.negated = negated;
        }

        @Override
        int eval(ColumnReader[] columns, int row) {
            if (subject.isNull(columns, row)) {
                return Truth.UNKNOWN;
            }
            boolean value = subject.getBoolean(columns, row);
            return Truth.of((value ? containsTrue : containsFalse) != negated);
        }
    }

    /** Membership of a JSON value: elements of another type are never equal to it. */
    static final class InDynamic extends Node {
        private final Operand subject;
        private final List<Object> values;
        private final boolean negated;

        InDynamic(Operand subject, List<Object> values, boolean negated) {
            this.subject = subject;
            this.values = List.copyOf(values);
            this.negated = negated;
        }

        @Override
        int eval(ColumnReader[] columns, int row) {
            Object value = subject.dynamic(columns, row);
            if (value == null) {
                return Truth.UNKNOWN;
            }
            boolean comparable = false;
            for (Object candidate : values) {
                if (Dynamic.sameFamily(value, candidate)) {
                    comparable = true;
                    if (Dynamic.equal(value, candidate)) {
                        return Truth.of(!negated);
                    }
                }
            }
            return comparable || values.isEmpty() ? Truth.of(negated) : Truth.UNKNOWN;
        }
    }

    static final class Like extends Node {
        private final Operand subject;
        private final LikePattern pattern;

        Like(Operand subject, LikePattern pattern) {
            this.subject = subject;
            this.pattern = pattern;
        }

        @Override
        int eval(ColumnReader[] columns, int row) {
            if (subject.kind == Kind.STRING) {
                if (subject.isNull(columns, row)) {
                    return Truth.UNKNOWN;
                }
                return Truth.of(pattern.matches(subject.getString(columns, row)));
            }
            Object value = subject.dynamic(columns, row);
            return value instanceof String string ? Truth.of(pattern.matches(string)) : Truth.UNKNOWN;
        }
    }

    static final class NullTest extends Node {
        private final Operand subject;
        private final boolean negated;

        NullTest(Operand subject, boolean negated) {
            this.subject = subject;
            this.negated = negated;
        }

        @Override
        int eval(ColumnReader[] columns, int row) {
            return Truth.of(subject.isNull(columns, row) != negated);
        }
    }

    /** How a contains function combines its values. */
    enum ContainsMode { ONE, ALL, ANY }

    /**
     * {@code json_contains*} / {@code array_contains*}: whether an Array field or a JSON array holds the value
     * ({@code ONE}), all of the values, or any of them.
     */
    static final class Contains extends Node {
        private final Operand container;
        private final ContainsMode mode;
        private final List<Object> values;
        private final Kind elementKind;

        Contains(Operand container, ContainsMode mode, List<Object> values) {
            this.container = container;
            this.mode = mode;
            this.values = List.copyOf(values);
            DataType elementType = container instanceof Operand.ArrayColumn array ? array.elementType
                    : DataType.None;
            Kind kind = Operand.kindOf(elementType);
            this.elementKind = kind == null ? Kind.JSON : kind;
        }

        @Override
        int eval(ColumnReader[] columns, int row) {
            if (container.kind == Kind.ARRAY) {
                ArrayValue array = container.array(columns, row);
                if (array == null) {
                    return Truth.UNKNOWN;
                }
                return combine(value -> arrayHolds(array, value));
            }
            JsonNode node = container.json(columns, row);
            if (node == null || !node.isArray()) {
                return Truth.UNKNOWN;
            }
            return combine(value -> jsonHolds(node, value));
        }

        private int combine(java.util.function.Predicate<Object> holds) {
            if (mode == ContainsMode.ALL) {
                for (Object value : values) {
                    if (!holds.test(value)) {
                        return Truth.FALSE;
                    }
                }
                return Truth.TRUE;
            }
            for (Object value : values) {
                if (holds.test(value)) {
                    return Truth.TRUE;
                }
            }
            return Truth.FALSE;
        }

        private boolean arrayHolds(ArrayValue array, Object value) {
            int size = array.size();
            switch (elementKind) {
                case LONG -> {
                    if (value instanceof Long wanted) {
                        for (int i = 0; i < size; i++) {
                            if (array.getLong(i) == wanted) {
                                return true;
                            }
                        }
                    } else if (value instanceof Double wanted) {
                        for (int i = 0; i < size; i++) {
                            if (array.getLong(i) == wanted) {
                                return true;
                            }
                        }
                    }
                    return false;
                }
                case DOUBLE -> {
                    if (value instanceof Number wanted) {
                        double target = wanted.doubleValue();
                        for (int i = 0; i < size; i++) {
                            if (array.getDouble(i) == target) {
                                return true;
                            }
                        }
                    }
                    return false;
                }
                case STRING -> {
                    for (int i = 0; i < size; i++) {
                        if (array.getString(i).equals(value)) {
                            return true;
                        }
                    }
                    return false;
                }
                case BOOL -> {
                    for (int i = 0; i < size; i++) {
                        if (value instanceof Boolean wanted && array.getBoolean(i) == wanted) {
                            return true;
                        }
                    }
                    return false;
                }
                default -> {
                    return false;
                }
            }
        }

        private static boolean jsonHolds(JsonNode array, Object value) {
            for (JsonNode element : array) {
                Object candidate = Dynamic.of(element);
                if (candidate != null && Dynamic.sameFamily(candidate, value) && Dynamic.equal(candidate, value)) {
                    return true;
                }
            }
            return false;
        }
    }
}
