package dev.quiver.driver.internal.rpc;

import dev.quiver.driver.ConnectionProperty;
import dev.quiver.driver.MilvusSqlState;
import dev.quiver.driver.internal.config.ConnectionConfig;
import dev.quiver.driver.internal.config.Endpoint;
import dev.quiver.driver.internal.error.SqlExceptions;
import dev.quiver.proto.spi.EmbeddedEngineHandle;
import dev.quiver.proto.spi.EmbeddedEngineProvider;
import io.grpc.Channel;
import io.grpc.ConnectivityState;
import io.grpc.ManagedChannel;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.ServiceLoader;
import javax.net.ssl.SSLContext;
import org.jspecify.annotations.Nullable;

/**
 * One connection's hold on a channel: a lease on a shared remote channel, or a handle on an embedded engine.
 * Closing releases the hold (the last lease shuts the shared channel down).
 */
public abstract sealed class Transport implements AutoCloseable permits Transport.Remote, Transport.Embedded {

    /** The raw channel (without session headers). */
    public abstract Channel channel();

    /** {@code host:port} or the engine description. */
    public abstract String describe();

    /** A cheap liveness check: false when the channel is shut down or failing. */
    public abstract boolean looksHealthy();

    @Override
    public abstract void close();

    /** Opens the transport for {@code config}; {@code sslContext} (may be null) overrides the TLS files. */
    public static Transport open(ConnectionConfig config, @Nullable SSLContext sslContext) throws SQLException {
        if (config.endpoint() instanceof Endpoint.Embedded embedded) {
            return new Embedded(openEngine(embedded));
        }
        Endpoint.Remote remote = (Endpoint.Remote) config.endpoint();
        ChannelKey key = new ChannelKey(remote.host(), remote.port(), config.tls() || sslContext != null,
                config.string(ConnectionProperty.TLS_CA_FILE), config.string(ConnectionProperty.TLS_CERT_FILE),
                config.string(ConnectionProperty.TLS_KEY_FILE), config.string(ConnectionProperty.SERVER_NAME),
                sslContext, config.duration(ConnectionProperty.KEEP_ALIVE_TIME),
                config.duration(ConnectionProperty.KEEP_ALIVE_TIMEOUT), config.duration(ConnectionProperty.CONNECT_TIMEOUT),
                credentialsDigest(config));
        return new Remote(ChannelRegistry.shared().acquire(key), remote.target());
    }

    private static String credentialsDigest(ConnectionConfig config) {
        String raw = config.string(ConnectionProperty.TOKEN) + "\u0000" + config.string(ConnectionProperty.USER)
                + "\u0000" + config.string(ConnectionProperty.PASSWORD);
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(raw.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }

    private static EmbeddedEngineHandle openEngine(Endpoint.Embedded embedded) throws SQLException {
        Iterator<EmbeddedEngineProvider> providers =
                ServiceLoader.load(EmbeddedEngineProvider.class, Transport.class.getClassLoader()).iterator();
        if (!providers.hasNext()) {
            throw SqlExceptions.create(MilvusSqlState.EMBEDDED_ENGINE_MISSING, "jdbc:milvus:" + embedded.target()
                    + " needs the embedded engine: add the dev.quiver:quiver-embedded artifact to the class path");
        }
        try {
            return providers.next().open(embedded.target(), embedded.engineProperties());
        } catch (IOException | RuntimeException e) {
            throw SqlExceptions.create(MilvusSqlState.CONNECTION_REFUSED,
                    "cannot open the embedded engine " + embedded.target() + ": " + e.getMessage(), 0, e);
        }
    }

    static final class Remote extends Transport {
        private final ChannelRegistry.Lease lease;
        private final String target;

        Remote(ChannelRegistry.Lease lease, String target) {
            this.lease = lease;
            this.target = target;
        }

        @Override
        public Channel channel() {
            return lease.channel();
        }

        @Override
        public String describe() {
            return target;
        }

        @Override
        public boolean looksHealthy() {
            ManagedChannel channel = lease.channel();
            if (channel.isShutdown()) {
                return false;
            }
            ConnectivityState state = channel.getState(false);
            return state != ConnectivityState.SHUTDOWN && state != ConnectivityState.TRANSIENT_FAILURE;
        }

        @Override
        public void close() {
            lease.close();
        }
    }

    static final class Embedded extends Transport {
        private final EmbeddedEngineHandle handle;

        Embedded(EmbeddedEngineHandle handle) {
            this.handle = handle;
        }

        @Override
        public Channel channel() {
            return handle.channel();
        }

        @Override
        public String describe() {
            return handle.description();
        }

        @Override
        public boolean looksHealthy() {
            return true;
        }

        @Override
        public void close() {
            handle.close();
        }
    }
}
