/**
 * The Quiver statement language: the parser facade, the canonical formatter, the statement splitter and their
 * errors. The AST lives in {@code dev.quiver.grammar.ast}, filter expressions in {@code dev.quiver.grammar.expr};
 * the ANTLR parse tree never leaves this module.
 */
@NullMarked
package dev.quiver.grammar;

import org.jspecify.annotations.NullMarked;
