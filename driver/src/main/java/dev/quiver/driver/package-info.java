/**
 * The public API of Quiver's JDBC driver for {@code jdbc:milvus:} URLs: {@link dev.quiver.driver.MilvusDriver}, the connection properties ({@link dev.quiver.driver.ConnectionProperty}), the extension interfaces reached with {@code unwrap} ({@link dev.quiver.driver.MilvusConnection}, {@link dev.quiver.driver.MilvusStatement}), the SQLStates ({@link dev.quiver.driver.MilvusSqlState}) and the data sources ({@link dev.quiver.driver.MilvusDataSource}, {@link dev.quiver.driver.PooledMilvusDataSource}). Everything else lives in {@code internal} packages and may change without notice.
 */
@NullMarked
package dev.quiver.driver;

import org.jspecify.annotations.NullMarked;
