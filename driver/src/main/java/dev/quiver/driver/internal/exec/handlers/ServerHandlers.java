package dev.quiver.driver.internal.exec.handlers;

import dev.quiver.driver.internal.error.SqlExceptions;
import dev.quiver.driver.internal.exec.ColumnType;
import dev.quiver.driver.internal.exec.ExecutionContext;
import dev.quiver.driver.internal.exec.ExecutionResult;
import dev.quiver.driver.internal.exec.StatementDispatcher;
import dev.quiver.driver.internal.exec.StatementHandler;
import dev.quiver.grammar.ast.Explain;
import dev.quiver.grammar.ast.ShowHealth;
import dev.quiver.grammar.ast.Statement;
import dev.quiver.grammar.ast.Timed;
import dev.quiver.proto.milvus.CheckHealthRequest;
import dev.quiver.proto.milvus.CheckHealthResponse;
import dev.quiver.proto.milvus.MilvusServiceGrpc;
import io.grpc.MethodDescriptor;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** SHOW HEALTH (CheckHealth) and EXPLAIN (the RPCs a statement would send, as JSON, sending none of them). */
final class ServerHandlers {
    private ServerHandlers() {
    }

    /** SHOW HEALTH → CheckHealth: healthy, reasons, quota states. */
    static final class Health extends SingleRpcHandler<ShowHealth, CheckHealthRequest, CheckHealthResponse> {
        Health() {
            super(ShowHealth.class);
        }

        @Override
        MethodDescriptor<CheckHealthRequest, CheckHealthResponse> method() {
            return MilvusServiceGrpc.getCheckHealthMethod();
        }

        @Override
        CheckHealthRequest request(ShowHealth s, ExecutionContext context) {
            return CheckHealthRequest.getDefaultInstance();
        }

        @Override
        ExecutionResult result(ShowHealth s, CheckHealthResponse r, ExecutionContext context) {
            List<Object[]> rows = new ArrayList<>();
            rows.add(new Object[] {r.getIsHealthy(), String.join("; ", r.getReasonsList()),
                    String.join(",", r.getQuotaStatesList().stream().map(Enum::name).toList())});
            return Results.rows("SHOW HEALTH", List.of(Results.bool("healthy"), Results.text("reasons"),
                    Results.text("quota_states")), rows);
        }
    }

    /**
     * EXPLAIN s: the statement's plan, one row per RPC (step, rpc, request as JSON, note). Only read-only RPCs that
     * building the plan needs (DescribeCollection for a schema) are sent; the output says so in its last row.
     */
    static final class ExplainHandler implements StatementHandler<Explain> {
        private final Map<Class<?>, StatementHandler<?>> handlers;

        ExplainHandler(Map<Class<?>, StatementHandler<?>> handlers) {
            this.handlers = handlers;
        }

        @Override
        public Class<Explain> statementType() {
            return Explain.class;
        }

        @Override
        @SuppressWarnings("unchecked")
        public ExecutionResult execute(Explain s, ExecutionContext context) throws SQLException {
            Statement inner = s.statement() instanceof Timed t ? t.statement() : s.statement();
            StatementHandler<?> handler = handlers.get(inner.getClass());
            if (!(handler instanceof Planner<?> planner)) {
                throw SqlExceptions.notSupported("EXPLAIN is not supported for "
                        + StatementDispatcher.displayName(inner.getClass()));
            }
            List<PlannedCall> calls = ((Planner<Statement>) planner).plan(inner, context);
            List<Object[]> rows = new ArrayList<>();
            int step = 1;
            for (PlannedCall call : calls) {
                rows.add(new Object[] {(long) step++, call.rpcName(), ProtoJson.toJson(call.request()), call.note()});
            }
            return Results.rows("EXPLAIN", List.of(Results.bigint("step"), Results.text("rpc"),
                    dev.quiver.driver.internal.exec.Column.of("request", ColumnType.JSON), Results.text("note")), rows);
        }
    }
}
