package dev.quiver.driver.internal.exec.handlers;

import com.google.protobuf.Message;
import dev.quiver.driver.internal.exec.ExecutionContext;
import dev.quiver.driver.internal.exec.ExecutionResult;
import dev.quiver.driver.internal.exec.StatementHandler;
import dev.quiver.grammar.ast.Statement;
import io.grpc.MethodDescriptor;
import java.sql.SQLException;
import java.util.List;

/**
 * A handler that sends exactly one RPC: {@link #request} validates and builds it (no side effect), {@link #result}
 * turns the response into the statement's result.
 *
 * @param <S> the statement
 * @param <Q> the request message
 * @param <R> the response message
 */
abstract class SingleRpcHandler<S extends Statement, Q extends Message, R> implements StatementHandler<S>, Planner<S> {
    private final Class<S> type;

    SingleRpcHandler(Class<S> type) {
        this.type = type;
    }

    @Override
    public final Class<S> statementType() {
        return type;
    }

    abstract MethodDescriptor<Q, R> method();

    abstract Q request(S statement, ExecutionContext context) throws SQLException;

    abstract ExecutionResult result(S statement, R response, ExecutionContext context) throws SQLException;

    @Override
    public List<PlannedCall> plan(S statement, ExecutionContext context) throws SQLException {
        return List.of(PlannedCall.of(method(), request(statement, context)));
    }

    @Override
    public ExecutionResult execute(S statement, ExecutionContext context) throws SQLException {
        Q request = request(statement, context);
        return result(statement, context.call(method(), request), context);
    }
}
