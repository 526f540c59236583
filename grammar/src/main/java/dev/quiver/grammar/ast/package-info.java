/**
 * The immutable statement AST: a sealed {@link dev.quiver.grammar.ast.Statement} hierarchy with one record per
 * statement form, and small records and enums for their parts (column definitions, data types, properties, the
 * parts of a vector search). Literal values and WHERE filters are {@link dev.quiver.grammar.expr.Expression}
 * records. This is the only view of a statement the rest of Quiver sees; the parse tree stays inside the grammar
 * module. Components are non-null unless marked {@code @Nullable}; lists are unmodifiable copies.
 */
@NullMarked
package dev.quiver.grammar.ast;

import org.jspecify.annotations.NullMarked;
