package dev.quiver.embedded.server;

import dev.quiver.proto.milvus.CreateRoleRequest;
import dev.quiver.proto.milvus.DropRoleRequest;
import dev.quiver.proto.milvus.OperateUserRoleRequest;
import dev.quiver.proto.milvus.OperateUserRoleType;
import dev.quiver.proto.milvus.RoleEntity;
import dev.quiver.proto.milvus.RoleResult;
import dev.quiver.proto.milvus.SelectRoleRequest;
import dev.quiver.proto.milvus.SelectRoleResponse;
import dev.quiver.proto.milvus.SelectUserRequest;
import dev.quiver.proto.milvus.SelectUserResponse;
import dev.quiver.proto.milvus.Status;
import dev.quiver.proto.milvus.UserEntity;
import dev.quiver.proto.milvus.UserResult;

/** CreateRole, DropRole, OperateUserRole, SelectRole and SelectUser. */
final class RoleRpcs {
    private final Roles roles;

    RoleRpcs(Roles roles) {
        this.roles = roles;
    }

    Status create(CreateRoleRequest request) {
        roles.create(request.getEntity().getName());
        return Rpc.ok();
    }

    Status drop(DropRoleRequest request) {
        roles.drop(request.getRoleName(), request.getForceDrop());
        return Rpc.ok();
    }

    Status operate(OperateUserRoleRequest request) {
        if (request.getType() == OperateUserRoleType.RemoveUserFromRole) {
            roles.revoke(request.getUsername(), request.getRoleName());
        } else {
            roles.grant(request.getUsername(), request.getRoleName());
        }
        return Rpc.ok();
    }

    SelectRoleResponse selectRole(SelectRoleRequest request) {
        SelectRoleResponse.Builder response = SelectRoleResponse.newBuilder().setStatus(Rpc.ok());
        roles.roles(request.getRole().getName()).forEach((role, users) -> {
            RoleResult.Builder result = RoleResult.newBuilder().setRole(RoleEntity.newBuilder().setName(role));
            if (request.getIncludeUserInfo()) {
                users.forEach(user -> result.addUsers(UserEntity.newBuilder().setName(user)));
            }
            response.addResults(result);
        });
        return response.build();
    }

    SelectUserResponse selectUser(SelectUserRequest request) {
        SelectUserResponse.Builder response = SelectUserResponse.newBuilder().setStatus(Rpc.ok());
        roles.users(request.getUser().getName()).forEach((user, userRoles) -> {
            UserResult.Builder result = UserResult.newBuilder().setUser(UserEntity.newBuilder().setName(user));
            if (request.getIncludeRoleInfo()) {
                userRoles.forEach(role -> result.addRoles(RoleEntity.newBuilder().setName(role)));
            }
            response.addResults(result);
        });
        return response.build();
    }
}
