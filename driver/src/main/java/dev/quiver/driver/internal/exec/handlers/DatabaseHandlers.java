package dev.quiver.driver.internal.exec.handlers;

import dev.quiver.driver.MilvusSqlState;
import dev.quiver.driver.internal.error.SqlExceptions;
import dev.quiver.driver.internal.exec.ExecutionContext;
import dev.quiver.driver.internal.exec.ExecutionResult;
import dev.quiver.driver.internal.exec.StatementHandler;
import dev.quiver.grammar.ast.AlterDatabase;
import dev.quiver.grammar.ast.CreateDatabase;
import dev.quiver.grammar.ast.DescribeDatabase;
import dev.quiver.grammar.ast.DropDatabase;
import dev.quiver.proto.milvus.AlterDatabaseRequest;
import dev.quiver.proto.milvus.CreateDatabaseRequest;
import dev.quiver.proto.milvus.DescribeDatabaseRequest;
import dev.quiver.proto.milvus.DescribeDatabaseResponse;
import dev.quiver.proto.milvus.DropDatabaseRequest;
import dev.quiver.proto.milvus.KeyValuePair;
import dev.quiver.proto.milvus.ListDatabasesRequest;
import dev.quiver.proto.milvus.MilvusServiceGrpc;
import dev.quiver.proto.milvus.Status;
import io.grpc.MethodDescriptor;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Database statements: CREATE [IF NOT EXISTS], DROP [IF EXISTS], ALTER ... SET, DESCRIBE DATABASE. */
final class DatabaseHandlers {
    private DatabaseHandlers() {
    }

    static List<StatementHandler<?>> all() {
        return List.of(new Create(), new Drop(), new Alter(), new Describe());
    }

    static boolean exists(ExecutionContext context, String name) throws SQLException {
        return context.call(MilvusServiceGrpc.getListDatabasesMethod(), ListDatabasesRequest.getDefaultInstance())
                .getDbNamesList().contains(name);
    }

    /** CREATE DATABASE [IF NOT EXISTS] d [WITH (...)] → [ListDatabases] + CreateDatabase(properties). */
    static final class Create implements StatementHandler<CreateDatabase>, Planner<CreateDatabase> {
        @Override
        public Class<CreateDatabase> statementType() {
            return CreateDatabase.class;
        }

        private static CreateDatabaseRequest request(CreateDatabase s, ExecutionContext context) throws SQLException {
            return CreateDatabaseRequest.newBuilder().setDbName(s.name()).addAllProperties(Props.pairs(context.bound(s.properties()))).build();
        }

        @Override
        public List<PlannedCall> plan(CreateDatabase s, ExecutionContext context) throws SQLException {
            List<PlannedCall> calls = new ArrayList<>();
            if (s.ifNotExists()) {
                calls.add(new PlannedCall(MilvusServiceGrpc.getListDatabasesMethod(), ListDatabasesRequest.getDefaultInstance(),
                        "IF NOT EXISTS: stop when it exists"));
            }
            calls.add(PlannedCall.of(MilvusServiceGrpc.getCreateDatabaseMethod(), request(s, context)));
            return calls;
        }

        @Override
        public ExecutionResult execute(CreateDatabase s, ExecutionContext context) throws SQLException {
            CreateDatabaseRequest request = request(s, context);
            if (s.ifNotExists() && exists(context, s.name())) {
                return ExecutionResult.update(0, "CREATE DATABASE", Map.of("existed", true));
            }
            context.call(MilvusServiceGrpc.getCreateDatabaseMethod(), request);
            return ExecutionResult.update(0, "CREATE DATABASE");
        }
    }

    /** DROP DATABASE [IF EXISTS] d → ListDatabases + DropDatabase (missing without IF EXISTS: an error). */
    static final class Drop implements StatementHandler<DropDatabase>, Planner<DropDatabase> {
        @Override
        public Class<DropDatabase> statementType() {
            return DropDatabase.class;
        }

        @Override
        public List<PlannedCall> plan(DropDatabase s, ExecutionContext context) {
            return List.of(new PlannedCall(MilvusServiceGrpc.getListDatabasesMethod(), ListDatabasesRequest.getDefaultInstance(),
                            "checks that it exists"),
                    PlannedCall.of(MilvusServiceGrpc.getDropDatabaseMethod(), DropDatabaseRequest.newBuilder()
                            .setDbName(s.name()).build()));
        }

        @Override
        public ExecutionResult execute(DropDatabase s, ExecutionContext context) throws SQLException {
            if (!exists(context, s.name())) {
                if (s.ifExists()) {
                    return ExecutionResult.update(0, "DROP DATABASE", Map.of("existed", false));
                }
                throw SqlExceptions.create(MilvusSqlState.DATABASE_NOT_FOUND, "database not found[database=" + s.name() + "]",
                        800, null);
            }
            context.call(MilvusServiceGrpc.getDropDatabaseMethod(), DropDatabaseRequest.newBuilder().setDbName(s.name()).build());
            context.schemas().invalidateDatabase(s.name());
            return ExecutionResult.update(0, "DROP DATABASE");
        }
    }

    /** ALTER DATABASE d SET (...) → AlterDatabase(properties). */
    static final class Alter extends SingleRpcHandler<AlterDatabase, AlterDatabaseRequest, Status> {
        Alter() {
            super(AlterDatabase.class);
        }

        @Override
        MethodDescriptor<AlterDatabaseRequest, Status> method() {
            return MilvusServiceGrpc.getAlterDatabaseMethod();
        }

        @Override
        AlterDatabaseRequest request(AlterDatabase s, ExecutionContext context) throws SQLException {
            if (s.properties().isEmpty()) {
                throw SqlExceptions.invalidValue("ALTER DATABASE " + s.name() + " SET needs at least one property");
            }
            return AlterDatabaseRequest.newBuilder().setDbName(s.name()).addAllProperties(Props.pairs(context.bound(s.properties()))).build();
        }

        @Override
        ExecutionResult result(AlterDatabase s, Status response, ExecutionContext context) {
            return ExecutionResult.update(0, "ALTER DATABASE");
        }
    }

    /** DESCRIBE DATABASE d → DescribeDatabase; one row per property after name, id and creation timestamp. */
    static final class Describe extends SingleRpcHandler<DescribeDatabase, DescribeDatabaseRequest, DescribeDatabaseResponse> {
        Describe() {
            super(DescribeDatabase.class);
        }

        @Override
        MethodDescriptor<DescribeDatabaseRequest, DescribeDatabaseResponse> method() {
            return MilvusServiceGrpc.getDescribeDatabaseMethod();
        }

        @Override
        DescribeDatabaseRequest request(DescribeDatabase s, ExecutionContext context) {
            return DescribeDatabaseRequest.newBuilder().setDbName(s.name()).build();
        }

        @Override
        ExecutionResult result(DescribeDatabase s, DescribeDatabaseResponse r, ExecutionContext context) {
            List<Object[]> rows = new ArrayList<>();
            rows.add(new Object[] {"name", r.getDbName().isEmpty() ? s.name() : r.getDbName()});
            rows.add(new Object[] {"id", Long.toString(r.getDbID())});
            rows.add(new Object[] {"created_timestamp", Long.toUnsignedString(r.getCreatedTimestamp())});
            for (KeyValuePair kv : r.getPropertiesList()) {
                rows.add(new Object[] {kv.getKey(), kv.getValue()});
            }
            return Results.rows("DESCRIBE DATABASE", List.of(Results.text("property"), Results.text("value")), rows);
        }
    }
}
