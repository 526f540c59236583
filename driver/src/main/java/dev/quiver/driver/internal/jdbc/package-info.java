/**
 * The java.sql implementations: connection, statements, result sets and their metadata, and the database metadata. They parse statement text, bind parameters and hand the statement to the {@link dev.quiver.driver.internal.exec.StatementDispatcher}.
 */
@NullMarked
package dev.quiver.driver.internal.jdbc;

import org.jspecify.annotations.NullMarked;
