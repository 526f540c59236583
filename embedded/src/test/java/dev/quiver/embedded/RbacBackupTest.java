package dev.quiver.embedded;

import static dev.quiver.embedded.EngineFixture.assertOk;
import static org.assertj.core.api.Assertions.assertThat;

import dev.quiver.proto.milvus.BackupRBACMetaRequest;
import dev.quiver.proto.milvus.BackupRBACMetaResponse;
import dev.quiver.proto.milvus.CreateCredentialRequest;
import dev.quiver.proto.milvus.CreatePrivilegeGroupRequest;
import dev.quiver.proto.milvus.CreateRoleRequest;
import dev.quiver.proto.milvus.GrantEntity;
import dev.quiver.proto.milvus.GrantorEntity;
import dev.quiver.proto.milvus.ListPrivilegeGroupsRequest;
import dev.quiver.proto.milvus.MilvusServiceGrpc;
import dev.quiver.proto.milvus.MilvusServiceGrpc.MilvusServiceBlockingStub;
import dev.quiver.proto.milvus.ObjectEntity;
import dev.quiver.proto.milvus.OperatePrivilegeGroupRequest;
import dev.quiver.proto.milvus.OperatePrivilegeGroupType;
import dev.quiver.proto.milvus.OperatePrivilegeRequest;
import dev.quiver.proto.milvus.OperatePrivilegeType;
import dev.quiver.proto.milvus.OperateUserRoleRequest;
import dev.quiver.proto.milvus.OperateUserRoleType;
import dev.quiver.proto.milvus.PrivilegeEntity;
import dev.quiver.proto.milvus.PrivilegeGroupInfo;
import dev.quiver.proto.milvus.RBACMeta;
import dev.quiver.proto.milvus.RestoreRBACMetaRequest;
import dev.quiver.proto.milvus.RoleEntity;
import dev.quiver.proto.milvus.SelectGrantRequest;
import dev.quiver.proto.milvus.SelectUserRequest;
import dev.quiver.proto.milvus.Status;
import dev.quiver.proto.milvus.UserEntity;
import dev.quiver.proto.milvus.UserInfo;
import io.grpc.Metadata;
import io.grpc.StatusRuntimeException;
import io.grpc.stub.MetadataUtils;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * BackupRBAC and RestoreRBAC through the gRPC stub, with authorization on: what a backup holds (no root, no built-in
 * roles, password hashes and never a password), a restore into a fresh engine after which the restored user logs in
 * with the old password and holds the old grants, and the conflicts Milvus refuses before changing anything.
 */
@SuppressWarnings("deprecation")
class RbacBackupTest {
    private EmbeddedMilvus source;
    private EmbeddedMilvus target;

    @BeforeEach
    void start() throws IOException {
        source = EmbeddedMilvus.builder().inMemory().authorizationEnabled("Milvus").build();
        target = EmbeddedMilvus.builder().inMemory().authorizationEnabled("Milvus").build();
    }

    @AfterEach
    void stop() {
        source.close();
        target.close();
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

    private static RoleEntity role(String name) {
        return RoleEntity.newBuilder().setName(name).build();
    }

    private static void populate(MilvusServiceBlockingStub root) {
        assertOk(root.createCredential(CreateCredentialRequest.newBuilder().setUsername("alice")
                .setPassword(base64("alice-secret-1")).build()));
        assertOk(root.createRole(CreateRoleRequest.newBuilder().setEntity(role("reader")).build()));
        assertOk(root.operateUserRole(OperateUserRoleRequest.newBuilder().setUsername("alice").setRoleName("reader")
                .setType(OperateUserRoleType.AddUserToRole).build()));
        assertOk(root.operateUserRole(OperateUserRoleRequest.newBuilder().setUsername("alice").setRoleName("public")
                .setType(OperateUserRoleType.AddUserToRole).build()));
        assertOk(root.createPrivilegeGroup(CreatePrivilegeGroupRequest.newBuilder().setGroupName("lookers").build()));
        assertOk(root.operatePrivilegeGroup(OperatePrivilegeGroupRequest.newBuilder().setGroupName("lookers")
                .setType(OperatePrivilegeGroupType.AddPrivilegesToGroup)
                .addPrivileges(PrivilegeEntity.newBuilder().setName("Query"))
                .addPrivileges(PrivilegeEntity.newBuilder().setName("Search")).build()));
        assertOk(root.operatePrivilege(OperatePrivilegeRequest.newBuilder().setType(OperatePrivilegeType.Grant)
                .setEntity(GrantEntity.newBuilder().setRole(role("reader"))
                        .setObject(ObjectEntity.newBuilder().setName("Collection")).setObjectName("films")
                        .setGrantor(GrantorEntity.newBuilder().setPrivilege(PrivilegeEntity.newBuilder()
                                .setName("Query")))).build()));
        assertOk(root.operatePrivilege(OperatePrivilegeRequest.newBuilder().setType(OperatePrivilegeType.Grant)
                .setEntity(GrantEntity.newBuilder().setRole(role("public"))
                        .setObject(ObjectEntity.newBuilder().setName("Collection")).setObjectName("films")
                        .setGrantor(GrantorEntity.newBuilder().setPrivilege(PrivilegeEntity.newBuilder()
                                .setName("Load")))).build()));
    }

    @Test
    void aBackupHoldsUsersRolesGrantsAndGroupsButNoPasswordAndNoBuiltIns() {
        MilvusServiceBlockingStub root = as(source, "root", "Milvus");
        populate(root);
        BackupRBACMetaResponse backup = root.backupRBAC(BackupRBACMetaRequest.getDefaultInstance());
        assertOk(backup.getStatus());
        RBACMeta meta = backup.getRBACMeta();
        assertThat(meta.getUsersList()).extracting(UserInfo::getUser).containsExactly("alice");
        UserInfo alice = meta.getUsers(0);
        assertThat(alice.getRolesList()).extracting(RoleEntity::getName).containsExactly("public", "reader");
        assertThat(alice.getPassword()).startsWith("$pbkdf2-sha256$").doesNotContain("alice-secret-1")
                .doesNotContain(base64("alice-secret-1"));
        assertThat(meta.toString()).doesNotContain("alice-secret-1").doesNotContain(base64("alice-secret-1"));
        assertThat(meta.getRolesList()).extracting(RoleEntity::getName).containsExactly("reader");
        assertThat(meta.getGrantsList()).hasSize(1);
        GrantEntity grant = meta.getGrants(0);
        assertThat(List.of(grant.getRole().getName(), grant.getObject().getName(), grant.getDbName(),
                grant.getObjectName(), grant.getGrantor().getPrivilege().getName(), grant.getGrantor().getUser().getName()))
                .containsExactly("reader", "Collection", "default", "films", "Query", "root");
        assertThat(meta.getPrivilegeGroupsList()).extracting(PrivilegeGroupInfo::getGroupName).containsExactly("lookers");
        assertThat(meta.getPrivilegeGroups(0).getPrivilegesList()).extracting(PrivilegeEntity::getName)
                .containsExactlyInAnyOrder("Query", "Search");
    }

    @Test
    void aRestoredUserLogsInWithTheOldPasswordAndHoldsTheOldGrants() {
        populate(as(source, "root", "Milvus"));
        RBACMeta meta = as(source, "root", "Milvus").backupRBAC(BackupRBACMetaRequest.getDefaultInstance())
                .getRBACMeta();
        MilvusServiceBlockingStub root = as(target, "root", "Milvus");
        assertOk(root.restoreRBAC(RestoreRBACMetaRequest.newBuilder().setRBACMeta(meta).build()));

        MilvusServiceBlockingStub alice = as(target, "alice", "alice-secret-1");
        assertThat(alice.selectUser(SelectUserRequest.newBuilder().setUser(UserEntity.newBuilder().setName("alice"))
                .setIncludeRoleInfo(true).build()).getResults(0).getRolesList()).extracting(RoleEntity::getName)
                .containsExactly("public", "reader");
        assertThat(root.selectGrant(SelectGrantRequest.newBuilder().setEntity(GrantEntity.newBuilder()
                .setRole(role("reader"))).build()).getEntitiesList())
                .extracting(g -> g.getObjectName() + ":" + g.getGrantor().getPrivilege().getName())
                .containsExactly("films:Query");
        assertThat(root.listPrivilegeGroups(ListPrivilegeGroupsRequest.getDefaultInstance()).getPrivilegeGroupsList())
                .extracting(PrivilegeGroupInfo::getGroupName).contains("lookers");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> as(target, "alice", "wrong-password")
                        .selectUser(SelectUserRequest.newBuilder().setUser(UserEntity.newBuilder().setName("alice"))
                                .build()))
                .isInstanceOfSatisfying(StatusRuntimeException.class, e -> assertThat(e.getStatus().getCode())
                        .isEqualTo(io.grpc.Status.Code.UNAUTHENTICATED));
    }

    @Test
    void aRestoreIsRefusedWholeOnAConflictAsMilvusChecksIt() {
        populate(as(source, "root", "Milvus"));
        RBACMeta meta = as(source, "root", "Milvus").backupRBAC(BackupRBACMetaRequest.getDefaultInstance())
                .getRBACMeta();
        MilvusServiceBlockingStub root = as(target, "root", "Milvus");
        assertOk(root.createCredential(CreateCredentialRequest.newBuilder().setUsername("alice")
                .setPassword(base64("another-pw")).build()));
        assertRefused(root.restoreRBAC(RestoreRBACMetaRequest.newBuilder().setRBACMeta(meta).build()),
                65535, "user [alice] already exists");
        // Nothing was added: the role and the group of the same backup are still missing.
        assertThat(root.backupRBAC(BackupRBACMetaRequest.getDefaultInstance()).getRBACMeta().getRolesList())
                .isEmpty();
        assertRefused(root.restoreRBAC(RestoreRBACMetaRequest.getDefaultInstance()), 65535, "rbac meta is empty");
        assertOk(root.createRole(CreateRoleRequest.newBuilder().setEntity(role("reader")).build()));
        assertRefused(root.restoreRBAC(RestoreRBACMetaRequest.newBuilder().setRBACMeta(meta).build()),
                65535, "role [reader] already exists");
        assertOk(root.restoreRBAC(RestoreRBACMetaRequest.newBuilder().setRBACMeta(RBACMeta.newBuilder()
                .addPrivilegeGroups(PrivilegeGroupInfo.newBuilder().setGroupName("lookers"))).build()));
        assertRefused(root.restoreRBAC(RestoreRBACMetaRequest.newBuilder().setRBACMeta(RBACMeta.newBuilder()
                .addPrivilegeGroups(PrivilegeGroupInfo.newBuilder().setGroupName("lookers"))).build()),
                65535, "privilege group [lookers] already exists");
        assertRefused(root.restoreRBAC(RestoreRBACMetaRequest.newBuilder().setRBACMeta(RBACMeta.newBuilder()
                .addGrants(GrantEntity.newBuilder().setRole(role("reader")).setDbName("default")
                        .setObject(ObjectEntity.newBuilder().setName("Collection")).setObjectName("films")
                        .setGrantor(GrantorEntity.newBuilder().setPrivilege(PrivilegeEntity.newBuilder()
                                .setName("Fly"))))).build()),
                65535, "privilege [Fly] does not exist");
        assertRefused(root.restoreRBAC(RestoreRBACMetaRequest.newBuilder().setRBACMeta(RBACMeta.newBuilder()
                .addUsers(UserInfo.newBuilder().setUser("dave").setPassword(meta.getUsers(0).getPassword())
                        .addRoles(role("ghosts")))).build()),
                65535, "role [ghosts] does not exist");
    }

    @Test
    void aPasswordThatIsNotAHashIsRefusedWithoutBeingEchoed() {
        MilvusServiceBlockingStub root = as(target, "root", "Milvus");
        Status plain = root.restoreRBAC(RestoreRBACMetaRequest.newBuilder().setRBACMeta(RBACMeta.newBuilder()
                .addUsers(UserInfo.newBuilder().setUser("eve").setPassword("plain-text-secret"))).build());
        assertThat(plain.getCode()).isEqualTo(1100);
        assertThat(plain.getReason()).contains("user [eve]").contains("not a password hash")
                .doesNotContain("plain-text-secret");
        Status bcrypt = root.restoreRBAC(RestoreRBACMetaRequest.newBuilder().setRBACMeta(RBACMeta.newBuilder()
                .addUsers(UserInfo.newBuilder().setUser("eve")
                        .setPassword("$2a$10$N9qo8uLOickgx2ZMRZoMyeIjZAgcfl7p92ldGxad68LJZdL17lhWy"))).build());
        assertThat(bcrypt.getCode()).isEqualTo(3000);
        assertThat(bcrypt.getReason()).contains("bcrypt").contains("not supported");
    }

    @Test
    void backupAndRestoreNeedTheirPrivileges() {
        MilvusServiceBlockingStub root = as(source, "root", "Milvus");
        populate(root);
        MilvusServiceBlockingStub alice = as(source, "alice", "alice-secret-1");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> alice.backupRBAC(
                        BackupRBACMetaRequest.getDefaultInstance()))
                .isInstanceOfSatisfying(StatusRuntimeException.class, e -> assertThat(e.getStatus().getDescription())
                        .startsWith("PrivilegeBackupRBAC: permission deny to alice in the `"));
    }

    private static void assertRefused(Status status, int code, String reason) {
        assertThat(status.getCode()).as(status.toString()).isEqualTo(code);
        assertThat(status.getReason()).isEqualTo(reason);
    }
}
