package dev.quiver.driver.internal.exec.handlers;

import dev.quiver.driver.internal.error.SqlExceptions;
import dev.quiver.driver.internal.exec.ExecutionContext;
import dev.quiver.driver.internal.exec.ExecutionResult;
import dev.quiver.driver.internal.exec.StatementHandler;
import dev.quiver.grammar.ast.CopyFrom;
import dev.quiver.grammar.ast.CopyTo;
import dev.quiver.grammar.ast.Query;
import dev.quiver.grammar.ast.Search;
import dev.quiver.grammar.ast.SelectItem;
import dev.quiver.proto.milvus.DescribeCollectionRequest;
import dev.quiver.proto.milvus.InsertRequest;
import dev.quiver.proto.milvus.MilvusServiceGrpc;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * COPY ... FROM / TO 'path': the file is read or written by the client (the console, or {@code dev.quiver.io} over
 * JDBC), like psql's {@code \copy}, so the driver never touches the file system. Executed here, COPY answers
 * "not supported" naming where it runs; EXPLAIN shows the calls the client makes: DescribeCollection, then one Insert
 * per batch (FROM), or the plan of the SELECT whose rows are written (TO).
 */
final class CopyHandlers {
    private CopyHandlers() {
    }

    static List<StatementHandler<?>> all() {
        return List.of(new From(), new To());
    }

    static SQLException runsInTheClient() {
        return SqlExceptions.notSupported("COPY reads and writes files on the client: run it in the quiver console, "
                + "or with dev.quiver.io.Copy over a JDBC connection; the driver does not open files");
    }

    /** COPY c [PARTITION p] [(cols)] FROM 'path'. */
    static final class From implements StatementHandler<CopyFrom>, Planner<CopyFrom> {
        @Override
        public Class<CopyFrom> statementType() {
            return CopyFrom.class;
        }

        @Override
        public List<PlannedCall> plan(CopyFrom s, ExecutionContext context) throws SQLException {
            List<PlannedCall> calls = new ArrayList<>();
            calls.add(new PlannedCall(MilvusServiceGrpc.getDescribeCollectionMethod(), DescribeCollectionRequest
                    .newBuilder().setDbName(context.database()).setCollectionName(s.collection()).build(),
                    "the schema the client converts the file's values with"));
            InsertRequest.Builder insert = InsertRequest.newBuilder().setDbName(context.database())
                    .setCollectionName(s.collection());
            if (s.partition() != null) {
                insert.setPartitionName(s.partition());
            }
            calls.add(new PlannedCall(MilvusServiceGrpc.getInsertMethod(), insert.build(),
                    "one per batch of rows the client reads from '" + s.path() + "' (INSERT ... ROWS ? as a JDBC batch)"));
            return calls;
        }

        @Override
        public ExecutionResult execute(CopyFrom s, ExecutionContext context) throws SQLException {
            throw runsInTheClient();
        }
    }

    /** COPY c | (SELECT ...) TO 'path'. */
    static final class To implements StatementHandler<CopyTo>, Planner<CopyTo> {
        @Override
        public Class<CopyTo> statementType() {
            return CopyTo.class;
        }

        @Override
        public List<PlannedCall> plan(CopyTo s, ExecutionContext context) throws SQLException {
            List<PlannedCall> calls = new ArrayList<>();
            if (s.query() instanceof Search search) {
                calls.addAll(new SearchHandler().plan(search, context));
            } else {
                Query query = s.query() instanceof Query q ? q : new Query(List.of(new SelectItem.AllColumns()),
                        Objects.requireNonNull(s.collection()), List.of(), null, null, null, List.of());
                calls.addAll(new QueryHandler().plan(query, context));
            }
            PlannedCall last = calls.remove(calls.size() - 1);
            calls.add(new PlannedCall(last.method(), last.request(), (last.note().isEmpty() ? "" : last.note() + "; ")
                    + "the client writes the rows to '" + s.path() + "' as they arrive"));
            return calls;
        }

        @Override
        public ExecutionResult execute(CopyTo s, ExecutionContext context) throws SQLException {
            throw runsInTheClient();
        }
    }
}
