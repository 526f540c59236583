package dev.quiver.embedded.filter;

import dev.quiver.grammar.expr.Arithmetic;
import dev.quiver.grammar.expr.ArithmeticOperator;
import dev.quiver.grammar.expr.Comparison;
import dev.quiver.grammar.expr.ComparisonOperator;
import dev.quiver.grammar.expr.Expression;
import dev.quiver.grammar.expr.FieldRef;
import dev.quiver.grammar.expr.IntervalLiteral;
import dev.quiver.grammar.expr.TimestampLiteral;
import dev.quiver.proto.milvus.DataType;
import dev.quiver.wire.TimestamptzText;
import org.jspecify.annotations.Nullable;

/**
 * Milvus's two TIMESTAMPTZ comparison shapes ({@code Plan.g4} {@code TimestamptzCompareForward} and
 * {@code TimestamptzCompareReverse}): {@code field [(+|-) INTERVAL 'duration'] op ISO 'timestamp'} and the same with
 * the ISO literal first. An ISO literal without an offset is read in the collection's (or request's) time zone.
 */
final class TimestamptzComparisons {
    private TimestamptzComparisons() {
    }

    /** The compiled comparison, or null when neither side is an ISO literal. */
    static @Nullable Node compile(ExpressionCompiler compiler, Comparison comparison) {
        Expression subject;
        TimestampLiteral iso;
        ComparisonOperator op = comparison.operator();
        if (comparison.right() instanceof TimestampLiteral right) {
            subject = comparison.left();
            iso = right;
        } else if (comparison.left() instanceof TimestampLiteral left) {
            subject = comparison.right();
            iso = left;
            op = reversed(op);
        } else {
            return null;
        }
        FieldRef field;
        IsoInterval interval = null;
        int sign = 1;
        if (subject instanceof FieldRef ref) {
            field = ref;
        } else if (subject instanceof Arithmetic arithmetic && arithmetic.left() instanceof FieldRef ref
                && arithmetic.right() instanceof IntervalLiteral shift
                && (arithmetic.operator() == ArithmeticOperator.ADD
                    || arithmetic.operator() == ArithmeticOperator.SUBTRACT)) {
            field = ref;
            sign = arithmetic.operator() == ArithmeticOperator.ADD ? 1 : -1;
            try {
                interval = IsoInterval.parse(shift.text());
            } catch (IllegalArgumentException e) {
                throw compiler.invalid(String.valueOf(e.getMessage()));
            }
        } else {
            throw compiler.invalid(SHAPE);
        }
        FieldInfo info = field.path().isEmpty() ? compiler.schema().field(field.name()) : null;
        if (info == null) {
            throw compiler.invalid("can not translate identifier: " + field.name());
        }
        if (info.type() != DataType.Timestamptz) {
            throw compiler.invalid("field '" + field.name() + "' is not a timestamptz datatype");
        }
        long micros;
        try {
            micros = TimestamptzText.parse(iso.text(), compiler.timezone());
        } catch (IllegalArgumentException | ArithmeticException e) {
            throw compiler.invalid(String.valueOf(e.getMessage()));
        }
        return new Compare(compiler.columnSlot(info.name()), interval, sign, op, micros);
    }

    static final String SHAPE = "an ISO timestamp compares only with a timestamptz field, optionally plus or minus "
            + "an INTERVAL, as in tsz + INTERVAL 'P1D' > ISO '2025-01-01T00:00:00Z'";

    private static ComparisonOperator reversed(ComparisonOperator op) {
        return switch (op) {
            case LESS -> ComparisonOperator.GREATER;
            case LESS_OR_EQUAL -> ComparisonOperator.GREATER_OR_EQUAL;
            case GREATER -> ComparisonOperator.LESS;
            case GREATER_OR_EQUAL -> ComparisonOperator.LESS_OR_EQUAL;
            case EQUAL, NOT_EQUAL -> op;
        };
    }

    /** A TIMESTAMPTZ column, shifted by an interval or not, against a constant instant in microseconds. */
    static final class Compare extends Node {
        private final int slot;
        private final @Nullable IsoInterval interval;
        private final int sign;
        private final ComparisonOperator op;
        private final long micros;

        Compare(int slot, @Nullable IsoInterval interval, int sign, ComparisonOperator op, long micros) {
            this.slot = slot;
            this.interval = interval;
            this.sign = sign;
            this.op = op;
            this.micros = micros;
        }

        @Override
        int eval(ColumnReader[] columns, int row) {
            ColumnReader column = columns[slot];
            if (column.isNull(row)) {
                return Truth.UNKNOWN;
            }
            long value = column.getLong(row);
            if (interval != null) {
                value = interval.shift(value, sign);
            }
            int c = Long.compare(value, micros);
            boolean result = switch (op) {
                case EQUAL -> c == 0;
                case NOT_EQUAL -> c != 0;
                case LESS -> c < 0;
                case LESS_OR_EQUAL -> c <= 0;
                case GREATER -> c > 0;
                case GREATER_OR_EQUAL -> c >= 0;
            };
            return Truth.of(result);
        }
    }
}
