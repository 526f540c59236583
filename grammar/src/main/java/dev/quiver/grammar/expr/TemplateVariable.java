package dev.quiver.grammar.expr;

import org.jspecify.annotations.Nullable;

/** A Milvus template variable {@code {name}}, bound through {@code expr_template_values}. */
public record TemplateVariable(String name) implements Expression {
    @Override
    public <R extends @Nullable Object> R accept(ExpressionVisitor<R> visitor) {
        return visitor.visitTemplateVariable(this);
    }
}
