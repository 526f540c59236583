package dev.quiver.driver.internal.rpc;

import io.grpc.Status;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * When and how long to retry an RPC. Retried: gRPC {@code UNAVAILABLE} (the request did not reach a working
 * server) and Milvus rate limiting (code 8, legacy RateLimit 49). Nothing else: pymilvus also retries codes such
 * as UNKNOWN or INTERNAL, but those may come after a non-idempotent request was executed, so the driver reports
 * them; nor an {@code UNAVAILABLE} caused by a failed TLS handshake ({@link TlsFailure}). Back-off doubles from {@code initialBackoff} up to {@code maxBackoff} with "equal jitter" (half fixed,
 * half random), and never runs past the statement's deadline.
 */
public record RetryPolicy(int maxRetries, Duration initialBackoff, Duration maxBackoff) {

    /** The driver's defaults (10 retries, 50ms to 3s). */
    public static final RetryPolicy DEFAULT = new RetryPolicy(10, Duration.ofMillis(50), Duration.ofSeconds(3));

    /** Whether a gRPC failure with this code is retried. */
    public static boolean isRetriable(Status.Code code) {
        return code == Status.Code.UNAVAILABLE;
    }

    /** The pause before retry number {@code retry} (1-based). */
    public Duration backoff(int retry) {
        long initial = Math.max(1, initialBackoff.toMillis());
        long cap = Math.max(initial, maxBackoff.toMillis());
        long base = initial << Math.min(30, retry - 1);
        long capped = base <= 0 ? cap : Math.min(cap, base);
        long half = capped / 2;
        return Duration.ofMillis(half + ThreadLocalRandom.current().nextLong(capped - half + 1));
    }
}
