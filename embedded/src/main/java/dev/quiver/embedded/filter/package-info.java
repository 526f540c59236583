/**
 * Filter expressions for the embedded engine: {@link dev.quiver.embedded.filter.FilterCompiler} compiles a Milvus
 * boolean expression once per request, against the collection's schema ({@link
 * dev.quiver.embedded.filter.FieldResolver}) and the request's template values, into a
 * {@link dev.quiver.embedded.filter.RowPredicate} that segments evaluate row by row through the typed column readers
 * of {@link dev.quiver.embedded.filter.ColumnAccess}. {@link dev.quiver.embedded.filter.PrimaryKeys} recognises
 * filters that only select primary keys, for fast deletes and point reads.
 *
 * <p>Semantics follow Milvus: integers and decimals compare as numbers; a comparison involving a null value, a
 * missing JSON key or a JSON value of another type is unknown, and rows match only when the whole filter is true
 * ({@code not} of unknown stays unknown, as in SQL); {@code like} knows {@code %} (any run), {@code _} (one
 * character) and backslash escapes; arithmetic is allowed on one field with constants.
 */
@NullMarked
package dev.quiver.embedded.filter;

import org.jspecify.annotations.NullMarked;
