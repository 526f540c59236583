package dev.quiver.driver.internal.rpc;

import java.time.Duration;
import java.util.Objects;
import javax.net.ssl.SSLContext;
import org.jspecify.annotations.Nullable;

/**
 * What makes two connections able to share one gRPC channel: target, TLS settings, keep-alive and connect
 * timeout, and the credentials (as a digest, so the key never holds a secret). A user-supplied
 * {@link SSLContext} compares by identity.
 */
public record ChannelKey(String host, int port, boolean tls, @Nullable String caFile, @Nullable String certFile,
                         @Nullable String keyFile, @Nullable String serverName, @Nullable SSLContext sslContext,
                         Duration keepAliveTime, Duration keepAliveTimeout, Duration connectTimeout,
                         String credentialsDigest) {
    public ChannelKey {
        Objects.requireNonNull(host, "host");
    }

    /** {@code host:port}, IPv6 in brackets. */
    public String target() {
        return (host.indexOf(':') >= 0 ? "[" + host + "]" : host) + ":" + port;
    }

    @Override
    public String toString() {
        return "ChannelKey[" + target() + (tls ? ", tls" : "") + "]";
    }
}
