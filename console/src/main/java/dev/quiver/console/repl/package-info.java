/**
 * The interactive front end on JLine 3: a parser that keeps reading until a statement is complete, completion of
 * keywords and live names, syntax highlighting, history without secrets, and Ctrl-C cancelling the running
 * statement.
 */
@NullMarked
package dev.quiver.console.repl;

import org.jspecify.annotations.NullMarked;
