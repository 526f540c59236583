package dev.quiver.driver.internal.rpc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quiver.driver.FakeMilvusServer;
import dev.quiver.proto.milvus.CheckHealthRequest;
import dev.quiver.proto.milvus.DescribeCollectionRequest;
import dev.quiver.proto.milvus.DescribeCollectionResponse;
import dev.quiver.proto.milvus.FlushRequest;
import dev.quiver.proto.milvus.GetVersionRequest;
import dev.quiver.proto.milvus.ListDatabasesRequest;
import dev.quiver.proto.milvus.MilvusServiceGrpc;
import io.grpc.ManagedChannel;
import io.grpc.inprocess.InProcessChannelBuilder;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.SQLSyntaxErrorException;
import java.sql.SQLTimeoutException;
import java.sql.SQLTransientConnectionException;
import java.sql.SQLTransientException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RpcInvokerTest {
    private FakeMilvusServer server;
    private ManagedChannel channel;

    @BeforeEach
    void start() throws Exception {
        server = new FakeMilvusServer();
        channel = server.startInProcess();
    }

    @AfterEach
    void stop() throws Exception {
        channel.shutdownNow();
        server.close();
    }

    private RpcInvoker invoker(int retries, Duration initial, Duration max) {
        return new RpcInvoker(channel, new RetryPolicy(retries, initial, max));
    }

    @Test
    void retriesRateLimitingThenSucceeds() throws Exception {
        server.rateLimitListDatabases.set(3);
        var response = invoker(5, Duration.ofMillis(1), Duration.ofMillis(5))
                .call(CallScope.unbounded(), MilvusServiceGrpc.getListDatabasesMethod(), ListDatabasesRequest.getDefaultInstance());
        assertThat(response).isNotNull();
        assertThat(response.getDbNamesList()).contains("default");
        assertThat(server.callCount("ListDatabases")).isEqualTo(4);
    }

    @Test
    void throwsTheLastFailureWhenRetriesRunOut() {
        server.rateLimitListDatabases.set(100);
        assertThatThrownBy(() -> invoker(2, Duration.ofMillis(1), Duration.ofMillis(2))
                .call(CallScope.unbounded(), MilvusServiceGrpc.getListDatabasesMethod(), ListDatabasesRequest.getDefaultInstance()))
                .isInstanceOf(SQLTransientException.class)
                .hasMessage("rate limit exceeded[rate=0.1]")
                .satisfies(e -> {
                    assertThat(((SQLException) e).getSQLState()).isEqualTo("53M01");
                    assertThat(((SQLException) e).getErrorCode()).isEqualTo(8);
                });
        assertThat(server.callCount("ListDatabases")).isEqualTo(3);
    }

    @Test
    void aSlowReplyHitsTheDeadline() {
        server.versionDelay = Duration.ofSeconds(3);
        assertThatThrownBy(() -> invoker(5, Duration.ofMillis(1), Duration.ofMillis(5))
                .call(new CallScope(Duration.ofMillis(200)), MilvusServiceGrpc.getGetVersionMethod(), GetVersionRequest.getDefaultInstance()))
                .isInstanceOf(SQLTimeoutException.class)
                .hasMessage("the statement timed out after 200ms in GetVersion")
                .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isEqualTo("HYT00"));
        assertThat(server.callCount("GetVersion")).isEqualTo(1);
    }

    @Test
    void neverRetriesPastTheDeadline() {
        server.rateLimitListDatabases.set(1000);
        RpcInvoker invoker = invoker(50, Duration.ofMillis(200), Duration.ofMillis(200));
        assertThatThrownBy(() -> invoker.call(new CallScope(Duration.ofMillis(250)),
                MilvusServiceGrpc.getListDatabasesMethod(), ListDatabasesRequest.getDefaultInstance()))
                .isInstanceOf(SQLTimeoutException.class)
                .hasMessageStartingWith("the statement timed out after 250ms retrying ListDatabases after ")
                .hasMessageEndingWith("(last failure: rate limit exceeded[rate=0.1])")
                .cause().isInstanceOf(SQLTransientException.class).hasMessage("rate limit exceeded[rate=0.1]");
        // pauses are at least 100ms and the budget is 250ms: at most 3 attempts fit
        assertThat(server.callCount("ListDatabases")).isBetween(1, 3);
    }

    @Test
    void cancelStopsTheCallInFlight() throws Exception {
        server.healthGate = new CountDownLatch(1);
        CallScope scope = CallScope.unbounded();
        RpcInvoker invoker = invoker(5, Duration.ofMillis(1), Duration.ofMillis(5));
        CompletableFuture<Object> call = CompletableFuture.supplyAsync(() -> {
            try {
                return invoker.call(scope, MilvusServiceGrpc.getCheckHealthMethod(), CheckHealthRequest.getDefaultInstance());
            } catch (SQLException e) {
                return e;
            }
        });
        while (server.callCount("CheckHealth") == 0) {
            Thread.onSpinWait();
        }
        scope.cancel();
        Object outcome = call.get();
        assertThat(outcome).isInstanceOf(SQLException.class);
        assertThat(((SQLException) outcome).getSQLState()).isEqualTo("57014");
        assertThat(((SQLException) outcome).getMessage()).isEqualTo("the statement was cancelled");
    }

    @Test
    void cancelInterruptsTheBackOff() throws Exception {
        server.rateLimitListDatabases.set(1000);
        CallScope scope = CallScope.unbounded();
        RpcInvoker invoker = invoker(5, Duration.ofSeconds(20), Duration.ofSeconds(20));
        CompletableFuture<Object> call = CompletableFuture.supplyAsync(() -> {
            try {
                return invoker.call(scope, MilvusServiceGrpc.getListDatabasesMethod(), ListDatabasesRequest.getDefaultInstance());
            } catch (SQLException e) {
                return e;
            }
        });
        while (server.callCount("ListDatabases") == 0) {
            Thread.onSpinWait();
        }
        scope.cancel();
        assertThat(((SQLException) call.get()).getSQLState()).isEqualTo("57014");
        assertThat(server.callCount("ListDatabases")).isEqualTo(1);
    }

    @Test
    void unimplementedIsNotRetried() {
        assertThatThrownBy(() -> invoker(5, Duration.ofMillis(1), Duration.ofMillis(5))
                .call(CallScope.unbounded(), MilvusServiceGrpc.getFlushMethod(), FlushRequest.getDefaultInstance()))
                .isInstanceOf(SQLFeatureNotSupportedException.class)
                .hasMessageStartingWith("the server does not support Flush");
        assertThat(server.callCount("Flush")).isEqualTo(1);
    }

    @Test
    void unavailableIsRetriedAndTheLastFailureThrown() {
        ManagedChannel nowhere = InProcessChannelBuilder.forName("no-such-server-" + System.nanoTime()).build();
        try {
            RpcInvoker invoker = new RpcInvoker(nowhere, new RetryPolicy(2, Duration.ofMillis(1), Duration.ofMillis(2)));
            assertThatThrownBy(() -> invoker.call(CallScope.unbounded(), MilvusServiceGrpc.getGetVersionMethod(),
                    GetVersionRequest.getDefaultInstance()))
                    .isInstanceOf(SQLTransientConnectionException.class)
                    .hasMessageStartingWith("the server is unavailable (GetVersion): ")
                    .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isEqualTo("08006"));
        } finally {
            nowhere.shutdownNow();
        }
    }

    @Test
    void failedStatusBecomesTheMappedException() {
        assertThatThrownBy(() -> invoker(5, Duration.ofMillis(1), Duration.ofMillis(5)).call(CallScope.unbounded(),
                MilvusServiceGrpc.getDescribeCollectionMethod(),
                DescribeCollectionRequest.newBuilder().setDbName("default").setCollectionName("nope").build()))
                .isInstanceOf(SQLSyntaxErrorException.class)
                .hasMessage("collection not found[database=default][collection=nope]")
                .satisfies(e -> assertThat(((SQLException) e).getErrorCode()).isEqualTo(100));
    }

    @Test
    void callRawReturnsTheFailedResponse() throws Exception {
        DescribeCollectionResponse response = invoker(5, Duration.ofMillis(1), Duration.ofMillis(5)).callRaw(
                CallScope.unbounded(), MilvusServiceGrpc.getDescribeCollectionMethod(),
                DescribeCollectionRequest.newBuilder().setDbName("default").setCollectionName("nope").build());
        assertThat(response.getStatus().getCode()).isEqualTo(100);
    }

    @Test
    void waitUntilPollsUntilDone() throws Exception {
        AtomicInteger polls = new AtomicInteger();
        int result = invoker(0, Duration.ofMillis(1), Duration.ofMillis(1)).waitUntil(CallScope.unbounded(), "three polls",
                polls::incrementAndGet, n -> n >= 3, Duration.ofMillis(1), Duration.ofMillis(2));
        assertThat(result).isEqualTo(3);
    }

    @Test
    void waitUntilStopsAtTheDeadline() {
        AtomicInteger polls = new AtomicInteger();
        assertThatThrownBy(() -> invoker(0, Duration.ofMillis(1), Duration.ofMillis(1)).waitUntil(
                new CallScope(Duration.ofMillis(150)), "collection c to load", polls::incrementAndGet, n -> false,
                Duration.ofMillis(20), Duration.ofMillis(40)))
                .isInstanceOf(SQLTimeoutException.class)
                .hasMessage("the statement timed out after 150ms waiting for collection c to load");
        assertThat(polls.get()).isGreaterThan(1);
    }

    @Test
    void backoffStaysWithinBounds() {
        RetryPolicy policy = new RetryPolicy(10, Duration.ofMillis(100), Duration.ofMillis(1000));
        for (int retry = 1; retry <= 10; retry++) {
            long cap = Math.min(1000, 100L << (retry - 1));
            assertThat(policy.backoff(retry).toMillis()).isBetween(cap / 2, cap);
        }
    }

    @Test
    void interruptedExecutionIsReportedAsCancelled() throws InterruptedException, ExecutionException {
        assertThat(RetryPolicy.isRetriable(io.grpc.Status.Code.UNAVAILABLE)).isTrue();
        assertThat(RetryPolicy.isRetriable(io.grpc.Status.Code.DEADLINE_EXCEEDED)).isFalse();
        assertThat(RetryPolicy.isRetriable(io.grpc.Status.Code.UNKNOWN)).isFalse();
    }
}
