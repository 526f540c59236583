package dev.quiver.grammar.expr;

/** A Milvus template variable {@code {name}}, bound through {@code expr_template_values}. */
public record TemplateVariable(String name) implements Expression {}
