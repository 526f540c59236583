/**
 * The commons-pool2 based connection pool behind {@link dev.quiver.driver.PooledMilvusDataSource}: pooled connection handles, session reset on return, validation, lifetime, leak detection and metrics.
 */
@NullMarked
package dev.quiver.driver.internal.pool;

import org.jspecify.annotations.NullMarked;
