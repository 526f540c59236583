package dev.quiver.embedded.server;

import dev.quiver.embedded.error.MilvusError;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Roles and their members, in memory, with Milvus's built-in {@code admin} and {@code public} roles. Privileges
 * are not modelled (the privilege RPCs answer UNIMPLEMENTED), so roles are recorded but grant nothing.
 * Thread-safe.
 */
final class Roles {
    static final List<String> BUILT_IN = List.of("admin", "public");
    static final int MAX_NAME_LENGTH = 32;
    private static final String ROLE_NOT_FOUND = "not found the role, maybe the role isn't existed or internal system error";
    private static final String USER_NOT_FOUND = "not found the user, maybe the user isn't existed or internal system error";

    private final Credentials credentials;
    private final Map<String, Set<String>> members = new TreeMap<>();

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

    synchronized void drop(String role) {
        if (BUILT_IN.contains(role)) {
            throw MilvusError.UNEXPECTED.withReason("the role[" + role + "] is a default role, which can't be dropped");
        }
        if (members.remove(role) == null) {
            throw MilvusError.UNEXPECTED.withReason(ROLE_NOT_FOUND);
        }
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
