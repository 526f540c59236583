package dev.quiver.driver.internal.exec;

import dev.quiver.driver.internal.error.SqlExceptions;
import dev.quiver.grammar.ast.Statement;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

/**
 * Executes one kind of statement by sending RPCs through the {@link ExecutionContext}. Implementations are
 * stateless and thread-safe (one instance serves every connection). Register them in {@link HandlerRegistry}.
 *
 * @param <S> the statement record this handler executes
 */
public interface StatementHandler<S extends Statement> {

    /** The statement class this handler executes (the registry key). */
    Class<S> statementType();

    /**
     * Executes {@code statement}, which still holds its {@link dev.quiver.grammar.expr.Parameter}s: read every
     * expression through {@link ExecutionContext#bound} (or {@link ExecutionContext#parameterValue} where the Java
     * value itself is encoded), so parameters are resolved while encoding. The TIMEOUT wrapper is removed: its
     * deadline is in {@code context.scope()}. Validate everything that needs no server before the first RPC.
     */
    ExecutionResult execute(S statement, ExecutionContext context) throws SQLException;

    /**
     * Executes a JDBC batch: {@code statement} still contains its {@link dev.quiver.grammar.expr.Parameter}s and
     * {@code batch} holds one set of bound values per {@code addBatch()}. The default executes the statement once
     * per entry; INSERT/UPSERT override it to send one column-wise RPC for the whole batch. Return
     * {@link ExecutionResult#batch} with one count per entry.
     */
    default ExecutionResult executeBatch(S statement, List<ParameterBindings> batch, ExecutionContext context)
            throws SQLException {
        long[] counts = new long[batch.size()];
        ExecutionResult last = null;
        for (int i = 0; i < batch.size(); i++) {
            ExecutionContext entry = context.withParameters(batch.get(i));
            last = execute(statement, entry);
            if (last.hasRows()) {
                throw SqlExceptions.invalidValue("a batch cannot contain a statement that returns rows");
            }
            counts[i] = last.updateCount();
        }
        return ExecutionResult.batch(counts, last == null ? "BATCH 0" : last.commandTag(),
                last == null ? Map.of() : last.details());
    }
}
