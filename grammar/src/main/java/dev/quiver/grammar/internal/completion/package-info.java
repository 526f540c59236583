/**
 * Code completion from the grammar: a walk over the parser's ATN that finds the tokens and the names the grammar
 * accepts at a caret ({@link dev.quiver.grammar.internal.completion.CaretAnalysis}), and the role of each place
 * where the grammar reads a name ({@link dev.quiver.grammar.internal.completion.NameRoles}). Used by the public
 * {@code dev.quiver.grammar.Completions}; nothing here is API.
 */
@NullMarked
package dev.quiver.grammar.internal.completion;

import org.jspecify.annotations.NullMarked;
