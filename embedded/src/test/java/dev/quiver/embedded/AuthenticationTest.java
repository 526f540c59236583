package dev.quiver.embedded;

import dev.quiver.proto.milvus.CreateCredentialRequest;
import dev.quiver.proto.milvus.CreateRoleRequest;
import dev.quiver.proto.milvus.DropRoleRequest;
import dev.quiver.proto.milvus.OperateUserRoleRequest;
import dev.quiver.proto.milvus.OperateUserRoleType;
import dev.quiver.proto.milvus.RoleEntity;
import dev.quiver.proto.milvus.SelectRoleRequest;
import dev.quiver.proto.milvus.SelectUserRequest;
import dev.quiver.proto.milvus.UserEntity;
import dev.quiver.proto.milvus.DeleteCredentialRequest;
import dev.quiver.proto.milvus.ErrorCode;
import dev.quiver.proto.milvus.ListCredUsersRequest;
import dev.quiver.proto.milvus.ListDatabasesRequest;
import dev.quiver.proto.milvus.MilvusServiceGrpc;
import dev.quiver.proto.milvus.MilvusServiceGrpc.MilvusServiceBlockingStub;
import dev.quiver.proto.milvus.UpdateCredentialRequest;
import io.grpc.Metadata;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.stub.MetadataUtils;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static dev.quiver.embedded.EngineFixture.assertOk;
import static dev.quiver.embedded.StatusAssertions.assertError;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Reference §3.1: the authorization header, UNAUTHENTICATED with Milvus's messages, and the credential RPCs. */
class AuthenticationTest {
    private EmbeddedMilvus milvus;

    @BeforeEach
    void start() throws IOException {
        milvus = EmbeddedMilvus.builder().inMemory().requireAuthentication("root", "Milvus").build();
    }

    @AfterEach
    void stop() {
        milvus.close();
    }

    private MilvusServiceBlockingStub as(String rawAuthorization) {
        Metadata headers = new Metadata();
        headers.put(Metadata.Key.of("authorization", Metadata.ASCII_STRING_MARSHALLER), rawAuthorization);
        return MilvusServiceGrpc.newBlockingStub(milvus.inProcessChannel())
                .withInterceptors(MetadataUtils.newAttachHeadersInterceptor(headers));
    }

    private static String base64(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void missingHeaderIsUnauthenticated() {
        assertThatThrownBy(() -> MilvusServiceGrpc.newBlockingStub(milvus.inProcessChannel())
                .listDatabases(ListDatabasesRequest.getDefaultInstance()))
                .isInstanceOfSatisfying(StatusRuntimeException.class, e -> {
                    assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.UNAUTHENTICATED);
                    assertThat(e.getStatus().getDescription()).isEqualTo("missing authorization in header");
                });
    }

    @ParameterizedTest
    @CsvSource({
            "root:wrong, 'auth check failure, please check username and password are correct'",
            "nobody:Milvus, 'auth check failure, please check username and password are correct'",
            "just-a-token, 'auth check failure, please check api key is correct'"})
    void wrongCredentialsAreUnauthenticated(String token, String message) {
        assertThatThrownBy(() -> as(base64(token)).listDatabases(ListDatabasesRequest.getDefaultInstance()))
                .isInstanceOfSatisfying(StatusRuntimeException.class, e -> {
                    assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.UNAUTHENTICATED);
                    assertThat(e.getStatus().getDescription()).isEqualTo(message);
                });
    }

    @Test
    void rolesAndMembership() {
        MilvusServiceBlockingStub root = as(base64("root:Milvus"));
        assertOk(root.createCredential(CreateCredentialRequest.newBuilder().setUsername("bob")
                .setPassword(base64("secret1")).build()));
        assertOk(root.createRole(CreateRoleRequest.newBuilder().setEntity(RoleEntity.newBuilder().setName("reader"))
                .build()));
        assertError(root.createRole(CreateRoleRequest.newBuilder().setEntity(RoleEntity.newBuilder().setName("reader"))
                .build()), 65535, ErrorCode.UnexpectedError, "role [reader] already exists");
        assertOk(root.operateUserRole(OperateUserRoleRequest.newBuilder().setUsername("bob").setRoleName("reader")
                .setType(OperateUserRoleType.AddUserToRole).build()));
        assertError(root.operateUserRole(OperateUserRoleRequest.newBuilder().setUsername("ghost")
                .setRoleName("reader").build()), 65535, ErrorCode.UnexpectedError,
                "not found the user, maybe the user isn't existed or internal system error");
        var reader = root.selectRole(SelectRoleRequest.newBuilder().setRole(RoleEntity.newBuilder().setName("reader"))
                .setIncludeUserInfo(true).build());
        assertThat(reader.getResults(0).getUsersList()).extracting(UserEntity::getName).containsExactly("bob");
        assertThat(root.selectRole(SelectRoleRequest.getDefaultInstance()).getResultsList())
                .extracting(r -> r.getRole().getName()).containsExactly("admin", "public", "reader");
        var bob = root.selectUser(SelectUserRequest.newBuilder().setUser(UserEntity.newBuilder().setName("bob"))
                .setIncludeRoleInfo(true).build());
        assertThat(bob.getResults(0).getRolesList()).extracting(RoleEntity::getName).containsExactly("reader");
        assertOk(root.operateUserRole(OperateUserRoleRequest.newBuilder().setUsername("bob").setRoleName("reader")
                .setType(OperateUserRoleType.RemoveUserFromRole).build()));
        assertError(root.dropRole(DropRoleRequest.newBuilder().setRoleName("admin").build()), 65535,
                ErrorCode.UnexpectedError, "the role[admin] is a default role, which can't be dropped");
        assertOk(root.dropRole(DropRoleRequest.newBuilder().setRoleName("reader").build()));
        assertError(root.dropRole(DropRoleRequest.newBuilder().setRoleName("reader").build()), 65535,
                ErrorCode.UnexpectedError, "not found the role, maybe the role isn't existed or internal system error");
    }

    @Test
    void credentialLifecycle() {
        MilvusServiceBlockingStub root = as(base64("root:Milvus"));
        assertOk(root.listDatabases(ListDatabasesRequest.getDefaultInstance()).getStatus());
        assertOk(root.createCredential(CreateCredentialRequest.newBuilder().setUsername("alice")
                .setPassword(base64("secret1")).build()));
        assertError(root.createCredential(CreateCredentialRequest.newBuilder().setUsername("alice")
                .setPassword(base64("secret1")).build()), 65535, ErrorCode.UnexpectedError, "user already exists: alice");
        assertError(root.createCredential(CreateCredentialRequest.newBuilder().setUsername("bob")
                        .setPassword(base64("123")).build()), 1100, ErrorCode.IllegalArgument,
                "invalid password length: the length of password must be between 6 and 256 characters: invalid parameter",
                true);
        assertThat(root.listCredUsers(ListCredUsersRequest.getDefaultInstance()).getUsernamesList())
                .containsExactly("alice", "root");
        assertOk(as(base64("alice:secret1")).listDatabases(ListDatabasesRequest.getDefaultInstance()).getStatus());
        assertError(root.updateCredential(UpdateCredentialRequest.newBuilder().setUsername("alice")
                .setOldPassword(base64("nope00")).setNewPassword(base64("secret2")).build()), 1400,
                ErrorCode.UnexpectedError, "old password not correct for alice: not authenticated");
        assertOk(root.updateCredential(UpdateCredentialRequest.newBuilder().setUsername("alice")
                .setOldPassword(base64("secret1")).setNewPassword(base64("secret2")).build()));
        assertOk(as(base64("alice:secret2")).listDatabases(ListDatabasesRequest.getDefaultInstance()).getStatus());
        assertError(root.deleteCredential(DeleteCredentialRequest.newBuilder().setUsername("root").build()),
                1401, ErrorCode.UnexpectedError, "root user cannot be deleted: privilege not permitted");
        assertOk(root.deleteCredential(DeleteCredentialRequest.newBuilder().setUsername("alice").build()));
        assertThatThrownBy(() -> as(base64("alice:secret2")).listDatabases(ListDatabasesRequest.getDefaultInstance()))
                .isInstanceOf(StatusRuntimeException.class).hasMessageContaining("UNAUTHENTICATED");
    }
}
