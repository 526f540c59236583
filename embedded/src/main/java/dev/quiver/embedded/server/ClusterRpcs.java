package dev.quiver.embedded.server;

import dev.quiver.embedded.error.EngineException;
import dev.quiver.embedded.catalog.Catalog;
import dev.quiver.embedded.catalog.CatalogSnapshot;
import dev.quiver.embedded.catalog.CollectionEntry;
import dev.quiver.embedded.catalog.CollectionInfo;
import dev.quiver.wire.MilvusError;
import dev.quiver.proto.milvus.DescribeResourceGroupRequest;
import dev.quiver.proto.milvus.DescribeResourceGroupResponse;
import dev.quiver.proto.milvus.GetReplicasRequest;
import dev.quiver.proto.milvus.GetReplicasResponse;
import dev.quiver.proto.milvus.ListResourceGroupsResponse;
import dev.quiver.proto.milvus.NodeInfo;
import dev.quiver.proto.milvus.ReplicaInfo;
import dev.quiver.proto.milvus.ResourceGroup;
import dev.quiver.proto.milvus.ShardReplica;

/**
 * GetReplicas and the resource-group reads, as a one-node standalone answers them: every loaded collection has
 * one replica on the one query node, which sits in {@code __default_resource_group}. The node has no separate
 * address to report: leader and node addresses stay empty.
 */
final class ClusterRpcs {
    /** Milvus's default resource group. */
    static final String DEFAULT_RESOURCE_GROUP = "__default_resource_group";
    /** Milvus's capacity of the default resource group ({@code DefaultResourceGroupCapacity}). */
    static final int DEFAULT_CAPACITY = 1_000_000;

    private final Catalog catalog;

    ClusterRpcs(Catalog catalog) {
        this.catalog = catalog;
    }

    GetReplicasResponse replicas(GetReplicasRequest request) {
        String database = RequestContext.database(request.getDbName());
        CatalogSnapshot snapshot = catalog.snapshot();
        CollectionInfo info = (request.getCollectionName().isEmpty()
                ? snapshot.byId(request.getCollectionID()).orElseThrow(() -> CatalogSnapshot.collectionNotFound(
                        database, Long.toString(request.getCollectionID())))
                : snapshot.require(database, request.getCollectionName())).info();
        if (!info.isLoaded()) {
            throw EngineException.withReason(MilvusError.REPLICA_NOT_FOUND, "failed to get replicas by collection: "
                    + MilvusError.REPLICA_NOT_FOUND.leafMessage() + "[replica=" + info.id() + "]");
        }
        ReplicaInfo.Builder replica = ReplicaInfo.newBuilder().setReplicaID(info.id()).setCollectionID(info.id())
                .addNodeIds(ConnectionRpcs.NODE_ID).setResourceGroupName(DEFAULT_RESOURCE_GROUP);
        if (info.loadedPartitions().size() != info.partitions().size()) {
            info.loadedPartitions().forEach(p -> replica.addPartitionIds(p.id()));
        }
        if (request.getWithShardNodes()) {
            replica.addShardReplicas(ShardReplica.newBuilder().setLeaderID(ConnectionRpcs.NODE_ID)
                    .setDmChannelName(CollectionRpcs.virtualChannel(info.id()))
                    .addNodeIds(ConnectionRpcs.NODE_ID));
        }
        return GetReplicasResponse.newBuilder().setStatus(Rpc.ok()).addReplicas(replica).build();
    }

    ListResourceGroupsResponse listResourceGroups() {
        return ListResourceGroupsResponse.newBuilder().setStatus(Rpc.ok()).addResourceGroups(DEFAULT_RESOURCE_GROUP)
                .build();
    }

    DescribeResourceGroupResponse describeResourceGroup(DescribeResourceGroupRequest request) {
        if (!request.getResourceGroup().equals(DEFAULT_RESOURCE_GROUP)) {
            throw EngineException.with(MilvusError.RESOURCE_GROUP_NOT_FOUND, "rg", request.getResourceGroup());
        }
        ResourceGroup.Builder group = ResourceGroup.newBuilder().setName(DEFAULT_RESOURCE_GROUP)
                .setCapacity(DEFAULT_CAPACITY).setNumAvailableNode(1)
                .addNodes(NodeInfo.newBuilder().setNodeId(ConnectionRpcs.NODE_ID));
        for (CollectionEntry entry : catalog.snapshot().allCollections()) {
            if (entry.info().isLoaded()) {
                group.putNumLoadedReplica(entry.info().name(), 1);
            }
        }
        return DescribeResourceGroupResponse.newBuilder().setStatus(Rpc.ok()).setResourceGroup(group).build();
    }
}
