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
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Writes one expression for {@link ExpressionRenderer}. Each visit method writes what follows the node's left
 * operand: for the binary nodes of {@link LeftOperand} the operator and right operand, for every other node the
 * whole node. {@link #write} prints the left operands first, walking the chain with a loop.
 */
final class TextWriter implements ExpressionVisitor<StringBuilder> {
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    /** Words that Milvus's lexer never reads as a field name. */
    private static final Set<String> MILVUS_KEYWORDS = keywords(
            "and", "or", "not", "in", "like", "exists", "true", "false", "text_match", "phrase_match",
            "random_sample", "match_all", "match_any", "match_least", "match_most", "match_exact", "interval", "iso",
            "minimum_should_match", "threshold", "json_contains", "json_contains_all", "json_contains_any",
            "array_contains", "array_contains_all", "array_contains_any", "array_length", "element_filter",
            "st_equals", "st_touches", "st_overlaps", "st_crosses", "st_contains", "st_intersects", "st_within",
            "st_dwithin", "st_isvalid");

    /** Words printed in backticks in statement text, so that a field named like an operator stays a field. */
    private static final Set<String> STATEMENT_KEYWORDS = Set.of(
            "and", "or", "not", "in", "like", "is", "null", "true", "false", "between");

    private final boolean statementText;
    private final StringBuilder out;

    TextWriter(boolean statementText, StringBuilder out) {
        this.statementText = statementText;
        this.out = out;
    }

    private static Set<String> keywords(String... lowerCase) {
        List<String> all = new ArrayList<>();
        for (String word : lowerCase) {
            all.add(word);
            all.add(word.toUpperCase(Locale.ROOT));
        }
        all.add("True");
        all.add("False");
        return Set.copyOf(all);
    }

    void write(Expression expression) {
        List<Expression> spine = new ArrayList<>();
        Expression current = expression;
        Expression left;
        while ((left = LeftOperand.of(current)) != null) {
            spine.add(current);
            current = left;
        }
        int size = spine.size();
        boolean[] parenthesized = new boolean[size];
        for (int i = 0; i < size; i++) {
            Expression child = i + 1 < size ? spine.get(i + 1) : current;
            parenthesized[i] = leftNeedsParentheses(spine.get(i), child);
            if (parenthesized[i]) {
                out.append('(');
            }
        }
        current.accept(this);
        for (int i = size - 1; i >= 0; i--) {
            if (parenthesized[i]) {
                out.append(')');
            }
            spine.get(i).accept(this);
        }
    }

    private static boolean leftNeedsParentheses(Expression parent, Expression child) {
        Shape parentShape = Shape.of(parent);
        Shape childShape = Shape.of(child);
        if (parentShape == Shape.AND) {
            return childShape.level < Shape.LEVEL_AND;
        }
        if (parentShape == Shape.OR) {
            return false;
        }
        if (parentShape.isArithmetic()) {
            // A power chain is parenthesised on both sides: Milvus groups a ** b ** c from the left, SQL-style
            // grammars from the right, and the text must mean the same to both.
            return childShape.booleanValued || childShape.level < parentShape.level
                    || (parentShape == Shape.POWER && childShape == Shape.POWER);
        }
        if (parentShape == Shape.LIKE) {
            return childShape.level < Shape.LEVEL_PRIMARY;
        }
        return childShape.booleanValued;
    }

    private void writeOperand(Expression operand, boolean parenthesize) {
        if (parenthesize) {
            out.append('(');
            write(operand);
            out.append(')');
        } else {
            write(operand);
        }
    }

    private String word(String statementWord, String milvusWord) {
        return statementText ? statementWord : milvusWord;
    }

    @Override
    public StringBuilder visitAnd(And and) {
        out.append(word(" AND ", " and "));
        writeOperand(and.right(), Shape.level(and.right()) <= Shape.LEVEL_AND);
        return out;
    }

    @Override
    public StringBuilder visitOr(Or or) {
        out.append(word(" OR ", " or "));
        writeOperand(or.right(), Shape.level(or.right()) <= Shape.LEVEL_OR);
        return out;
    }

    @Override
    public StringBuilder visitComparison(Comparison comparison) {
        out.append(' ').append(comparison.operator().milvusText()).append(' ');
        writeOperand(comparison.right(), Shape.isBoolean(comparison.right()));
        return out;
    }

    @Override
    public StringBuilder visitArithmetic(Arithmetic arithmetic) {
        out.append(' ').append(arithmetic.operator().milvusText()).append(' ');
        Shape right = Shape.of(arithmetic.right());
        writeOperand(arithmetic.right(), right.booleanValued || right.level <= Shape.level(arithmetic));
        return out;
    }

    @Override
    public StringBuilder visitIn(In in) {
        out.append(in.negated() ? word(" NOT IN ", " not in ") : word(" IN ", " in "));
        Shape list = Shape.of(in.list());
        writeOperand(in.list(), list.booleanValued || list.level <= Shape.LEVEL_IN);
        return out;
    }

    @Override
    public StringBuilder visitLike(Like like) {
        out.append(word(" LIKE ", " like "));
        writeOperand(like.pattern(), Shape.level(like.pattern()) < Shape.LEVEL_PRIMARY);
        return out;
    }

    @Override
    public StringBuilder visitNot(Not not) {
        out.append(word("NOT ", "not "));
        writeOperand(not.operand(), Shape.level(not.operand()) < Shape.LEVEL_UNARY);
        return out;
    }

    @Override
    public StringBuilder visitNegate(Negate negate) {
        Shape operand = Shape.of(negate.operand());
        out.append('-');
        writeOperand(negate.operand(),
                operand.booleanValued || operand.level <= Shape.LEVEL_UNARY || operand.isNumber());
        return out;
    }

    @Override
    public StringBuilder visitRange(Range range) {
        if (!(range.subject() instanceof FieldRef)) {
            writeRangeOfExpression(range);
            return out;
        }
        writeOperand(range.lower(), Shape.isBoolean(range.lower()));
        out.append(range.lowerInclusive() ? " <= " : " < ");
        write(range.subject());
        out.append(range.upperInclusive() ? " <= " : " < ");
        writeOperand(range.upper(), Shape.isBoolean(range.upper()));
        return out;
    }

    /**
     * Milvus chains ranges only on a field; a range on an arithmetic subject is written with BETWEEN in statement
     * text when both bounds are inclusive, and otherwise as the conjunction of its two comparisons.
     */
    private void writeRangeOfExpression(Range range) {
        out.append('(');
        if (statementText && range.lowerInclusive() && range.upperInclusive()) {
            writeOperand(range.subject(), Shape.isBoolean(range.subject()));
            out.append(" BETWEEN ");
            writeBetweenBound(range.lower());
            out.append(" AND ");
            writeBetweenBound(range.upper());
        } else {
            write(new Comparison(range.lower(),
                    range.lowerInclusive() ? ComparisonOperator.LESS_OR_EQUAL : ComparisonOperator.LESS,
                    range.subject()));
            out.append(word(" AND ", " and "));
            write(new Comparison(range.subject(),
                    range.upperInclusive() ? ComparisonOperator.LESS_OR_EQUAL : ComparisonOperator.LESS,
                    range.upper()));
        }
        out.append(')');
    }

    private void writeBetweenBound(Expression bound) {
        Shape shape = Shape.of(bound);
        writeOperand(bound, shape.booleanValued || shape.level < Shape.LEVEL_ADDITIVE);
    }

    @Override
    public StringBuilder visitNullTest(NullTest test) {
        if (test.subject() instanceof FieldRef field) {
            visitField(field);
        } else if (statementText) {
            writeOperand(test.subject(), true);
        } else {
            throw new IllegalArgumentException("Milvus tests only fields and JSON paths for null, not "
                    + ExpressionRenderer.STATEMENT.render(test.subject()));
        }
        if (statementText) {
            out.append(test.negated() ? " IS NOT NULL" : " IS NULL");
        } else {
            out.append(test.negated() ? " is not null" : " is null");
        }
        return out;
    }

    @Override
    public StringBuilder visitFunctionCall(FunctionCall call) {
        if (!IDENTIFIER.matcher(call.name()).matches()) {
            throw new IllegalArgumentException("function name '" + call.name() + "' is not an identifier");
        }
        out.append(call.name());
        out.append('(');
        writeList(call.arguments());
        return out.append(')');
    }

    @Override
    public StringBuilder visitField(FieldRef field) {
        String name = field.name();
        if (statementText) {
            boolean plain = name.equals("$meta")
                    || (IDENTIFIER.matcher(name).matches()
                    && !STATEMENT_KEYWORDS.contains(name.toLowerCase(Locale.ROOT)));
            if (plain) {
                out.append(name);
            } else {
                out.append('`').append(name.replace("`", "``")).append('`');
            }
        } else {
            out.append(name.equals("$meta") ? name : milvusFieldName(name));
        }
        for (FieldRef.PathStep step : field.path()) {
            out.append('[');
            if (step instanceof FieldRef.Key key) {
                StringLiterals.appendQuoted(out, key.key());
            } else {
                long index = ((FieldRef.Index) step).index();
                if (index < 0) {
                    throw new IllegalArgumentException("negative array index " + index + " in the path of " + name);
                }
                out.append(index);
            }
            out.append(']');
        }
        return out;
    }

    private static String milvusFieldName(String name) {
        if (!IDENTIFIER.matcher(name).matches() || MILVUS_KEYWORDS.contains(name)) {
            throw new IllegalArgumentException("a Milvus expression cannot name the field '" + name + "'");
        }
        return name;
    }

    @Override
    public StringBuilder visitTemplateVariable(TemplateVariable variable) {
        if (!IDENTIFIER.matcher(variable.name()).matches()) {
            throw new IllegalArgumentException(
                    "template variable name '" + variable.name() + "' is not an identifier");
        }
        return out.append('{').append(variable.name()).append('}');
    }

    @Override
    public StringBuilder visitPositionalParameter(Parameter.Positional parameter) {
        if (!statementText) {
            throw unbound("?" + parameter.index());
        }
        return out.append('?');
    }

    @Override
    public StringBuilder visitNamedParameter(Parameter.Named parameter) {
        if (!statementText) {
            throw unbound(":" + parameter.name());
        }
        return out.append(':').append(parameter.name());
    }

    private static IllegalArgumentException unbound(String parameter) {
        return new IllegalArgumentException("parameter " + parameter + " is not bound to a value");
    }

    @Override
    public StringBuilder visitBoolean(Literal.BooleanLiteral literal) {
        return out.append(literal.value());
    }

    @Override
    public StringBuilder visitInteger(Literal.IntegerLiteral literal) {
        return out.append(literal.value());
    }

    @Override
    public StringBuilder visitDecimal(Literal.DecimalLiteral literal) {
        writeDouble(literal.value());
        return out;
    }

    @Override
    public StringBuilder visitString(Literal.StringLiteral literal) {
        StringLiterals.appendQuoted(out, literal.value());
        return out;
    }

    @Override
    public StringBuilder visitNull(Literal.NullLiteral literal) {
        requireStatementText("NULL (test for null with 'is null')");
        return out.append("NULL");
    }

    @Override
    public StringBuilder visitArray(ArrayLiteral array) {
        out.append('[');
        writeList(array.elements());
        return out.append(']');
    }

    @Override
    public StringBuilder visitIntegerArray(IntegerArrayLiteral array) {
        out.append('[');
        for (int i = 0; i < array.size(); i++) {
            out.append(i == 0 ? "" : ", ").append(array.get(i));
        }
        return out.append(']');
    }

    @Override
    public StringBuilder visitDecimalArray(DecimalArrayLiteral array) {
        out.append('[');
        for (int i = 0; i < array.size(); i++) {
            out.append(i == 0 ? "" : ", ");
            writeDouble(array.get(i));
        }
        return out.append(']');
    }

    private void writeDouble(double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("the number " + value + " has no literal form");
        }
        out.append(Double.toString(value));
    }

    @Override
    public StringBuilder visitObject(ObjectLiteral object) {
        requireStatementText("a JSON object value");
        out.append('{');
        boolean first = true;
        for (ObjectLiteral.Entry entry : object.entries()) {
            out.append(first ? "" : ", ");
            first = false;
            StringLiterals.appendQuoted(out, entry.key());
            out.append(": ");
            write(entry.value());
        }
        return out.append('}');
    }

    @Override
    public StringBuilder visitSparseVector(SparseVectorLiteral vector) {
        requireStatementText("a sparse vector value");
        long[] indices = vector.indices();
        float[] values = vector.values();
        out.append('{');
        for (int i = 0; i < indices.length; i++) {
            if (!Float.isFinite(values[i])) {
                throw new IllegalArgumentException("the number " + values[i] + " has no literal form");
            }
            out.append(i == 0 ? "" : ", ").append(indices[i]).append(": ").append(Float.toString(values[i]));
        }
        return out.append('}');
    }

    @Override
    public StringBuilder visitBinary(BinaryLiteral binary) {
        requireStatementText("a binary value x'" + binary.hex() + "'");
        return out.append("x'").append(binary.hex()).append('\'');
    }

    private void writeList(List<Expression> elements) {
        for (int i = 0; i < elements.size(); i++) {
            if (i > 0) {
                out.append(", ");
            }
            write(elements.get(i));
        }
    }

    private void requireStatementText(String what) {
        if (!statementText) {
            throw new IllegalArgumentException("a Milvus expression cannot contain " + what);
        }
    }

    @Override
    public StringBuilder visitTimestamp(TimestampLiteral timestamp) {
        out.append("ISO ");
        StringLiterals.appendQuoted(out, timestamp.text());
        return out;
    }

    @Override
    public StringBuilder visitInterval(IntervalLiteral interval) {
        out.append("INTERVAL ");
        StringLiterals.appendQuoted(out, interval.text());
        return out;
    }
}
