package dev.quiver.embedded.security;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Milvus's built-in privilege groups, privileges spelled as the API spells them: the RBAC v1 groups
 * {@code ReadOnly}, {@code ReadWrite} and {@code Admin} (matched by the proxy's policy matcher) and the nine 2.5+
 * groups {@code Cluster|Database|Collection × ReadOnly|ReadWrite|Admin} (expanded into their privileges when
 * granted). Also the privilege level Milvus derives from the latter: cluster-level privileges are checked against
 * the database {@code *}. Immutable.
 */
public final class PrivilegeGroups {
    /** RBAC v1 {@code ReadOnly} ({@code util.ReadOnlyPrivilegeGroup}). */
    static final Set<String> READ_ONLY = set("Query", "Search", "IndexDetail", "GetFlushState", "GetLoadState",
            "GetLoadingProgress", "HasPartition", "ShowPartitions", "ShowCollections", "ListAliases", "ListDatabases",
            "DescribeCollection", "DescribeDatabase", "DescribeAlias", "GetStatistics");
    /** RBAC v1 {@code ReadWrite} ({@code util.ReadWritePrivilegeGroup}). */
    static final Set<String> READ_WRITE = union(READ_ONLY, set("CreateIndex", "DropIndex", "CreatePartition",
            "DropPartition", "Load", "Release", "Insert", "Delete", "Upsert", "Import", "Flush", "Compaction",
            "LoadBalance", "RenameCollection", "CreateAlias", "DropAlias"));
    /** RBAC v1 {@code Admin} ({@code util.AdminPrivilegeGroup}). */
    static final Set<String> ADMIN = union(READ_WRITE, set("CreateCollection", "DropCollection", "CreateOwnership",
            "DropOwnership", "SelectOwnership", "ManageOwnership", "SelectUser", "UpdateUser", "BackupRBAC",
            "RestoreRBAC", "CreateResourceGroup", "UpdateResourceGroups", "DropResourceGroup",
            "DescribeResourceGroup", "ListResourceGroups", "TransferReplica", "TransferNode", "CreateDatabase",
            "DropDatabase", "AlterDatabase"));

    private static final Set<String> COLLECTION_READ_ONLY = set("Query", "Search", "IndexDetail", "GetFlushState",
            "GetLoadState", "GetLoadingProgress", "HasPartition", "ShowPartitions", "DescribeCollection",
            "DescribeAlias", "GetStatistics", "ListAliases");
    private static final Set<String> COLLECTION_READ_WRITE = union(COLLECTION_READ_ONLY, set("Load", "Release",
            "Insert", "Delete", "Upsert", "Import", "Flush", "Compaction", "LoadBalance", "CreateIndex", "DropIndex",
            "CreatePartition", "DropPartition"));
    private static final Set<String> COLLECTION_ADMIN = union(COLLECTION_READ_WRITE, set("CreateAlias", "DropAlias"));
    private static final Set<String> DATABASE_READ_ONLY = set("ShowCollections", "DescribeDatabase");
    private static final Set<String> DATABASE_READ_WRITE = union(DATABASE_READ_ONLY, set("AlterDatabase"));
    private static final Set<String> DATABASE_ADMIN = union(DATABASE_READ_WRITE, set("CreateCollection",
            "DropCollection"));
    private static final Set<String> CLUSTER_READ_ONLY = set("ListDatabases", "SelectOwnership", "SelectUser",
            "DescribeResourceGroup", "ListResourceGroups", "ListPrivilegeGroups");
    private static final Set<String> CLUSTER_READ_WRITE = union(CLUSTER_READ_ONLY, set("FlushAll", "TransferNode",
            "TransferReplica", "UpdateResourceGroups"));
    private static final Set<String> CLUSTER_ADMIN = union(CLUSTER_READ_WRITE, set("BackupRBAC", "RestoreRBAC",
            "CreateDatabase", "DropDatabase", "CreateOwnership", "DropOwnership", "ManageOwnership",
            "CreateResourceGroup", "DropResourceGroup", "UpdateUser", "RenameCollection", "CreatePrivilegeGroup",
            "DropPrivilegeGroup", "OperatePrivilegeGroup"));

    /** The 2.5+ built-in groups in the order Milvus lists them ({@code GetDefaultPrivilegeGroups}). */
    private static final Map<String, Set<String>> BUILT_IN = builtIn();

    private PrivilegeGroups() {
    }

    private static Map<String, Set<String>> builtIn() {
        Map<String, Set<String>> groups = new LinkedHashMap<>();
        groups.put("ClusterReadOnly", CLUSTER_READ_ONLY);
        groups.put("ClusterReadWrite", CLUSTER_READ_WRITE);
        groups.put("ClusterAdmin", CLUSTER_ADMIN);
        groups.put("DatabaseReadOnly", DATABASE_READ_ONLY);
        groups.put("DatabaseReadWrite", DATABASE_READ_WRITE);
        groups.put("DatabaseAdmin", DATABASE_ADMIN);
        groups.put("CollectionReadOnly", COLLECTION_READ_ONLY);
        groups.put("CollectionReadWrite", COLLECTION_READ_WRITE);
        groups.put("CollectionAdmin", COLLECTION_ADMIN);
        return java.util.Collections.unmodifiableMap(groups);
    }

    /** The 2.5+ built-in groups with their privileges, in Milvus's listing order. */
    public static Map<String, Set<String>> builtInGroups() {
        return BUILT_IN;
    }

    /** The privileges of the 2.5+ built-in group {@code name}, if it is one. */
    public static Optional<Set<String>> builtIn(String name) {
        return Optional.ofNullable(BUILT_IN.get(name));
    }

    /** Whether {@code privilege} is cluster-level ({@code util.GetPrivilegeLevel}: a member of ClusterAdmin). */
    public static boolean isClusterLevel(String privilege) {
        return CLUSTER_ADMIN.contains(privilege);
    }

    private static Set<String> set(String... names) {
        return java.util.Collections.unmodifiableSet(new LinkedHashSet<>(List.of(names)));
    }

    private static Set<String> union(Set<String> base, Set<String> more) {
        Set<String> all = Stream.concat(base.stream(), more.stream())
                .collect(Collectors.toCollection(LinkedHashSet::new));
        return java.util.Collections.unmodifiableSet(all);
    }
}
