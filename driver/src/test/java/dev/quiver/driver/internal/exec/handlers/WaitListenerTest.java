package dev.quiver.driver.internal.exec.handlers;

import static dev.quiver.driver.internal.exec.handlers.EngineTargets.act;
import static org.assertj.core.api.Assertions.assertThat;

import dev.quiver.driver.MilvusStatement;
import dev.quiver.driver.WaitProgress;
import dev.quiver.embedded.EmbeddedMilvus;
import dev.quiver.proto.milvus.DescribeIndexResponse;
import dev.quiver.proto.milvus.GetLoadStateResponse;
import dev.quiver.proto.milvus.GetLoadingProgressResponse;
import dev.quiver.proto.milvus.IndexDescription;
import dev.quiver.proto.milvus.IndexState;
import dev.quiver.proto.milvus.LoadState;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A statement's {@link dev.quiver.driver.WaitListener} hears each poll of a wait, through a proxy in front of the
 * embedded engine that answers the first polls as a server still at work would.
 */
class WaitListenerTest {
    private EmbeddedMilvus engine;
    private CountingProxy proxy;
    private Connection connection;
    private final List<WaitProgress> heard = new ArrayList<>();

    @BeforeEach
    void start() throws Exception {
        engine = EmbeddedMilvus.builder().inMemory().build();
        proxy = new CountingProxy(engine.inProcessChannel());
        connection = DriverManager.getConnection(proxy.url());
    }

    @AfterEach
    void stop() throws Exception {
        connection.close();
        proxy.close();
        engine.close();
    }

    private void listened(String sql) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.unwrap(MilvusStatement.class).setWaitListener(heard::add);
            s.execute(sql);
        }
    }

    /** Answers the first {@code times} calls with {@code answer}, then forwards. */
    private static java.util.function.Function<Object, Object> first(int times,
            java.util.function.IntFunction<Object> answer) {
        AtomicInteger calls = new AtomicInteger();
        return request -> {
            int call = calls.getAndIncrement();
            return call < times ? answer.apply(call) : null;
        };
    }

    @Test
    void loadHearsGetLoadingProgressWhileLoadingAndAHundredPercentAtTheEnd() throws Exception {
        act(connection, "CREATE COLLECTION films DIMENSION 2");
        act(connection, "RELEASE COLLECTION films");
        proxy.answer("GetLoadState", first(2, call -> GetLoadStateResponse.newBuilder()
                .setState(LoadState.LoadStateLoading).build()));
        proxy.answer("GetLoadingProgress", first(2, call -> GetLoadingProgressResponse.newBuilder()
                .setProgress(call == 0 ? 40 : 80).build()));
        listened("LOAD COLLECTION films");
        assertThat(heard).containsExactly(
                new WaitProgress("collection films to load", 40, 100, WaitProgress.Unit.PERCENT),
                new WaitProgress("collection films to load", 80, 100, WaitProgress.Unit.PERCENT),
                new WaitProgress("collection films to load", 100, 100, WaitProgress.Unit.PERCENT));
        assertThat(heard.get(0).fraction()).isEqualTo(0.4);
    }

    @Test
    void withoutAListenerLoadSendsNoGetLoadingProgress() throws Exception {
        act(connection, "CREATE COLLECTION films DIMENSION 2");
        act(connection, "RELEASE COLLECTION films");
        proxy.answer("GetLoadState", first(2, call -> GetLoadStateResponse.newBuilder()
                .setState(LoadState.LoadStateLoading).build()));
        proxy.reset();
        act(connection, "LOAD COLLECTION films");
        assertThat(proxy.count("GetLoadState")).isGreaterThanOrEqualTo(3);
        assertThat(proxy.count("GetLoadingProgress")).isZero();
    }

    @Test
    void createIndexHearsTheIndexedRowsOfEachDescribeIndex() throws Exception {
        act(connection, "CREATE COLLECTION docs (id INT64 PRIMARY KEY, v FLOAT_VECTOR(2))");
        act(connection, "INSERT INTO docs VALUES (1, [1, 2]), (2, [3, 4]), (3, [5, 6])");
        proxy.answer("DescribeIndex", first(2, call -> DescribeIndexResponse.newBuilder()
                .addIndexDescriptions(IndexDescription.newBuilder().setFieldName("v").setIndexName("v")
                        .setState(IndexState.InProgress).setIndexedRows(call == 0 ? 0 : 2).setTotalRows(3))
                .build()));
        listened("CREATE INDEX ON docs (v) USING FLAT WITH (metric_type = 'L2')");
        // two polls while building, then the engine's own answer (Finished)
        assertThat(heard).hasSize(3);
        assertThat(heard.subList(0, 2)).extracting(p -> p.done() + "/" + p.total()).containsExactly("0/3", "2/3");
        assertThat(heard.get(0).fraction()).isZero();
        assertThat(heard).allMatch(p -> p.unit() == WaitProgress.Unit.ROWS
                && p.waitingFor().equals("index on docs(v) to build"));
    }

    @Test
    void flushHearsTheCollectionsFlushedAndFlushAllItsEnd() throws Exception {
        act(connection, "CREATE COLLECTION a DIMENSION 2");
        act(connection, "CREATE COLLECTION b DIMENSION 2");
        act(connection, "INSERT INTO a VALUES (1, [1, 2])");
        listened("FLUSH a, b");
        assertThat(heard).extracting(p -> p.done() + "/" + p.total()).containsExactly("0/2", "1/2", "1/2", "2/2");
        assertThat(heard).allMatch(p -> p.unit() == WaitProgress.Unit.COLLECTIONS);
        heard.clear();
        listened("FLUSH ALL");
        assertThat(heard).isNotEmpty();
        assertThat(heard.get(heard.size() - 1).fraction()).isEqualTo(1.0);
    }
}
