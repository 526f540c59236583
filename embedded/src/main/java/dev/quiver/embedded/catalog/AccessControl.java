package dev.quiver.embedded.catalog;

import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Who may connect and what their roles hold: users with their password hashes, roles with their members (Milvus's
 * built-in {@code admin} and {@code public} always among them), and the privileges granted to each role with the
 * user who granted them. Part of the {@link CatalogSnapshot}, persisted with it. The {@code with}/{@code without}
 * methods check nothing (the server does, inside the catalog transaction) and return this very object when
 * nothing changes. Immutable.
 *
 * @param users   password hashes by user name, sorted by name
 * @param members each role's users, roles and users sorted by name
 * @param grants  per role (only roles that hold some), each grant with its grantor, in {@link Grant#ORDER}
 * @param groups  the custom privilege groups ({@code CreatePrivilegeGroup}) with their privileges, sorted
 */
public record AccessControl(Map<String, PasswordHash> users, Map<String, Set<String>> members,
                            Map<String, SortedMap<Grant, String>> grants, Map<String, Set<String>> groups) {
    /** Milvus's built-in roles, which always exist. */
    public static final List<String> BUILT_IN_ROLES = List.of("admin", "public");
    /** Ordered like every role's grants ({@code Collections.emptySortedMap()} would compare grants naturally). */
    private static final SortedMap<Grant, String> NO_GRANTS = Collections.unmodifiableSortedMap(
            new TreeMap<>(Grant.ORDER));

    public AccessControl {
        users = Collections.unmodifiableSortedMap(new TreeMap<>(users));
        TreeMap<String, Set<String>> roles = new TreeMap<>();
        BUILT_IN_ROLES.forEach(role -> roles.put(role, Set.of()));
        members.forEach((role, names) -> roles.put(role, Collections.unmodifiableSortedSet(new TreeSet<>(names))));
        members = Collections.unmodifiableSortedMap(roles);
        TreeMap<String, SortedMap<Grant, String>> held = new TreeMap<>();
        grants.forEach((role, roleGrants) -> {
            if (!roleGrants.isEmpty()) {
                TreeMap<Grant, String> copy = new TreeMap<>(Grant.ORDER);
                copy.putAll(roleGrants);
                held.put(role, Collections.unmodifiableSortedMap(copy));
            }
        });
        grants = Collections.unmodifiableSortedMap(held);
        TreeMap<String, Set<String>> custom = new TreeMap<>();
        groups.forEach((group, privileges) -> custom.put(group,
                Collections.unmodifiableSortedSet(new TreeSet<>(privileges))));
        groups = Collections.unmodifiableSortedMap(custom);
    }

    /** Without custom privilege groups. */
    public AccessControl(Map<String, PasswordHash> users, Map<String, Set<String>> members,
                         Map<String, SortedMap<Grant, String>> grants) {
        this(users, members, grants, Map.of());
    }

    /** No users, the built-in roles, no grants. */
    public static AccessControl initial() {
        return new AccessControl(Map.of(), Map.of(), Map.of());
    }

    /** {@code user}'s password hash, if the user exists. */
    public Optional<PasswordHash> password(String user) {
        return Optional.ofNullable(users.get(user));
    }

    public boolean hasRole(String role) {
        return members.containsKey(role);
    }

    /** {@code role}'s grants with their grantors, in {@link Grant#ORDER}; empty when it holds none. */
    public SortedMap<Grant, String> grantsOf(String role) {
        SortedMap<Grant, String> held = grants.get(role);
        return held != null ? held : NO_GRANTS;
    }

    /** The roles {@code user} is a member of, sorted. */
    public List<String> rolesOf(String user) {
        return members.entrySet().stream().filter(e -> e.getValue().contains(user)).map(Map.Entry::getKey).toList();
    }

    /** With {@code user} added or their password replaced. */
    public AccessControl withUser(String user, PasswordHash password) {
        Map<String, PasswordHash> next = new TreeMap<>(users);
        next.put(user, password);
        return new AccessControl(next, members, grants, groups);
    }

    /** Without {@code user} and their role memberships. */
    public AccessControl withoutUser(String user) {
        if (!users.containsKey(user)) {
            return this;
        }
        Map<String, PasswordHash> next = new TreeMap<>(users);
        next.remove(user);
        Map<String, Set<String>> roles = new TreeMap<>();
        members.forEach((role, names) -> roles.put(role, without(names, user)));
        return new AccessControl(next, roles, grants, groups);
    }

    /** With the empty role {@code role} (replacing nothing: the caller checks it is new). */
    public AccessControl withRole(String role) {
        Map<String, Set<String>> roles = new TreeMap<>(members);
        roles.put(role, Set.of());
        return new AccessControl(users, roles, grants, groups);
    }

    /** Without {@code role}, its members and its grants. */
    public AccessControl withoutRole(String role) {
        if (!members.containsKey(role)) {
            return this;
        }
        Map<String, Set<String>> roles = new TreeMap<>(members);
        roles.remove(role);
        Map<String, SortedMap<Grant, String>> held = new TreeMap<>(grants);
        held.remove(role);
        return new AccessControl(users, roles, held, groups);
    }

    /** With {@code user} a member of the existing {@code role}. */
    public AccessControl withMember(String role, String user) {
        Set<String> names = members.getOrDefault(role, Set.of());
        if (names.contains(user)) {
            return this;
        }
        Set<String> next = new TreeSet<>(names);
        next.add(user);
        Map<String, Set<String>> roles = new TreeMap<>(members);
        roles.put(role, next);
        return new AccessControl(users, roles, grants, groups);
    }

    /** With {@code user} no longer a member of {@code role}. */
    public AccessControl withoutMember(String role, String user) {
        Set<String> names = members.get(role);
        if (names == null || !names.contains(user)) {
            return this;
        }
        Map<String, Set<String>> roles = new TreeMap<>(members);
        roles.put(role, without(names, user));
        return new AccessControl(users, roles, grants, groups);
    }

    /** With {@code added} granted to {@code role} by {@code grantor}; grants it already holds keep their grantor. */
    public AccessControl withGrants(String role, Collection<Grant> added, String grantor) {
        SortedMap<Grant, String> held = grantsOf(role);
        if (held.keySet().containsAll(added)) {
            return this;
        }
        TreeMap<Grant, String> next = new TreeMap<>(Grant.ORDER);
        next.putAll(held);
        added.forEach(grant -> next.putIfAbsent(grant, grantor));
        Map<String, SortedMap<Grant, String>> all = new TreeMap<>(grants);
        all.put(role, next);
        return new AccessControl(users, members, all, groups);
    }

    /** With {@code revoked} no longer held by {@code role}. */
    public AccessControl withoutGrants(String role, Collection<Grant> revoked) {
        SortedMap<Grant, String> held = grantsOf(role);
        if (revoked.stream().noneMatch(held::containsKey)) {
            return this;
        }
        TreeMap<Grant, String> next = new TreeMap<>(Grant.ORDER);
        next.putAll(held);
        revoked.forEach(next::remove);
        Map<String, SortedMap<Grant, String>> all = new TreeMap<>(grants);
        all.put(role, next);
        return new AccessControl(users, members, all, groups);
    }

    /** With the custom privilege group {@code group} holding exactly {@code privileges}. */
    public AccessControl withGroup(String group, Collection<String> privileges) {
        Map<String, Set<String>> next = new TreeMap<>(groups);
        next.put(group, new TreeSet<>(privileges));
        return new AccessControl(users, members, grants, next);
    }

    /** Without the custom privilege group {@code group}. */
    public AccessControl withoutGroup(String group) {
        if (!groups.containsKey(group)) {
            return this;
        }
        Map<String, Set<String>> next = new TreeMap<>(groups);
        next.remove(group);
        return new AccessControl(users, members, grants, next);
    }

    private static Set<String> without(Set<String> names, String name) {
        Set<String> next = new TreeSet<>(names);
        next.remove(name);
        return next;
    }
}
