package dev.quiver.embedded;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.quiver.embedded.storage.DataDirectory;
import dev.quiver.proto.milvus.CreateCredentialRequest;
import dev.quiver.proto.milvus.CreateRoleRequest;
import dev.quiver.proto.milvus.DeleteCredentialRequest;
import dev.quiver.proto.milvus.DropRoleRequest;
import dev.quiver.proto.milvus.GrantEntity;
import dev.quiver.proto.milvus.ListCredUsersRequest;
import dev.quiver.proto.milvus.ListDatabasesRequest;
import dev.quiver.proto.milvus.MilvusServiceGrpc;
import dev.quiver.proto.milvus.MilvusServiceGrpc.MilvusServiceBlockingStub;
import dev.quiver.proto.milvus.ObjectEntity;
import dev.quiver.proto.milvus.OperatePrivilegeRequest;
import dev.quiver.proto.milvus.OperatePrivilegeType;
import dev.quiver.proto.milvus.OperateUserRoleRequest;
import dev.quiver.proto.milvus.OperateUserRoleType;
import dev.quiver.proto.milvus.PrivilegeEntity;
import dev.quiver.proto.milvus.GrantorEntity;
import dev.quiver.proto.milvus.RoleEntity;
import dev.quiver.proto.milvus.SelectGrantRequest;
import dev.quiver.proto.milvus.SelectRoleRequest;
import dev.quiver.proto.milvus.SelectUserRequest;
import dev.quiver.proto.milvus.ShowCollectionsRequest;
import dev.quiver.proto.milvus.UpdateCredentialRequest;
import io.grpc.Metadata;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.stub.MetadataUtils;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static dev.quiver.embedded.EngineFixture.assertOk;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * File mode: users (as password hashes only), roles, role membership and grants are part of the catalog, durable
 * once the call returns and back after a restart; a catalog written before they were persisted still loads.
 */
@SuppressWarnings("deprecation")
class RbacPersistenceTest {
    /** The manifest holds the catalog (and the list of live files). */
    private static final String CATALOG_FILE = "manifest.bin";

    private static EmbeddedMilvus engine(Path dir, String adminPassword) throws IOException {
        return EmbeddedMilvus.builder().dataDirectory(dir).requireAuthentication("root", adminPassword).build();
    }

    private static MilvusServiceBlockingStub as(EmbeddedMilvus engine, String user, String password) {
        Metadata headers = new Metadata();
        headers.put(Metadata.Key.of("authorization", Metadata.ASCII_STRING_MARSHALLER), base64(user + ":" + password));
        return MilvusServiceGrpc.newBlockingStub(engine.inProcessChannel())
                .withInterceptors(MetadataUtils.newAttachHeadersInterceptor(headers));
    }

    private static String base64(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    private static OperatePrivilegeRequest privilege(OperatePrivilegeType type, String role, String name,
                                                     String privilege) {
        return OperatePrivilegeRequest.newBuilder().setType(type).setEntity(GrantEntity.newBuilder()
                .setRole(RoleEntity.newBuilder().setName(role))
                .setObject(ObjectEntity.newBuilder().setName("Collection")).setObjectName(name)
                .setGrantor(GrantorEntity.newBuilder().setPrivilege(PrivilegeEntity.newBuilder().setName(privilege))))
                .build();
    }

    private static OperateUserRoleRequest membership(String user, String role, OperateUserRoleType type) {
        return OperateUserRoleRequest.newBuilder().setUsername(user).setRoleName(role).setType(type).build();
    }

    private static CreateCredentialRequest user(String name, String password) {
        return CreateCredentialRequest.newBuilder().setUsername(name).setPassword(base64(password)).build();
    }

    private static CreateRoleRequest role(String name) {
        return CreateRoleRequest.newBuilder().setEntity(RoleEntity.newBuilder().setName(name)).build();
    }

    /** Creates, changes and deletes users, roles, memberships and grants through the RPCs. */
    private static void makeChanges(MilvusServiceBlockingStub root) {
        assertOk(root.createCredential(user("alice", "secret1")));
        assertOk(root.createCredential(user("bob", "bobpass1")));
        assertOk(root.createCredential(user("carol", "carolpw1")));
        assertOk(root.updateCredential(UpdateCredentialRequest.newBuilder().setUsername("alice")
                .setOldPassword(base64("secret1")).setNewPassword(base64("secret2")).build()));
        assertOk(root.createRole(role("reader")));
        assertOk(root.createRole(role("writer")));
        assertOk(root.createRole(role("doomed")));
        assertOk(root.operateUserRole(membership("alice", "reader", OperateUserRoleType.AddUserToRole)));
        assertOk(root.operateUserRole(membership("bob", "reader", OperateUserRoleType.AddUserToRole)));
        assertOk(root.operateUserRole(membership("bob", "writer", OperateUserRoleType.AddUserToRole)));
        assertOk(root.operateUserRole(membership("carol", "writer", OperateUserRoleType.AddUserToRole)));
        assertOk(root.operateUserRole(membership("bob", "reader", OperateUserRoleType.RemoveUserFromRole)));
        assertOk(root.deleteCredential(DeleteCredentialRequest.newBuilder().setUsername("carol").build()));
        assertOk(root.operatePrivilege(privilege(OperatePrivilegeType.Grant, "reader", "films", "Search")));
        assertOk(root.operatePrivilege(privilege(OperatePrivilegeType.Grant, "reader", "films", "Load")));
        assertOk(root.operatePrivilege(privilege(OperatePrivilegeType.Grant, "writer", "films", "Insert")));
        assertOk(root.operatePrivilege(privilege(OperatePrivilegeType.Revoke, "reader", "films", "Load")));
        assertOk(root.operatePrivilege(privilege(OperatePrivilegeType.Grant, "doomed", "films", "Query")));
        assertOk(root.dropRole(DropRoleRequest.newBuilder().setRoleName("doomed").setForceDrop(true).build()));
    }

    /** Everything {@link #makeChanges} left, as seen by {@code root}. */
    private static void assertChangesPresent(MilvusServiceBlockingStub root) {
        assertThat(root.listCredUsers(ListCredUsersRequest.getDefaultInstance()).getUsernamesList())
                .containsExactly("alice", "bob", "root");
        assertThat(root.selectRole(SelectRoleRequest.newBuilder().setIncludeUserInfo(true).build()).getResultsList())
                .extracting(r -> r.getRole().getName() + "=" + r.getUsersList().stream().map(u -> u.getName())
                        .toList())
                .containsExactly("admin=[]", "public=[]", "reader=[alice]", "writer=[bob]");
        assertThat(root.selectUser(SelectUserRequest.newBuilder().setIncludeRoleInfo(true).build()).getResultsList())
                .extracting(r -> r.getUser().getName() + "=" + r.getRolesList().stream().map(x -> x.getName())
                        .toList())
                .containsExactly("alice=[reader]", "bob=[writer]", "root=[]");
        assertThat(grants(root, "reader")).containsExactly("Collection/default.films:Search by root");
        assertThat(grants(root, "writer")).containsExactly("Collection/default.films:Insert by root");
    }

    private static List<String> grants(MilvusServiceBlockingStub client, String role) {
        var response = client.selectGrant(SelectGrantRequest.newBuilder().setEntity(GrantEntity.newBuilder()
                .setRole(RoleEntity.newBuilder().setName(role))).build());
        assertOk(response.getStatus());
        return response.getEntitiesList().stream().map(g -> g.getObject().getName() + "/" + g.getDbName() + "."
                + g.getObjectName() + ":" + g.getGrantor().getPrivilege().getName() + " by "
                + g.getGrantor().getUser().getName()).toList();
    }

    private static void assertUnauthenticated(EmbeddedMilvus engine, String user, String password) {
        assertThatThrownBy(() -> as(engine, user, password).listDatabases(ListDatabasesRequest.getDefaultInstance()))
                .isInstanceOfSatisfying(StatusRuntimeException.class,
                        e -> assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.UNAUTHENTICATED));
    }

    private static void assertAuthenticates(EmbeddedMilvus engine, String user, String password) {
        assertOk(as(engine, user, password).listDatabases(ListDatabasesRequest.getDefaultInstance()).getStatus());
    }

    @Test
    void usersRolesAndGrantsSurviveRestart(@TempDir Path dir) throws IOException {
        try (EmbeddedMilvus engine = engine(dir, "Milvus")) {
            MilvusServiceBlockingStub root = as(engine, "root", "Milvus");
            makeChanges(root);
            assertChangesPresent(root);
        }
        try (EmbeddedMilvus engine = engine(dir, "ignored-now")) {
            MilvusServiceBlockingStub root = as(engine, "root", "Milvus");
            assertChangesPresent(root);
            assertAuthenticates(engine, "alice", "secret2");
            assertAuthenticates(engine, "bob", "bobpass1");
            assertUnauthenticated(engine, "alice", "secret1");
            assertUnauthenticated(engine, "carol", "carolpw1");
            assertUnauthenticated(engine, "root", "ignored-now");
        }
    }

    @Test
    void everyChangeIsDurableBeforeTheCallReturns(@TempDir Path dir, @TempDir Path copy) throws IOException {
        try (EmbeddedMilvus engine = engine(dir, "Milvus")) {
            makeChanges(as(engine, "root", "Milvus"));
            // the engine is still running: what it acknowledged must already be in the catalog file
            Files.copy(dir.resolve(CATALOG_FILE), copy.resolve(CATALOG_FILE));
        }
        try (EmbeddedMilvus engine = engine(copy, "Milvus")) {
            assertChangesPresent(as(engine, "root", "Milvus"));
            assertAuthenticates(engine, "alice", "secret2");
        }
    }

    @Test
    void withoutAuthenticationTheUsersArePersistedToo(@TempDir Path dir) throws IOException {
        try (EngineFixture fx = EngineFixture.inDirectory(dir)) {
            assertOk(fx.stub.createCredential(user("alice", "secret1")));
            assertOk(fx.stub.createRole(role("reader")));
            assertOk(fx.stub.operateUserRole(membership("alice", "reader", OperateUserRoleType.AddUserToRole)));
        }
        try (EmbeddedMilvus engine = engine(dir, "Milvus")) {
            assertAuthenticates(engine, "alice", "secret1");
            assertAuthenticates(engine, "root", "Milvus");
            assertThat(as(engine, "alice", "secret1").selectUser(SelectUserRequest.newBuilder()
                    .setUser(dev.quiver.proto.milvus.UserEntity.newBuilder().setName("alice"))
                    .setIncludeRoleInfo(true).build()).getResults(0).getRolesList())
                    .extracting(RoleEntity::getName).containsExactly("reader");
        }
    }

    @Test
    void noPasswordIsStoredInPlainText(@TempDir Path dir) throws IOException {
        try (EmbeddedMilvus engine = engine(dir, "Milvus")) {
            makeChanges(as(engine, "root", "Milvus"));
        }
        String catalog = new String(Files.readAllBytes(dir.resolve(CATALOG_FILE)), StandardCharsets.ISO_8859_1);
        assertThat(catalog).contains("alice", "PBKDF2WithHmacSHA256");
        for (String password : List.of("Milvus", "secret1", "secret2", "bobpass1", "carolpw1")) {
            assertThat(catalog).doesNotContain(password, base64(password));
        }
    }

    @Test
    void aCatalogWrittenBeforeUsersWerePersistedStillLoads(@TempDir Path dir) throws IOException {
        try (EngineFixture fx = EngineFixture.inDirectory(dir)) {
            fx.createCollection("films");
        }
        ObjectNode root = (ObjectNode) new ObjectMapper().readTree(payload(dir));
        assertThat(root.remove("access")).isNotNull();
        root.put("format", 1);
        writePayload(dir, new ObjectMapper().writeValueAsBytes(root));

        try (EmbeddedMilvus engine = engine(dir, "Milvus")) {
            MilvusServiceBlockingStub admin = as(engine, "root", "Milvus");
            assertThat(admin.showCollections(ShowCollectionsRequest.getDefaultInstance()).getCollectionNamesList())
                    .containsExactly("films");
            assertThat(admin.listCredUsers(ListCredUsersRequest.getDefaultInstance()).getUsernamesList())
                    .containsExactly("root");
            assertThat(admin.selectRole(SelectRoleRequest.getDefaultInstance()).getResultsList())
                    .extracting(r -> r.getRole().getName()).containsExactly("admin", "public");
            assertOk(admin.createCredential(user("alice", "secret1")));
        }
        assertThat(new ObjectMapper().readTree(payload(dir)).path("format").asInt()).isEqualTo(2);
        try (EmbeddedMilvus engine = engine(dir, "Milvus")) {
            assertAuthenticates(engine, "alice", "secret1");
        }
    }

    private static byte[] payload(Path dir) throws IOException {
        try (DataDirectory data = DataDirectory.open(dir)) {
            return data.manifest().catalog().orElseThrow();
        }
    }

    /** Commits {@code payload} as the catalog, as an older Quiver would have left it. */
    private static void writePayload(Path dir, byte[] payload) throws IOException {
        try (DataDirectory data = DataDirectory.open(dir)) {
            data.manifest().commitCatalog(payload);
        }
    }
}
