package dev.quiver.driver.internal.rpc;

import io.grpc.CallOptions;
import io.grpc.Channel;
import io.grpc.ClientCall;
import io.grpc.ClientInterceptor;
import io.grpc.ForwardingClientCall;
import io.grpc.Metadata;
import io.grpc.MethodDescriptor;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.jspecify.annotations.Nullable;

/**
 * Adds one connection's headers to every call (reference §3.1): {@code authorization} (base64 of the token, or of
 * {@code user:password}), {@code dbname} (the current database, changed by USE) and {@code identifier} (from the
 * Connect handshake). Thread-safe: the mutable headers are volatile.
 */
public final class SessionHeaders implements ClientInterceptor {
    static final Metadata.Key<String> AUTHORIZATION = Metadata.Key.of("authorization", Metadata.ASCII_STRING_MARSHALLER);
    static final Metadata.Key<String> DBNAME = Metadata.Key.of("dbname", Metadata.ASCII_STRING_MARSHALLER);
    static final Metadata.Key<String> IDENTIFIER = Metadata.Key.of("identifier", Metadata.ASCII_STRING_MARSHALLER);

    private final @Nullable String authorization;
    private volatile String database;
    private volatile @Nullable String identifier;

    /**
     * @param token the token (API key or {@code user:password}); wins over user/password when non-null
     * @param user the user, or null for no authentication
     * @param password the password (null = empty)
     * @param database the initial database
     */
    public SessionHeaders(@Nullable String token, @Nullable String user, @Nullable String password, String database) {
        this.authorization = authorizationValue(token, user, password);
        this.database = database;
    }

    /** The {@code authorization} value: base64 of the token, or of {@code user:password}; null when neither is set. */
    static @Nullable String authorizationValue(@Nullable String token, @Nullable String user, @Nullable String password) {
        String raw;
        if (token != null && !token.isEmpty()) {
            raw = token;
        } else if (user != null && !user.isEmpty()) {
            raw = user + ":" + (password == null ? "" : password);
        } else {
            return null;
        }
        return Base64.getEncoder().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    public String database() {
        return database;
    }

    public void database(String database) {
        this.database = database;
    }

    public void identifier(@Nullable String identifier) {
        this.identifier = identifier;
    }

    public @Nullable String identifier() {
        return identifier;
    }

    @Override
    public <Q, R> ClientCall<Q, R> interceptCall(MethodDescriptor<Q, R> method, CallOptions options, Channel next) {
        return new ForwardingClientCall.SimpleForwardingClientCall<>(next.newCall(method, options)) {
            @Override
            public void start(Listener<R> listener, Metadata headers) {
                if (authorization != null) {
                    headers.put(AUTHORIZATION, authorization);
                }
                headers.put(DBNAME, database);
                String id = identifier;
                if (id != null) {
                    headers.put(IDENTIFIER, id);
                }
                super.start(listener, headers);
            }
        };
    }

    @Override
    public String toString() {
        return "SessionHeaders[database=" + database + ", authorization=" + (authorization == null ? "none" : "***")
                + ", identifier=" + identifier + "]";
    }
}
