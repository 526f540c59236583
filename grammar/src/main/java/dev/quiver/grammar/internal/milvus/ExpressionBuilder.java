package dev.quiver.grammar.internal.milvus;

import dev.quiver.grammar.internal.error.GrammarError;
import dev.quiver.grammar.expr.And;
import dev.quiver.grammar.expr.Arithmetic;
import dev.quiver.grammar.expr.ArithmeticOperator;
import dev.quiver.grammar.expr.ArrayLiteral;
import dev.quiver.grammar.expr.Comparison;
import dev.quiver.grammar.expr.ComparisonOperator;
import dev.quiver.grammar.expr.DecimalArrayLiteral;
import dev.quiver.grammar.expr.Expression;
import dev.quiver.grammar.expr.FieldRef;
import dev.quiver.grammar.expr.FilterFunction;
import dev.quiver.grammar.expr.FunctionCall;
import dev.quiver.grammar.expr.IntervalLiteral;
import dev.quiver.grammar.expr.TimestampLiteral;
import dev.quiver.grammar.expr.In;
import dev.quiver.grammar.expr.IntegerArrayLiteral;
import dev.quiver.grammar.expr.ListLiterals;
import dev.quiver.grammar.expr.Like;
import dev.quiver.grammar.expr.Literal;
import dev.quiver.grammar.expr.Negate;
import dev.quiver.grammar.expr.Not;
import dev.quiver.grammar.expr.NullTest;
import dev.quiver.grammar.expr.Or;
import dev.quiver.grammar.expr.Range;
import dev.quiver.grammar.expr.TemplateVariable;
import dev.quiver.grammar.internal.milvus.MilvusExpressionParser.AdditiveExprContext;
import dev.quiver.grammar.internal.milvus.MilvusExpressionParser.AndExprContext;
import dev.quiver.grammar.internal.milvus.MilvusExpressionParser.ArrayLiteralContext;
import dev.quiver.grammar.internal.milvus.MilvusExpressionParser.BooleanLiteralContext;
import dev.quiver.grammar.internal.milvus.MilvusExpressionParser.EqualityExprContext;
import dev.quiver.grammar.internal.milvus.MilvusExpressionParser.ExprContext;
import dev.quiver.grammar.internal.milvus.MilvusExpressionParser.FieldPathContext;
import dev.quiver.grammar.internal.milvus.MilvusExpressionParser.FieldReferenceContext;
import dev.quiver.grammar.internal.milvus.MilvusExpressionParser.FloatLiteralContext;
import dev.quiver.grammar.internal.milvus.MilvusExpressionParser.FunctionCallContext;
import dev.quiver.grammar.internal.milvus.MilvusExpressionParser.InExprContext;
import dev.quiver.grammar.internal.milvus.MilvusExpressionParser.IntegerLiteralContext;
import dev.quiver.grammar.internal.milvus.MilvusExpressionParser.LikeExprContext;
import dev.quiver.grammar.internal.milvus.MilvusExpressionParser.MultiplicativeExprContext;
import dev.quiver.grammar.internal.milvus.MilvusExpressionParser.OrExprContext;
import dev.quiver.grammar.internal.milvus.MilvusExpressionParser.ParenthesizedContext;
import dev.quiver.grammar.internal.milvus.MilvusExpressionParser.PathStepContext;
import dev.quiver.grammar.internal.milvus.MilvusExpressionParser.PowerExprContext;
import dev.quiver.grammar.internal.milvus.MilvusExpressionParser.PrimaryContext;
import dev.quiver.grammar.internal.milvus.MilvusExpressionParser.PrimaryExprContext;
import dev.quiver.grammar.internal.milvus.MilvusExpressionParser.RelationalExprContext;
import dev.quiver.grammar.internal.milvus.MilvusExpressionParser.StringLiteralContext;
import dev.quiver.grammar.internal.milvus.MilvusExpressionParser.TimestampLiteralContext;
import dev.quiver.grammar.internal.milvus.MilvusExpressionParser.IntervalLiteralContext;
import dev.quiver.grammar.internal.milvus.MilvusExpressionParser.TemplateVariableContext;
import dev.quiver.grammar.internal.milvus.MilvusExpressionParser.UnaryExprContext;
import java.math.BigInteger;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.TerminalNode;
import org.jspecify.annotations.Nullable;

/**
 * Builds the expression AST from a parse tree of {@code MilvusExpression.g4}. Chains of binary operators are
 * walked iteratively along their left spine, so a filter of thousands of {@code or} terms needs no deep recursion.
 * Stateless; one instance may serve any number of parses on one thread.
 */
final class ExpressionBuilder {

    private static final BigInteger LONG_MIN_MAGNITUDE = BigInteger.valueOf(Long.MIN_VALUE).negate();

    Expression build(ExprContext root) {
        Deque<ExprContext> spine = new ArrayDeque<>();
        ExprContext current = root;
        ExprContext left;
        while ((left = leftOperand(current)) != null) {
            spine.push(current);
            current = left;
        }
        Expression result = leaf(current);
        while (!spine.isEmpty()) {
            result = combine(spine.pop(), result);
        }
        return result;
    }

    private static @Nullable ExprContext leftOperand(ExprContext ctx) {
        if (ctx instanceof PrimaryExprContext || ctx instanceof UnaryExprContext) {
            return null;
        }
        return (ExprContext) ctx.getChild(0);
    }

    private Expression combine(ExprContext ctx, Expression left) {
        if (ctx instanceof AndExprContext c) {
            return new And(left, build(c.expr(1)));
        }
        if (ctx instanceof OrExprContext c) {
            return new Or(left, build(c.expr(1)));
        }
        if (ctx instanceof EqualityExprContext c) {
            return new Comparison(left, comparisonOperator(c.op), build(c.expr(1)));
        }
        if (ctx instanceof RelationalExprContext c) {
            return relational(c, left);
        }
        if (ctx instanceof InExprContext c) {
            return new In(left, build(c.expr(1)), c.NOT() != null);
        }
        if (ctx instanceof AdditiveExprContext c) {
            ArithmeticOperator op = c.op.getType() == MilvusExpressionLexer.ADD
                    ? ArithmeticOperator.ADD : ArithmeticOperator.SUBTRACT;
            return new Arithmetic(left, op, build(c.expr(1)));
        }
        if (ctx instanceof MultiplicativeExprContext c) {
            ArithmeticOperator op = switch (c.op.getType()) {
                case MilvusExpressionLexer.MUL -> ArithmeticOperator.MULTIPLY;
                case MilvusExpressionLexer.DIV -> ArithmeticOperator.DIVIDE;
                default -> ArithmeticOperator.MODULO;
            };
            return new Arithmetic(left, op, build(c.expr(1)));
        }
        if (ctx instanceof PowerExprContext c) {
            return new Arithmetic(left, ArithmeticOperator.POWER, build(c.expr(1)));
        }
        if (ctx instanceof LikeExprContext c) {
            return new Like(left, build(c.expr(1)));
        }
        throw new IllegalStateException("unexpected parse tree node " + ctx.getClass().getSimpleName());
    }

    /**
     * {@code left op right}, or a {@link Range} when {@code left} is itself an unparenthesised comparison in the
     * same direction whose right operand is a bare field: {@code 1 < x <= 5}, {@code 5 > x >= 1}.
     */
    private Expression relational(RelationalExprContext ctx, Expression left) {
        Expression right = build(ctx.expr(1));
        if (ctx.expr(0) instanceof RelationalExprContext inner && left instanceof Comparison first
                && isBareField(inner.expr(1))) {
            boolean ascending = isAscending(inner.op) && isAscending(ctx.op);
            boolean descending = !isAscending(inner.op) && !isAscending(ctx.op);
            if (ascending) {
                return new Range(first.left(), inner.op.getType() == MilvusExpressionLexer.LE, first.right(),
                        right, ctx.op.getType() == MilvusExpressionLexer.LE);
            }
            if (descending) {
                return new Range(right, ctx.op.getType() == MilvusExpressionLexer.GE, first.right(),
                        first.left(), inner.op.getType() == MilvusExpressionLexer.GE);
            }
        }
        return new Comparison(left, comparisonOperator(ctx.op), right);
    }

    private static boolean isAscending(Token op) {
        return op.getType() == MilvusExpressionLexer.LT || op.getType() == MilvusExpressionLexer.LE;
    }

    private static boolean isBareField(ExprContext ctx) {
        return ctx instanceof PrimaryExprContext p && p.primary() instanceof FieldReferenceContext f
                && f.IS_NULL() == null && f.IS_NOT_NULL() == null;
    }

    private static ComparisonOperator comparisonOperator(Token op) {
        return switch (op.getType()) {
            case MilvusExpressionLexer.EQ -> ComparisonOperator.EQUAL;
            case MilvusExpressionLexer.NE -> ComparisonOperator.NOT_EQUAL;
            case MilvusExpressionLexer.LT -> ComparisonOperator.LESS;
            case MilvusExpressionLexer.LE -> ComparisonOperator.LESS_OR_EQUAL;
            case MilvusExpressionLexer.GT -> ComparisonOperator.GREATER;
            default -> ComparisonOperator.GREATER_OR_EQUAL;
        };
    }

    private Expression leaf(ExprContext ctx) {
        if (ctx instanceof PrimaryExprContext c) {
            return primary(c.primary());
        }
        UnaryExprContext unary = (UnaryExprContext) ctx;
        ExprContext operand = unary.expr();
        return switch (unary.op.getType()) {
            case MilvusExpressionLexer.SUB -> {
                Expression literal = numericLiteral(operand, true);
                yield literal != null ? literal : new Negate(build(operand));
            }
            case MilvusExpressionLexer.ADD -> build(operand);
            default -> new Not(build(operand));
        };
    }

    /** The operand as a signed number literal when it is a bare number token, else null. */
    private static @Nullable Expression numericLiteral(ExprContext operand, boolean negative) {
        if (!(operand instanceof PrimaryExprContext p)) {
            return null;
        }
        if (p.primary() instanceof IntegerLiteralContext i) {
            return new Literal.IntegerLiteral(integerValue(i.INTEGER().getSymbol(), negative));
        }
        if (p.primary() instanceof FloatLiteralContext f) {
            double value = decimalValue(f.FLOAT().getSymbol());
            return new Literal.DecimalLiteral(negative ? -value : value);
        }
        return null;
    }

    private Expression primary(PrimaryContext ctx) {
        if (ctx instanceof IntegerLiteralContext c) {
            return new Literal.IntegerLiteral(integerValue(c.INTEGER().getSymbol(), false));
        }
        if (ctx instanceof FloatLiteralContext c) {
            return new Literal.DecimalLiteral(decimalValue(c.FLOAT().getSymbol()));
        }
        if (ctx instanceof BooleanLiteralContext c) {
            return new Literal.BooleanLiteral(c.BOOLEAN().getText().equalsIgnoreCase("true"));
        }
        if (ctx instanceof StringLiteralContext c) {
            return new Literal.StringLiteral(StringLiterals.value(c.getStart()));
        }
        if (ctx instanceof TimestampLiteralContext c) {
            return new TimestampLiteral(StringLiterals.value(c.STRING().getSymbol()));
        }
        if (ctx instanceof IntervalLiteralContext c) {
            return new IntervalLiteral(StringLiterals.value(c.STRING().getSymbol()));
        }
        if (ctx instanceof FieldReferenceContext c) {
            FieldRef field = fieldRef(c.fieldPath());
            if (c.IS_NULL() != null || c.IS_NOT_NULL() != null) {
                return new NullTest(field, c.IS_NOT_NULL() != null);
            }
            return field;
        }
        if (ctx instanceof TemplateVariableContext c) {
            return new TemplateVariable(c.IDENTIFIER().getText());
        }
        if (ctx instanceof ParenthesizedContext c) {
            return build(c.expr());
        }
        if (ctx instanceof ArrayLiteralContext c) {
            return array(c);
        }
        if (ctx instanceof FunctionCallContext c) {
            return functionCall(c);
        }
        throw new IllegalStateException("unexpected parse tree node " + ctx.getClass().getSimpleName());
    }

    private static FieldRef fieldRef(FieldPathContext ctx) {
        List<PathStepContext> steps = ctx.pathStep();
        if (steps.isEmpty()) {
            return FieldRef.of(ctx.getStart().getText());
        }
        List<FieldRef.PathStep> path = new ArrayList<>(steps.size());
        for (PathStepContext step : steps) {
            Token token = ((TerminalNode) step.getChild(1)).getSymbol();
            if (token.getType() == MilvusExpressionLexer.INTEGER) {
                path.add(new FieldRef.Index(integerValue(token, false)));
            } else {
                path.add(new FieldRef.Key(StringLiterals.value(token)));
            }
        }
        return new FieldRef(ctx.getStart().getText(), path);
    }

    private Expression array(ArrayLiteralContext ctx) {
        List<ExprContext> elementContexts = ctx.expr();
        if (elementContexts.isEmpty()) {
            return new ArrayLiteral(List.of());
        }
        List<Expression> elements = new ArrayList<>(elementContexts.size());
        for (ExprContext elementContext : elementContexts) {
            Expression element = build(elementContext);
            if (!isConstant(element)) {
                throw semanticError(elementContext,
                        "array elements must be literals or template variables");
            }
            elements.add(element);
        }
        return ListLiterals.of(elements);
    }

    private static boolean isConstant(Expression element) {
        return element instanceof Literal || element instanceof ArrayLiteral
                || element instanceof IntegerArrayLiteral || element instanceof DecimalArrayLiteral
                || element instanceof TemplateVariable;
    }

    private Expression functionCall(FunctionCallContext ctx) {
        Token nameToken = ctx.name;
        String name = nameToken.getText().toLowerCase(Locale.ROOT);
        FilterFunction function = FilterFunction.named(name).orElse(null);
        if (function == null) {
            throw new GrammarError("unknown function '" + nameToken.getText() + "'", nameToken.getLine(),
                    nameToken.getCharPositionInLine() + 1, nameToken.getText(), List.of());
        }
        List<ExprContext> argumentContexts = ctx.expr();
        int count = argumentContexts.size();
        int minimum = function.getMinimumArguments();
        int maximum = function.getMaximumArguments();
        if (count < minimum || count > maximum) {
            String expected = minimum == maximum ? String.valueOf(minimum) : minimum + " or " + maximum;
            throw new GrammarError(
                    "function " + name + " takes " + expected + (maximum == 1 ? " argument" : " arguments")
                            + ", got " + count,
                    nameToken.getLine(), nameToken.getCharPositionInLine() + 1, nameToken.getText(), List.of());
        }
        List<Expression> arguments = new ArrayList<>(count);
        for (ExprContext argumentContext : argumentContexts) {
            arguments.add(build(argumentContext));
        }
        Expression first = arguments.get(0);
        boolean needsField = name.equals("array_length") || name.equals("text_match") || name.equals("phrase_match")
                || name.startsWith("st_");
        if (needsField && !(first instanceof FieldRef field
                && (name.equals("array_length") || field.path().isEmpty()))) {
            throw semanticError(argumentContexts.get(0), "the first argument of " + name + " must be a field"
                    + (name.equals("array_length") ? " or a JSON path" : " name"));
        }
        return new FunctionCall(name, arguments);
    }

    private static GrammarError semanticError(ParserRuleContext ctx, String description) {
        Token start = ctx.getStart();
        return new GrammarError(description, start.getLine(), start.getCharPositionInLine() + 1,
                start.getText(), List.of());
    }

    /** The value of an integer token (decimal, 0x hex, 0o or leading-0 octal, 0b binary), negated if asked. */
    static long integerValue(Token token, boolean negative) {
        String text = token.getText();
        int radix = 10;
        String digits = text;
        if (text.length() > 1 && text.charAt(0) == '0') {
            char prefix = Character.toLowerCase(text.charAt(1));
            switch (prefix) {
                case 'x' -> { radix = 16; digits = text.substring(2); }
                case 'o' -> { radix = 8; digits = text.substring(2); }
                case 'b' -> { radix = 2; digits = text.substring(2); }
                default -> { radix = 8; digits = text.substring(1); }
            }
        }
        BigInteger magnitude;
        try {
            magnitude = new BigInteger(digits, radix);
        } catch (NumberFormatException e) {
            throw new GrammarError("invalid octal literal '" + text + "'", token.getLine(),
                    token.getCharPositionInLine() + 1, text, List.of());
        }
        if (negative ? magnitude.compareTo(LONG_MIN_MAGNITUDE) > 0 : magnitude.bitLength() > 63) {
            throw new GrammarError("integer " + (negative ? "-" : "") + text + " is out of range (64-bit)",
                    token.getLine(), token.getCharPositionInLine() + 1, text, List.of());
        }
        return negative ? magnitude.negate().longValue() : magnitude.longValue();
    }

    /** The value of a decimal token; infinite values are refused. */
    static double decimalValue(Token token) {
        String text = token.getText();
        double value;
        try {
            value = Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw new GrammarError("invalid number '" + text + "'", token.getLine(),
                    token.getCharPositionInLine() + 1, text, List.of());
        }
        if (Double.isInfinite(value)) {
            throw new GrammarError("number " + text + " is out of range (64-bit floating point)",
                    token.getLine(), token.getCharPositionInLine() + 1, text, List.of());
        }
        return value;
    }
}
