/**
 * Runnable example programs: {@link dev.quiver.examples.SeedFlushAndRelease} (plain JDBC),
 * {@link dev.quiver.examples.QuickstartDsl} (the Java DSL), {@code QuickstartKotlin} (the DSL from Kotlin) and
 * {@link dev.quiver.examples.PooledApp} (many threads on a pooled DataSource). Each has a {@code main} that takes an
 * optional {@code jdbc:milvus:} URL (the embedded engine by default) and a {@code run} method that writes its output
 * to a {@link java.io.PrintStream}, so that the tests can check it.
 */
@NullMarked
package dev.quiver.examples;

import org.jspecify.annotations.NullMarked;
