package dev.quiver.grammar;

import dev.quiver.grammar.expr.And;
import dev.quiver.grammar.expr.Arithmetic;
import dev.quiver.grammar.expr.ArrayLiteral;
import dev.quiver.grammar.expr.BinaryLiteral;
import dev.quiver.grammar.expr.Comparison;
import dev.quiver.grammar.expr.DecimalArrayLiteral;
import dev.quiver.grammar.expr.Expression;
import dev.quiver.grammar.expr.ExpressionVisitor;
import dev.quiver.grammar.expr.FieldRef;
import dev.quiver.grammar.expr.FunctionCall;
import dev.quiver.grammar.expr.In;
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
import dev.quiver.grammar.expr.IntervalLiteral;
import dev.quiver.grammar.expr.TimestampLiteral;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Turns a literal node into a plain Java value for {@link Literals#toJava}: null, Boolean, Long, Double, String,
 * {@code List} (of Long, of Double, or of converted elements), {@code byte[]}, {@code Map<Long, Float>} (a sparse
 * vector, by index) or {@code Map<String, Object>} (a JSON object, in written order). Anything that is not a
 * literal, such as a field or a parameter, is refused.
 */
final class LiteralValues implements ExpressionVisitor<@Nullable Object> {
    static final LiteralValues INSTANCE = new LiteralValues();

    private LiteralValues() {
    }

    private static IllegalArgumentException notALiteral(Expression expression) {
        return new IllegalArgumentException(MilvusExpressions.renderStatementText(expression) + " is not a literal");
    }

    @Override
    public @Nullable Object visitBoolean(Literal.BooleanLiteral literal) {
        return literal.value();
    }

    @Override
    public @Nullable Object visitInteger(Literal.IntegerLiteral literal) {
        return literal.value();
    }

    @Override
    public @Nullable Object visitDecimal(Literal.DecimalLiteral literal) {
        return literal.value();
    }

    @Override
    public @Nullable Object visitString(Literal.StringLiteral literal) {
        return literal.value();
    }

    @Override
    public @Nullable Object visitNull(Literal.NullLiteral literal) {
        return null;
    }

    @Override
    public @Nullable Object visitArray(ArrayLiteral array) {
        List<@Nullable Object> values = new ArrayList<>(array.elements().size());
        for (Expression element : array.elements()) {
            values.add(element.accept(this));
        }
        return values;
    }

    @Override
    public @Nullable Object visitIntegerArray(IntegerArrayLiteral array) {
        List<Long> values = new ArrayList<>(array.size());
        for (int i = 0; i < array.size(); i++) {
            values.add(array.get(i));
        }
        return values;
    }

    @Override
    public @Nullable Object visitDecimalArray(DecimalArrayLiteral array) {
        List<Double> values = new ArrayList<>(array.size());
        for (int i = 0; i < array.size(); i++) {
            values.add(array.get(i));
        }
        return values;
    }

    @Override
    public @Nullable Object visitSparseVector(SparseVectorLiteral vector) {
        long[] indices = vector.indices();
        float[] values = vector.values();
        Map<Long, Float> map = new LinkedHashMap<>();
        for (int i = 0; i < indices.length; i++) {
            map.put(indices[i], values[i]);
        }
        return map;
    }

    @Override
    public @Nullable Object visitBinary(BinaryLiteral binary) {
        return binary.bytes();
    }

    @Override
    public @Nullable Object visitObject(ObjectLiteral object) {
        Map<String, @Nullable Object> map = new LinkedHashMap<>();
        for (ObjectLiteral.Entry entry : object.entries()) {
            map.put(entry.key(), entry.value().accept(this));
        }
        return map;
    }

    @Override
    public @Nullable Object visitField(FieldRef field) {
        throw notALiteral(field);
    }

    @Override
    public @Nullable Object visitTemplateVariable(TemplateVariable variable) {
        throw notALiteral(variable);
    }

    @Override
    public @Nullable Object visitPositionalParameter(Parameter.Positional parameter) {
        throw notALiteral(parameter);
    }

    @Override
    public @Nullable Object visitNamedParameter(Parameter.Named parameter) {
        throw notALiteral(parameter);
    }

    @Override
    public @Nullable Object visitComparison(Comparison comparison) {
        throw notALiteral(comparison);
    }

    @Override
    public @Nullable Object visitRange(Range range) {
        throw notALiteral(range);
    }

    @Override
    public @Nullable Object visitIn(In in) {
        throw notALiteral(in);
    }

    @Override
    public @Nullable Object visitLike(Like like) {
        throw notALiteral(like);
    }

    @Override
    public @Nullable Object visitNullTest(NullTest test) {
        throw notALiteral(test);
    }

    @Override
    public @Nullable Object visitAnd(And and) {
        throw notALiteral(and);
    }

    @Override
    public @Nullable Object visitOr(Or or) {
        throw notALiteral(or);
    }

    @Override
    public @Nullable Object visitNot(Not not) {
        throw notALiteral(not);
    }

    @Override
    public @Nullable Object visitArithmetic(Arithmetic arithmetic) {
        throw notALiteral(arithmetic);
    }

    @Override
    public @Nullable Object visitNegate(Negate negate) {
        Object operand = negate.operand().accept(this);
        if (operand instanceof Long l) {
            return -l;
        }
        if (operand instanceof Double d) {
            return -d;
        }
        throw notALiteral(negate);
    }

    @Override
    public @Nullable Object visitFunctionCall(FunctionCall call) {
        throw notALiteral(call);
    }

    @Override
    public @Nullable Object visitTimestamp(TimestampLiteral timestamp) {
        return timestamp.text();
    }

    @Override
    public @Nullable Object visitInterval(IntervalLiteral interval) {
        return interval.text();
    }
}
