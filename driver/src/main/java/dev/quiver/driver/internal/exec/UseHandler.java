package dev.quiver.driver.internal.exec;

import dev.quiver.driver.MilvusSqlState;
import dev.quiver.driver.internal.error.SqlExceptions;
import dev.quiver.grammar.ast.Use;
import dev.quiver.proto.milvus.ListDatabasesRequest;
import dev.quiver.proto.milvus.MilvusServiceGrpc;
import java.sql.SQLException;

/**
 * {@code USE db}: checks with ListDatabases that the database exists (Milvus would only complain at the next
 * request), then makes it the session's database ({@code dbname} header). Update count 0, tag {@code USE}.
 */
final class UseHandler implements StatementHandler<Use> {

    @Override
    public Class<Use> statementType() {
        return Use.class;
    }

    @Override
    public ExecutionResult execute(Use statement, ExecutionContext context) throws SQLException {
        switchTo(statement.database(), context);
        return ExecutionResult.update(0, "USE");
    }

    /** Validates and switches; shared with {@code Connection.setCatalog}. */
    static void switchTo(String database, ExecutionContext context) throws SQLException {
        var names = context.call(MilvusServiceGrpc.getListDatabasesMethod(), ListDatabasesRequest.getDefaultInstance())
                .getDbNamesList();
        if (!names.contains(database)) {
            throw SqlExceptions.create(MilvusSqlState.DATABASE_NOT_FOUND,
                    "database not found[database=" + database + "]", 800, null);
        }
        context.useDatabase(database);
    }
}
