package dev.quiver.driver.internal.exec.handlers;

import dev.quiver.driver.internal.exec.ExecutionContext;
import dev.quiver.grammar.ast.Statement;
import java.sql.SQLException;
import java.util.List;

/**
 * The side-effect-free part of a handler: validates the statement and builds the requests it would send, in order.
 * It may send read-only RPCs it needs to build them (DescribeCollection for a schema); {@code EXPLAIN} reports those.
 *
 * @param <S> the statement type
 */
interface Planner<S extends Statement> {
    List<PlannedCall> plan(S statement, ExecutionContext context) throws SQLException;
}
