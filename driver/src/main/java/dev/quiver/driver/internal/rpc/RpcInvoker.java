package dev.quiver.driver.internal.rpc;

import dev.quiver.driver.MilvusSqlState;
import dev.quiver.driver.internal.error.SqlExceptions;
import dev.quiver.proto.milvus.Status;
import dev.quiver.wire.Durations;
import dev.quiver.wire.Statuses;
import io.grpc.CallOptions;
import io.grpc.Channel;
import io.grpc.MethodDescriptor;
import io.grpc.StatusException;
import io.grpc.StatusRuntimeException;
import io.grpc.stub.ClientCalls;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * Every RPC of every statement goes through here: the per-call deadline is the {@link CallScope}'s remaining
 * time, capped by the connection's {@linkplain #networkTimeout(Duration) network timeout}; retries follow the
 * {@link RetryPolicy} and never pass the deadline, and an unreachable address ({@link ConnectFailure}) fails at
 * once; {@link CallScope#cancel()} cancels
 * the call in flight; a failed Milvus status becomes a {@link SQLException} via {@link SqlExceptions}. When
 * retries run out the last failure is thrown (or chained as the cause of the timeout). Thread-safe.
 */
public final class RpcInvoker {
    private final Channel channel;
    private final RetryPolicy policy;
    private volatile @Nullable Duration networkTimeout;

    public RpcInvoker(Channel channel, RetryPolicy policy) {
        this.channel = channel;
        this.policy = policy;
    }

    /** The channel (with the connection's headers) the calls go through. */
    public Channel channel() {
        return channel;
    }

    public RetryPolicy policy() {
        return policy;
    }

    /**
     * Bounds the deadline of every RPC attempt ({@link java.sql.Connection#setNetworkTimeout}): an attempt gets
     * the smaller of this and the scope's remaining time; an attempt that gets no answer within it fails with a
     * {@link java.sql.SQLTimeoutException} naming {@code networkTimeout}. Null or zero removes the bound. Waits
     * between polls and retries are not RPCs and stay bounded by the scope only.
     */
    public void networkTimeout(@Nullable Duration timeout) {
        this.networkTimeout = timeout == null || timeout.isZero() || timeout.isNegative() ? null : timeout;
    }

    /** The bound set by {@link #networkTimeout(Duration)}, or null for none. */
    public @Nullable Duration networkTimeout() {
        return networkTimeout;
    }

    /** Polls something until it is done; see {@link #waitUntil(CallScope, String, Poll, Predicate, Duration, Duration)}. */
    @FunctionalInterface
    public interface Poll<T extends @Nullable Object> {
        T poll() throws SQLException;
    }

    /**
     * Calls {@code method} and returns the response when its status is a success; otherwise throws the mapped
     * {@link SQLException} (message = Milvus reason, error code = Milvus code).
     */
    public <Q, R> R call(CallScope scope, MethodDescriptor<Q, R> method, Q request) throws SQLException {
        return invoke(scope, method, request, true);
    }

    /**
     * Like {@link #call} but returns the response whatever its Milvus status (rate limiting is still retried and
     * transport failures still throw), for handlers that branch on a status code themselves.
     */
    public <Q, R> R callRaw(CallScope scope, MethodDescriptor<Q, R> method, Q request) throws SQLException {
        return invoke(scope, method, request, false);
    }

    private <Q, R> R invoke(CallScope scope, MethodDescriptor<Q, R> method, Q request, boolean check)
            throws SQLException {
        String rpc = method.getBareMethodName() == null ? method.getFullMethodName() : method.getBareMethodName();
        SQLException last = null;
        int retries = 0;
        while (true) {
            scope.checkCancelled();
            if (scope.expired()) {
                throw scope.timeoutError("in " + rpc, last);
            }
            try {
                R response = once(scope, method, request, rpc);
                Status status = ResponseStatus.of(response);
                if (status == null || !Statuses.isRateLimited(status)) {
                    if (check && status != null && !Statuses.isSuccess(status)) {
                        throw SqlExceptions.fromStatus(status, rpc);
                    }
                    return response;
                }
                last = SqlExceptions.fromStatus(status, rpc);
            } catch (StatusRuntimeException e) {
                SQLException mapped = map(scope, e, rpc);
                if (!RetryPolicy.isRetriable(e.getStatus().getCode()) || TlsFailure.find(e) != null
                        || ConnectFailure.classify(e) != null) {
                    throw mapped;
                }
                last = mapped;
            }
            retries++;
            if (retries > policy.maxRetries()) {
                throw last;
            }
            Duration pause = policy.backoff(retries);
            Duration remaining = scope.remaining();
            if (remaining != null && remaining.compareTo(pause) <= 0) {
                throw scope.timeoutError("retrying " + rpc + " after " + retries + " attempt"
                        + (retries == 1 ? "" : "s") + " (last failure: " + last.getMessage() + ")", last);
            }
            scope.sleep(pause);
        }
    }

    private SQLException map(CallScope scope, StatusRuntimeException e, String rpc) {
        if (e.getStatus().getCode() == io.grpc.Status.Code.DEADLINE_EXCEEDED && scope.timeout() != null) {
            return scope.timeoutError("in " + rpc, e);
        }
        if (e.getStatus().getCode() == io.grpc.Status.Code.CANCELLED && scope.isCancelled()) {
            return SqlExceptions.cancelled(e);
        }
        String unreachable = ConnectFailure.describe(e, channel.authority());
        if (unreachable != null) {
            return SqlExceptions.create(MilvusSqlState.CONNECTION_FAILURE,
                    "the server is unavailable (" + rpc + "): " + unreachable, 0, e);
        }
        return SqlExceptions.fromGrpc(e, rpc);
    }

    private <Q, R> R once(CallScope scope, MethodDescriptor<Q, R> method, Q request, String rpc) throws SQLException {
        CallOptions options = CallOptions.DEFAULT;
        Duration remaining = scope.remaining();
        Duration network = networkTimeout;
        boolean networkBound = network != null && (remaining == null || network.compareTo(remaining) < 0);
        Duration deadline = networkBound ? network : remaining;
        if (deadline != null) {
            options = options.withDeadlineAfter(Math.max(1, deadline.toNanos()), TimeUnit.NANOSECONDS);
        }
        Future<R> future = ClientCalls.futureUnaryCall(channel.newCall(method, options), request);
        scope.attach(future);
        try {
            return future.get();
        } catch (CancellationException e) {
            throw SqlExceptions.cancelled(e);
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw SqlExceptions.cancelled(e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            StatusRuntimeException failure = cause instanceof StatusException se
                    ? new StatusRuntimeException(se.getStatus(), se.getTrailers())
                    : cause instanceof StatusRuntimeException sre ? sre : null;
            if (failure != null) {
                if (networkBound && network != null && !scope.expired()
                        && failure.getStatus().getCode() == io.grpc.Status.Code.DEADLINE_EXCEEDED) {
                    throw SqlExceptions.create(MilvusSqlState.TIMEOUT, "no answer within networkTimeout="
                            + Durations.format(network) + " in " + rpc, 0, failure);
                }
                throw failure;
            }
            throw SqlExceptions.create(MilvusSqlState.GENERAL_ERROR,
                    rpc + " failed: " + cause, 0, cause);
        } finally {
            scope.detach(future);
        }
    }

    /**
     * Polls until {@code done} accepts the polled value, sleeping between polls with back-off from
     * {@code initialPause} doubling up to {@code maxPause}, never past the scope's deadline. With no deadline it
     * waits until done or cancelled.
     *
     * @param what for the timeout message, e.g. {@code "collection c to load"}
     * @throws SQLException a {@link java.sql.SQLTimeoutException} naming {@code what} when the deadline passes
     */
    public <T extends @Nullable Object> T waitUntil(CallScope scope, String what, Poll<T> poll,
                                                    Predicate<? super T> done, Duration initialPause,
                                                    Duration maxPause) throws SQLException {
        Duration pause = initialPause;
        while (true) {
            scope.checkCancelled();
            if (scope.expired()) {
                throw scope.timeoutError("waiting for " + what, null);
            }
            T value = poll.poll();
            if (done.test(value)) {
                return value;
            }
            @Nullable Duration remaining = scope.remaining();
            if (remaining != null && remaining.isZero()) {
                throw scope.timeoutError("waiting for " + what, null);
            }
            scope.sleep(remaining == null || remaining.compareTo(pause) > 0 ? pause : remaining);
            Duration doubled = pause.multipliedBy(2);
            pause = doubled.compareTo(maxPause) > 0 ? maxPause : doubled;
        }
    }
}
