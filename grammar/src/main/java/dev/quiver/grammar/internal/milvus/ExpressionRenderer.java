package dev.quiver.grammar.internal.milvus;

import dev.quiver.grammar.expr.And;
import dev.quiver.grammar.expr.Arithmetic;
import dev.quiver.grammar.expr.ArrayLiteral;
import dev.quiver.grammar.expr.BinaryLiteral;
import dev.quiver.grammar.expr.Comparison;
import dev.quiver.grammar.expr.ComparisonOperator;
import dev.quiver.grammar.expr.DecimalArrayLiteral;
import dev.quiver.grammar.expr.Expression;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Prints an expression AST as Milvus expression text, or as Quiver statement text. Parentheses are added only
 * where precedence needs them, plus around boolean operands of comparisons and arithmetic, so that the text means
 * the same under Milvus's precedence and SQL's. Chains along the left operand are printed iteratively.
 * Immutable and thread-safe.
 */
public final class ExpressionRenderer {
    /** Prints Milvus expression text; refuses parameters and values Milvus cannot express. */
    public static final ExpressionRenderer MILVUS = new ExpressionRenderer(false);
    /** Prints statement text: parameters as {@code ?} / {@code :name}, plus sparse, binary, object and NULL values. */
    public static final ExpressionRenderer STATEMENT = new ExpressionRenderer(true);

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

    private static final int OR = 1;
    private static final int AND = 2;
    private static final int EQUALITY = 3;
    private static final int RELATIONAL = 4;
    private static final int IN = 5;
    private static final int ADDITIVE = 6;
    private static final int MULTIPLICATIVE = 7;
    private static final int UNARY = 8;
    private static final int POWER = 9;
    private static final int LIKE = 10;
    private static final int PRIMARY = 11;

    private final boolean statementText;

    private ExpressionRenderer(boolean statementText) {
        this.statementText = statementText;
    }

    private static Set<String> keywords(String... lowerCase) {
        List<String> all = new ArrayList<>();
        for (String word : lowerCase) {
            all.add(word);
            all.add(word.toUpperCase(java.util.Locale.ROOT));
        }
        all.add("True");
        all.add("False");
        return Set.copyOf(all);
    }

    /**
     * The text of {@code expression}.
     *
     * @throws IllegalArgumentException for what the target syntax cannot express: in Milvus text an unbound
     *     parameter, NULL, a sparse, binary or JSON object value, a field name Milvus cannot write; in both, a
     *     non-finite number
     */
    public String render(Expression expression) {
        StringBuilder out = new StringBuilder();
        write(expression, out);
        return out.toString();
    }

    private void write(Expression expression, StringBuilder out) {
        List<Expression> spine = new ArrayList<>();
        Expression current = expression;
        Expression left;
        while ((left = leftOperand(current)) != null) {
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
        writeLeaf(current, out);
        for (int i = size - 1; i >= 0; i--) {
            if (parenthesized[i]) {
                out.append(')');
            }
            writeRightPart(spine.get(i), out);
        }
    }

    private static @Nullable Expression leftOperand(Expression e) {
        if (e instanceof And and) {
            return and.left();
        }
        if (e instanceof Or or) {
            return or.left();
        }
        if (e instanceof Comparison comparison) {
            return comparison.left();
        }
        if (e instanceof Arithmetic arithmetic) {
            return arithmetic.left();
        }
        if (e instanceof In in) {
            return in.subject();
        }
        if (e instanceof Like like) {
            return like.subject();
        }
        return null;
    }

    private boolean leftNeedsParentheses(Expression parent, Expression child) {
        if (parent instanceof And) {
            return level(child) < AND;
        }
        if (parent instanceof Or) {
            return false;
        }
        if (parent instanceof Arithmetic) {
            // A power chain is parenthesised on both sides: Milvus groups a ** b ** c from the left, SQL-style
            // grammars from the right, and the text must mean the same to both.
            int parentLevel = level(parent);
            return isBoolean(child) || level(child) < parentLevel || (parentLevel == POWER && level(child) == POWER);
        }
        if (parent instanceof Like) {
            return level(child) < PRIMARY;
        }
        return isBoolean(child);
    }

    private void writeRightPart(Expression node, StringBuilder out) {
        if (node instanceof And and) {
            out.append(statementText ? " AND " : " and ");
            writeOperand(and.right(), level(and.right()) <= AND, out);
        } else if (node instanceof Or or) {
            out.append(statementText ? " OR " : " or ");
            writeOperand(or.right(), level(or.right()) <= OR, out);
        } else if (node instanceof Comparison comparison) {
            out.append(' ').append(comparison.operator().milvusText()).append(' ');
            writeOperand(comparison.right(), isBoolean(comparison.right()), out);
        } else if (node instanceof Arithmetic arithmetic) {
            out.append(' ').append(arithmetic.operator().milvusText()).append(' ');
            Expression right = arithmetic.right();
            writeOperand(right, isBoolean(right) || level(right) <= level(arithmetic), out);
        } else if (node instanceof In in) {
            out.append(in.negated() ? (statementText ? " NOT IN " : " not in ")
                    : (statementText ? " IN " : " in "));
            writeOperand(in.list(), isBoolean(in.list()) || level(in.list()) <= IN, out);
        } else if (node instanceof Like like) {
            out.append(statementText ? " LIKE " : " like ");
            writeOperand(like.pattern(), level(like.pattern()) < PRIMARY, out);
        } else {
            throw new IllegalStateException("not a left-operand node: " + node);
        }
    }

    private void writeOperand(Expression operand, boolean parenthesize, StringBuilder out) {
        if (parenthesize) {
            out.append('(');
            write(operand, out);
            out.append(')');
        } else {
            write(operand, out);
        }
    }

    private void writeLeaf(Expression e, StringBuilder out) {
        if (e instanceof Not not) {
            out.append(statementText ? "NOT " : "not ");
            writeOperand(not.operand(), level(not.operand()) < UNARY, out);
        } else if (e instanceof Negate negate) {
            Expression operand = negate.operand();
            out.append('-');
            writeOperand(operand, isBoolean(operand) || level(operand) <= UNARY || isNumber(operand), out);
        } else if (e instanceof Range range) {
            writeRange(range, out);
        } else if (e instanceof NullTest nullTest) {
            writeNullTest(nullTest, out);
        } else if (e instanceof FunctionCall call) {
            if (!IDENTIFIER.matcher(call.name()).matches()) {
                throw new IllegalArgumentException("function name '" + call.name() + "' is not an identifier");
            }
            out.append(call.name());
            out.append('(');
            writeList(call.arguments(), out);
            out.append(')');
        } else if (e instanceof FieldRef field) {
            writeField(field, out);
        } else if (e instanceof TemplateVariable template) {
            if (!IDENTIFIER.matcher(template.name()).matches()) {
                throw new IllegalArgumentException(
                        "template variable name '" + template.name() + "' is not an identifier");
            }
            out.append('{').append(template.name()).append('}');
        } else if (e instanceof Parameter parameter) {
            writeParameter(parameter, out);
        } else if (e instanceof Literal literal) {
            writeLiteral(literal, out);
        } else if (e instanceof ArrayLiteral array) {
            out.append('[');
            writeList(array.elements(), out);
            out.append(']');
        } else if (e instanceof IntegerArrayLiteral array) {
            out.append('[');
            for (int i = 0; i < array.size(); i++) {
                out.append(i == 0 ? "" : ", ").append(array.get(i));
            }
            out.append(']');
        } else if (e instanceof DecimalArrayLiteral array) {
            out.append('[');
            for (int i = 0; i < array.size(); i++) {
                out.append(i == 0 ? "" : ", ");
                writeDouble(array.get(i), out);
            }
            out.append(']');
        } else if (e instanceof ObjectLiteral object) {
            writeObject(object, out);
        } else if (e instanceof SparseVectorLiteral sparse) {
            writeSparse(sparse, out);
        } else if (e instanceof BinaryLiteral binary) {
            requireStatementText("a binary value x'" + binary.hex() + "'");
            out.append("x'").append(binary.hex()).append('\'');
        } else {
            throw new IllegalStateException("unexpected expression node " + e);
        }
    }

    private void writeRange(Range range, StringBuilder out) {
        if (!(range.subject() instanceof FieldRef)) {
            writeRangeOfExpression(range, out);
            return;
        }
        writeOperand(range.lower(), isBoolean(range.lower()), out);
        out.append(range.lowerInclusive() ? " <= " : " < ");
        write(range.subject(), out);
        out.append(range.upperInclusive() ? " <= " : " < ");
        writeOperand(range.upper(), isBoolean(range.upper()), out);
    }

    /**
     * Milvus chains ranges only on a field; a range on an arithmetic subject is written with BETWEEN in statement
     * text when both bounds are inclusive, and otherwise as the conjunction of its two comparisons.
     */
    private void writeRangeOfExpression(Range range, StringBuilder out) {
        out.append('(');
        if (statementText && range.lowerInclusive() && range.upperInclusive()) {
            writeOperand(range.subject(), isBoolean(range.subject()), out);
            out.append(" BETWEEN ");
            writeOperand(range.lower(), isBoolean(range.lower()) || level(range.lower()) < ADDITIVE, out);
            out.append(" AND ");
            writeOperand(range.upper(), isBoolean(range.upper()) || level(range.upper()) < ADDITIVE, out);
        } else {
            write(new Comparison(range.lower(),
                    range.lowerInclusive() ? ComparisonOperator.LESS_OR_EQUAL : ComparisonOperator.LESS,
                    range.subject()), out);
            out.append(statementText ? " AND " : " and ");
            write(new Comparison(range.subject(),
                    range.upperInclusive() ? ComparisonOperator.LESS_OR_EQUAL : ComparisonOperator.LESS,
                    range.upper()), out);
        }
        out.append(')');
    }

    private void writeNullTest(NullTest nullTest, StringBuilder out) {
        if (nullTest.subject() instanceof FieldRef field) {
            writeField(field, out);
        } else if (statementText) {
            writeOperand(nullTest.subject(), true, out);
        } else {
            throw new IllegalArgumentException("Milvus tests only fields and JSON paths for null, not "
                    + STATEMENT.render(nullTest.subject()));
        }
        if (statementText) {
            out.append(nullTest.negated() ? " IS NOT NULL" : " IS NULL");
        } else {
            out.append(nullTest.negated() ? " is not null" : " is null");
        }
    }

    private void writeField(FieldRef field, StringBuilder out) {
        String name = field.name();
        if (statementText) {
            boolean plain = name.equals("$meta")
                    || (IDENTIFIER.matcher(name).matches()
                    && !STATEMENT_KEYWORDS.contains(name.toLowerCase(java.util.Locale.ROOT)));
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
    }

    private static String milvusFieldName(String name) {
        if (!IDENTIFIER.matcher(name).matches() || MILVUS_KEYWORDS.contains(name)) {
            throw new IllegalArgumentException("a Milvus expression cannot name the field '" + name + "'");
        }
        return name;
    }

    private void writeParameter(Parameter parameter, StringBuilder out) {
        if (!statementText) {
            String name = parameter instanceof Parameter.Positional positional
                    ? "?" + positional.index() : ":" + ((Parameter.Named) parameter).name();
            throw new IllegalArgumentException("parameter " + name + " is not bound to a value");
        }
        out.append(parameter instanceof Parameter.Named named ? ":" + named.name() : "?");
    }

    private void writeLiteral(Literal literal, StringBuilder out) {
        if (literal instanceof Literal.BooleanLiteral b) {
            out.append(b.value());
        } else if (literal instanceof Literal.IntegerLiteral i) {
            out.append(i.value());
        } else if (literal instanceof Literal.DecimalLiteral d) {
            writeDouble(d.value(), out);
        } else if (literal instanceof Literal.StringLiteral string) {
            StringLiterals.appendQuoted(out, string.value());
        } else {
            requireStatementText("NULL (test for null with 'is null')");
            out.append("NULL");
        }
    }

    private static void writeDouble(double value, StringBuilder out) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("the number " + value + " has no literal form");
        }
        out.append(Double.toString(value));
    }

    private void writeObject(ObjectLiteral object, StringBuilder out) {
        requireStatementText("a JSON object value");
        out.append('{');
        boolean first = true;
        for (ObjectLiteral.Entry entry : object.entries()) {
            out.append(first ? "" : ", ");
            first = false;
            StringLiterals.appendQuoted(out, entry.key());
            out.append(": ");
            write(entry.value(), out);
        }
        out.append('}');
    }

    private void writeSparse(SparseVectorLiteral sparse, StringBuilder out) {
        requireStatementText("a sparse vector value");
        long[] indices = sparse.indices();
        float[] values = sparse.values();
        out.append('{');
        for (int i = 0; i < indices.length; i++) {
            if (!Float.isFinite(values[i])) {
                throw new IllegalArgumentException("the number " + values[i] + " has no literal form");
            }
            out.append(i == 0 ? "" : ", ").append(indices[i]).append(": ").append(Float.toString(values[i]));
        }
        out.append('}');
    }

    private void writeList(List<Expression> elements, StringBuilder out) {
        for (int i = 0; i < elements.size(); i++) {
            if (i > 0) {
                out.append(", ");
            }
            write(elements.get(i), out);
        }
    }

    private void requireStatementText(String what) {
        if (!statementText) {
            throw new IllegalArgumentException("a Milvus expression cannot contain " + what);
        }
    }

    private static boolean isBoolean(Expression e) {
        return e instanceof Comparison || e instanceof Range || e instanceof In || e instanceof Like
                || e instanceof NullTest || e instanceof Not || e instanceof And || e instanceof Or;
    }

    private static boolean isNumber(Expression e) {
        return e instanceof Literal.IntegerLiteral || e instanceof Literal.DecimalLiteral;
    }

    private static int level(Expression e) {
        if (e instanceof Or) {
            return OR;
        }
        if (e instanceof And) {
            return AND;
        }
        if (e instanceof Comparison c) {
            return c.operator() == ComparisonOperator.EQUAL || c.operator() == ComparisonOperator.NOT_EQUAL
                    ? EQUALITY : RELATIONAL;
        }
        if (e instanceof Range range) {
            return range.subject() instanceof FieldRef ? RELATIONAL : PRIMARY;
        }
        if (e instanceof In) {
            return IN;
        }
        if (e instanceof Arithmetic a) {
            return switch (a.operator()) {
                case ADD, SUBTRACT -> ADDITIVE;
                case MULTIPLY, DIVIDE, MODULO -> MULTIPLICATIVE;
                case POWER -> POWER;
            };
        }
        if (e instanceof Not || e instanceof Negate) {
            return UNARY;
        }
        if (e instanceof Literal.IntegerLiteral i) {
            return i.value() < 0 ? UNARY : PRIMARY;
        }
        if (e instanceof Literal.DecimalLiteral d) {
            return Double.doubleToRawLongBits(d.value()) < 0 ? UNARY : PRIMARY;
        }
        if (e instanceof Like) {
            return LIKE;
        }
        return PRIMARY;
    }
}
