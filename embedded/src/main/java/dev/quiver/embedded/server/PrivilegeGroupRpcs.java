package dev.quiver.embedded.server;

import dev.quiver.embedded.error.EngineException;
import dev.quiver.embedded.catalog.AccessControl;
import dev.quiver.embedded.catalog.Catalog;
import dev.quiver.embedded.catalog.Grant;
import dev.quiver.wire.MilvusError;
import dev.quiver.embedded.security.PrivilegeGroups;
import dev.quiver.proto.milvus.CreatePrivilegeGroupRequest;
import dev.quiver.proto.milvus.DropPrivilegeGroupRequest;
import dev.quiver.proto.milvus.ListPrivilegeGroupsResponse;
import dev.quiver.proto.milvus.OperatePrivilegeGroupRequest;
import dev.quiver.proto.milvus.OperatePrivilegeGroupType;
import dev.quiver.proto.milvus.PrivilegeEntity;
import dev.quiver.proto.milvus.PrivilegeGroupInfo;
import dev.quiver.proto.milvus.Status;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * CreatePrivilegeGroup, DropPrivilegeGroup, ListPrivilegeGroups and OperatePrivilegeGroup: custom privilege groups
 * kept in the catalog beside the roles (persisted with it), checked as Milvus's proxy and root coordinator check
 * them. A group can only hold single privileges; a group still granted to a role cannot be dropped; the built-in
 * groups cannot be created, dropped or changed. Listing shows the custom groups, then the built-in ones.
 */
final class PrivilegeGroupRpcs {
    private final Catalog catalog;

    PrivilegeGroupRpcs(Catalog catalog) {
        this.catalog = catalog;
    }

    Status create(CreatePrivilegeGroupRequest request) {
        String group = checkGroupName(request.getGroupName());
        catalog.modifyAccess(access -> {
            if (isBuiltIn(group)) {
                throw EngineException.withReason(MilvusError.UNEXPECTED, "privilege group name [" + group
                        + "] is defined by built in privileges or privilege groups in system");
            }
            if (access.groups().containsKey(group)) {
                throw EngineException.withReason(MilvusError.UNEXPECTED, "privilege group [" + group + "] already exists");
            }
            return access.withGroup(group, Set.of());
        });
        return Rpc.ok();
    }

    Status drop(DropPrivilegeGroupRequest request) {
        String group = checkGroupName(request.getGroupName());
        catalog.modifyAccess(access -> {
            if (isBuiltIn(group)) {
                throw EngineException.withReason(MilvusError.UNEXPECTED, "privilege group [" + group
                        + "] is defined by built in privilege groups in system and can not be dropped");
            }
            for (Map.Entry<String, java.util.SortedMap<Grant, String>> role : access.grants().entrySet()) {
                if (role.getValue().keySet().stream().anyMatch(g -> g.privilege().equals(group))) {
                    throw EngineException.withReason(MilvusError.UNEXPECTED, "privilege group [" + group + "] is used by role ["
                            + role.getKey() + "], Use REVOKE API to revoke it first");
                }
            }
            return access.withoutGroup(group);
        });
        return Rpc.ok();
    }

    ListPrivilegeGroupsResponse list() {
        ListPrivilegeGroupsResponse.Builder response = ListPrivilegeGroupsResponse.newBuilder().setStatus(Rpc.ok());
        catalog.access().groups().forEach((group, privileges) -> response.addPrivilegeGroups(info(group, privileges)));
        PrivilegeGroups.builtInGroups().forEach((group, privileges) ->
                response.addPrivilegeGroups(info(group, privileges)));
        return response.build();
    }

    Status operate(OperatePrivilegeGroupRequest request) {
        String group = checkGroupName(request.getGroupName());
        if (request.getPrivilegesCount() == 0) {
            throw EngineException.because(MilvusError.PARAMETER_INVALID, "privileges should not be empty");
        }
        Set<String> privileges = new TreeSet<>();
        for (PrivilegeEntity entity : request.getPrivilegesList()) {
            String privilege = entity.getName();
            if (!Privileges.isDefined(privilege) || Privileges.isBuiltInGroup(privilege)) {
                throw EngineException.because(MilvusError.PARAMETER_INVALID, "privilege name [" + privilege
                        + "] is not a valid privilege, a privilege group can only hold single privileges");
            }
            privileges.add(privilege);
        }
        if (request.getType() != OperatePrivilegeGroupType.AddPrivilegesToGroup
                && request.getType() != OperatePrivilegeGroupType.RemovePrivilegesFromGroup) {
            throw EngineException.because(MilvusError.PARAMETER_INVALID, "invalid operate privilege group type: "
                    + request.getTypeValue());
        }
        catalog.modifyAccess(access -> {
            Set<String> held = requireGroup(access, group);
            Set<String> next = new TreeSet<>(held);
            if (request.getType() == OperatePrivilegeGroupType.AddPrivilegesToGroup) {
                next.addAll(privileges);
            } else {
                next.removeAll(privileges);
            }
            return next.equals(held) ? access : access.withGroup(group, next);
        });
        return Rpc.ok();
    }

    private static Set<String> requireGroup(AccessControl access, String group) {
        if (isBuiltIn(group)) {
            throw EngineException.withReason(MilvusError.UNEXPECTED, "the privilege group [" + group
                    + "] is a built-in privilege group, which can not be operated");
        }
        Set<String> held = access.groups().get(group);
        if (held == null) {
            throw EngineException.withReason(MilvusError.UNEXPECTED, "there is no privilege group name [" + group + "] to operate");
        }
        return held;
    }

    private static boolean isBuiltIn(String group) {
        return Privileges.isDefined(group);
    }

    private static PrivilegeGroupInfo info(String group, Set<String> privileges) {
        PrivilegeGroupInfo.Builder info = PrivilegeGroupInfo.newBuilder().setGroupName(group);
        privileges.forEach(p -> info.addPrivileges(PrivilegeEntity.newBuilder().setName(p)));
        return info.build();
    }

    private static String checkGroupName(String name) {
        return Privileges.checkName(name, "privilege group name");
    }
}
