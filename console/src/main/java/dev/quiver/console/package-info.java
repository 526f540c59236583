/**
 * The {@code quiver} command: {@link dev.quiver.console.Main} parses the command line and runs an interactive
 * session, statement scripts, or {@code quiver serve}. Everything a statement does goes through JDBC
 * ({@code jdbc:milvus:} URLs); the sub-packages hold the command line ({@code cli}), the statement session and
 * script runner ({@code session}), the result printers ({@code output}) and the JLine front end ({@code repl}).
 */
@NullMarked
package dev.quiver.console;

import org.jspecify.annotations.NullMarked;
