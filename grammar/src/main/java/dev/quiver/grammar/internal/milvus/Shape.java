package dev.quiver.grammar.internal.milvus;

import dev.quiver.grammar.expr.And;
import dev.quiver.grammar.expr.Arithmetic;
import dev.quiver.grammar.expr.ArrayLiteral;
import dev.quiver.grammar.expr.BinaryLiteral;
import dev.quiver.grammar.expr.Comparison;
import dev.quiver.grammar.expr.ComparisonOperator;
import dev.quiver.grammar.expr.DecimalArrayLiteral;
import dev.quiver.grammar.expr.Expression;
import dev.quiver.grammar.expr.ExpressionVisitor;
import dev.quiver.grammar.expr.FieldRef;
import dev.quiver.grammar.expr.FunctionCall;
import dev.quiver.grammar.expr.In;
import dev.quiver.grammar.expr.IntervalLiteral;
import dev.quiver.grammar.expr.IntegerArrayLiteral;
import dev.quiver.grammar.expr.Like;
import dev.quiver.grammar.expr.Literal;
import dev.quiver.grammar.expr.Negate;
import dev.quiver.grammar.expr.Not;
import dev.quiver.grammar.expr.NullTest;
import dev.quiver.grammar.expr.ObjectLiteral;
import dev.quiver.grammar.expr.Or;
import dev.quiver.grammar.expr.Parameter;
import dev.quiver.grammar.expr.Range;
import dev.quiver.grammar.expr.SparseVectorLiteral;
import dev.quiver.grammar.expr.TemplateVariable;
import dev.quiver.grammar.expr.TimestampLiteral;

/**
 * How an expression node binds when printed: its precedence level (higher binds tighter), whether it yields a
 * boolean, and whether it is a number literal. The renderer decides parentheses from these alone.
 */
enum Shape {
    OR(Shape.LEVEL_OR, true),
    AND(Shape.LEVEL_AND, true),
    EQUALITY(Shape.LEVEL_EQUALITY, true),
    RELATIONAL(Shape.LEVEL_RELATIONAL, true),
    /** A range on an expression other than a field, printed in parentheses. */
    PARENTHESIZED_RANGE(Shape.LEVEL_PRIMARY, true),
    IN(Shape.LEVEL_IN, true),
    ADDITIVE(Shape.LEVEL_ADDITIVE, false),
    MULTIPLICATIVE(Shape.LEVEL_MULTIPLICATIVE, false),
    POWER(Shape.LEVEL_POWER, false),
    NOT(Shape.LEVEL_UNARY, true),
    NEGATE(Shape.LEVEL_UNARY, false),
    /** A number literal printed with a leading minus. */
    NEGATIVE_NUMBER(Shape.LEVEL_UNARY, false),
    NUMBER(Shape.LEVEL_PRIMARY, false),
    LIKE(Shape.LEVEL_LIKE, true),
    NULL_TEST(Shape.LEVEL_PRIMARY, true),
    PRIMARY(Shape.LEVEL_PRIMARY, false);

    static final int LEVEL_OR = 1;
    static final int LEVEL_AND = 2;
    static final int LEVEL_EQUALITY = 3;
    static final int LEVEL_RELATIONAL = 4;
    static final int LEVEL_IN = 5;
    static final int LEVEL_ADDITIVE = 6;
    static final int LEVEL_MULTIPLICATIVE = 7;
    static final int LEVEL_UNARY = 8;
    static final int LEVEL_POWER = 9;
    static final int LEVEL_LIKE = 10;
    static final int LEVEL_PRIMARY = 11;

    private static final Classifier CLASSIFIER = new Classifier();

    final int level;
    final boolean booleanValued;

    Shape(int level, boolean booleanValued) {
        this.level = level;
        this.booleanValued = booleanValued;
    }

    static Shape of(Expression expression) {
        return expression.accept(CLASSIFIER);
    }

    static int level(Expression expression) {
        return of(expression).level;
    }

    static boolean isBoolean(Expression expression) {
        return of(expression).booleanValued;
    }

    boolean isNumber() {
        return this == NUMBER || this == NEGATIVE_NUMBER;
    }

    boolean isArithmetic() {
        return this == ADDITIVE || this == MULTIPLICATIVE || this == POWER;
    }

    private static final class Classifier implements ExpressionVisitor<Shape> {
        @Override
        public Shape visitBoolean(Literal.BooleanLiteral literal) {
            return PRIMARY;
        }

        @Override
        public Shape visitInteger(Literal.IntegerLiteral literal) {
            return literal.value() < 0 ? NEGATIVE_NUMBER : NUMBER;
        }

        @Override
        public Shape visitDecimal(Literal.DecimalLiteral literal) {
            return Double.doubleToRawLongBits(literal.value()) < 0 ? NEGATIVE_NUMBER : NUMBER;
        }

        @Override
        public Shape visitString(Literal.StringLiteral literal) {
            return PRIMARY;
        }

        @Override
        public Shape visitNull(Literal.NullLiteral literal) {
            return PRIMARY;
        }

        @Override
        public Shape visitArray(ArrayLiteral array) {
            return PRIMARY;
        }

        @Override
        public Shape visitIntegerArray(IntegerArrayLiteral array) {
            return PRIMARY;
        }

        @Override
        public Shape visitDecimalArray(DecimalArrayLiteral array) {
            return PRIMARY;
        }

        @Override
        public Shape visitSparseVector(SparseVectorLiteral vector) {
            return PRIMARY;
        }

        @Override
        public Shape visitBinary(BinaryLiteral binary) {
            return PRIMARY;
        }

        @Override
        public Shape visitObject(ObjectLiteral object) {
            return PRIMARY;
        }

        @Override
        public Shape visitField(FieldRef field) {
            return PRIMARY;
        }

        @Override
        public Shape visitTemplateVariable(TemplateVariable variable) {
            return PRIMARY;
        }

        @Override
        public Shape visitPositionalParameter(Parameter.Positional parameter) {
            return PRIMARY;
        }

        @Override
        public Shape visitNamedParameter(Parameter.Named parameter) {
            return PRIMARY;
        }

        @Override
        public Shape visitComparison(Comparison comparison) {
            ComparisonOperator operator = comparison.operator();
            return operator == ComparisonOperator.EQUAL || operator == ComparisonOperator.NOT_EQUAL
                    ? EQUALITY : RELATIONAL;
        }

        @Override
        public Shape visitRange(Range range) {
            return range.subject() instanceof FieldRef ? RELATIONAL : PARENTHESIZED_RANGE;
        }

        @Override
        public Shape visitIn(In in) {
            return IN;
        }

        @Override
        public Shape visitLike(Like like) {
            return LIKE;
        }

        @Override
        public Shape visitNullTest(NullTest test) {
            return NULL_TEST;
        }

        @Override
        public Shape visitAnd(And and) {
            return AND;
        }

        @Override
        public Shape visitOr(Or or) {
            return OR;
        }

        @Override
        public Shape visitNot(Not not) {
            return NOT;
        }

        @Override
        public Shape visitArithmetic(Arithmetic arithmetic) {
            return switch (arithmetic.operator()) {
                case ADD, SUBTRACT -> ADDITIVE;
                case MULTIPLY, DIVIDE, MODULO -> MULTIPLICATIVE;
                case POWER -> POWER;
            };
        }

        @Override
        public Shape visitNegate(Negate negate) {
            return NEGATE;
        }

        @Override
        public Shape visitFunctionCall(FunctionCall call) {
            return PRIMARY;
        }

        @Override
        public Shape visitTimestamp(TimestampLiteral timestamp) {
            return PRIMARY;
        }

        @Override
        public Shape visitInterval(IntervalLiteral interval) {
            return PRIMARY;
        }
    }
}
