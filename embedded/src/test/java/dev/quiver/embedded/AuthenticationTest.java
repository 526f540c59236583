package dev.quiver.embedded;

import dev.quiver.proto.milvus.CreateCredentialRequest;
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
            "root:wrong, auth check failure, please check username and password are correct",
            "nobody:Milvus, auth check failure, please check username and password are correct",
            "just-a-token, auth check failure, please check api key is correct"})
    void wrongCredentialsAreUnauthenticated(String token, String message) {
        assertThatThrownBy(() -> as(base64(token)).listDatabases(ListDatabasesRequest.getDefaultInstance()))
                .isInstanceOfSatisfying(StatusRuntimeException.class, e -> {
                    assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.UNAUTHENTICATED);
                    assertThat(e.getStatus().getDescription()).isEqualTo(message);
                });
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
                65535, ErrorCode.UnexpectedError, "user root cannot be deleted");
        assertOk(root.deleteCredential(DeleteCredentialRequest.newBuilder().setUsername("alice").build()));
        assertThatThrownBy(() -> as(base64("alice:secret2")).listDatabases(ListDatabasesRequest.getDefaultInstance()))
                .isInstanceOf(StatusRuntimeException.class).hasMessageContaining("UNAUTHENTICATED");
    }
}
