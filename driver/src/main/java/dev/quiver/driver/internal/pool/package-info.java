/**
 * The connection pool behind {@link dev.quiver.driver.PooledMilvusDataSource}, one class per job: routing and
 * housekeeping ({@code ConnectionPool}), borrowing with direct handoff to waiting borrowers over commons-pool2
 * ({@code SubPool}), creation, validation and session reset ({@code ConnectionFactory}), the eviction rule
 * ({@code LifetimePolicy}), leak reports ({@code LeakDetector}), counters ({@code PoolCounters}) and the handles
 * borrowers hold ({@code PooledConnectionHandle}). Ages run on an injected nanosecond clock.
 */
@NullMarked
package dev.quiver.driver.internal.pool;

import org.jspecify.annotations.NullMarked;
