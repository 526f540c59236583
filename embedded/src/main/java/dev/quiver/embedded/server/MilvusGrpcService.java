package dev.quiver.embedded.server;

import dev.quiver.embedded.catalog.Catalog;
import dev.quiver.embedded.data.DataEngine;
import dev.quiver.proto.milvus.AllocTimestampRequest;
import dev.quiver.proto.milvus.AllocTimestampResponse;
import dev.quiver.proto.milvus.AlterAliasRequest;
import dev.quiver.proto.milvus.AddCollectionFieldRequest;
import dev.quiver.proto.milvus.AlterCollectionFieldRequest;
import dev.quiver.proto.milvus.AlterCollectionRequest;
import dev.quiver.proto.milvus.AlterIndexRequest;
import dev.quiver.proto.milvus.AlterDatabaseRequest;
import dev.quiver.proto.milvus.BoolResponse;
import dev.quiver.proto.milvus.CheckHealthRequest;
import dev.quiver.proto.milvus.CheckHealthResponse;
import dev.quiver.proto.milvus.ConnectRequest;
import dev.quiver.proto.milvus.ConnectResponse;
import dev.quiver.proto.milvus.CreateAliasRequest;
import dev.quiver.proto.milvus.CreateCredentialRequest;
import dev.quiver.proto.milvus.CreateCollectionRequest;
import dev.quiver.proto.milvus.CreateDatabaseRequest;
import dev.quiver.proto.milvus.CreateIndexRequest;
import dev.quiver.proto.milvus.CreatePartitionRequest;
import dev.quiver.proto.milvus.DescribeAliasRequest;
import dev.quiver.proto.milvus.DescribeAliasResponse;
import dev.quiver.proto.milvus.DescribeCollectionRequest;
import dev.quiver.proto.milvus.DescribeCollectionResponse;
import dev.quiver.proto.milvus.DescribeDatabaseRequest;
import dev.quiver.proto.milvus.DescribeDatabaseResponse;
import dev.quiver.proto.milvus.DescribeIndexRequest;
import dev.quiver.proto.milvus.DescribeIndexResponse;
import dev.quiver.proto.milvus.DeleteCredentialRequest;
import dev.quiver.proto.milvus.DropAliasRequest;
import dev.quiver.proto.milvus.DropCollectionRequest;
import dev.quiver.proto.milvus.DropDatabaseRequest;
import dev.quiver.proto.milvus.DropIndexRequest;
import dev.quiver.proto.milvus.DropPartitionRequest;
import dev.quiver.proto.milvus.GetCollectionStatisticsRequest;
import dev.quiver.proto.milvus.GetCollectionStatisticsResponse;
import dev.quiver.proto.milvus.GetIndexBuildProgressRequest;
import dev.quiver.proto.milvus.GetIndexBuildProgressResponse;
import dev.quiver.proto.milvus.GetIndexStateRequest;
import dev.quiver.proto.milvus.GetIndexStateResponse;
import dev.quiver.proto.milvus.GetLoadStateRequest;
import dev.quiver.proto.milvus.GetLoadStateResponse;
import dev.quiver.proto.milvus.GetLoadingProgressRequest;
import dev.quiver.proto.milvus.GetLoadingProgressResponse;
import dev.quiver.proto.milvus.GetPartitionStatisticsRequest;
import dev.quiver.proto.milvus.GetPartitionStatisticsResponse;
import dev.quiver.proto.milvus.GetVersionRequest;
import dev.quiver.proto.milvus.GetVersionResponse;
import dev.quiver.proto.milvus.HasCollectionRequest;
import dev.quiver.proto.milvus.HasPartitionRequest;
import dev.quiver.proto.milvus.ListAliasesRequest;
import dev.quiver.proto.milvus.ListAliasesResponse;
import dev.quiver.proto.milvus.ListCredUsersRequest;
import dev.quiver.proto.milvus.ListCredUsersResponse;
import dev.quiver.proto.milvus.ListDatabasesRequest;
import dev.quiver.proto.milvus.ListDatabasesResponse;
import dev.quiver.proto.milvus.LoadCollectionRequest;
import dev.quiver.proto.milvus.LoadPartitionsRequest;
import dev.quiver.proto.milvus.MilvusServiceGrpc;
import dev.quiver.proto.milvus.ReleaseCollectionRequest;
import dev.quiver.proto.milvus.ReleasePartitionsRequest;
import dev.quiver.proto.milvus.RenameCollectionRequest;
import dev.quiver.proto.milvus.ShowCollectionsRequest;
import dev.quiver.proto.milvus.ShowCollectionsResponse;
import dev.quiver.proto.milvus.ShowPartitionsRequest;
import dev.quiver.proto.milvus.ShowPartitionsResponse;
import dev.quiver.proto.milvus.BackupRBACMetaRequest;
import dev.quiver.proto.milvus.BackupRBACMetaResponse;
import dev.quiver.proto.milvus.CreatePrivilegeGroupRequest;
import dev.quiver.proto.milvus.RestoreRBACMetaRequest;
import dev.quiver.proto.milvus.DropPrivilegeGroupRequest;
import dev.quiver.proto.milvus.ListPrivilegeGroupsRequest;
import dev.quiver.proto.milvus.ListPrivilegeGroupsResponse;
import dev.quiver.proto.milvus.OperatePrivilegeGroupRequest;
import dev.quiver.proto.milvus.CreateRoleRequest;
import dev.quiver.proto.milvus.DropRoleRequest;
import dev.quiver.proto.milvus.OperatePrivilegeRequest;
import dev.quiver.proto.milvus.OperatePrivilegeV2Request;
import dev.quiver.proto.milvus.OperateUserRoleRequest;
import dev.quiver.proto.milvus.SelectGrantRequest;
import dev.quiver.proto.milvus.SelectGrantResponse;
import dev.quiver.proto.milvus.SelectRoleRequest;
import dev.quiver.proto.milvus.SelectRoleResponse;
import dev.quiver.proto.milvus.SelectUserRequest;
import dev.quiver.proto.milvus.SelectUserResponse;
import dev.quiver.proto.milvus.Status;
import dev.quiver.proto.milvus.TruncateCollectionRequest;
import dev.quiver.proto.milvus.TruncateCollectionResponse;
import dev.quiver.proto.milvus.DeleteRequest;
import dev.quiver.proto.milvus.FlushAllRequest;
import dev.quiver.proto.milvus.FlushAllResponse;
import dev.quiver.proto.milvus.FlushRequest;
import dev.quiver.proto.milvus.FlushResponse;
import dev.quiver.proto.milvus.GetCompactionStateRequest;
import dev.quiver.proto.milvus.GetCompactionStateResponse;
import dev.quiver.proto.milvus.GetFlushAllStateRequest;
import dev.quiver.proto.milvus.GetFlushAllStateResponse;
import dev.quiver.proto.milvus.GetFlushStateRequest;
import dev.quiver.proto.milvus.GetFlushStateResponse;
import dev.quiver.proto.milvus.GetPersistentSegmentInfoRequest;
import dev.quiver.proto.milvus.GetPersistentSegmentInfoResponse;
import dev.quiver.proto.milvus.GetQuerySegmentInfoRequest;
import dev.quiver.proto.milvus.GetQuerySegmentInfoResponse;
import dev.quiver.proto.milvus.InsertRequest;
import dev.quiver.proto.milvus.ManualCompactionRequest;
import dev.quiver.proto.milvus.ManualCompactionResponse;
import dev.quiver.proto.milvus.MutationResult;
import dev.quiver.proto.milvus.QueryRequest;
import dev.quiver.proto.milvus.QueryResults;
import dev.quiver.proto.milvus.HybridSearchRequest;
import dev.quiver.proto.milvus.SearchRequest;
import dev.quiver.proto.milvus.SearchResults;
import dev.quiver.proto.milvus.UpdateCredentialRequest;
import dev.quiver.proto.milvus.UpsertRequest;
import dev.quiver.proto.milvus.ComponentStates;
import dev.quiver.proto.milvus.DummyRequest;
import dev.quiver.proto.milvus.DummyResponse;
import dev.quiver.proto.milvus.GetComponentStatesRequest;
import dev.quiver.proto.milvus.RegisterLinkRequest;
import dev.quiver.proto.milvus.RegisterLinkResponse;
import dev.quiver.proto.milvus.BatchDescribeCollectionRequest;
import dev.quiver.proto.milvus.BatchDescribeCollectionResponse;
import dev.quiver.proto.milvus.DescribeResourceGroupRequest;
import dev.quiver.proto.milvus.DescribeResourceGroupResponse;
import dev.quiver.proto.milvus.GetCompactionPlansRequest;
import dev.quiver.proto.milvus.GetCompactionPlansResponse;
import dev.quiver.proto.milvus.GetIndexStatisticsRequest;
import dev.quiver.proto.milvus.GetIndexStatisticsResponse;
import dev.quiver.proto.milvus.GetReplicasRequest;
import dev.quiver.proto.milvus.GetReplicasResponse;
import dev.quiver.proto.milvus.ListResourceGroupsRequest;
import dev.quiver.proto.milvus.ListResourceGroupsResponse;
import io.grpc.ServerServiceDefinition;
import io.grpc.stub.StreamObserver;

/**
 * Milvus's {@code MilvusService}, in-band errors and all. Each RPC is delegated to the handler of its family.
 * Serve it through {@link #definition()}: RPCs not overridden here then answer Milvus's in-band "service
 * unimplemented" status naming the missing capability rather than gRPC {@code UNIMPLEMENTED}. Thread-safe.
 */
public class MilvusGrpcService extends MilvusServiceGrpc.MilvusServiceImplBase {
    private final ConnectionRpcs connection;
    private final DatabaseRpcs databases;
    private final CollectionRpcs collections;
    private final PartitionRpcs partitions;
    private final LoadRpcs loads;
    private final IndexRpcs indexes;
    private final AliasRpcs aliases;
    private final AnalyzerRpcs analyzers;
    private final DataRpcs dml;
    private final CredentialRpcs credentials;
    private final RoleRpcs roles;
    private final PrivilegeRpcs privileges;
    private final ClusterRpcs cluster;
    private final PrivilegeGroupRpcs privilegeGroups;
    private final RbacBackupRpcs rbacBackup;

    /** A service over {@code catalog}, whose data path is {@code data} (already attached to the catalog). */
    public MilvusGrpcService(Catalog catalog, DataEngine data) {
        this(catalog, data, Credentials.of(catalog));
    }

    /**
     * Like {@link #MilvusGrpcService(Catalog, DataEngine)}, managing users through {@code users} (which must keep
     * them in the same {@code catalog}).
     */
    public MilvusGrpcService(Catalog catalog, DataEngine data, Credentials users) {
        this.connection = new ConnectionRpcs(catalog);
        this.databases = new DatabaseRpcs(catalog);
        this.collections = new CollectionRpcs(catalog, data);
        this.partitions = new PartitionRpcs(catalog, data);
        this.loads = new LoadRpcs(catalog);
        this.indexes = new IndexRpcs(catalog, data);
        this.aliases = new AliasRpcs(catalog);
        this.analyzers = new AnalyzerRpcs(catalog);
        this.dml = new DataRpcs(data, catalog.clock(), catalog);
        Roles roleStore = new Roles(catalog);
        this.credentials = new CredentialRpcs(users);
        this.roles = new RoleRpcs(roleStore);
        this.privileges = new PrivilegeRpcs(roleStore);
        this.cluster = new ClusterRpcs(catalog);
        this.privilegeGroups = new PrivilegeGroupRpcs(catalog);
        this.rbacBackup = new RbacBackupRpcs(catalog);
    }

    /** This service bound for a gRPC server, every RPC the engine lacks answering Milvus's code 10 in-band. */
    public ServerServiceDefinition definition() {
        return UnsupportedRpcs.complete(bindService(), getClass());
    }

    // connection

    @Override
    public void connect(ConnectRequest request, StreamObserver<ConnectResponse> observer) {
        Rpc.unary(observer, ConnectResponse.getDefaultInstance(), connection::connect);
    }

    @Override
    public void getVersion(GetVersionRequest request, StreamObserver<GetVersionResponse> observer) {
        Rpc.unary(observer, GetVersionResponse.getDefaultInstance(), connection::version);
    }

    @Override
    public void checkHealth(CheckHealthRequest request, StreamObserver<CheckHealthResponse> observer) {
        Rpc.unary(observer, CheckHealthResponse.getDefaultInstance(), connection::health);
    }

    @Override
    public void getComponentStates(GetComponentStatesRequest request, StreamObserver<ComponentStates> observer) {
        Rpc.unary(observer, ComponentStates.getDefaultInstance(), connection::componentStates);
    }

    @Override
    public void registerLink(RegisterLinkRequest request, StreamObserver<RegisterLinkResponse> observer) {
        Rpc.unary(observer, RegisterLinkResponse.getDefaultInstance(), connection::registerLink);
    }

    @Override
    public void dummy(DummyRequest request, StreamObserver<DummyResponse> observer) {
        observer.onNext(connection.dummy(request));
        observer.onCompleted();
    }

    @Override
    public void allocTimestamp(AllocTimestampRequest request, StreamObserver<AllocTimestampResponse> observer) {
        Rpc.unary(observer, AllocTimestampResponse.getDefaultInstance(), connection::allocTimestamp);
    }

    // databases

    @Override
    public void createDatabase(CreateDatabaseRequest request, StreamObserver<Status> observer) {
        Rpc.unary(observer, Status.getDefaultInstance(), () -> databases.create(request));
    }

    @Override
    public void dropDatabase(DropDatabaseRequest request, StreamObserver<Status> observer) {
        Rpc.unary(observer, Status.getDefaultInstance(), () -> databases.drop(request));
    }

    @Override
    public void listDatabases(ListDatabasesRequest request, StreamObserver<ListDatabasesResponse> observer) {
        Rpc.unary(observer, ListDatabasesResponse.getDefaultInstance(), databases::list);
    }

    @Override
    public void describeDatabase(DescribeDatabaseRequest request, StreamObserver<DescribeDatabaseResponse> observer) {
        Rpc.unary(observer, DescribeDatabaseResponse.getDefaultInstance(), () -> databases.describe(request));
    }

    @Override
    public void alterDatabase(AlterDatabaseRequest request, StreamObserver<Status> observer) {
        Rpc.unary(observer, Status.getDefaultInstance(), () -> databases.alter(request));
    }

    // collections

    @Override
    public void createCollection(CreateCollectionRequest request, StreamObserver<Status> observer) {
        Rpc.unary(observer, Status.getDefaultInstance(), () -> collections.create(request));
    }

    @Override
    public void dropCollection(DropCollectionRequest request, StreamObserver<Status> observer) {
        Rpc.unary(observer, Status.getDefaultInstance(), () -> collections.drop(request));
    }

    @Override
    public void hasCollection(HasCollectionRequest request, StreamObserver<BoolResponse> observer) {
        Rpc.unary(observer, BoolResponse.getDefaultInstance(), () -> collections.has(request));
    }

    @Override
    public void describeCollection(DescribeCollectionRequest request,
                                   StreamObserver<DescribeCollectionResponse> observer) {
        Rpc.unary(observer, DescribeCollectionResponse.getDefaultInstance(), () -> collections.describe(request));
    }

    @Override
    public void showCollections(ShowCollectionsRequest request, StreamObserver<ShowCollectionsResponse> observer) {
        Rpc.unary(observer, ShowCollectionsResponse.getDefaultInstance(), () -> collections.show(request));
    }

    @Override
    public void renameCollection(RenameCollectionRequest request, StreamObserver<Status> observer) {
        Rpc.unary(observer, Status.getDefaultInstance(), () -> collections.rename(request));
    }

    @Override
    public void alterCollection(AlterCollectionRequest request, StreamObserver<Status> observer) {
        Rpc.unary(observer, Status.getDefaultInstance(), () -> collections.alter(request));
    }

    @Override
    public void addCollectionField(AddCollectionFieldRequest request, StreamObserver<Status> observer) {
        Rpc.unary(observer, Status.getDefaultInstance(), () -> collections.addField(request));
    }

    @Override
    public void alterCollectionField(AlterCollectionFieldRequest request, StreamObserver<Status> observer) {
        Rpc.unary(observer, Status.getDefaultInstance(), () -> collections.alterField(request));
    }

    @Override
    public void truncateCollection(TruncateCollectionRequest request,
                                   StreamObserver<TruncateCollectionResponse> observer) {
        Rpc.unary(observer, TruncateCollectionResponse.getDefaultInstance(), () -> collections.truncate(request));
    }

    @Override
    public void getCollectionStatistics(GetCollectionStatisticsRequest request,
                                        StreamObserver<GetCollectionStatisticsResponse> observer) {
        Rpc.unary(observer, GetCollectionStatisticsResponse.getDefaultInstance(),
                () -> collections.statistics(request));
    }

    @Override
    public void batchDescribeCollection(BatchDescribeCollectionRequest request,
                                        StreamObserver<BatchDescribeCollectionResponse> observer) {
        Rpc.unary(observer, BatchDescribeCollectionResponse.getDefaultInstance(),
                () -> collections.batchDescribe(request));
    }

    // replicas and resource groups

    @Override
    public void getReplicas(GetReplicasRequest request, StreamObserver<GetReplicasResponse> observer) {
        Rpc.unary(observer, GetReplicasResponse.getDefaultInstance(), () -> cluster.replicas(request));
    }

    @Override
    public void listResourceGroups(ListResourceGroupsRequest request,
                                   StreamObserver<ListResourceGroupsResponse> observer) {
        Rpc.unary(observer, ListResourceGroupsResponse.getDefaultInstance(), cluster::listResourceGroups);
    }

    @Override
    public void describeResourceGroup(DescribeResourceGroupRequest request,
                                      StreamObserver<DescribeResourceGroupResponse> observer) {
        Rpc.unary(observer, DescribeResourceGroupResponse.getDefaultInstance(),
                () -> cluster.describeResourceGroup(request));
    }

    // partitions

    @Override
    public void createPartition(CreatePartitionRequest request, StreamObserver<Status> observer) {
        Rpc.unary(observer, Status.getDefaultInstance(), () -> partitions.create(request));
    }

    @Override
    public void dropPartition(DropPartitionRequest request, StreamObserver<Status> observer) {
        Rpc.unary(observer, Status.getDefaultInstance(), () -> partitions.drop(request));
    }

    @Override
    public void hasPartition(HasPartitionRequest request, StreamObserver<BoolResponse> observer) {
        Rpc.unary(observer, BoolResponse.getDefaultInstance(), () -> partitions.has(request));
    }

    @Override
    public void showPartitions(ShowPartitionsRequest request, StreamObserver<ShowPartitionsResponse> observer) {
        Rpc.unary(observer, ShowPartitionsResponse.getDefaultInstance(), () -> partitions.show(request));
    }

    @Override
    public void getPartitionStatistics(GetPartitionStatisticsRequest request,
                                       StreamObserver<GetPartitionStatisticsResponse> observer) {
        Rpc.unary(observer, GetPartitionStatisticsResponse.getDefaultInstance(), () -> partitions.statistics(request));
    }

    // load state

    @Override
    public void loadCollection(LoadCollectionRequest request, StreamObserver<Status> observer) {
        Rpc.unary(observer, Status.getDefaultInstance(), () -> loads.loadCollection(request));
    }

    @Override
    public void loadPartitions(LoadPartitionsRequest request, StreamObserver<Status> observer) {
        Rpc.unary(observer, Status.getDefaultInstance(), () -> loads.loadPartitions(request));
    }

    @Override
    public void releaseCollection(ReleaseCollectionRequest request, StreamObserver<Status> observer) {
        Rpc.unary(observer, Status.getDefaultInstance(), () -> loads.releaseCollection(request));
    }

    @Override
    public void releasePartitions(ReleasePartitionsRequest request, StreamObserver<Status> observer) {
        Rpc.unary(observer, Status.getDefaultInstance(), () -> loads.releasePartitions(request));
    }

    @Override
    public void getLoadState(GetLoadStateRequest request, StreamObserver<GetLoadStateResponse> observer) {
        Rpc.unary(observer, GetLoadStateResponse.getDefaultInstance(), () -> loads.loadState(request));
    }

    @Override
    public void getLoadingProgress(GetLoadingProgressRequest request,
                                   StreamObserver<GetLoadingProgressResponse> observer) {
        Rpc.unary(observer, GetLoadingProgressResponse.getDefaultInstance(), () -> loads.loadingProgress(request));
    }

    // indexes

    @Override
    public void createIndex(CreateIndexRequest request, StreamObserver<Status> observer) {
        Rpc.unary(observer, Status.getDefaultInstance(), () -> indexes.create(request));
    }

    @Override
    public void describeIndex(DescribeIndexRequest request, StreamObserver<DescribeIndexResponse> observer) {
        Rpc.unary(observer, DescribeIndexResponse.getDefaultInstance(), () -> indexes.describe(request));
    }

    @Override
    @SuppressWarnings("deprecation")
    public void getIndexState(GetIndexStateRequest request, StreamObserver<GetIndexStateResponse> observer) {
        Rpc.unary(observer, GetIndexStateResponse.getDefaultInstance(), () -> indexes.state(request));
    }

    @Override
    @SuppressWarnings("deprecation")
    public void getIndexBuildProgress(GetIndexBuildProgressRequest request,
                                      StreamObserver<GetIndexBuildProgressResponse> observer) {
        Rpc.unary(observer, GetIndexBuildProgressResponse.getDefaultInstance(), () -> indexes.buildProgress(request));
    }

    @Override
    public void getIndexStatistics(GetIndexStatisticsRequest request,
                                   StreamObserver<GetIndexStatisticsResponse> observer) {
        Rpc.unary(observer, GetIndexStatisticsResponse.getDefaultInstance(), () -> indexes.statistics(request));
    }

    @Override
    public void dropIndex(DropIndexRequest request, StreamObserver<Status> observer) {
        Rpc.unary(observer, Status.getDefaultInstance(), () -> indexes.drop(request));
    }

    @Override
    public void alterIndex(AlterIndexRequest request, StreamObserver<Status> observer) {
        Rpc.unary(observer, Status.getDefaultInstance(), () -> indexes.alter(request));
    }

    // aliases

    @Override
    public void createAlias(CreateAliasRequest request, StreamObserver<Status> observer) {
        Rpc.unary(observer, Status.getDefaultInstance(), () -> aliases.create(request));
    }

    @Override
    public void dropAlias(DropAliasRequest request, StreamObserver<Status> observer) {
        Rpc.unary(observer, Status.getDefaultInstance(), () -> aliases.drop(request));
    }

    @Override
    public void alterAlias(AlterAliasRequest request, StreamObserver<Status> observer) {
        Rpc.unary(observer, Status.getDefaultInstance(), () -> aliases.alter(request));
    }

    @Override
    public void describeAlias(DescribeAliasRequest request, StreamObserver<DescribeAliasResponse> observer) {
        Rpc.unary(observer, DescribeAliasResponse.getDefaultInstance(), () -> aliases.describe(request));
    }

    @Override
    public void listAliases(ListAliasesRequest request, StreamObserver<ListAliasesResponse> observer) {
        Rpc.unary(observer, ListAliasesResponse.getDefaultInstance(), () -> aliases.list(request));
    }

    @Override
    public void runAnalyzer(dev.quiver.proto.milvus.RunAnalyzerRequest request,
                            StreamObserver<dev.quiver.proto.milvus.RunAnalyzerResponse> observer) {
        Rpc.unary(observer, dev.quiver.proto.milvus.RunAnalyzerResponse.getDefaultInstance(),
                () -> analyzers.run(request));
    }

    // data

    @Override
    public void insert(InsertRequest request, StreamObserver<MutationResult> observer) {
        Rpc.unary(observer, MutationResult.getDefaultInstance(), () -> dml.insert(request));
    }

    @Override
    public void upsert(UpsertRequest request, StreamObserver<MutationResult> observer) {
        Rpc.unary(observer, MutationResult.getDefaultInstance(), () -> dml.upsert(request));
    }

    @Override
    public void delete(DeleteRequest request, StreamObserver<MutationResult> observer) {
        Rpc.unary(observer, MutationResult.getDefaultInstance(), () -> dml.delete(request));
    }

    @Override
    public void query(QueryRequest request, StreamObserver<QueryResults> observer) {
        Rpc.unary(observer, QueryResults.getDefaultInstance(), () -> dml.query(request));
    }

    @Override
    public void search(SearchRequest request, StreamObserver<SearchResults> observer) {
        Rpc.unary(observer, SearchResults.getDefaultInstance(), () -> dml.search(request));
    }

    @Override
    public void hybridSearch(HybridSearchRequest request, StreamObserver<SearchResults> observer) {
        Rpc.unary(observer, SearchResults.getDefaultInstance(), () -> dml.hybridSearch(request));
    }

    @Override
    public void flush(FlushRequest request, StreamObserver<FlushResponse> observer) {
        Rpc.unary(observer, FlushResponse.getDefaultInstance(), () -> dml.flush(request));
    }

    @Override
    public void getFlushState(GetFlushStateRequest request, StreamObserver<GetFlushStateResponse> observer) {
        Rpc.unary(observer, GetFlushStateResponse.getDefaultInstance(), () -> dml.flushState(request));
    }

    @Override
    public void flushAll(FlushAllRequest request, StreamObserver<FlushAllResponse> observer) {
        Rpc.unary(observer, FlushAllResponse.getDefaultInstance(), () -> dml.flushAll(request));
    }

    @Override
    public void getFlushAllState(GetFlushAllStateRequest request, StreamObserver<GetFlushAllStateResponse> observer) {
        Rpc.unary(observer, GetFlushAllStateResponse.getDefaultInstance(), () -> dml.flushAllState(request));
    }

    @Override
    public void getPersistentSegmentInfo(GetPersistentSegmentInfoRequest request, StreamObserver<GetPersistentSegmentInfoResponse> observer) {
        Rpc.unary(observer, GetPersistentSegmentInfoResponse.getDefaultInstance(), () -> dml.persistentSegments(request));
    }

    @Override
    public void getQuerySegmentInfo(GetQuerySegmentInfoRequest request, StreamObserver<GetQuerySegmentInfoResponse> observer) {
        Rpc.unary(observer, GetQuerySegmentInfoResponse.getDefaultInstance(), () -> dml.querySegments(request));
    }

    @Override
    public void manualCompaction(ManualCompactionRequest request, StreamObserver<ManualCompactionResponse> observer) {
        Rpc.unary(observer, ManualCompactionResponse.getDefaultInstance(), () -> dml.compact(request));
    }

    @Override
    public void getCompactionState(GetCompactionStateRequest request, StreamObserver<GetCompactionStateResponse> observer) {
        Rpc.unary(observer, GetCompactionStateResponse.getDefaultInstance(), () -> dml.compactionState(request));
    }

    @Override
    public void getCompactionStateWithPlans(GetCompactionPlansRequest request,
                                            StreamObserver<GetCompactionPlansResponse> observer) {
        Rpc.unary(observer, GetCompactionPlansResponse.getDefaultInstance(), () -> dml.compactionPlans(request));
    }

    // users

    @Override
    public void createCredential(CreateCredentialRequest request, StreamObserver<Status> observer) {
        Rpc.unary(observer, Status.getDefaultInstance(), () -> credentials.create(request));
    }

    @Override
    public void updateCredential(UpdateCredentialRequest request, StreamObserver<Status> observer) {
        Rpc.unary(observer, Status.getDefaultInstance(), () -> credentials.update(request));
    }

    @Override
    public void deleteCredential(DeleteCredentialRequest request, StreamObserver<Status> observer) {
        Rpc.unary(observer, Status.getDefaultInstance(), () -> credentials.delete(request));
    }

    @Override
    public void listCredUsers(ListCredUsersRequest request, StreamObserver<ListCredUsersResponse> observer) {
        Rpc.unary(observer, ListCredUsersResponse.getDefaultInstance(), credentials::list);
    }

    // roles

    @Override
    public void createRole(CreateRoleRequest request, StreamObserver<Status> observer) {
        Rpc.unary(observer, Status.getDefaultInstance(), () -> roles.create(request));
    }

    @Override
    public void dropRole(DropRoleRequest request, StreamObserver<Status> observer) {
        Rpc.unary(observer, Status.getDefaultInstance(), () -> roles.drop(request));
    }

    @Override
    public void operateUserRole(OperateUserRoleRequest request, StreamObserver<Status> observer) {
        Rpc.unary(observer, Status.getDefaultInstance(), () -> roles.operate(request));
    }

    @Override
    public void selectRole(SelectRoleRequest request, StreamObserver<SelectRoleResponse> observer) {
        Rpc.unary(observer, SelectRoleResponse.getDefaultInstance(), () -> roles.selectRole(request));
    }

    @Override
    public void selectUser(SelectUserRequest request, StreamObserver<SelectUserResponse> observer) {
        Rpc.unary(observer, SelectUserResponse.getDefaultInstance(), () -> roles.selectUser(request));
    }

    // privileges

    @Override
    public void operatePrivilege(OperatePrivilegeRequest request, StreamObserver<Status> observer) {
        Rpc.unary(observer, Status.getDefaultInstance(), () -> privileges.operate(request));
    }

    @Override
    public void operatePrivilegeV2(OperatePrivilegeV2Request request, StreamObserver<Status> observer) {
        Rpc.unary(observer, Status.getDefaultInstance(), () -> privileges.operateV2(request));
    }

    @Override
    public void selectGrant(SelectGrantRequest request, StreamObserver<SelectGrantResponse> observer) {
        Rpc.unary(observer, SelectGrantResponse.getDefaultInstance(), () -> privileges.select(request));
    }

    // privilege groups

    @Override
    public void createPrivilegeGroup(CreatePrivilegeGroupRequest request, StreamObserver<Status> observer) {
        Rpc.unary(observer, Status.getDefaultInstance(), () -> privilegeGroups.create(request));
    }

    @Override
    public void dropPrivilegeGroup(DropPrivilegeGroupRequest request, StreamObserver<Status> observer) {
        Rpc.unary(observer, Status.getDefaultInstance(), () -> privilegeGroups.drop(request));
    }

    @Override
    public void listPrivilegeGroups(ListPrivilegeGroupsRequest request,
                                    StreamObserver<ListPrivilegeGroupsResponse> observer) {
        Rpc.unary(observer, ListPrivilegeGroupsResponse.getDefaultInstance(), privilegeGroups::list);
    }

    @Override
    public void operatePrivilegeGroup(OperatePrivilegeGroupRequest request, StreamObserver<Status> observer) {
        Rpc.unary(observer, Status.getDefaultInstance(), () -> privilegeGroups.operate(request));
    }

    // RBAC backup and restore

    @Override
    public void backupRBAC(BackupRBACMetaRequest request, StreamObserver<BackupRBACMetaResponse> observer) {
        Rpc.unary(observer, BackupRBACMetaResponse.getDefaultInstance(), rbacBackup::backup);
    }

    @Override
    public void restoreRBAC(RestoreRBACMetaRequest request, StreamObserver<Status> observer) {
        Rpc.unary(observer, Status.getDefaultInstance(), () -> rbacBackup.restore(request));
    }
}
