/**
 * Result printers, one per output format ({@link dev.quiver.console.output.OutputFormat}): aligned tables (Unicode
 * box or ASCII, fitted to a width), vertical records, CSV, TSV, JSON, JSON Lines and Markdown. A printer reads a
 * {@link java.sql.ResultSet} and writes text; none of them knows about terminals or colours.
 * {@link dev.quiver.console.output.CommandResultPrinter} prints the details of a command (FLUSH, COMPACT, LOAD) in
 * the same formats.
 */
@NullMarked
package dev.quiver.console.output;

import org.jspecify.annotations.NullMarked;
