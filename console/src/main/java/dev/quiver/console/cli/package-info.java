/**
 * The command line: picocli options of {@code quiver} and {@code quiver serve}, connection targets resolved from
 * arguments and environment variables, and the process environment (streams, terminal, home directory) behind an
 * interface so that tests run the console in-process.
 */
@NullMarked
package dev.quiver.console.cli;

import org.jspecify.annotations.NullMarked;
