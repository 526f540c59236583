package dev.quiver.driver.internal.exec.handlers;

import dev.quiver.driver.internal.error.SqlExceptions;
import dev.quiver.driver.internal.exec.ExecutionContext;
import dev.quiver.driver.internal.exec.ExecutionResult;
import dev.quiver.driver.internal.exec.StatementHandler;
import dev.quiver.grammar.ast.AlterUser;
import dev.quiver.grammar.ast.CreateRole;
import dev.quiver.grammar.ast.CreateUser;
import dev.quiver.grammar.ast.DropRole;
import dev.quiver.grammar.ast.DropUser;
import dev.quiver.grammar.ast.GrantObjectType;
import dev.quiver.grammar.ast.GrantPrivilege;
import dev.quiver.grammar.ast.GrantRole;
import dev.quiver.grammar.ast.RevokePrivilege;
import dev.quiver.grammar.ast.RevokeRole;
import dev.quiver.grammar.ast.ShowGrants;
import dev.quiver.grammar.ast.ShowRoles;
import dev.quiver.grammar.ast.ShowUsers;
import dev.quiver.grammar.ast.Statement;
import dev.quiver.grammar.expr.Expression;
import dev.quiver.grammar.expr.Literal;
import dev.quiver.proto.milvus.CreateCredentialRequest;
import dev.quiver.proto.milvus.CreateRoleRequest;
import dev.quiver.proto.milvus.DeleteCredentialRequest;
import dev.quiver.proto.milvus.DropRoleRequest;
import dev.quiver.proto.milvus.GrantEntity;
import dev.quiver.proto.milvus.GrantorEntity;
import dev.quiver.proto.milvus.ListCredUsersRequest;
import dev.quiver.proto.milvus.ListCredUsersResponse;
import dev.quiver.proto.milvus.MilvusServiceGrpc;
import dev.quiver.proto.milvus.ObjectEntity;
import dev.quiver.proto.milvus.OperatePrivilegeRequest;
import dev.quiver.proto.milvus.OperatePrivilegeType;
import dev.quiver.proto.milvus.OperateUserRoleRequest;
import dev.quiver.proto.milvus.OperateUserRoleType;
import dev.quiver.proto.milvus.PrivilegeEntity;
import dev.quiver.proto.milvus.RoleEntity;
import dev.quiver.proto.milvus.RoleResult;
import dev.quiver.proto.milvus.SelectGrantRequest;
import dev.quiver.proto.milvus.SelectGrantResponse;
import dev.quiver.proto.milvus.SelectRoleRequest;
import dev.quiver.proto.milvus.SelectRoleResponse;
import dev.quiver.proto.milvus.Status;
import dev.quiver.proto.milvus.UpdateCredentialRequest;
import dev.quiver.proto.milvus.UserEntity;
import io.grpc.MethodDescriptor;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.function.Function;

/**
 * Users, roles and privileges: CreateCredential / UpdateCredential (passwords base64-encoded as Milvus expects) /
 * DeleteCredential / ListCredUsers, CreateRole / DropRole / OperateUserRole / SelectRole, OperatePrivilege /
 * SelectGrant. A server without RBAC answers UNIMPLEMENTED, which the driver reports as not supported.
 */
final class UserHandlers {
    private UserHandlers() {
    }

    static List<StatementHandler<?>> all() {
        return List.of(new CreateUserHandler(), new AlterUserHandler(), new StatusHandler<>(DropUser.class,
                        MilvusServiceGrpc.getDeleteCredentialMethod(), "DROP USER",
                        (DropUser s) -> DeleteCredentialRequest.newBuilder().setUsername(s.name()).build()),
                new ShowUsersHandler(),
                new StatusHandler<>(CreateRole.class, MilvusServiceGrpc.getCreateRoleMethod(), "CREATE ROLE",
                        (CreateRole s) -> CreateRoleRequest.newBuilder().setEntity(RoleEntity.newBuilder().setName(s.name()))
                                .build()),
                new StatusHandler<>(DropRole.class, MilvusServiceGrpc.getDropRoleMethod(), "DROP ROLE",
                        (DropRole s) -> DropRoleRequest.newBuilder().setRoleName(s.name()).build()),
                new StatusHandler<>(GrantRole.class, MilvusServiceGrpc.getOperateUserRoleMethod(), "GRANT ROLE",
                        (GrantRole s) -> OperateUserRoleRequest.newBuilder().setUsername(s.user()).setRoleName(s.role())
                                .setType(OperateUserRoleType.AddUserToRole).build()),
                new StatusHandler<>(RevokeRole.class, MilvusServiceGrpc.getOperateUserRoleMethod(), "REVOKE ROLE",
                        (RevokeRole s) -> OperateUserRoleRequest.newBuilder().setUsername(s.user()).setRoleName(s.role())
                                .setType(OperateUserRoleType.RemoveUserFromRole).build()),
                new ShowRolesHandler(), new GrantHandler(), new RevokeHandler(), new ShowGrantsHandler());
    }

    static String password(Expression e, String what) throws SQLException {
        if (!(e instanceof Literal.StringLiteral s)) {
            throw SqlExceptions.invalidValue(what + " must be a string");
        }
        if (s.value().isEmpty()) {
            throw SqlExceptions.invalidValue(what + " must not be empty");
        }
        return Base64.getEncoder().encodeToString(s.value().getBytes(StandardCharsets.UTF_8));
    }

    /** A statement answered by one RPC returning a bare Status. */
    static final class StatusHandler<S extends Statement, Q extends com.google.protobuf.Message>
            extends SingleRpcHandler<S, Q, Status> {
        private final MethodDescriptor<Q, Status> method;
        private final String tag;
        private final Function<S, Q> builder;

        StatusHandler(Class<S> type, MethodDescriptor<Q, Status> method, String tag, Function<S, Q> builder) {
            super(type);
            this.method = method;
            this.tag = tag;
            this.builder = builder;
        }

        @Override
        MethodDescriptor<Q, Status> method() {
            return method;
        }

        @Override
        Q request(S statement, ExecutionContext context) {
            return builder.apply(statement);
        }

        @Override
        ExecutionResult result(S statement, Status response, ExecutionContext context) {
            return ExecutionResult.update(0, tag);
        }
    }

    static final class CreateUserHandler extends SingleRpcHandler<CreateUser, CreateCredentialRequest, Status> {
        CreateUserHandler() {
            super(CreateUser.class);
        }

        @Override
        MethodDescriptor<CreateCredentialRequest, Status> method() {
            return MilvusServiceGrpc.getCreateCredentialMethod();
        }

        @Override
        CreateCredentialRequest request(CreateUser s, ExecutionContext context) throws SQLException {
            long now = System.currentTimeMillis();
            return CreateCredentialRequest.newBuilder().setUsername(s.name()).setPassword(password(context.bound(s.password()), "the password"))
                    .setCreatedUtcTimestamps(now).setModifiedUtcTimestamps(now).build();
        }

        @Override
        ExecutionResult result(CreateUser s, Status response, ExecutionContext context) {
            return ExecutionResult.update(0, "CREATE USER");
        }
    }

    static final class AlterUserHandler extends SingleRpcHandler<AlterUser, UpdateCredentialRequest, Status> {
        AlterUserHandler() {
            super(AlterUser.class);
        }

        @Override
        MethodDescriptor<UpdateCredentialRequest, Status> method() {
            return MilvusServiceGrpc.getUpdateCredentialMethod();
        }

        @Override
        UpdateCredentialRequest request(AlterUser s, ExecutionContext context) throws SQLException {
            UpdateCredentialRequest.Builder b = UpdateCredentialRequest.newBuilder().setUsername(s.name())
                    .setNewPassword(password(context.bound(s.password()), "the new password"))
                    .setModifiedUtcTimestamps(System.currentTimeMillis());
            if (s.oldPassword() != null) {
                b.setOldPassword(password(context.bound(s.oldPassword()), "the old password"));
            }
            return b.build();
        }

        @Override
        ExecutionResult result(AlterUser s, Status response, ExecutionContext context) {
            return ExecutionResult.update(0, "ALTER USER");
        }
    }

    static final class ShowUsersHandler extends SingleRpcHandler<ShowUsers, ListCredUsersRequest, ListCredUsersResponse> {
        ShowUsersHandler() {
            super(ShowUsers.class);
        }

        @Override
        MethodDescriptor<ListCredUsersRequest, ListCredUsersResponse> method() {
            return MilvusServiceGrpc.getListCredUsersMethod();
        }

        @Override
        ListCredUsersRequest request(ShowUsers s, ExecutionContext context) {
            return ListCredUsersRequest.getDefaultInstance();
        }

        @Override
        ExecutionResult result(ShowUsers s, ListCredUsersResponse r, ExecutionContext context) {
            return Results.list("SHOW USERS", "user", r.getUsernamesList());
        }
    }

    static final class ShowRolesHandler extends SingleRpcHandler<ShowRoles, SelectRoleRequest, SelectRoleResponse> {
        ShowRolesHandler() {
            super(ShowRoles.class);
        }

        @Override
        MethodDescriptor<SelectRoleRequest, SelectRoleResponse> method() {
            return MilvusServiceGrpc.getSelectRoleMethod();
        }

        @Override
        SelectRoleRequest request(ShowRoles s, ExecutionContext context) {
            return SelectRoleRequest.newBuilder().setIncludeUserInfo(true).build();
        }

        @Override
        ExecutionResult result(ShowRoles s, SelectRoleResponse r, ExecutionContext context) {
            List<Object[]> rows = new ArrayList<>();
            for (RoleResult role : r.getResultsList()) {
                List<String> users = role.getUsersList().stream().map(UserEntity::getName).toList();
                rows.add(new Object[] {role.getRole().getName(), String.join(",", users)});
            }
            return Results.rows("SHOW ROLES", List.of(Results.text("role"), Results.text("users")), rows);
        }
    }

    static OperatePrivilegeRequest privilege(String privilege, GrantObjectType type, String object, String role,
                                             OperatePrivilegeType op, ExecutionContext context) {
        GrantEntity entity = GrantEntity.newBuilder().setRole(RoleEntity.newBuilder().setName(role))
                .setObject(ObjectEntity.newBuilder().setName(type.getMilvusName())).setObjectName(object)
                .setDbName(context.database())
                .setGrantor(GrantorEntity.newBuilder().setPrivilege(PrivilegeEntity.newBuilder().setName(privilege)))
                .build();
        return OperatePrivilegeRequest.newBuilder().setEntity(entity).setType(op).build();
    }

    static final class GrantHandler extends SingleRpcHandler<GrantPrivilege, OperatePrivilegeRequest, Status> {
        GrantHandler() {
            super(GrantPrivilege.class);
        }

        @Override
        MethodDescriptor<OperatePrivilegeRequest, Status> method() {
            return MilvusServiceGrpc.getOperatePrivilegeMethod();
        }

        @Override
        OperatePrivilegeRequest request(GrantPrivilege s, ExecutionContext context) {
            return privilege(s.privilege(), s.objectType(), s.objectName(), s.role(), OperatePrivilegeType.Grant, context);
        }

        @Override
        ExecutionResult result(GrantPrivilege s, Status response, ExecutionContext context) {
            return ExecutionResult.update(0, "GRANT");
        }
    }

    static final class RevokeHandler extends SingleRpcHandler<RevokePrivilege, OperatePrivilegeRequest, Status> {
        RevokeHandler() {
            super(RevokePrivilege.class);
        }

        @Override
        MethodDescriptor<OperatePrivilegeRequest, Status> method() {
            return MilvusServiceGrpc.getOperatePrivilegeMethod();
        }

        @Override
        OperatePrivilegeRequest request(RevokePrivilege s, ExecutionContext context) {
            return privilege(s.privilege(), s.objectType(), s.objectName(), s.role(), OperatePrivilegeType.Revoke, context);
        }

        @Override
        ExecutionResult result(RevokePrivilege s, Status response, ExecutionContext context) {
            return ExecutionResult.update(0, "REVOKE");
        }
    }

    static final class ShowGrantsHandler extends SingleRpcHandler<ShowGrants, SelectGrantRequest, SelectGrantResponse> {
        ShowGrantsHandler() {
            super(ShowGrants.class);
        }

        @Override
        MethodDescriptor<SelectGrantRequest, SelectGrantResponse> method() {
            return MilvusServiceGrpc.getSelectGrantMethod();
        }

        @Override
        SelectGrantRequest request(ShowGrants s, ExecutionContext context) {
            return SelectGrantRequest.newBuilder().setEntity(GrantEntity.newBuilder()
                    .setRole(RoleEntity.newBuilder().setName(s.role()))).build();
        }

        @Override
        ExecutionResult result(ShowGrants s, SelectGrantResponse r, ExecutionContext context) {
            List<Object[]> rows = new ArrayList<>();
            for (GrantEntity g : r.getEntitiesList()) {
                rows.add(new Object[] {g.getRole().getName(), g.getObject().getName(), g.getObjectName(),
                        g.getGrantor().getPrivilege().getName(), g.getGrantor().getUser().getName(), g.getDbName()});
            }
            return Results.rows("SHOW GRANTS", List.of(Results.text("role"), Results.text("object_type"),
                    Results.text("object_name"), Results.text("privilege"), Results.text("grantor"),
                    Results.text("database")), rows);
        }
    }
}
