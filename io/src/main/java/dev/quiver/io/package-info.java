/**
 * COPY run on the client over a JDBC connection, like psql's {@code \copy}: {@link dev.quiver.io.Copy} reads a CSV,
 * JSON or JSON Lines file and inserts its rows in batches ({@code INSERT ... ROWS ?} as a JDBC batch), or writes the
 * rows of a collection or a SELECT to such a file. Files stream in bounded memory: one batch of rows at a time.
 * The CSV and JSON libraries live here, not in the driver. Formats and options: docs/copy.md.
 */
@NullMarked
package dev.quiver.io;

import org.jspecify.annotations.NullMarked;
