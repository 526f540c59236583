package dev.quiver.embedded;

import com.google.protobuf.Message;
import dev.quiver.proto.milvus.AlterDatabaseRequest;
import dev.quiver.proto.milvus.CreateAliasRequest;
import dev.quiver.proto.milvus.CreateCredentialRequest;
import dev.quiver.proto.milvus.CreateDatabaseRequest;
import dev.quiver.proto.milvus.CreateIndexRequest;
import dev.quiver.proto.milvus.CreatePartitionRequest;
import dev.quiver.proto.milvus.CreatePrivilegeGroupRequest;
import dev.quiver.proto.milvus.CreateRoleRequest;
import dev.quiver.proto.milvus.DeleteCredentialRequest;
import dev.quiver.proto.milvus.DeleteRequest;
import dev.quiver.proto.milvus.DescribeCollectionRequest;
import dev.quiver.proto.milvus.DescribeDatabaseRequest;
import dev.quiver.proto.milvus.DescribeIndexRequest;
import dev.quiver.proto.milvus.DropAliasRequest;
import dev.quiver.proto.milvus.DropCollectionRequest;
import dev.quiver.proto.milvus.DropDatabaseRequest;
import dev.quiver.proto.milvus.DropIndexRequest;
import dev.quiver.proto.milvus.DropPartitionRequest;
import dev.quiver.proto.milvus.DropPrivilegeGroupRequest;
import dev.quiver.proto.milvus.DropRoleRequest;
import dev.quiver.proto.milvus.FlushRequest;
import dev.quiver.proto.milvus.GetCollectionStatisticsRequest;
import dev.quiver.proto.milvus.GetLoadStateRequest;
import dev.quiver.proto.milvus.GrantEntity;
import dev.quiver.proto.milvus.GrantorEntity;
import dev.quiver.proto.milvus.HasPartitionRequest;
import dev.quiver.proto.milvus.InsertRequest;
import dev.quiver.proto.milvus.ListCredUsersRequest;
import dev.quiver.proto.milvus.ListPrivilegeGroupsRequest;
import dev.quiver.proto.milvus.LoadCollectionRequest;
import dev.quiver.proto.milvus.ManualCompactionRequest;
import dev.quiver.proto.milvus.MilvusServiceGrpc;
import dev.quiver.proto.milvus.MilvusServiceGrpc.MilvusServiceBlockingStub;
import dev.quiver.proto.milvus.ObjectEntity;
import dev.quiver.proto.milvus.OperatePrivilegeGroupRequest;
import dev.quiver.proto.milvus.OperatePrivilegeGroupType;
import dev.quiver.proto.milvus.OperatePrivilegeRequest;
import dev.quiver.proto.milvus.OperatePrivilegeType;
import dev.quiver.proto.milvus.OperatePrivilegeV2Request;
import dev.quiver.proto.milvus.OperateUserRoleRequest;
import dev.quiver.proto.milvus.OperateUserRoleType;
import dev.quiver.proto.milvus.PrivilegeEntity;
import dev.quiver.proto.milvus.QueryRequest;
import dev.quiver.proto.milvus.ReleaseCollectionRequest;
import dev.quiver.proto.milvus.RenameCollectionRequest;
import dev.quiver.proto.milvus.RoleEntity;
import dev.quiver.proto.milvus.SearchRequest;
import dev.quiver.proto.milvus.SelectGrantRequest;
import dev.quiver.proto.milvus.SelectRoleRequest;
import dev.quiver.proto.milvus.SelectUserRequest;
import dev.quiver.proto.milvus.ShowPartitionsRequest;
import dev.quiver.proto.milvus.UpdateCredentialRequest;
import dev.quiver.proto.milvus.UpsertRequest;
import dev.quiver.proto.milvus.UserEntity;
import io.grpc.Metadata;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.stub.MetadataUtils;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.function.Function;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static dev.quiver.embedded.EngineFixture.assertOk;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * Milvus's RBAC with authorization on: for each privilege, a user whose roles do not hold it is refused as Milvus's
 * proxy refuses ({@code PERMISSION_DENIED}, {@code PrivilegeX: permission deny to USER in the `DB` database}), and
 * once the privilege is granted to one of their roles the same request passes the check.
 */
class RbacMatrixTest {
    private static final String USER = "mallory";
    private static final String PASSWORD = "mallory-pw";
    private static final String ROLE = "r1";

    private EmbeddedMilvus milvus;
    private MilvusServiceBlockingStub root;
    private MilvusServiceBlockingStub mallory;

    /** One row: the request, the privilege it needs and what to grant for it. */
    record Case(String privilege, String objectType, String objectName, String deniedDatabase,
                Function<MilvusServiceBlockingStub, Object> call) {
        @Override
        public String toString() {
            return privilege + " (" + objectType + ")";
        }
    }

    @BeforeEach
    void start() throws IOException {
        milvus = EmbeddedMilvus.builder().inMemory().authorizationEnabled("Milvus").build();
        root = as("root", "Milvus", null);
        root.createCollection(EngineFixture.createRequest("c1", EngineFixture.schema("c1", 4)));
        assertOk(root.createCredential(CreateCredentialRequest.newBuilder().setUsername(USER)
                .setPassword(base64(PASSWORD)).build()));
        assertOk(root.createCredential(CreateCredentialRequest.newBuilder().setUsername("alice")
                .setPassword(base64("alice-pw")).build()));
        assertOk(root.createRole(CreateRoleRequest.newBuilder().setEntity(RoleEntity.newBuilder().setName(ROLE))
                .build()));
        assertOk(root.operateUserRole(OperateUserRoleRequest.newBuilder().setUsername(USER).setRoleName(ROLE)
                .setType(OperateUserRoleType.AddUserToRole).build()));
        mallory = as(USER, PASSWORD, null);
    }

    @AfterEach
    void stop() {
        milvus.close();
    }

    private MilvusServiceBlockingStub as(String user, String password, @Nullable String database) {
        Metadata headers = new Metadata();
        headers.put(Metadata.Key.of("authorization", Metadata.ASCII_STRING_MARSHALLER), base64(user + ":" + password));
        if (database != null) {
            headers.put(Metadata.Key.of("dbname", Metadata.ASCII_STRING_MARSHALLER), database);
        }
        return MilvusServiceGrpc.newBlockingStub(milvus.inProcessChannel())
                .withInterceptors(MetadataUtils.newAttachHeadersInterceptor(headers));
    }

    private static String base64(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    static Stream<Case> privileges() {
        return Stream.of(
                global("CreateCollection", s -> s.createCollection(EngineFixture.createRequest("c2",
                        EngineFixture.schema("c2", 4)))),
                global("DropCollection", s -> s.dropCollection(DropCollectionRequest.newBuilder()
                        .setCollectionName("nothing").build())),
                global("DescribeCollection", s -> s.describeCollection(DescribeCollectionRequest.newBuilder()
                        .setCollectionName("c1").build())),
                cluster("RenameCollection", s -> s.renameCollection(RenameCollectionRequest.newBuilder()
                        .setOldName("nothing").setNewName("other").build())),
                cluster("CreateDatabase", s -> s.createDatabase(CreateDatabaseRequest.newBuilder()
                        .setDbName("d9").build())),
                cluster("DropDatabase", s -> s.dropDatabase(DropDatabaseRequest.newBuilder().setDbName("d9")
                        .build())),
                global("DescribeDatabase", s -> s.describeDatabase(DescribeDatabaseRequest.newBuilder()
                        .setDbName("default").build())),
                global("AlterDatabase", s -> s.alterDatabase(AlterDatabaseRequest.newBuilder()
                        .setDbName("default").build())),
                global("CreateAlias", s -> s.createAlias(CreateAliasRequest.newBuilder().setCollectionName("c1")
                        .setAlias("a1").build())),
                global("DropAlias", s -> s.dropAlias(DropAliasRequest.newBuilder().setAlias("a1").build())),
                collection("Insert", s -> s.insert(InsertRequest.newBuilder().setCollectionName("c1").build())),
                collection("Delete", s -> s.delete(DeleteRequest.newBuilder().setCollectionName("c1")
                        .setExpr("id in [1]").build())),
                collection("Upsert", s -> s.upsert(UpsertRequest.newBuilder().setCollectionName("c1").build())),
                collection("Search", s -> s.search(SearchRequest.newBuilder().setCollectionName("c1").build())),
                collection("Query", s -> s.query(QueryRequest.newBuilder().setCollectionName("c1")
                        .setExpr("id > 0").build())),
                collection("Load", s -> s.loadCollection(LoadCollectionRequest.newBuilder()
                        .setCollectionName("c1").build())),
                collection("Release", s -> s.releaseCollection(ReleaseCollectionRequest.newBuilder()
                        .setCollectionName("c1").build())),
                collection("GetLoadState", s -> s.getLoadState(GetLoadStateRequest.newBuilder()
                        .setCollectionName("c1").build())),
                collection("CreateIndex", s -> s.createIndex(CreateIndexRequest.newBuilder()
                        .setCollectionName("c1").setFieldName("vector").build())),
                collection("DropIndex", s -> s.dropIndex(DropIndexRequest.newBuilder().setCollectionName("c1")
                        .setFieldName("vector").build())),
                collection("IndexDetail", s -> s.describeIndex(DescribeIndexRequest.newBuilder()
                        .setCollectionName("c1").build())),
                collection("Flush", s -> s.flush(FlushRequest.newBuilder().addCollectionNames("c1").build())),
                collection("Compaction", s -> s.manualCompaction(ManualCompactionRequest.newBuilder()
                        .setCollectionName("c1").build())),
                collection("GetStatistics", s -> s.getCollectionStatistics(GetCollectionStatisticsRequest
                        .newBuilder().setCollectionName("c1").build())),
                collection("CreatePartition", s -> s.createPartition(CreatePartitionRequest.newBuilder()
                        .setCollectionName("c1").setPartitionName("p1").build())),
                collection("DropPartition", s -> s.dropPartition(DropPartitionRequest.newBuilder()
                        .setCollectionName("c1").setPartitionName("p1").build())),
                collection("HasPartition", s -> s.hasPartition(HasPartitionRequest.newBuilder()
                        .setCollectionName("c1").setPartitionName("p1").build())),
                collection("ShowPartitions", s -> s.showPartitions(ShowPartitionsRequest.newBuilder()
                        .setCollectionName("c1").build())),
                cluster("CreateOwnership", s -> s.createCredential(CreateCredentialRequest.newBuilder()
                        .setUsername("eve").setPassword(base64("eve-pw1")).build())),
                cluster("DropOwnership", s -> s.deleteCredential(DeleteCredentialRequest.newBuilder()
                        .setUsername("alice").build())),
                cluster("SelectOwnership", s -> s.listCredUsers(ListCredUsersRequest.getDefaultInstance())),
                cluster("ManageOwnership", s -> s.operateUserRole(OperateUserRoleRequest.newBuilder()
                        .setUsername("alice").setRoleName(ROLE).setType(OperateUserRoleType.AddUserToRole).build())),
                cluster("CreatePrivilegeGroup", s -> s.createPrivilegeGroup(CreatePrivilegeGroupRequest.newBuilder()
                        .setGroupName("g9").build())),
                cluster("DropPrivilegeGroup", s -> s.dropPrivilegeGroup(DropPrivilegeGroupRequest.newBuilder()
                        .setGroupName("g9").build())),
                cluster("ListPrivilegeGroups", s -> s.listPrivilegeGroups(ListPrivilegeGroupsRequest
                        .getDefaultInstance())),
                cluster("OperatePrivilegeGroup", s -> s.operatePrivilegeGroup(OperatePrivilegeGroupRequest
                        .newBuilder().setGroupName("g9").addPrivileges(PrivilegeEntity.newBuilder().setName("Query"))
                        .setType(OperatePrivilegeGroupType.AddPrivilegesToGroup).build())),
                new Case("UpdateUser", "User", "alice", "*", s -> s.updateCredential(UpdateCredentialRequest
                        .newBuilder().setUsername("alice").setOldPassword(base64("alice-pw"))
                        .setNewPassword(base64("alice-pw2")).build())),
                new Case("SelectUser", "User", "alice", "*", s -> s.selectUser(SelectUserRequest.newBuilder()
                        .setUser(UserEntity.newBuilder().setName("alice")).build())));
    }

    private static Case global(String privilege, Function<MilvusServiceBlockingStub, Object> call) {
        return new Case(privilege, "Global", "*", "default", call);
    }

    private static Case cluster(String privilege, Function<MilvusServiceBlockingStub, Object> call) {
        return new Case(privilege, "Global", "*", "*", call);
    }

    private static Case collection(String privilege, Function<MilvusServiceBlockingStub, Object> call) {
        return new Case(privilege, "Collection", "c1", "default", call);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("privileges")
    void withoutThePrivilegeTheRequestIsRefusedAndWithItAllowed(Case row) {
        assertDenied(mallory, row.call(), "Privilege" + row.privilege() + ": permission deny to mallory in the `"
                + row.deniedDatabase() + "` database");
        grant(row.objectType(), row.objectName(), row.privilege(), "default");
        assertAllowed(mallory, row.call());
        revoke(row.objectType(), row.objectName(), row.privilege());
        assertDenied(mallory, row.call(), "Privilege" + row.privilege() + ": permission deny to mallory in the `"
                + row.deniedDatabase() + "` database");
    }

    @Test
    void aGrantOnAnotherCollectionOrDatabaseDoesNotCount() {
        Function<MilvusServiceBlockingStub, Object> query = s -> s.query(QueryRequest.newBuilder()
                .setCollectionName("c1").setExpr("id > 0").build());
        grant("Collection", "c2", "Query", "default");
        assertDenied(mallory, query, "PrivilegeQuery: permission deny to mallory in the `default` database");
        assertOk(root.createDatabase(CreateDatabaseRequest.newBuilder().setDbName("d1").build()));
        grant("Collection", "*", "Query", "d1");
        assertDenied(mallory, query, "PrivilegeQuery: permission deny to mallory in the `default` database");
        assertAllowed(as(USER, PASSWORD, "d1"), query);
        assertAllowed(mallory, s -> s.query(QueryRequest.newBuilder().setDbName("d1").setCollectionName("c1")
                .setExpr("id > 0").build()));
    }

    @Test
    void withoutManageOwnershipNoOneGrantsThemselvesAdmin() {
        assertDenied(mallory, s -> s.operateUserRole(OperateUserRoleRequest.newBuilder().setUsername(USER)
                        .setRoleName("admin").setType(OperateUserRoleType.AddUserToRole).build()),
                "PrivilegeManageOwnership: permission deny to mallory in the `*` database");
        assertDenied(mallory, s -> s.operatePrivilege(OperatePrivilegeRequest.newBuilder()
                        .setEntity(entity(ROLE, "Global", "*", "All", "default"))
                        .setType(OperatePrivilegeType.Grant).build()),
                "PrivilegeManageOwnership: permission deny to mallory in the `*` database");
        assertThat(root.selectUser(SelectUserRequest.newBuilder().setUser(UserEntity.newBuilder().setName(USER))
                .setIncludeRoleInfo(true).build()).getResults(0).getRolesList())
                .extracting(RoleEntity::getName).containsExactly(ROLE);
    }

    @Test
    void theAdminRoleAndRootMayDoAnything() {
        Function<MilvusServiceBlockingStub, Object> drop = s -> s.dropCollection(DropCollectionRequest.newBuilder()
                .setCollectionName("c1").build());
        assertDenied(mallory, drop, "PrivilegeDropCollection: permission deny to mallory in the `default` database");
        assertOk(root.operateUserRole(OperateUserRoleRequest.newBuilder().setUsername(USER).setRoleName("admin")
                .setType(OperateUserRoleType.AddUserToRole).build()));
        assertOk((dev.quiver.proto.milvus.Status) drop.apply(mallory));
    }

    @Test
    void aUserMayChangeAndReadTheirOwnEntryAndTheirRolesGrants() {
        assertOk(mallory.updateCredential(UpdateCredentialRequest.newBuilder().setUsername(USER)
                .setOldPassword(base64(PASSWORD)).setNewPassword(base64("mallory-pw2")).build()));
        MilvusServiceBlockingStub renewed = as(USER, "mallory-pw2", null);
        assertOk(renewed.selectUser(SelectUserRequest.newBuilder().setUser(UserEntity.newBuilder().setName(USER))
                .setIncludeRoleInfo(true).build()).getStatus());
        assertOk(renewed.selectGrant(SelectGrantRequest.newBuilder().setEntity(GrantEntity.newBuilder()
                .setRole(RoleEntity.newBuilder().setName(ROLE))).build()).getStatus());
        assertDenied(renewed, s -> s.selectGrant(SelectGrantRequest.newBuilder().setEntity(GrantEntity.newBuilder()
                .setRole(RoleEntity.newBuilder().setName("admin"))).build()),
                "PrivilegeSelectOwnership: permission deny to mallory in the `*` database");
        assertDenied(renewed, s -> s.selectRole(SelectRoleRequest.getDefaultInstance()),
                "PrivilegeSelectOwnership: permission deny to mallory in the `*` database");
    }

    @Test
    void publicsGrantsApplyToEveryone() {
        Function<MilvusServiceBlockingStub, Object> describe = s -> s.describeCollection(DescribeCollectionRequest
                .newBuilder().setCollectionName("c1").build());
        assertDenied(mallory, describe,
                "PrivilegeDescribeCollection: permission deny to mallory in the `default` database");
        assertOk(root.operatePrivilege(OperatePrivilegeRequest.newBuilder().setEntity(entity("public", "Global", "*",
                "DescribeCollection", "default")).setType(OperatePrivilegeType.Grant).build()));
        assertAllowed(mallory, describe);
    }

    @Test
    void v1GroupsAllAndTheWildcardCoverTheirPrivileges() {
        Function<MilvusServiceBlockingStub, Object> query = s -> s.query(QueryRequest.newBuilder()
                .setCollectionName("c1").setExpr("id > 0").build());
        Function<MilvusServiceBlockingStub, Object> insert = s -> s.insert(InsertRequest.newBuilder()
                .setCollectionName("c1").build());
        grant("Collection", "c1", "ReadOnly", "default");
        assertAllowed(mallory, query);
        assertDenied(mallory, insert, "PrivilegeInsert: permission deny to mallory in the `default` database");
        grant("Collection", "c1", "ReadWrite", "default");
        assertAllowed(mallory, insert);
        revoke("Collection", "c1", "ReadOnly");
        revoke("Collection", "c1", "ReadWrite");
        assertDenied(mallory, insert, "PrivilegeInsert: permission deny to mallory in the `default` database");
        grant("Collection", "*", "*", "default");
        assertAllowed(mallory, insert);
        revoke("Collection", "*", "*");
        grant("Global", "*", "All", "default");
        assertAllowed(mallory, insert);
        assertAllowed(mallory, s -> s.dropCollection(DropCollectionRequest.newBuilder().setCollectionName("nothing")
                .build()));
    }

    @Test
    void builtInAndCustomPrivilegeGroupsGrantedWithV2CoverTheirPrivileges() {
        Function<MilvusServiceBlockingStub, Object> insert = s -> s.insert(InsertRequest.newBuilder()
                .setCollectionName("c1").build());
        Function<MilvusServiceBlockingStub, Object> search = s -> s.search(SearchRequest.newBuilder()
                .setCollectionName("c1").build());
        Function<MilvusServiceBlockingStub, Object> groups = s -> s.listPrivilegeGroups(ListPrivilegeGroupsRequest
                .getDefaultInstance());
        grantV2("CollectionReadWrite", "default", "c1");
        assertAllowed(mallory, insert);
        assertDenied(mallory, s -> s.createAlias(CreateAliasRequest.newBuilder().setCollectionName("c1")
                .setAlias("a1").build()), "PrivilegeCreateAlias: permission deny to mallory in the `default` database");
        assertDenied(mallory, groups, "PrivilegeListPrivilegeGroups: permission deny to mallory in the `*` database");
        grantV2("ClusterReadOnly", "*", "*");
        assertAllowed(mallory, groups);
        grantV2("DatabaseAdmin", "default", "*");
        assertAllowed(mallory, s -> s.createCollection(EngineFixture.createRequest("c3",
                EngineFixture.schema("c3", 4))));

        assertOk(root.createPrivilegeGroup(CreatePrivilegeGroupRequest.newBuilder().setGroupName("searchers")
                .build()));
        assertOk(root.operatePrivilegeGroup(OperatePrivilegeGroupRequest.newBuilder().setGroupName("searchers")
                .addPrivileges(PrivilegeEntity.newBuilder().setName("Search"))
                .setType(OperatePrivilegeGroupType.AddPrivilegesToGroup).build()));
        assertOk(root.createRole(CreateRoleRequest.newBuilder().setEntity(RoleEntity.newBuilder().setName("r2"))
                .build()));
        assertOk(root.createCredential(CreateCredentialRequest.newBuilder().setUsername("bob")
                .setPassword(base64("bob-pw1")).build()));
        assertOk(root.operateUserRole(OperateUserRoleRequest.newBuilder().setUsername("bob").setRoleName("r2")
                .setType(OperateUserRoleType.AddUserToRole).build()));
        MilvusServiceBlockingStub bob = as("bob", "bob-pw1", null);
        assertDenied(bob, search, "PrivilegeSearch: permission deny to bob in the `default` database");
        assertOk(root.operatePrivilegeV2(OperatePrivilegeV2Request.newBuilder()
                .setRole(RoleEntity.newBuilder().setName("r2"))
                .setGrantor(GrantorEntity.newBuilder().setPrivilege(PrivilegeEntity.newBuilder().setName("searchers")))
                .setDbName("default").setCollectionName("c1").setType(OperatePrivilegeType.Grant).build()));
        assertAllowed(bob, search);
        assertDenied(bob, insert, "PrivilegeInsert: permission deny to bob in the `default` database");
    }

    private void grantV2(String privilege, String database, String collection) {
        assertOk(root.operatePrivilegeV2(OperatePrivilegeV2Request.newBuilder().setRole(RoleEntity.newBuilder()
                        .setName(ROLE))
                .setGrantor(GrantorEntity.newBuilder().setPrivilege(PrivilegeEntity.newBuilder().setName(privilege)))
                .setDbName(database).setCollectionName(collection).setType(OperatePrivilegeType.Grant).build()));
    }

    private void grant(String objectType, String objectName, String privilege, String database) {
        assertOk(root.operatePrivilege(OperatePrivilegeRequest.newBuilder()
                .setEntity(entity(ROLE, objectType, objectName, privilege, database))
                .setType(OperatePrivilegeType.Grant).build()));
    }

    private void revoke(String objectType, String objectName, String privilege) {
        assertOk(root.operatePrivilege(OperatePrivilegeRequest.newBuilder()
                .setEntity(entity(ROLE, objectType, objectName, privilege, "default"))
                .setType(OperatePrivilegeType.Revoke).build()));
    }

    private static GrantEntity entity(String role, String objectType, String objectName, String privilege,
                                      String database) {
        return GrantEntity.newBuilder().setRole(RoleEntity.newBuilder().setName(role))
                .setObject(ObjectEntity.newBuilder().setName(objectType)).setObjectName(objectName)
                .setDbName(database)
                .setGrantor(GrantorEntity.newBuilder().setPrivilege(PrivilegeEntity.newBuilder().setName(privilege)))
                .build();
    }

    private static void assertDenied(MilvusServiceBlockingStub stub, Function<MilvusServiceBlockingStub, Object> call,
                                     String message) {
        Throwable thrown = catchThrowable(() -> call.apply(stub));
        assertThat(thrown).isInstanceOfSatisfying(StatusRuntimeException.class, e -> {
            assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.PERMISSION_DENIED);
            assertThat(e.getStatus().getDescription()).isEqualTo(message);
        });
    }

    /** Passing the check: the call answers in-band (success or an ordinary Milvus error), never PERMISSION_DENIED. */
    private static void assertAllowed(MilvusServiceBlockingStub stub, Function<MilvusServiceBlockingStub, Object> call) {
        Object response = call.apply(stub);
        assertThat(response).isInstanceOf(Message.class);
    }
}
