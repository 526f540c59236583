package dev.quiver.driver.internal.exec.handlers;

import dev.quiver.driver.internal.exec.ExecutionContext;
import dev.quiver.driver.internal.exec.ExecutionResult;
import dev.quiver.driver.internal.exec.StatementHandler;
import dev.quiver.grammar.ast.AlterAlias;
import dev.quiver.grammar.ast.CreateAlias;
import dev.quiver.grammar.ast.DescribeAlias;
import dev.quiver.grammar.ast.DropAlias;
import dev.quiver.grammar.ast.ShowAliases;
import dev.quiver.proto.milvus.AlterAliasRequest;
import dev.quiver.proto.milvus.CreateAliasRequest;
import dev.quiver.proto.milvus.DescribeAliasRequest;
import dev.quiver.proto.milvus.DescribeAliasResponse;
import dev.quiver.proto.milvus.DropAliasRequest;
import dev.quiver.proto.milvus.ListAliasesRequest;
import dev.quiver.proto.milvus.ListAliasesResponse;
import dev.quiver.proto.milvus.MilvusServiceGrpc;
import dev.quiver.proto.milvus.Status;
import io.grpc.MethodDescriptor;
import java.util.ArrayList;
import java.util.List;

/** Alias statements: CREATE / ALTER / DROP ALIAS, SHOW ALIASES [FOR c], DESCRIBE ALIAS. */
final class AliasHandlers {
    private AliasHandlers() {
    }

    static List<StatementHandler<?>> all() {
        return List.of(new Create(), new Alter(), new Drop(), new Show(), new Describe());
    }

    static final class Create extends SingleRpcHandler<CreateAlias, CreateAliasRequest, Status> {
        Create() {
            super(CreateAlias.class);
        }

        @Override
        MethodDescriptor<CreateAliasRequest, Status> method() {
            return MilvusServiceGrpc.getCreateAliasMethod();
        }

        @Override
        CreateAliasRequest request(CreateAlias s, ExecutionContext context) {
            return CreateAliasRequest.newBuilder().setDbName(context.database()).setCollectionName(s.collection())
                    .setAlias(s.alias()).build();
        }

        @Override
        ExecutionResult result(CreateAlias s, Status response, ExecutionContext context) {
            return ExecutionResult.update(0, "CREATE ALIAS");
        }
    }

    static final class Alter extends SingleRpcHandler<AlterAlias, AlterAliasRequest, Status> {
        Alter() {
            super(AlterAlias.class);
        }

        @Override
        MethodDescriptor<AlterAliasRequest, Status> method() {
            return MilvusServiceGrpc.getAlterAliasMethod();
        }

        @Override
        AlterAliasRequest request(AlterAlias s, ExecutionContext context) {
            return AlterAliasRequest.newBuilder().setDbName(context.database()).setCollectionName(s.collection())
                    .setAlias(s.alias()).build();
        }

        @Override
        ExecutionResult result(AlterAlias s, Status response, ExecutionContext context) {
            context.schemas().invalidate(context.database(), s.alias());
            return ExecutionResult.update(0, "ALTER ALIAS");
        }
    }

    static final class Drop extends SingleRpcHandler<DropAlias, DropAliasRequest, Status> {
        Drop() {
            super(DropAlias.class);
        }

        @Override
        MethodDescriptor<DropAliasRequest, Status> method() {
            return MilvusServiceGrpc.getDropAliasMethod();
        }

        @Override
        DropAliasRequest request(DropAlias s, ExecutionContext context) {
            return DropAliasRequest.newBuilder().setDbName(context.database()).setAlias(s.alias()).build();
        }

        @Override
        ExecutionResult result(DropAlias s, Status response, ExecutionContext context) {
            context.schemas().invalidate(context.database(), s.alias());
            return ExecutionResult.update(0, "DROP ALIAS");
        }
    }

    /** SHOW ALIASES [FOR c] → ListAliases; columns alias, collection. */
    static final class Show extends SingleRpcHandler<ShowAliases, ListAliasesRequest, ListAliasesResponse> {
        Show() {
            super(ShowAliases.class);
        }

        @Override
        MethodDescriptor<ListAliasesRequest, ListAliasesResponse> method() {
            return MilvusServiceGrpc.getListAliasesMethod();
        }

        @Override
        ListAliasesRequest request(ShowAliases s, ExecutionContext context) {
            ListAliasesRequest.Builder b = ListAliasesRequest.newBuilder().setDbName(context.database());
            if (s.collection() != null) {
                b.setCollectionName(s.collection());
            }
            return b.build();
        }

        @Override
        ExecutionResult result(ShowAliases s, ListAliasesResponse r, ExecutionContext context) {
            List<Object[]> rows = new ArrayList<>();
            String collection = r.getCollectionName().isEmpty() ? s.collection() : r.getCollectionName();
            for (String alias : r.getAliasesList()) {
                rows.add(new Object[] {alias, collection});
            }
            return Results.rows("SHOW ALIASES", List.of(Results.text("alias"), Results.text("collection")), rows);
        }
    }

    /** DESCRIBE ALIAS a → DescribeAlias; one row (alias, collection, database). */
    static final class Describe extends SingleRpcHandler<DescribeAlias, DescribeAliasRequest, DescribeAliasResponse> {
        Describe() {
            super(DescribeAlias.class);
        }

        @Override
        MethodDescriptor<DescribeAliasRequest, DescribeAliasResponse> method() {
            return MilvusServiceGrpc.getDescribeAliasMethod();
        }

        @Override
        DescribeAliasRequest request(DescribeAlias s, ExecutionContext context) {
            return DescribeAliasRequest.newBuilder().setDbName(context.database()).setAlias(s.alias()).build();
        }

        @Override
        ExecutionResult result(DescribeAlias s, DescribeAliasResponse r, ExecutionContext context) {
            List<Object[]> rows = new ArrayList<>();
            rows.add(new Object[] {r.getAlias().isEmpty() ? s.alias() : r.getAlias(), r.getCollection(),
                    r.getDbName().isEmpty() ? context.database() : r.getDbName()});
            return Results.rows("DESCRIBE ALIAS", List.of(Results.text("alias"), Results.text("collection"),
                    Results.text("database")), rows);
        }
    }
}
