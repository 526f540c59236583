package dev.quiver.driver.it;

import static dev.quiver.driver.internal.exec.handlers.EngineTargets.act;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quiver.driver.internal.exec.handlers.CountingProxy;
import dev.quiver.driver.internal.exec.handlers.EngineTargets.Outcome;
import dev.quiver.embedded.EmbeddedMilvus;
import dev.quiver.proto.milvus.FlushResponse;
import dev.quiver.proto.milvus.GetFlushStateRequest;
import dev.quiver.proto.milvus.GetFlushStateResponse;
import dev.quiver.proto.milvus.GetLoadStateResponse;
import dev.quiver.proto.milvus.LoadState;
import dev.quiver.proto.milvus.Status;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLTimeoutException;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * How LOAD and FLUSH wait, seen through a proxy in front of the embedded engine: the flush state is polled with the
 * sealed segments, flush timestamp, collection and database; a wait that never ends stops at the statement's
 * TIMEOUT with a message naming what it waited for; a rate-limited FLUSH is retried.
 */
class WaitingStatementsIT {

    @Test
    void flushPollsGetFlushStateWithSegmentsTimestampCollectionAndDatabase() throws Exception {
        try (EmbeddedMilvus engine = EmbeddedMilvus.builder().inMemory().build();
             CountingProxy proxy = new CountingProxy(engine.inProcessChannel());
             Connection c = DriverManager.getConnection(proxy.url())) {
            act(c, "CREATE COLLECTION test_collection DIMENSION 2");
            act(c, "INSERT INTO test_collection VALUES (1, [1, 2])");
            proxy.reset();
            Outcome flushed = act(c, "FLUSH test_collection");
            assertThat(proxy.count("Flush")).isEqualTo(1);
            GetFlushStateRequest state = (GetFlushStateRequest) proxy.requests().stream()
                    .filter(r -> r instanceof GetFlushStateRequest).findFirst().orElseThrow();
            assertThat(state.getCollectionName()).isEqualTo("test_collection");
            assertThat(state.getDbName()).isEqualTo("default");
            assertThat(state.getFlushTs()).isPositive();
            @SuppressWarnings("unchecked")
            List<Long> sealed = ((java.util.Map<String, List<Long>>) flushed.details().get("sealed_segment_ids"))
                    .get("test_collection");
            assertThat(state.getSegmentIDsList()).isEqualTo(sealed);
        }
    }

    @Test
    void waitsThatNeverEndStopAtTheTimeoutNamingWhatTheyWaitedFor() throws Exception {
        try (EmbeddedMilvus engine = EmbeddedMilvus.builder().inMemory().build();
             CountingProxy proxy = new CountingProxy(engine.inProcessChannel());
             Connection c = DriverManager.getConnection(proxy.url())) {
            act(c, "CREATE COLLECTION films DIMENSION 2");
            act(c, "RELEASE COLLECTION films");
            proxy.answer("GetLoadState", request -> GetLoadStateResponse.newBuilder()
                    .setState(LoadState.LoadStateLoading).build());
            assertThatThrownBy(() -> act(c, "LOAD COLLECTION films TIMEOUT 300ms"))
                    .isInstanceOf(SQLTimeoutException.class).hasMessageContaining("collection films to load");
            assertThat(proxy.count("GetLoadState")).isGreaterThanOrEqualTo(1);

            proxy.answer("GetFlushState", request -> GetFlushStateResponse.newBuilder().setFlushed(false).build());
            assertThatThrownBy(() -> act(c, "FLUSH films TIMEOUT 300ms"))
                    .isInstanceOf(SQLTimeoutException.class).hasMessageContaining("collection films to flush");
        }
    }

    @Test
    void aRateLimitedFlushIsRetried() throws Exception {
        try (EmbeddedMilvus engine = EmbeddedMilvus.builder().inMemory().build();
             CountingProxy proxy = new CountingProxy(engine.inProcessChannel());
             Connection c = DriverManager.getConnection(proxy.url())) {
            act(c, "CREATE COLLECTION films DIMENSION 2");
            AtomicInteger refusals = new AtomicInteger();
            proxy.answer("Flush", request -> refusals.getAndIncrement() == 0 ? FlushResponse.newBuilder()
                    .setStatus(Status.newBuilder().setCode(8).setReason("request is rejected by grpc RateLimiter middleware, "
                            + "please retry later: rate limit exceeded[rate=0.1]").setRetriable(true)).build() : null);
            Outcome flushed = act(c, "FLUSH films TIMEOUT 30s");
            assertThat(flushed.tag()).isEqualTo("FLUSH 1");
            assertThat(proxy.count("Flush")).isEqualTo(2);
        }
    }
}
