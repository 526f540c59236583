package dev.quiver.embedded;

import dev.quiver.proto.milvus.CreateRoleRequest;
import dev.quiver.proto.milvus.DropRoleRequest;
import dev.quiver.proto.milvus.ErrorCode;
import dev.quiver.proto.milvus.GrantEntity;
import dev.quiver.proto.milvus.GrantorEntity;
import dev.quiver.proto.milvus.MilvusServiceGrpc;
import dev.quiver.proto.milvus.MilvusServiceGrpc.MilvusServiceBlockingStub;
import dev.quiver.proto.milvus.ObjectEntity;
import dev.quiver.proto.milvus.OperatePrivilegeRequest;
import dev.quiver.proto.milvus.OperatePrivilegeType;
import dev.quiver.proto.milvus.OperatePrivilegeV2Request;
import dev.quiver.proto.milvus.PrivilegeEntity;
import dev.quiver.proto.milvus.RoleEntity;
import dev.quiver.proto.milvus.SelectGrantRequest;
import dev.quiver.proto.milvus.SelectGrantResponse;
import io.grpc.Metadata;
import io.grpc.stub.MetadataUtils;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static dev.quiver.embedded.EngineFixture.assertOk;
import static dev.quiver.embedded.StatusAssertions.assertError;
import static org.assertj.core.api.Assertions.assertThat;

/** OperatePrivilege, OperatePrivilegeV2 and SelectGrant: Milvus's checks, messages and grant bookkeeping. */
@SuppressWarnings("deprecation")
class PrivilegeRpcTest {
    private static final String ROLE_NOT_FOUND =
            "not found the role, maybe the role isn't existed or internal system error";

    private EngineFixture fx;
    private MilvusServiceBlockingStub stub;

    @BeforeEach
    void start() throws IOException {
        fx = EngineFixture.inMemory();
        stub = fx.stub;
        assertOk(stub.createRole(CreateRoleRequest.newBuilder().setEntity(RoleEntity.newBuilder().setName("reader"))
                .build()));
    }

    @AfterEach
    void stop() {
        fx.close();
    }

    private static OperatePrivilegeRequest privilege(OperatePrivilegeType type, String role, String objectType,
                                                     String objectName, String privilege) {
        return OperatePrivilegeRequest.newBuilder().setType(type).setEntity(GrantEntity.newBuilder()
                .setRole(RoleEntity.newBuilder().setName(role))
                .setObject(ObjectEntity.newBuilder().setName(objectType)).setObjectName(objectName)
                .setGrantor(GrantorEntity.newBuilder().setPrivilege(PrivilegeEntity.newBuilder().setName(privilege))))
                .build();
    }

    private static OperatePrivilegeRequest grant(String role, String objectType, String objectName, String privilege) {
        return privilege(OperatePrivilegeType.Grant, role, objectType, objectName, privilege);
    }

    private static OperatePrivilegeRequest revoke(String role, String objectType, String objectName,
                                                  String privilege) {
        return privilege(OperatePrivilegeType.Revoke, role, objectType, objectName, privilege);
    }

    private static SelectGrantRequest grantsOf(String role) {
        return SelectGrantRequest.newBuilder().setEntity(GrantEntity.newBuilder()
                .setRole(RoleEntity.newBuilder().setName(role))).build();
    }

    /** Each grant as {@code objectType/db.objectName:privilege}. */
    private List<String> grants(MilvusServiceBlockingStub client, SelectGrantRequest request) {
        SelectGrantResponse response = client.selectGrant(request);
        assertOk(response.getStatus());
        return response.getEntitiesList().stream().map(g -> g.getObject().getName() + "/" + g.getDbName() + "."
                + g.getObjectName() + ":" + g.getGrantor().getPrivilege().getName()).toList();
    }

    @Test
    void grantIsListedOnceAndRevokeRemovesIt() {
        assertOk(stub.operatePrivilege(grant("reader", "Collection", "films", "Search")));
        assertOk(stub.operatePrivilege(grant("reader", "Collection", "films", "Search")));

        SelectGrantResponse response = stub.selectGrant(grantsOf("reader"));
        assertOk(response.getStatus());
        assertThat(response.getEntitiesList()).singleElement().satisfies(g -> {
            assertThat(g.getRole().getName()).isEqualTo("reader");
            assertThat(g.getObject().getName()).isEqualTo("Collection");
            assertThat(g.getObjectName()).isEqualTo("films");
            assertThat(g.getDbName()).isEqualTo("default");
            assertThat(g.getGrantor().getPrivilege().getName()).isEqualTo("Search");
            assertThat(g.getGrantor().getUser().getName()).isEmpty();
        });

        assertOk(stub.operatePrivilege(revoke("reader", "Collection", "films", "Search")));
        assertThat(grants(stub, grantsOf("reader"))).isEmpty();
        assertOk(stub.operatePrivilege(revoke("reader", "Collection", "films", "Search")));
    }

    @Test
    void loadAndFlushBringTheirRelatedPrivileges() {
        assertOk(stub.operatePrivilege(grant("reader", "Collection", "films", "Load")));
        assertOk(stub.operatePrivilege(grant("reader", "Collection", "films", "Flush")));
        assertThat(grants(stub, grantsOf("reader"))).containsExactly("Collection/default.films:Flush",
                "Collection/default.films:GetFlushState", "Collection/default.films:GetLoadState",
                "Collection/default.films:GetLoadingProgress", "Collection/default.films:Load");

        assertOk(stub.operatePrivilege(revoke("reader", "Collection", "films", "Load")));
        assertThat(grants(stub, grantsOf("reader"))).containsExactly("Collection/default.films:Flush",
                "Collection/default.films:GetFlushState");
    }

    @Test
    void globalGrantsApplyToEveryObjectAndWildcardsAreAccepted() {
        assertOk(stub.operatePrivilege(grant("reader", "Global", "anything", "CreateCollection")));
        assertOk(stub.operatePrivilege(grant("reader", "Collection", "*", "*")));
        assertOk(stub.operatePrivilege(grant("reader", "User", "bob", "SelectUser")));
        assertThat(grants(stub, grantsOf("reader"))).containsExactly("Collection/default.*:*",
                "Global/default.*:CreateCollection", "User/*.bob:SelectUser");
    }

    @Test
    void selectByObjectAndByDatabase() {
        assertOk(stub.operatePrivilege(grant("reader", "Collection", "films", "Search")));
        assertOk(stub.operatePrivilege(grant("reader", "Collection", "books", "Query")));
        assertOk(fx.inDatabase("other").operatePrivilege(grant("reader", "Collection", "films", "Insert")));

        SelectGrantRequest films = SelectGrantRequest.newBuilder().setEntity(GrantEntity.newBuilder()
                .setRole(RoleEntity.newBuilder().setName("reader"))
                .setObject(ObjectEntity.newBuilder().setName("Collection")).setObjectName("films")).build();
        assertThat(grants(stub, films)).containsExactly("Collection/default.films:Search");
        assertThat(grants(fx.inDatabase("other"), films)).containsExactly("Collection/other.films:Insert");
        assertThat(grants(stub, grantsOf("reader"))).containsExactly("Collection/default.books:Query",
                "Collection/default.films:Search");
        SelectGrantRequest everywhere = grantsOf("reader").toBuilder()
                .setEntity(grantsOf("reader").getEntity().toBuilder().setDbName("*")).build();
        assertThat(grants(stub, everywhere)).hasSize(3);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "ghost  | Collection | films | Search           | 65535 | OperatePrivilegeFailure | " + ROLE_NOT_FOUND,
            "reader | Collection | films | Fly              | 65535 | OperatePrivilegeFailure | not found the privilege name[Fly] in object[Collection]",
            "reader | Collection | films | CreateCollection | 65535 | OperatePrivilegeFailure | not found the privilege name[CreateCollection] in object[Collection]",
            "reader | Global     | *     | ClusterAdmin     | 65535 | OperatePrivilegeFailure | can not operate the built-in privilege group [ClusterAdmin]",
            "reader | Table      | films | Search           | 65535 | OperatePrivilegeFailure | the object entity in the request is nil or invalid",
            "reader | Collection | films | Se-arch          | 1100  | IllegalArgument         | Privilege can only contain numbers, letters, dollars and underscores, found - at 2: invalid parameter",
            "reader | Collection | films | ''               | 1100  | IllegalArgument         | Privilege should be not empty: invalid parameter[expected=not empty][actual=]",
            "reader | Collection | 1film | Search           | 1100  | IllegalArgument         | the first character of object name must be an underscore or letter: invalid parameter[expected=95][actual=49]",
            "''     | Collection | films | Search           | 1100  | IllegalArgument         | role name should be not empty: invalid parameter[expected=not empty][actual=]"})
    void refusedGrants(String role, String objectType, String objectName, String privilege, int code,
                       ErrorCode legacy, String reason) {
        assertError(stub.operatePrivilege(grant(role, objectType, objectName, privilege)), code, legacy, reason);
        assertThat(grants(stub, grantsOf("reader"))).isEmpty();
    }

    @Test
    void refusedSelects() {
        assertError(stub.selectGrant(grantsOf("ghost")).getStatus(), 65535, ErrorCode.SelectGrantFailure,
                ROLE_NOT_FOUND);
        assertError(stub.selectGrant(SelectGrantRequest.getDefaultInstance()).getStatus(), 1100,
                ErrorCode.IllegalArgument, "the grant entity in the request is nil: invalid parameter");
        SelectGrantRequest table = SelectGrantRequest.newBuilder().setEntity(GrantEntity.newBuilder()
                .setRole(RoleEntity.newBuilder().setName("reader"))
                .setObject(ObjectEntity.newBuilder().setName("Table")).setObjectName("films")).build();
        assertError(stub.selectGrant(table).getStatus(), 65535, ErrorCode.SelectGrantFailure,
                "not found the object type[name: Table], supported the object types: [Collection Global User]");
    }

    @Test
    void aRoleHoldingPrivilegesIsDroppedOnlyByForce() {
        assertOk(stub.operatePrivilege(grant("reader", "Collection", "films", "Search")));
        assertError(stub.dropRole(DropRoleRequest.newBuilder().setRoleName("reader").build()), 65535,
                ErrorCode.DropRoleFailure,
                "fail to drop the role that it has privileges. Use REVOKE API to revoke privileges");
        assertOk(stub.dropRole(DropRoleRequest.newBuilder().setRoleName("reader").setForceDrop(true).build()));
        assertOk(stub.createRole(CreateRoleRequest.newBuilder().setEntity(RoleEntity.newBuilder().setName("reader"))
                .build()));
        assertThat(grants(stub, grantsOf("reader"))).isEmpty();
    }

    private static OperatePrivilegeV2Request v2(OperatePrivilegeType type, String privilege, String database,
                                                String collection) {
        return OperatePrivilegeV2Request.newBuilder().setType(type).setRole(RoleEntity.newBuilder().setName("reader"))
                .setGrantor(GrantorEntity.newBuilder().setPrivilege(PrivilegeEntity.newBuilder().setName(privilege)))
                .setDbName(database).setCollectionName(collection).build();
    }

    @Test
    void operatePrivilegeV2DerivesTheObjectType() {
        assertOk(stub.operatePrivilegeV2(v2(OperatePrivilegeType.Grant, "Search", "default", "films")));
        assertOk(stub.operatePrivilegeV2(v2(OperatePrivilegeType.Grant, "ClusterReadOnly", "*", "*")));
        assertOk(stub.operatePrivilegeV2(v2(OperatePrivilegeType.Grant, "CollectionReadOnly", "default", "*")));
        assertThat(grants(stub, grantsOf("reader"))).containsExactly("Collection/default.films:Search",
                "Global/*.*:ClusterReadOnly", "Global/default.*:CollectionReadOnly");

        assertOk(stub.operatePrivilegeV2(v2(OperatePrivilegeType.Revoke, "Search", "default", "films")));
        assertThat(grants(stub, grantsOf("reader"))).containsExactly("Global/*.*:ClusterReadOnly",
                "Global/default.*:CollectionReadOnly");
    }

    @Test
    void refusedV2Grants() {
        assertError(stub.operatePrivilegeV2(v2(OperatePrivilegeType.Grant, "Fly", "default", "films")), 65535,
                ErrorCode.OperatePrivilegeFailure, "not found the privilege name[Fly]");
        assertError(stub.operatePrivilegeV2(v2(OperatePrivilegeType.Grant, "ClusterReadOnly", "default", "*")),
                1100, ErrorCode.OperatePrivilegeFailure,
                "dbName and collectionName should be * for the cluster level privilege: ClusterReadOnly: "
                        + "invalid parameter");
        assertError(stub.operatePrivilegeV2(v2(OperatePrivilegeType.Grant, "Search", "default", "")), 1100,
                ErrorCode.IllegalArgument,
                "collection name should be not empty: invalid parameter[expected=not empty][actual=]");
        assertError(stub.operatePrivilegeV2(OperatePrivilegeV2Request.getDefaultInstance()), 1100,
                ErrorCode.IllegalArgument, "the role in the request is nil: invalid parameter");
        assertThat(grants(stub, grantsOf("reader"))).isEmpty();
    }

    @Test
    void theAuthenticatedCallerIsTheGrantor() throws IOException {
        try (EmbeddedMilvus secured = EmbeddedMilvus.builder().inMemory().requireAuthentication("root", "Milvus")
                .build()) {
            Metadata headers = new Metadata();
            headers.put(Metadata.Key.of("authorization", Metadata.ASCII_STRING_MARSHALLER),
                    Base64.getEncoder().encodeToString("root:Milvus".getBytes(StandardCharsets.UTF_8)));
            MilvusServiceBlockingStub root = MilvusServiceGrpc.newBlockingStub(secured.inProcessChannel())
                    .withInterceptors(MetadataUtils.newAttachHeadersInterceptor(headers));
            assertOk(root.createRole(CreateRoleRequest.newBuilder().setEntity(RoleEntity.newBuilder().setName("writer"))
                    .build()));
            assertOk(root.operatePrivilege(grant("writer", "Collection", "films", "Insert")));
            SelectGrantResponse response = root.selectGrant(grantsOf("writer"));
            assertThat(response.getEntitiesList()).extracting(g -> g.getGrantor().getUser().getName())
                    .containsExactly("root");
        }
    }
}
