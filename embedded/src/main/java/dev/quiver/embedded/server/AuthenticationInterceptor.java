package dev.quiver.embedded.server;

import io.grpc.Context;
import io.grpc.Contexts;
import io.grpc.Metadata;
import io.grpc.ServerCall;
import io.grpc.ServerCallHandler;
import io.grpc.ServerInterceptor;
import io.grpc.Status;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Milvus's authentication: every call carries {@code authorization: base64(user:password)}; failures are gRPC
 * {@code UNAUTHENTICATED} (not an in-band status) with Milvus's messages. API keys (a token without {@code :}) are
 * not supported and fail as Milvus fails an unknown key.
 */
public final class AuthenticationInterceptor implements ServerInterceptor {
    static final Metadata.Key<String> AUTHORIZATION = Metadata.Key.of("authorization", Metadata.ASCII_STRING_MARSHALLER);

    private final Credentials credentials;

    /** Checks calls against {@code credentials}. */
    public AuthenticationInterceptor(Credentials credentials) {
        this.credentials = credentials;
    }

    @Override
    public <Q, R> ServerCall.Listener<Q> interceptCall(ServerCall<Q, R> call, Metadata headers,
                                                       ServerCallHandler<Q, R> next) {
        String header = headers.get(AUTHORIZATION);
        String refusal = refusal(header);
        if (refusal == null && header != null) {
            Context context = Context.current().withValue(RequestContext.CALLER, userOf(header));
            return Contexts.interceptCall(context, call, headers, next);
        }
        call.close(Status.UNAUTHENTICATED.withDescription(refusal), new Metadata());
        return new ServerCall.Listener<>() {
        };
    }

    /** The user named by a header {@link #refusal} accepted. */
    private static String userOf(String header) {
        String token = new String(Base64.getDecoder().decode(header.trim()), StandardCharsets.UTF_8);
        return token.substring(0, token.indexOf(':'));
    }

    private @org.jspecify.annotations.Nullable String refusal(@org.jspecify.annotations.Nullable String header) {
        if (header == null || header.isEmpty()) {
            return "missing authorization in header";
        }
        String token;
        try {
            token = new String(Base64.getDecoder().decode(header.trim()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return "invalid token format";
        }
        int colon = token.indexOf(':');
        if (colon < 0) {
            return "auth check failure, please check api key is correct";
        }
        if (!credentials.verify(token.substring(0, colon), token.substring(colon + 1))) {
            return "auth check failure, please check username and password are correct";
        }
        return null;
    }
}
