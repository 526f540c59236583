package dev.quiver.driver.internal.rpc;

import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Recognises the failures that mean "nothing answers at this address": the connection was refused (no process
 * listens on the port, typically the server is not running or died), the host name does not resolve, or there is
 * no route to the host. gRPC reports them as {@code UNAVAILABLE} ("io exception", "Unable to resolve host ...")
 * with the socket exception as the cause. They are not retried: retrying a refused connection for the whole
 * connect timeout is what made a stopped server look like a hanging one; the next statement tries again anyway.
 */
public final class ConnectFailure {
    private ConnectFailure() {
    }

    /** What kind of address failure it was. */
    public enum Kind {
        /** Nothing listens on the port. */
        REFUSED,
        /** The host name does not resolve. */
        UNKNOWN_HOST,
        /** The host cannot be reached. */
        NO_ROUTE
    }

    /** The kind of address failure {@code failure} is, or null when it is not one. */
    public static @Nullable Kind classify(@Nullable Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof UnknownHostException) {
                return Kind.UNKNOWN_HOST;
            }
            if (t instanceof NoRouteToHostException) {
                return Kind.NO_ROUTE;
            }
            if (t instanceof ConnectException connect) {
                String message = String.valueOf(connect.getMessage()).toLowerCase(Locale.ROOT);
                if (message.contains("refused")) {
                    return Kind.REFUSED;
                }
                if (message.contains("no route")) {
                    return Kind.NO_ROUTE;
                }
            }
            if (t instanceof StatusRuntimeException status && status.getStatus().getCode() == Status.Code.UNAVAILABLE
                    && String.valueOf(status.getStatus().getDescription()).startsWith("Unable to resolve host")) {
                return Kind.UNKNOWN_HOST;
            }
        }
        return null;
    }

    /**
     * A sentence for the user, naming the cause and what to check, e.g. "Connection refused: no server
     * listens at 127.0.0.1:1; is it running? ..."; null when {@code failure} is no address failure.
     *
     * @param target {@code host:port} the driver tried
     */
    public static @Nullable String describe(@Nullable Throwable failure, String target) {
        Kind kind = classify(failure);
        if (kind == null) {
            return null;
        }
        String host = target.lastIndexOf(':') > 0 ? target.substring(0, target.lastIndexOf(':')) : target;
        return switch (kind) {
            case REFUSED -> "Connection refused: no server listens at " + target
                    + "; is it running? (start one with 'quiver serve', or check the host and port)";
            case UNKNOWN_HOST -> "unknown host '" + host + "': the name does not resolve; check the spelling";
            case NO_ROUTE -> "no route to host " + target + ": check the address and the network";
        };
    }
}
