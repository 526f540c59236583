package dev.quiver.embedded.server;

import io.grpc.Context;
import io.grpc.Contexts;
import io.grpc.Metadata;
import io.grpc.ServerCall;
import io.grpc.ServerCallHandler;
import io.grpc.ServerInterceptor;

/**
 * Copies the {@code dbname} header into the call's context (see {@link RequestContext}). Other Milvus headers
 * ({@code identifier}, {@code client-request-id}, {@code log_level}) are accepted and ignored.
 */
public final class DatabaseHeaderInterceptor implements ServerInterceptor {

    @Override
    public <Q, R> ServerCall.Listener<Q> interceptCall(ServerCall<Q, R> call, Metadata headers,
                                                       ServerCallHandler<Q, R> next) {
        String database = headers.get(RequestContext.DBNAME_HEADER);
        if (database == null) {
            return next.startCall(call, headers);
        }
        Context context = Context.current().withValue(RequestContext.HEADER_DATABASE, database);
        return Contexts.interceptCall(context, call, headers, next);
    }
}
