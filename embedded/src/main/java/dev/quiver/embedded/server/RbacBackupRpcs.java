package dev.quiver.embedded.server;

import dev.quiver.embedded.catalog.AccessControl;
import dev.quiver.embedded.catalog.Catalog;
import dev.quiver.embedded.catalog.Grant;
import dev.quiver.embedded.catalog.PasswordHash;
import dev.quiver.embedded.error.EngineException;
import dev.quiver.proto.milvus.BackupRBACMetaResponse;
import dev.quiver.proto.milvus.GrantEntity;
import dev.quiver.proto.milvus.GrantorEntity;
import dev.quiver.proto.milvus.ObjectEntity;
import dev.quiver.proto.milvus.PrivilegeEntity;
import dev.quiver.proto.milvus.PrivilegeGroupInfo;
import dev.quiver.proto.milvus.RBACMeta;
import dev.quiver.proto.milvus.RestoreRBACMetaRequest;
import dev.quiver.proto.milvus.RoleEntity;
import dev.quiver.proto.milvus.Status;
import dev.quiver.proto.milvus.UserEntity;
import dev.quiver.proto.milvus.UserInfo;
import dev.quiver.wire.MilvusError;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * BackupRBAC and RestoreRBAC as Milvus 2.6's root coordinator answers them. A backup holds every user but
 * {@code root} (with its password hash and role memberships), every role but {@code admin} and {@code public}, those
 * roles' grants in every database, and the custom privilege groups. A restore only adds: it is refused, before
 * anything changes, when the backup is empty, names a role, privilege group or user that already exists, grants a
 * privilege that is neither defined nor a group after the restore, or makes a user a member of a role that does not
 * exist after it; then everything is added in one catalog change.
 *
 * <p>Passwords travel as hashes only, never as text: Milvus puts its bcrypt hash in {@code UserInfo.password}; the
 * engine puts its own PBKDF2 hash ({@link PasswordHash#toText()}) and restores only hashes of that form.
 */
final class RbacBackupRpcs {
    private final Catalog catalog;

    RbacBackupRpcs(Catalog catalog) {
        this.catalog = catalog;
    }

    BackupRBACMetaResponse backup() {
        AccessControl access = catalog.access();
        RBACMeta.Builder meta = RBACMeta.newBuilder();
        access.users().forEach((user, password) -> {
            if (!user.equals(Credentials.ROOT)) {
                UserInfo.Builder info = UserInfo.newBuilder().setUser(user).setPassword(password.toText());
                access.rolesOf(user).forEach(role -> info.addRoles(role(role)));
                meta.addUsers(info);
            }
        });
        for (String role : access.members().keySet()) {
            if (AccessControl.BUILT_IN_ROLES.contains(role)) {
                continue;
            }
            meta.addRoles(role(role));
            access.grantsOf(role).forEach((grant, grantor) -> meta.addGrants(GrantEntity.newBuilder()
                    .setRole(role(role))
                    .setObject(ObjectEntity.newBuilder().setName(grant.objectType()))
                    .setObjectName(grant.objectName())
                    .setDbName(grant.database())
                    .setGrantor(GrantorEntity.newBuilder().setUser(UserEntity.newBuilder().setName(grantor))
                            .setPrivilege(PrivilegeEntity.newBuilder().setName(grant.privilege())))));
        }
        access.groups().forEach((group, privileges) -> {
            PrivilegeGroupInfo.Builder info = PrivilegeGroupInfo.newBuilder().setGroupName(group);
            privileges.forEach(privilege -> info.addPrivileges(PrivilegeEntity.newBuilder().setName(privilege)));
            meta.addPrivilegeGroups(info);
        });
        return BackupRBACMetaResponse.newBuilder().setStatus(Rpc.ok()).setRBACMeta(meta).build();
    }

    Status restore(RestoreRBACMetaRequest request) {
        RBACMeta meta = request.getRBACMeta();
        if (meta.getRolesCount() == 0 && meta.getPrivilegeGroupsCount() == 0 && meta.getGrantsCount() == 0
                && meta.getUsersCount() == 0) {
            throw refused("rbac meta is empty");
        }
        Map<String, PasswordHash> passwords = passwords(meta.getUsersList());
        String caller = RequestContext.caller();
        catalog.modifyAccess(access -> {
            check(access, meta);
            AccessControl next = access;
            for (RoleEntity role : meta.getRolesList()) {
                next = next.withRole(role.getName());
            }
            for (PrivilegeGroupInfo group : meta.getPrivilegeGroupsList()) {
                next = next.withGroup(group.getGroupName(),
                        group.getPrivilegesList().stream().map(PrivilegeEntity::getName).toList());
            }
            for (GrantEntity grant : meta.getGrantsList()) {
                String grantor = grant.getGrantor().getUser().getName();
                next = next.withGrants(grant.getRole().getName(), List.of(new Grant(grant.getObject().getName(),
                        grant.getDbName(), grant.getObjectName(), grant.getGrantor().getPrivilege().getName())),
                        grantor.isEmpty() ? caller : grantor);
            }
            for (UserInfo user : meta.getUsersList()) {
                next = next.withUser(user.getUser(), Objects.requireNonNull(passwords.get(user.getUser()),
                        "passwords holds every user"));
                for (RoleEntity role : user.getRolesList()) {
                    next = next.withMember(role.getName(), user.getUser());
                }
            }
            return next;
        });
        return Rpc.ok();
    }

    /** Milvus's {@code CheckIfRBACRestorable}, in its order, plus the roles the grants are for. */
    private static void check(AccessControl access, RBACMeta meta) {
        Set<String> rolesAfter = new HashSet<>(access.members().keySet());
        for (RoleEntity role : meta.getRolesList()) {
            if (access.hasRole(role.getName())) {
                throw refused("role [" + role.getName() + "] already exists");
            }
            rolesAfter.add(role.getName());
        }
        Set<String> groupsAfter = new HashSet<>(access.groups().keySet());
        for (PrivilegeGroupInfo group : meta.getPrivilegeGroupsList()) {
            if (access.groups().containsKey(group.getGroupName())) {
                throw refused("privilege group [" + group.getGroupName() + "] already exists");
            }
            groupsAfter.add(group.getGroupName());
        }
        for (GrantEntity grant : meta.getGrantsList()) {
            String privilege = grant.getGrantor().getPrivilege().getName();
            if (!privilege.equals(Privileges.ANY) && !groupsAfter.contains(privilege)
                    && !Privileges.isDefined(privilege)) {
                throw refused("privilege [" + privilege + "] does not exist");
            }
            if (!rolesAfter.contains(grant.getRole().getName())) {
                throw refused("role [" + grant.getRole().getName() + "] does not exist");
            }
        }
        for (UserInfo user : meta.getUsersList()) {
            if (access.password(user.getUser()).isPresent()) {
                throw refused("user [" + user.getUser() + "] already exists");
            }
            for (RoleEntity role : user.getRolesList()) {
                if (!rolesAfter.contains(role.getName())) {
                    throw refused("role [" + role.getName() + "] does not exist");
                }
            }
        }
    }

    /** Each user's hash; a password that is not a hash this engine wrote is refused without being shown. */
    private static Map<String, PasswordHash> passwords(List<UserInfo> users) {
        Map<String, PasswordHash> passwords = new LinkedHashMap<>();
        for (UserInfo user : users) {
            String text = user.getPassword();
            PasswordHash hash = PasswordHash.fromText(text).orElseThrow(() -> text.matches("\\$2[abxy]?\\$.*")
                    ? EngineException.because(MilvusError.UNSUPPORTED_OPERATION, "user [" + user.getUser()
                            + "]: restoring a bcrypt password hash (from a Milvus backup) is not supported by the "
                            + "embedded engine; restore the user without it and set a new password")
                    : EngineException.because(MilvusError.PARAMETER_INVALID, "user [" + user.getUser()
                            + "]: the password is not a password hash written by BackupRBAC"
                            + " ($pbkdf2-sha256$<iterations>$<salt>$<key>)"));
            passwords.put(user.getUser(), hash);
        }
        return passwords;
    }

    private static RoleEntity role(String name) {
        return RoleEntity.newBuilder().setName(name).build();
    }

    private static EngineException refused(String reason) {
        return EngineException.withReason(MilvusError.UNEXPECTED, reason);
    }
}
