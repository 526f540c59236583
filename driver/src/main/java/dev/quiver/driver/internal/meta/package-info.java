/**
 * {@link java.sql.DatabaseMetaData} for tools (DBeaver, DataGrip, sqlline, SchemaCrawler): catalogs are databases, tables are collections, columns are fields; every query the model has no answer for returns an empty result set with the standard columns.
 */
@NullMarked
package dev.quiver.driver.internal.meta;

import org.jspecify.annotations.NullMarked;
