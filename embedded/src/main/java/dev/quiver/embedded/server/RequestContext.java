package dev.quiver.embedded.server;

import dev.quiver.embedded.catalog.DatabaseInfo;
import io.grpc.Context;
import io.grpc.Metadata;

/**
 * Per-call request metadata: the database named by the {@code dbname} header (Milvus's {@code DatabaseInterceptor}),
 * used whenever a request leaves its own {@code db_name} empty; and the authenticated caller, recorded as the
 * grantor of privileges.
 */
public final class RequestContext {
    /** The header carrying the caller's current database. */
    public static final Metadata.Key<String> DBNAME_HEADER = Metadata.Key.of("dbname", Metadata.ASCII_STRING_MARSHALLER);
    static final Context.Key<String> HEADER_DATABASE = Context.key("quiver-dbname");
    /** The user the call authenticated as; unset when the engine does not require authentication. */
    static final Context.Key<String> CALLER = Context.key("quiver-caller");

    private RequestContext() {
    }

    /** The database named by the {@code dbname} header of the current call, or {@code default}. */
    public static String headerDatabase() {
        String value = HEADER_DATABASE.get();
        return value == null || value.isEmpty() ? DatabaseInfo.DEFAULT : value;
    }

    /** The user the current call authenticated as, or empty when authentication is off. */
    static String caller() {
        String value = CALLER.get();
        return value == null ? "" : value;
    }

    /** {@code requested} when not empty, else the header's database. */
    public static String database(String requested) {
        return requested.isEmpty() ? headerDatabase() : requested;
    }
}
