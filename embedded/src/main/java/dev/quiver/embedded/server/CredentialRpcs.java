package dev.quiver.embedded.server;

import dev.quiver.embedded.error.EngineException;
import dev.quiver.proto.milvus.CreateCredentialRequest;
import dev.quiver.proto.milvus.DeleteCredentialRequest;
import dev.quiver.proto.milvus.ListCredUsersResponse;
import dev.quiver.proto.milvus.Status;
import dev.quiver.proto.milvus.UpdateCredentialRequest;
import dev.quiver.wire.MilvusError;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Create/Update/DeleteCredential and ListCredUsers; passwords arrive base64-encoded, as clients send them. */
final class CredentialRpcs {
    private final Credentials credentials;

    CredentialRpcs(Credentials credentials) {
        this.credentials = credentials;
    }

    Status create(CreateCredentialRequest request) {
        credentials.create(request.getUsername(), decode(request.getPassword()));
        return Rpc.ok();
    }

    Status update(UpdateCredentialRequest request) {
        credentials.update(RequestContext.caller(), request.getUsername(), decode(request.getOldPassword()),
                decode(request.getNewPassword()));
        return Rpc.ok();
    }

    Status delete(DeleteCredentialRequest request) {
        credentials.delete(request.getUsername());
        return Rpc.ok();
    }

    ListCredUsersResponse list() {
        return ListCredUsersResponse.newBuilder().setStatus(Rpc.ok()).addAllUsernames(credentials.users()).build();
    }

    private static String decode(String base64) {
        try {
            return new String(Base64.getDecoder().decode(base64), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw EngineException.because(MilvusError.PARAMETER_INVALID, "decode password fail");
        }
    }
}
