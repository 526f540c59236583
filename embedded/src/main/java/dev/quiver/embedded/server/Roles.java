package dev.quiver.embedded.server;

import dev.quiver.embedded.catalog.AccessControl;
import dev.quiver.embedded.catalog.Catalog;
import dev.quiver.embedded.catalog.Grant;
import dev.quiver.embedded.error.EngineException;
import dev.quiver.proto.milvus.ErrorCode;
import dev.quiver.wire.MilvusError;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Roles, their members and the privileges granted to them, kept in the catalog with the users (persisted with it
 * in file mode, so every change is durable before the call returns), with Milvus's built-in {@code admin} and
 * {@code public} roles. Each change is checked and applied in one catalog transaction. Grants are enforced by
 * {@link AuthorizationInterceptor} when authorization is on. Thread-safe.
 */
final class Roles {
    static final List<String> BUILT_IN = AccessControl.BUILT_IN_ROLES;
    static final int MAX_NAME_LENGTH = 32;
    private static final String ROLE_NOT_FOUND = "not found the role, maybe the role isn't existed or internal system error";
    private static final String USER_NOT_FOUND = "not found the user, maybe the user isn't existed or internal system error";

    private final Catalog catalog;

    Roles(Catalog catalog) {
        this.catalog = catalog;
    }

    void create(String role) {
        checkName(role);
        catalog.modifyAccess(access -> {
            if (access.hasRole(role)) {
                throw EngineException.withReason(MilvusError.UNEXPECTED, "role [" + role + "] already exists");
            }
            return access.withRole(role);
        });
    }

    /** Drops {@code role}; one holding privileges only when {@code force} (its grants go with it). */
    @SuppressWarnings("deprecation")
    void drop(String role, boolean force) {
        if (BUILT_IN.contains(role)) {
            throw EngineException.withReason(MilvusError.UNEXPECTED,
                    "the role[" + role + "] is a default role, which can't be dropped");
        }
        catalog.modifyAccess(access -> {
            requireRole(access, role);
            if (!force && !access.grantsOf(role).isEmpty()) {
                throw EngineException.withReason(MilvusError.UNEXPECTED, 
                        "fail to drop the role that it has privileges. Use REVOKE API to revoke privileges")
                        .legacyCode(ErrorCode.DropRoleFailure);
            }
            return access.withoutRole(role);
        });
    }

    /** Grants {@code grants} to {@code role}, recording {@code grantor}; granting one again changes nothing. */
    void grantPrivileges(String role, List<Grant> grants, String grantor) {
        catalog.modifyAccess(access -> {
            requireRole(access, role);
            return access.withGrants(role, grants, grantor);
        });
    }

    /** Revokes {@code grants} from {@code role}; revoking a privilege the role does not hold changes nothing. */
    void revokePrivileges(String role, List<Grant> grants) {
        catalog.modifyAccess(access -> {
            requireRole(access, role);
            return access.withoutGrants(role, grants);
        });
    }

    /** {@code role}'s grants in metastore order, each with its grantor. */
    Map<Grant, String> privileges(String role) {
        AccessControl access = catalog.access();
        requireRole(access, role);
        return new LinkedHashMap<>(access.grantsOf(role));
    }

    void grant(String user, String role) {
        catalog.modifyAccess(access -> {
            requireUserAndRole(access, user, role);
            return access.withMember(role, user);
        });
    }

    void revoke(String user, String role) {
        catalog.modifyAccess(access -> {
            requireUserAndRole(access, user, role);
            return access.withoutMember(role, user);
        });
    }

    /** Every role, or just {@code role} when not empty (empty when it does not exist), with its members. */
    Map<String, List<String>> roles(String role) {
        Map<String, List<String>> result = new TreeMap<>();
        catalog.access().members().forEach((name, users) -> {
            if (role.isEmpty() || role.equals(name)) {
                result.put(name, List.copyOf(users));
            }
        });
        return result;
    }

    /** Every user, or just {@code user} when not empty (empty when it does not exist), with their roles. */
    Map<String, List<String>> users(String user) {
        AccessControl access = catalog.access();
        Map<String, List<String>> result = new TreeMap<>();
        for (String name : access.users().keySet()) {
            if (user.isEmpty() || user.equals(name)) {
                result.put(name, access.rolesOf(name));
            }
        }
        return result;
    }

    /** Whether {@code name} is a custom privilege group. */
    boolean hasGroup(String name) {
        return catalog.access().groups().containsKey(name);
    }

    /** Refuses as Milvus does when {@code role} does not exist. */
    void requireRole(String role) {
        requireRole(catalog.access(), role);
    }

    private static void requireRole(AccessControl access, String role) {
        if (!access.hasRole(role)) {
            throw EngineException.withReason(MilvusError.UNEXPECTED, ROLE_NOT_FOUND);
        }
    }

    private static void requireUserAndRole(AccessControl access, String user, String role) {
        if (access.password(user).isEmpty()) {
            throw EngineException.withReason(MilvusError.UNEXPECTED, USER_NOT_FOUND);
        }
        requireRole(access, role);
    }

    private static void checkName(String role) {
        String problem = null;
        if (role.isEmpty()) {
            problem = "role name should not be empty";
        } else if (role.length() > MAX_NAME_LENGTH) {
            problem = "invalid role name " + role + ", the length of role name must be less than " + MAX_NAME_LENGTH;
        } else if (!isAsciiLetter(role.charAt(0))) {
            problem = "invalid role name " + role + ", the first character must be a letter, but got " + role.charAt(0);
        } else {
            for (char c : role.toCharArray()) {
                if (!isAsciiLetter(c) && !(c >= '0' && c <= '9') && c != '_') {
                    problem = "invalid role name " + role
                            + ". Role name should only contain numbers, letters, and underscores, but got " + c;
                    break;
                }
            }
        }
        if (problem != null) {
            throw EngineException.because(MilvusError.PARAMETER_INVALID, problem);
        }
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
}
