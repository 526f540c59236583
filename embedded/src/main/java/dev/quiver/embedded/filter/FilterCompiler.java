package dev.quiver.embedded.filter;

import dev.quiver.embedded.error.EngineException;
import dev.quiver.grammar.MilvusExpressions;
import dev.quiver.grammar.ParsingException;
import dev.quiver.grammar.expr.Expression;
import dev.quiver.proto.milvus.TemplateValue;
import dev.quiver.wire.MilvusError;
import dev.quiver.wire.TimestamptzText;
import java.time.ZoneId;
import java.util.Map;

/**
 * Compiles Milvus filter expressions into {@link RowPredicate}s: once per request, checking every field and type
 * against the schema, so that evaluating a row neither parses nor looks anything up by name. Stateless and
 * thread-safe.
 *
 * <p>Errors are {@link dev.quiver.embedded.error.EngineException}s with {@link MilvusError#PARAMETER_INVALID}
 * (code 1100) and Milvus's reason format {@code cannot parse expression: <expr>, error: <detail>}, for example
 * {@code cannot parse expression: x > 1, error: field x not exist}. Functions the engine cannot evaluate
 * ({@code text_match}, {@code phrase_match}) are refused the same way, never treated as true.
 */
public final class FilterCompiler {
    private FilterCompiler() {
    }

    /**
     * Parses Milvus expression text.
     *
     * @throws dev.quiver.embedded.error.EngineException PARAMETER_INVALID with the parser's line, column and
     *     expectation when the text is not a valid expression
     */
    public static Expression parse(String milvusExpr) {
        try {
            return MilvusExpressions.parse(milvusExpr);
        } catch (ParsingException e) {
            throw EngineException.withReason(MilvusError.PARAMETER_INVALID, 
                    "cannot parse expression: " + milvusExpr + ", error: " + e.getMessage());
        }
    }

    /**
     * Parses and compiles Milvus expression text; error messages quote the text as given.
     *
     * @param templateValues the request's {@code expr_template_values}, by variable name
     */
    public static RowPredicate compile(String milvusExpr, FieldResolver schema,
                                       Map<String, TemplateValue> templateValues) {
        return compile(parse(milvusExpr), schema, templateValues, milvusExpr);
    }

    /**
     * Compiles a parsed expression.
     *
     * @param templateValues the request's {@code expr_template_values}, by variable name
     * @throws dev.quiver.embedded.error.EngineException PARAMETER_INVALID for unknown fields, type mismatches,
     *     missing template values and unsupported functions
     */
    public static RowPredicate compile(Expression expr, FieldResolver schema,
                                       Map<String, TemplateValue> templateValues) {
        return compile(expr, schema, templateValues, text(expr));
    }

    /**
     * Compiles a parsed expression whose TIMESTAMPTZ literals without an offset are read in {@code timezone}.
     *
     * @param templateValues the request's {@code expr_template_values}, by variable name
     */
    public static RowPredicate compile(Expression expr, FieldResolver schema,
                                       Map<String, TemplateValue> templateValues, ZoneId timezone) {
        return compile(expr, schema, templateValues, text(expr), timezone);
    }

    private static RowPredicate compile(Expression expr, FieldResolver schema,
                                        Map<String, TemplateValue> templateValues, String text) {
        return compile(expr, schema, templateValues, text, TimestamptzText.DEFAULT_ZONE);
    }

    private static RowPredicate compile(Expression expr, FieldResolver schema,
                                        Map<String, TemplateValue> templateValues, String text, ZoneId timezone) {
        ExpressionCompiler compiler = new ExpressionCompiler(schema, templateValues, text, timezone);
        Node root = compiler.predicate(expr);
        return new CompiledFilter(root, compiler.columns());
    }

    /** The expression as Milvus text for messages, falling back to statement text when Milvus cannot spell it. */
    static String text(Expression expr) {
        try {
            return MilvusExpressions.render(expr);
        } catch (IllegalArgumentException notMilvus) {
            try {
                return MilvusExpressions.renderStatementText(expr);
            } catch (IllegalArgumentException notStatement) {
                return expr.toString();
            }
        }
    }
}
