package dev.quiver.embedded.security;

import com.google.protobuf.Message;
import dev.quiver.embedded.catalog.AccessControl;
import dev.quiver.embedded.catalog.Grant;
import dev.quiver.proto.milvus.SelectGrantRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Milvus's proxy privilege check ({@code PrivilegeInterceptor}): {@code root} and members of {@code admin} may do
 * anything; everyone else holds the grants of their roles plus {@code public}'s. A user may always read or change
 * their own {@code User} entry and list the grants of a role they are in. A grant allows a request when its object
 * type matches and its database and object name are {@code *} or equal, and its privilege is the request's,
 * {@code *}, or a group holding it: the v1 groups as the proxy's matcher treats them ({@code All}, and
 * {@code ReadOnly}/{@code ReadWrite}/{@code Admin} in the same database), the 2.5+ built-in and the custom groups
 * expanded into their privileges. Stateless.
 */
public final class Authorizer {
    /** Milvus's built-in super user, never checked ({@code util.UserRoot}). */
    public static final String ROOT = "root";
    static final String ADMIN_ROLE = "admin";
    static final String PUBLIC_ROLE = "public";

    private Authorizer() {
    }

    /**
     * Why {@code caller} may not send {@code request} (Milvus's denial message), or empty when they may.
     *
     * @param currentDatabase the caller's current database ({@code dbname} header, else {@code default})
     */
    public static Optional<String> denial(AccessControl access, String caller, Message request,
                                          String currentDatabase) {
        if (caller.equals(ROOT)) {
            return Optional.empty();
        }
        Optional<RequiredPrivilege> required = RequiredPrivilege.of(request, currentDatabase);
        if (required.isEmpty()) {
            return Optional.empty();
        }
        RequiredPrivilege need = required.get();
        List<String> roles = new ArrayList<>(access.rolesOf(caller));
        roles.add(PUBLIC_ROLE);
        if (roles.contains(ADMIN_ROLE)) {
            return Optional.empty();
        }
        if (!need.many() && need.objectType().equals("User") && need.objectNames().get(0).equals(caller)) {
            return Optional.empty();
        }
        if (request instanceof SelectGrantRequest select && roles.contains(select.getEntity().getRole().getName())) {
            return Optional.empty();
        }
        for (String role : roles) {
            if (permits(access, role, need)) {
                return Optional.empty();
            }
        }
        return Optional.of(need.metastoreName() + ": permission deny to " + caller + " in the `" + need.database()
                + "` database");
    }

    private static boolean permits(AccessControl access, String role, RequiredPrivilege need) {
        if (need.objectNames().isEmpty()) {
            return false;
        }
        for (String name : need.objectNames()) {
            if (!permitsOne(access, role, need, name)) {
                return false;
            }
        }
        return true;
    }

    private static boolean permitsOne(AccessControl access, String role, RequiredPrivilege need, String name) {
        for (Grant grant : access.grantsOf(role).keySet()) {
            if (matches(grant, need, name) || matchesV1Group(grant, need, name)) {
                return true;
            }
            Set<String> members = PrivilegeGroups.builtIn(grant.privilege())
                    .orElseGet(() -> access.groups().getOrDefault(grant.privilege(), Set.of()));
            for (String member : members) {
                Grant expanded = new Grant(ObjectTypes.of(member), grant.database(), grant.objectName(), member);
                if (matches(expanded, need, name)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The policy matcher's first clause: same object type, glob-matching object and privilege. */
    private static boolean matches(Grant grant, RequiredPrivilege need, String name) {
        return grant.objectType().equals(need.objectType()) && glob(grant.database(), need.database())
                && glob(grant.objectName(), name)
                && (grant.privilege().equals(RequiredPrivilege.ANY) || grant.privilege().equals(need.privilege()));
    }

    /** The matcher's {@code dbMatch && privilegeGroupContains} clause for the v1 groups. */
    private static boolean matchesV1Group(Grant grant, RequiredPrivilege need, String name) {
        if (!grant.database().equals(need.database())) {
            return false;
        }
        boolean sameCollection = grant.objectName().equals(RequiredPrivilege.ANY) || name.equals(RequiredPrivilege.ANY)
                || grant.objectName().equals(name);
        return switch (grant.privilege()) {
            case "All" -> true;
            case "ReadOnly" -> sameCollection && PrivilegeGroups.READ_ONLY.contains(need.privilege());
            case "ReadWrite" -> sameCollection && PrivilegeGroups.READ_WRITE.contains(need.privilege());
            case "Admin" -> PrivilegeGroups.ADMIN.contains(need.privilege());
            default -> false;
        };
    }

    private static boolean glob(String pattern, String value) {
        return pattern.equals(RequiredPrivilege.ANY) || pattern.equals(value);
    }
}
