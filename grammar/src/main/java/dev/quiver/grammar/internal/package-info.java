/**
 * The implementation of the statement language: the ANTLR-generated lexer and parser, the AST builder with its
 * semantic checks, precise syntax errors, and the vector-literal fast path. Only {@link
 * dev.quiver.grammar.internal.QuiverParsing} and {@link dev.quiver.grammar.internal.Keywords} are meant for the
 * facade classes of {@code dev.quiver.grammar}; nothing here is API.
 */
@NullMarked
package dev.quiver.grammar.internal;

import org.jspecify.annotations.NullMarked;
