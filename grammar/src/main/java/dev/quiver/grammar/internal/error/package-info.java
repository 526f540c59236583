/**
 * The error type of the parser internals: {@link dev.quiver.grammar.internal.error.GrammarError}, a leaf package
 * that both parsers use and that the public facades of {@code dev.quiver.grammar} translate into
 * {@link dev.quiver.grammar.ParsingException}, keeping the package graph acyclic.
 */
@NullMarked
package dev.quiver.grammar.internal.error;

import org.jspecify.annotations.NullMarked;
