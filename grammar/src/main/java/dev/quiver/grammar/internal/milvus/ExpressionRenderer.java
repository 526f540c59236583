package dev.quiver.grammar.internal.milvus;

import dev.quiver.grammar.expr.Expression;

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

    private final boolean statementText;

    private ExpressionRenderer(boolean statementText) {
        this.statementText = statementText;
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
        new TextWriter(statementText, out).write(expression);
        return out.toString();
    }
}
