/**
 * A fluent Java DSL for Milvus that reads well from Kotlin. {@link dev.quiver.dsl.Quiver} is the entry point: it
 * wraps a {@code javax.sql.DataSource}, a {@code java.sql.Connection} or a {@code jdbc:milvus:} URL and offers one
 * factory method per statement of the Quiver language. Every step is an immutable value that builds the grammar's
 * statement AST directly; {@code toString()} is the canonical statement text, and {@code execute()} (or
 * {@code executeAsync()}) runs it through the JDBC driver. Filters are built with {@link dev.quiver.dsl.Filters}
 * and never concatenate strings; results come back as {@link dev.quiver.dsl.Row}s, Java records, or small value
 * types such as {@link dev.quiver.dsl.LoadState} and {@link dev.quiver.dsl.FlushResult}. Nothing on the surface
 * throws a checked exception: failures are {@link dev.quiver.dsl.QuiverException}s. Everything is non-null unless
 * marked {@code @Nullable}.
 */
@NullMarked
package dev.quiver.dsl;

import org.jspecify.annotations.NullMarked;
