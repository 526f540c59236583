package dev.quiver.embedded.server;

import dev.quiver.embedded.error.MilvusError;
import dev.quiver.proto.milvus.ErrorCode;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Roles, their members and the privileges granted to them, in memory only (like the users), with Milvus's
 * built-in {@code admin} and {@code public} roles. Grants are recorded and listed but not enforced: the engine
 * behaves like Milvus with authorization disabled. Thread-safe.
 */
final class Roles {
    static final List<String> BUILT_IN = List.of("admin", "public");
    static final int MAX_NAME_LENGTH = 32;
    private static final String ROLE_NOT_FOUND = "not found the role, maybe the role isn't existed or internal system error";
    private static final String USER_NOT_FOUND = "not found the user, maybe the user isn't existed or internal system error";

    private final Credentials credentials;
    private final Map<String, Set<String>> members = new TreeMap<>();
    /** Per role, each grant with the user who granted it. */
    private final Map<String, SortedMap<Grant, String>> grants = new TreeMap<>();

    Roles(Credentials credentials) {
        this.credentials = credentials;
        BUILT_IN.forEach(role -> members.put(role, new TreeSet<>()));
    }

    synchronized void create(String role) {
        checkName(role);
        if (members.containsKey(role)) {
            throw MilvusError.UNEXPECTED.withReason("role [" + role + "] already exists");
        }
        members.put(role, new TreeSet<>());
    }

    /** Drops {@code role}; one holding privileges only when {@code force} (its grants go with it). */
    @SuppressWarnings("deprecation")
    synchronized void drop(String role, boolean force) {
        if (BUILT_IN.contains(role)) {
            throw MilvusError.UNEXPECTED.withReason("the role[" + role + "] is a default role, which can't be dropped");
        }
        if (!members.containsKey(role)) {
            throw MilvusError.UNEXPECTED.withReason(ROLE_NOT_FOUND);
        }
        SortedMap<Grant, String> held = grants.get(role);
        if (!force && held != null && !held.isEmpty()) {
            throw MilvusError.UNEXPECTED.withReason(
                    "fail to drop the role that it has privileges. Use REVOKE API to revoke privileges")
                    .legacyCode(ErrorCode.DropRoleFailure);
        }
        members.remove(role);
        grants.remove(role);
    }

    /** Grants {@code grant} to {@code role}, recording {@code grantor}; granting it again changes nothing. */
    synchronized void grantPrivilege(String role, Grant grant, String grantor) {
        requireRole(role);
        grants.computeIfAbsent(role, r -> new TreeMap<>(Grant.ORDER)).putIfAbsent(grant, grantor);
    }

    /** Revokes {@code grant} from {@code role}; revoking a privilege the role does not hold changes nothing. */
    synchronized void revokePrivilege(String role, Grant grant) {
        requireRole(role);
        SortedMap<Grant, String> held = grants.get(role);
        if (held != null) {
            held.remove(grant);
        }
    }

    /** {@code role}'s grants in metastore order, each with its grantor. */
    synchronized Map<Grant, String> privileges(String role) {
        requireRole(role);
        return new LinkedHashMap<>(grants.getOrDefault(role, new TreeMap<>(Grant.ORDER)));
    }

    synchronized void grant(String user, String role) {
        requireUserAndRole(user, role).add(user);
    }

    synchronized void revoke(String user, String role) {
        requireUserAndRole(user, role).remove(user);
    }

    /** Forgets a deleted user's memberships. */
    synchronized void forget(String user) {
        members.values().forEach(users -> users.remove(user));
    }

    /** Every role, or just {@code role} when not empty (empty when it does not exist), with its members. */
    synchronized Map<String, List<String>> roles(String role) {
        Map<String, List<String>> result = new TreeMap<>();
        members.forEach((name, users) -> {
            if (role.isEmpty() || role.equals(name)) {
                result.put(name, List.copyOf(users));
            }
        });
        return result;
    }

    /** Every user, or just {@code user} when not empty (empty when it does not exist), with their roles. */
    synchronized Map<String, List<String>> users(String user) {
        Map<String, List<String>> result = new TreeMap<>();
        for (String name : credentials.users()) {
            if (user.isEmpty() || user.equals(name)) {
                Set<String> roles = new LinkedHashSet<>();
                members.forEach((role, users) -> {
                    if (users.contains(name)) {
                        roles.add(role);
                    }
                });
                result.put(name, List.copyOf(roles));
            }
        }
        return result;
    }

    /** Refuses as Milvus does when {@code role} does not exist. */
    synchronized void requireRole(String role) {
        if (!members.containsKey(role)) {
            throw MilvusError.UNEXPECTED.withReason(ROLE_NOT_FOUND);
        }
    }

    private Set<String> requireUserAndRole(String user, String role) {
        if (!credentials.users().contains(user)) {
            throw MilvusError.UNEXPECTED.withReason(USER_NOT_FOUND);
        }
        Set<String> users = members.get(role);
        if (users == null) {
            throw MilvusError.UNEXPECTED.withReason(ROLE_NOT_FOUND);
        }
        return users;
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
            throw MilvusError.PARAMETER_INVALID.because(problem);
        }
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
}
