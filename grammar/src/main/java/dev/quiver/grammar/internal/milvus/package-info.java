/**
 * Milvus boolean filter expressions: the parser that turns Milvus's own expression syntax into the expression AST
 * of {@code dev.quiver.grammar.expr}, and the renderer that prints the AST back as Milvus expression text or as
 * Quiver statement text. Internal to the grammar module; use {@link dev.quiver.grammar.MilvusExpressions}.
 */
@NullMarked
package dev.quiver.grammar.internal.milvus;

import org.jspecify.annotations.NullMarked;
