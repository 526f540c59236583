/**
 * The filter-expression model shared by the statement language, the driver and the embedded engine.
 *
 * <p>Both SQL spellings ({@code =}, {@code <>}, {@code AND}, {@code IN (...)}, {@code BETWEEN}) and Milvus's
 * own boolean-expression syntax ({@code ==}, {@code !=}, {@code &&}, {@code in [...]}) parse into these
 * immutable records, and the Milvus expression renderer prints them back as Milvus
 * expression text. Literal values of statements (INSERT values, vectors, JSON objects, parameters) use the same
 * records, so a value means the same thing wherever it appears.
 */
@NullMarked
package dev.quiver.grammar.expr;

import org.jspecify.annotations.NullMarked;
