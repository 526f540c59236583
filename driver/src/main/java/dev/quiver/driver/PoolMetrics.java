package dev.quiver.driver;

import java.time.Duration;

/**
 * A snapshot of a connection pool's counters, over all keys.
 *
 * @param active connections borrowed right now
 * @param idle connections waiting in the pool
 * @param waiting threads blocked in {@code getConnection}
 * @param created connections created since the pool started
 * @param destroyed connections closed by the pool (eviction, lifetime, failed validation, close)
 * @param meanBorrowWait mean time {@code getConnection} waited, over recent borrows
 * @param maxBorrowWait longest time {@code getConnection} waited
 */
public record PoolMetrics(int active, int idle, int waiting, long created, long destroyed, Duration meanBorrowWait,
                          Duration maxBorrowWait) {
}
