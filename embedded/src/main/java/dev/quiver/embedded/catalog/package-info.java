/**
 * The engine's catalog: databases, collections, partitions, aliases, indexes and load states, and the users
 * (as salted password hashes), roles and grants ({@link dev.quiver.embedded.catalog.AccessControl}), persisted
 * together atomically. {@link dev.quiver.embedded.catalog.CatalogView} is what the data path sees of it.
 */
@NullMarked
package dev.quiver.embedded.catalog;

import org.jspecify.annotations.NullMarked;
