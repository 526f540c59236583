package dev.quiver.embedded.server;

import com.google.protobuf.Message;
import dev.quiver.embedded.catalog.Catalog;
import dev.quiver.embedded.security.Authorizer;
import io.grpc.ForwardingServerCallListener;
import io.grpc.Metadata;
import io.grpc.ServerCall;
import io.grpc.ServerCallHandler;
import io.grpc.ServerInterceptor;
import io.grpc.Status;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Milvus's privilege check on every request when authorization is on: the request is held back until its message
 * arrives, checked by {@link Authorizer} against the caller's roles as the catalog holds them at that moment, and
 * refused, as Milvus's proxy refuses it, with gRPC {@code PERMISSION_DENIED} and the message
 * {@code PrivilegeX: permission deny to USER in the `DB` database}. Must run inside the authentication and
 * database-header interceptors (it reads the caller and the current database from the call's context).
 */
public final class AuthorizationInterceptor implements ServerInterceptor {
    private static final Logger LOG = Logger.getLogger(AuthorizationInterceptor.class.getName());

    private final Catalog catalog;

    /** Checks calls against the users, roles and grants of {@code catalog}. */
    public AuthorizationInterceptor(Catalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public <Q, R> ServerCall.Listener<Q> interceptCall(ServerCall<Q, R> call, Metadata headers,
                                                       ServerCallHandler<Q, R> next) {
        String caller = RequestContext.caller();
        String database = RequestContext.headerDatabase();
        ServerCall.Listener<Q> delegate = next.startCall(call, headers);
        return new ForwardingServerCallListener.SimpleForwardingServerCallListener<>(delegate) {
            private boolean refused;

            @Override
            public void onMessage(Q message) {
                if (refused) {
                    return;
                }
                Optional<String> denial = message instanceof Message request
                        ? Authorizer.denial(catalog.access(), caller, request, database) : Optional.empty();
                if (denial.isPresent()) {
                    refused = true;
                    LOG.fine(() -> "permission deny: " + denial.get());
                    call.close(Status.PERMISSION_DENIED.withDescription(denial.get()), new Metadata());
                    return;
                }
                super.onMessage(message);
            }

            @Override
            public void onHalfClose() {
                if (!refused) {
                    super.onHalfClose();
                }
            }

            @Override
            public void onReady() {
                if (!refused) {
                    super.onReady();
                }
            }
        };
    }
}
