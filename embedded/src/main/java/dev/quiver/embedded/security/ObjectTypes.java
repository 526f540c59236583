package dev.quiver.embedded.security;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Milvus's object types ({@code common.ObjectType}: {@code Collection}, {@code Global}, {@code User}) with the
 * privileges each accepts ({@code util.ObjectPrivileges}), as the API spells them. Immutable.
 */
public final class ObjectTypes {
    private static final String GLOBAL = "Global";
    private static final Map<String, Set<String>> BY_OBJECT_TYPE = Collections.unmodifiableMap(byObjectType());

    private ObjectTypes() {
    }

    /** The object types in {@code common.ObjectType} order, each with the privileges it accepts. */
    public static Map<String, Set<String>> privilegesByType() {
        return BY_OBJECT_TYPE;
    }

    /** The object type a single privilege belongs to ({@code util.GetObjectType}); {@code Global} otherwise. */
    public static String of(String privilege) {
        return BY_OBJECT_TYPE.entrySet().stream().filter(e -> e.getValue().contains(privilege))
                .map(Map.Entry::getKey).findFirst().orElse(GLOBAL);
    }

    private static Map<String, Set<String>> byObjectType() {
        Map<String, Set<String>> types = new LinkedHashMap<>();
        types.put("Collection", Set.of("Load", "Release", "Compaction", "Insert", "Delete", "Upsert", "GetStatistics",
                "CreateIndex", "IndexDetail", "DropIndex", "Search", "Flush", "Query", "LoadBalance", "Import",
                "GetLoadingProgress", "GetLoadState", "CreatePartition", "DropPartition", "ShowPartitions",
                "HasPartition", "GetFlushState", "ReadOnly", "ReadWrite"));
        types.put(GLOBAL, Set.of("All", "CreateCollection", "DropCollection", "DescribeCollection", "ShowCollections",
                "RenameCollection", "CreateOwnership", "DropOwnership", "SelectOwnership", "ManageOwnership",
                "BackupRBAC", "RestoreRBAC", "CreateResourceGroup", "UpdateResourceGroups", "DropResourceGroup",
                "DescribeResourceGroup", "ListResourceGroups", "TransferReplica", "TransferNode", "FlushAll",
                "CreateDatabase", "DropDatabase", "ListDatabases", "AlterDatabase", "DescribeDatabase", "CreateAlias",
                "DropAlias", "DescribeAlias", "ListAliases", "Admin", "CreatePrivilegeGroup", "DropPrivilegeGroup",
                "ListPrivilegeGroups", "OperatePrivilegeGroup", "ClusterReadOnly", "ClusterReadWrite", "ClusterAdmin",
                "DatabaseReadOnly", "DatabaseReadWrite", "DatabaseAdmin", "CollectionReadOnly", "CollectionReadWrite",
                "CollectionAdmin"));
        types.put("User", Set.of("UpdateUser", "SelectUser"));
        return types;
    }}
