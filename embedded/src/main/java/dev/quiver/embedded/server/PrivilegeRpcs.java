package dev.quiver.embedded.server;

import dev.quiver.embedded.catalog.Grant;
import dev.quiver.embedded.catalog.Names;
import dev.quiver.embedded.error.EngineException;
import dev.quiver.embedded.security.PrivilegeGroups;
import dev.quiver.proto.milvus.ErrorCode;
import dev.quiver.proto.milvus.GrantEntity;
import dev.quiver.proto.milvus.GrantorEntity;
import dev.quiver.proto.milvus.ObjectEntity;
import dev.quiver.proto.milvus.OperatePrivilegeRequest;
import dev.quiver.proto.milvus.OperatePrivilegeType;
import dev.quiver.proto.milvus.OperatePrivilegeV2Request;
import dev.quiver.proto.milvus.PrivilegeEntity;
import dev.quiver.proto.milvus.RoleEntity;
import dev.quiver.proto.milvus.SelectGrantRequest;
import dev.quiver.proto.milvus.SelectGrantResponse;
import dev.quiver.proto.milvus.Status;
import dev.quiver.proto.milvus.UserEntity;
import dev.quiver.wire.MilvusError;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * OperatePrivilege, OperatePrivilegeV2 and SelectGrant, checked as Milvus's proxy and root coordinator check them:
 * the proxy's refusals carry their own codes, the root coordinator's add the legacy {@code OperatePrivilegeFailure}
 * or {@code SelectGrantFailure}. Granting twice and revoking what is not held succeed. {@code Load} and
 * {@code Flush} bring their related privileges along, as Milvus's proxy does. The grantor is the authenticated
 * caller (empty when the engine does not require authentication, where Milvus would refuse the call for lack of
 * a user).
 */
@SuppressWarnings("deprecation")
final class PrivilegeRpcs {
    private final Roles roles;

    PrivilegeRpcs(Roles roles) {
        this.roles = roles;
    }

    Status operate(OperatePrivilegeRequest request) {
        if (!request.hasEntity()) {
            throw EngineException.withReason(MilvusError.UNEXPECTED, "the entity in the request is nil");
        }
        GrantEntity entity = request.getEntity();
        if (!entity.hasGrantor()) {
            throw EngineException.withReason(MilvusError.UNEXPECTED, "the grantor entity in the grant entity is nil");
        }
        if (!entity.getGrantor().hasPrivilege()) {
            throw EngineException.withReason(MilvusError.UNEXPECTED,
                    "the privilege entity in the grantor entity is nil");
        }
        String privilege = entity.getGrantor().getPrivilege().getName();
        Privileges.checkNameOrAny(privilege, "Privilege");
        if (!entity.hasObject()) {
            throw EngineException.withReason(MilvusError.UNEXPECTED, "the resource entity in the grant entity is nil");
        }
        String objectType = entity.getObject().getName();
        Privileges.checkName(objectType, "ObjectType");
        Privileges.checkNameOrAny(entity.getObjectName(), "object name");
        if (!entity.hasRole()) {
            throw EngineException.withReason(MilvusError.UNEXPECTED, "the object entity in the grant entity is nil");
        }
        String role = entity.getRole().getName();
        Privileges.checkName(role, "role name");
        rootCoord(ErrorCode.OperatePrivilegeFailure, () -> {
            checkType(request.getTypeValue());
            if (!Privileges.isObjectType(objectType)) {
                throw EngineException.withReason(MilvusError.UNEXPECTED,
                        "the object entity in the request is nil or invalid");
            }
            roles.requireRole(role);
            Privileges.checkForObject(privilege, objectType);
            String objectName = objectType.equals(Privileges.GLOBAL) && !Privileges.isBuiltInGroup(privilege)
                    ? Privileges.ANY : entity.getObjectName();
            // Cluster-level privileges are checked against the database *, so they are granted there.
            String database = PrivilegeGroups.isClusterLevel(privilege) ? Privileges.ANY
                    : RequestContext.database(entity.getDbName());
            apply(role, new Grant(objectType, database, objectName, privilege), request.getType());
            return null;
        });
        return Rpc.ok();
    }

    Status operateV2(OperatePrivilegeV2Request request) {
        if (!request.hasRole()) {
            throw EngineException.because(MilvusError.PARAMETER_INVALID, "the role in the request is nil");
        }
        String role = request.getRole().getName();
        Privileges.checkName(role, "role name");
        if (!request.hasGrantor() || !request.getGrantor().hasPrivilege()) {
            throw EngineException.withReason(MilvusError.UNEXPECTED,
                    "the privilege entity in the grantor entity is nil");
        }
        String privilege = request.getGrantor().getPrivilege().getName();
        Privileges.checkNameOrAny(privilege, "Privilege");
        if (request.getType() != OperatePrivilegeType.Grant && request.getType() != OperatePrivilegeType.Revoke) {
            throw EngineException.because(MilvusError.PARAMETER_INVALID, "the type in the request not grant or revoke");
        }
        String database = request.getDbName();
        if (!database.isEmpty() && !database.equals(Privileges.ANY)) {
            Names.checkDatabase(database);
        }
        String collection = request.getCollectionName();
        Privileges.checkNameOrAny(collection, "collection name");
        rootCoord(ErrorCode.OperatePrivilegeFailure, () -> {
            roles.requireRole(role);
            if (!roles.hasGroup(privilege)) {
                Privileges.checkDefined(privilege);
            }
            Privileges.checkGroupScope(privilege, database, collection);
            apply(role, new Grant(Privileges.objectTypeOf(privilege), RequestContext.database(database), collection,
                    privilege), request.getType());
            return null;
        });
        return Rpc.ok();
    }

    SelectGrantResponse select(SelectGrantRequest request) {
        if (!request.hasEntity()) {
            throw EngineException.because(MilvusError.PARAMETER_INVALID, "the grant entity in the request is nil");
        }
        GrantEntity entity = request.getEntity();
        if (entity.hasObject()) {
            Privileges.checkName(entity.getObject().getName(), "ObjectType");
            Privileges.checkNameOrAny(entity.getObjectName(), "object name");
        }
        if (!entity.hasRole()) {
            throw EngineException.because(MilvusError.PARAMETER_INVALID, "the role entity in the grant entity is nil");
        }
        String role = entity.getRole().getName();
        Privileges.checkName(role, "role name");
        Map<Grant, String> held = rootCoord(ErrorCode.SelectGrantFailure, () -> {
            Map<Grant, String> privileges = roles.privileges(role);
            if (entity.hasObject() && !Privileges.isObjectType(entity.getObject().getName())) {
                throw EngineException.withReason(MilvusError.UNEXPECTED, "not found the object type[name: "
                        + entity.getObject().getName() + "], supported the object types: " + Privileges.objectTypes());
            }
            return privileges;
        });
        String database = RequestContext.database(entity.getDbName());
        SelectGrantResponse.Builder response = SelectGrantResponse.newBuilder().setStatus(Rpc.ok());
        held.forEach((grant, grantor) -> {
            if (selected(grant, entity, database)) {
                response.addEntities(GrantEntity.newBuilder()
                        .setRole(RoleEntity.newBuilder().setName(role))
                        .setObject(ObjectEntity.newBuilder().setName(grant.objectType()))
                        .setObjectName(grant.objectName())
                        .setDbName(grant.database())
                        .setGrantor(GrantorEntity.newBuilder().setUser(UserEntity.newBuilder().setName(grantor))
                                .setPrivilege(PrivilegeEntity.newBuilder().setName(grant.privilege()))));
            }
        });
        return response.build();
    }

    /** With an object: that exact object in that database; without: every grant in the database or in {@code *}. */
    private static boolean selected(Grant grant, GrantEntity filter, String database) {
        if (filter.hasObject()) {
            return grant.objectType().equals(filter.getObject().getName())
                    && grant.objectName().equals(filter.getObjectName()) && grant.database().equals(database);
        }
        return database.equals(Privileges.ANY) || grant.database().equals(Privileges.ANY)
                || grant.database().equals(database);
    }

    /** Grants or revokes {@code grant} and its related privileges in one change. */
    private void apply(String role, Grant grant, OperatePrivilegeType type) {
        List<Grant> grants = new ArrayList<>();
        grants.add(grant);
        Privileges.relatedTo(grant.privilege()).forEach(p -> grants.add(grant.withPrivilege(p)));
        if (type == OperatePrivilegeType.Grant) {
            roles.grantPrivileges(role, grants, RequestContext.caller());
        } else {
            roles.revokePrivileges(role, grants);
        }
    }

    private static void checkType(int type) {
        if (type != OperatePrivilegeType.Grant_VALUE && type != OperatePrivilegeType.Revoke_VALUE) {
            throw EngineException.withReason(MilvusError.UNEXPECTED,
                    "invalid operate privilege type, current type: " + type
                    + ", valid value: [Grant, Revoke]");
        }
    }

    /** Runs a root-coordinator step: its refusals carry {@code legacy} as their legacy error code. */
    private static <T> T rootCoord(ErrorCode legacy, Supplier<T> step) {
        try {
            return step.get();
        } catch (EngineException e) {
            throw e.legacyCode(legacy);
        }
    }
}
