/**
 * A console session over one JDBC connection: executing statements and printing their results, meta-commands
 * ({@code \timing}, {@code \set}, {@code \i}, ...), the incremental statement scanner shared by scripts and the
 * interactive reader, error positions ({@code file:line:column}), and the exit codes a script run ends with.
 */
@NullMarked
package dev.quiver.console.session;

import org.jspecify.annotations.NullMarked;
