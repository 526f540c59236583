package dev.quiver.embedded;

import dev.quiver.embedded.catalog.Catalog;
import dev.quiver.embedded.catalog.CatalogPersistence;
import dev.quiver.embedded.catalog.CatalogView;
import dev.quiver.embedded.catalog.CollectionInfo;
import dev.quiver.embedded.catalog.PartitionInfo;
import dev.quiver.embedded.data.DataEngine;
import dev.quiver.embedded.data.DataOptions;
import dev.quiver.embedded.catalog.DataStore;
import dev.quiver.embedded.server.AuthenticationInterceptor;
import dev.quiver.embedded.server.AuthorizationInterceptor;
import dev.quiver.embedded.server.Credentials;
import dev.quiver.embedded.server.DatabaseHeaderInterceptor;
import dev.quiver.embedded.server.MilvusGrpcService;
import dev.quiver.embedded.server.RequestDecoding;
import dev.quiver.embedded.storage.DataDirectory;
import dev.quiver.embedded.storage.ManifestStore;
import dev.quiver.embedded.time.HybridClock;
import io.grpc.ManagedChannel;
import io.grpc.Server;
import io.grpc.ServerInterceptor;
import io.grpc.ServerInterceptors;
import io.grpc.ServerServiceDefinition;
import io.grpc.inprocess.InProcessChannelBuilder;
import io.grpc.inprocess.InProcessServerBuilder;
import io.grpc.netty.shaded.io.grpc.netty.NettyServerBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.UnaryOperator;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.jspecify.annotations.Nullable;

/**
 * A Milvus-compatible engine running in this JVM: Milvus's gRPC {@code MilvusService} served in-process and,
 * optionally, on a TCP port, with its data in memory or persisted in a directory.
 *
 * <pre>{@code
 * try (EmbeddedMilvus milvus = EmbeddedMilvus.builder().inMemory().port(0).build()) {
 *     MilvusServiceGrpc.newBlockingStub(milvus.inProcessChannel()) ...   // or connect a client to milvus.address()
 * }
 * }</pre>
 *
 * <p>Thread-safe. {@link #close()} shuts the servers down gracefully (forcibly after the shutdown timeout), syncs and
 * closes the data path and releases the data directory.
 */
public final class EmbeddedMilvus implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(EmbeddedMilvus.class.getName());
    /** Milvus's {@code grpc.serverMaxRecvSize}: 64 MiB. */
    public static final int MAX_INBOUND_MESSAGE_SIZE = 64 * 1024 * 1024;

    private final @Nullable DataDirectory directory;
    private final DataStore data;
    private final Catalog catalog;
    private final String inProcessName;
    private final Server inProcessServer;
    private final @Nullable Server tcpServer;
    private final @Nullable String host;
    private final ManagedChannel channel;
    private final Duration shutdownTimeout;
    private final AtomicBoolean closed = new AtomicBoolean();

    private EmbeddedMilvus(@Nullable DataDirectory directory, DataStore data, Catalog catalog, String inProcessName,
                           Server inProcessServer, @Nullable Server tcpServer, @Nullable String host,
                           ManagedChannel channel, Duration shutdownTimeout) {
        this.directory = directory;
        this.data = data;
        this.catalog = catalog;
        this.inProcessName = inProcessName;
        this.inProcessServer = inProcessServer;
        this.tcpServer = tcpServer;
        this.host = host;
        this.channel = channel;
        this.shutdownTimeout = shutdownTimeout;
    }

    /** A builder; choose {@link Builder#inMemory()} or {@link Builder#dataDirectory(Path)}. */
    public static Builder builder() {
        return new Builder();
    }

    /** A channel to this engine over the in-process transport, owned by the engine (do not shut it down). */
    public ManagedChannel inProcessChannel() {
        return channel;
    }

    /** The name of the in-process server, for {@code InProcessChannelBuilder.forName}. */
    public String inProcessName() {
        return inProcessName;
    }

    /**
     * The TCP port actually bound.
     *
     * @throws IllegalStateException when the engine was built without {@link Builder#port(int)}
     */
    public int port() {
        if (tcpServer == null) {
            throw new IllegalStateException("this engine has no TCP listener; build it with .port(int)");
        }
        return tcpServer.getPort();
    }

    /** {@code host:port} of the TCP listener, as clients dial it (see {@link #port()}). */
    public String address() {
        int port = port();
        return host + ":" + port;
    }

    /** The data directory, when the engine persists its data. */
    public Optional<Path> dataDirectory() {
        return directory == null ? Optional.empty() : Optional.of(directory.path());
    }

    /** The engine's catalog (read-only view for embedding code). */
    public CatalogView catalog() {
        return catalog;
    }

    /** Stops serving, syncs and closes the data path, releases the directory lock. Idempotent. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        channel.shutdown();
        List<Server> servers = new ArrayList<>();
        servers.add(inProcessServer);
        if (tcpServer != null) {
            servers.add(tcpServer);
        }
        servers.forEach(Server::shutdown);
        long deadline = System.nanoTime() + shutdownTimeout.toNanos();
        try {
            for (Server server : servers) {
                long left = Math.max(0, deadline - System.nanoTime());
                if (!server.awaitTermination(left, TimeUnit.NANOSECONDS)) {
                    server.shutdownNow();
                }
            }
            if (!channel.awaitTermination(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS)) {
                channel.shutdownNow();
            }
        } catch (InterruptedException e) {
            servers.forEach(Server::shutdownNow);
            channel.shutdownNow();
            Thread.currentThread().interrupt();
        }
        try {
            data.close();
        } finally {
            closeDirectory(directory);
        }
    }

    private static void closeDirectory(@Nullable DataDirectory directory) {
        if (directory == null) {
            return;
        }
        try {
            directory.close();
        } catch (IOException e) {
            LOG.log(Level.WARNING, "cannot close data directory " + directory.path(), e);
        }
    }

    @Override
    public String toString() {
        return "EmbeddedMilvus[" + (directory == null ? "in memory" : directory.path()) + ", in-process '"
                + inProcessName + "'" + (tcpServer == null ? "" : ", " + address()) + "]";
    }

    /** Configures and starts an {@link EmbeddedMilvus}. Not thread-safe. */
    public static final class Builder {
        private @Nullable Path dataDirectory;
        private boolean modeChosen;
        private @Nullable String inProcessName;
        private @Nullable Integer port;
        private String host = "127.0.0.1";
        private Duration shutdownTimeout = Duration.ofSeconds(5);
        private @Nullable String authUser;
        private @Nullable String authPassword;
        private java.util.Set<String> superUsers = java.util.Set.of();
        private UnaryOperator<DataStore> catalogDataStore = UnaryOperator.identity();
        private boolean syncEveryWrite = true;
        private @Nullable ServerTls tls;

        private Builder() {
        }

        /** Keeps everything in memory; nothing survives {@link EmbeddedMilvus#close()}. */
        public Builder inMemory() {
            this.dataDirectory = null;
            this.modeChosen = true;
            return this;
        }

        /** Persists the catalog, write-ahead log and segments in {@code directory} (created if missing, locked). */
        public Builder dataDirectory(Path directory) {
            this.dataDirectory = Objects.requireNonNull(directory, "directory");
            this.modeChosen = true;
            return this;
        }

        /**
         * File mode: whether every acknowledged insert, upsert and delete is forced to disk before the reply
         * ({@code sync = always}, the default: survives a machine crash) or only written to the OS
         * ({@code sync = batch}: survives a kill of the process; forced at every flush, compaction, catalog change,
         * WAL file roll and close). See docs/durability.md.
         */
        public Builder syncEveryWrite(boolean sync) {
            this.syncEveryWrite = sync;
            return this;
        }

        /** The in-process server name; default a unique name. */
        public Builder inProcessName(String name) {
            if (name.isEmpty()) {
                throw new IllegalArgumentException("the in-process name must not be empty");
            }
            this.inProcessName = name;
            return this;
        }

        /** Also listens on this TCP port; 0 picks a free one (see {@link EmbeddedMilvus#port()}). Default: no TCP. */
        public Builder port(int port) {
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("port must be in 0..65535, got " + port);
            }
            this.port = port;
            return this;
        }

        /**
         * Serves the TCP listener over TLS, one-way or mutual (Milvus's {@code common.security.tlsMode} 1 or 2);
         * default plaintext. The in-process server is not affected. {@link #build()} fails with an
         * {@link IOException} naming the file when a certificate or key cannot be used.
         */
        public Builder tls(ServerTls tls) {
            this.tls = Objects.requireNonNull(tls, "tls");
            return this;
        }

        /** The address the TCP listener binds; default {@code 127.0.0.1} (loopback only). */
        public Builder host(String host) {
            this.host = Objects.requireNonNull(host, "host");
            return this;
        }

        /**
         * Requires every call to authenticate as Milvus does with authorization enabled ({@code authorization}
         * header = base64 of {@code user:password}; failures are gRPC {@code UNAUTHENTICATED}) and enforces
         * Milvus's RBAC on every request (see {@link #authorizationEnabled(String)}). {@code user} is the
         * administrator, which cannot be deleted: {@code root} itself, or another user made a member of the
         * {@code admin} role; more users can be added with {@code CreateCredential}. Users,
         * roles and grants are kept in the catalog (persisted with it in file mode, as salted password hashes). With a
         * data directory that already holds {@code user}, its stored password stands and {@code password} is
         * ignored, as Milvus's default root password only seeds the root user.
         */
        public Builder requireAuthentication(String user, String password) {
            if (user.isEmpty()) {
                throw new IllegalArgumentException("the administrator's user name must not be empty");
            }
            this.authUser = user;
            this.authPassword = Objects.requireNonNull(password, "password");
            return this;
        }

        /**
         * Milvus's {@code common.security.authorizationEnabled}: every call authenticates, and Milvus's RBAC is
         * enforced (privileges checked per request; {@code root} and the {@code admin} role may do anything). The
         * built-in {@code root} user is seeded with {@code rootPassword} (Milvus's default is {@code Milvus}); a
         * data directory that already holds {@code root} keeps its stored password.
         */
        public Builder authorizationEnabled(String rootPassword) {
            return requireAuthentication(dev.quiver.embedded.server.Credentials.ROOT, rootPassword);
        }

        /**
         * Milvus's {@code common.security.superUsers}: users who may change any user's password without giving
         * the old one. Default: none (as in Milvus, where even {@code root} must give the old password).
         */
        public Builder superUsers(java.util.Collection<String> users) {
            this.superUsers = java.util.Set.copyOf(users);
            return this;
        }

        /** How long {@link EmbeddedMilvus#close()} waits for calls in flight; default 5 seconds. */
        public Builder shutdownTimeout(Duration timeout) {
            if (timeout.isNegative()) {
                throw new IllegalArgumentException("the shutdown timeout must not be negative");
            }
            this.shutdownTimeout = timeout;
            return this;
        }

        /** Wraps what the catalog calls on the data path (tests observe the calls). */
        Builder catalogDataStore(UnaryOperator<DataStore> wrapper) {
            this.catalogDataStore = wrapper;
            return this;
        }

        /**
         * Opens the data (replaying the write-ahead log, reloading collections that were loaded) and starts serving.
         *
         * @throws IOException when the data directory cannot be used (for example, another process holds it:
         *                     {@link dev.quiver.embedded.storage.DataDirectoryLockedException}), or a server cannot
         *                     bind
         * @throws IllegalStateException when neither {@link #inMemory()} nor {@link #dataDirectory(Path)} was chosen
         */
        public EmbeddedMilvus build() throws IOException {
            if (!modeChosen) {
                throw new IllegalStateException("choose .inMemory() or .dataDirectory(path) before build()");
            }
            if (tls != null && port == null) {
                throw new IllegalStateException("TLS is for the TCP listener; build with .port(int) as well");
            }
            String name = inProcessName != null ? inProcessName : "quiver-" + UUID.randomUUID();
            DataDirectory directory = dataDirectory == null ? null : DataDirectory.open(dataDirectory);
            DataEngine data = null;
            Server inProcess = null;
            Server tcp = null;
            try {
                HybridClock clock = new HybridClock();
                Catalog catalog = Catalog.open(clock, directory == null ? CatalogPersistence.none()
                        : persistence(directory.manifest()));
                data = directory == null ? DataEngine.inMemory(catalog, clock)
                        : DataEngine.persistent(directory, catalog, clock,
                                DataOptions.defaults().withWalSync(syncEveryWrite));
                DataStore store = catalogDataStore.apply(data);
                catalog.attach(store);
                reloadLoaded(catalog, store);
                Credentials users = Credentials.open(catalog, authUser, authPassword, superUsers);
                // ServerInterceptors runs the last one first: authenticate, read the dbname header, then authorize.
                List<ServerInterceptor> interceptors = new ArrayList<>();
                if (authUser != null) {
                    interceptors.add(new AuthorizationInterceptor(catalog));
                }
                interceptors.add(new DatabaseHeaderInterceptor());
                if (authUser != null) {
                    interceptors.add(new AuthenticationInterceptor(users));
                }
                ServerServiceDefinition service = RequestDecoding.guard(ServerInterceptors.intercept(
                        new MilvusGrpcService(catalog, data, users).definition(), interceptors));
                inProcess = InProcessServerBuilder.forName(name).addService(service)
                        .maxInboundMessageSize(MAX_INBOUND_MESSAGE_SIZE).build().start();
                if (port != null) {
                    dev.quiver.wire.FrameLogRedaction.install();
                    NettyServerBuilder listener = NettyServerBuilder.forAddress(new InetSocketAddress(host, port))
                            .maxInboundMessageSize(MAX_INBOUND_MESSAGE_SIZE).addService(service);
                    if (tls != null) {
                        listener.sslContext(tls.sslContext());
                    }
                    tcp = listener.build().start();
                }
                ManagedChannel channel = InProcessChannelBuilder.forName(name).maxInboundMessageSize(Integer.MAX_VALUE)
                        .build();
                return new EmbeddedMilvus(directory, data, catalog, name, inProcess, tcp, host, channel,
                        shutdownTimeout);
            } catch (IOException | RuntimeException e) {
                closeQuietly(tcp, inProcess, data, directory);
                if (e instanceof UncheckedIOException unchecked) {
                    throw unchecked.getCause();
                }
                throw e;
            }
        }

        private static void closeQuietly(@Nullable Server tcp, @Nullable Server inProcess, @Nullable DataEngine data,
                                         @Nullable DataDirectory directory) {
            if (tcp != null) {
                tcp.shutdownNow();
            }
            if (inProcess != null) {
                inProcess.shutdownNow();
            }
            if (data != null) {
                data.close();
            }
            closeDirectory(directory);
        }

        /** Milvus reloads collections that were loaded when it stopped. */
        private static void reloadLoaded(Catalog catalog, DataStore data) {
            for (String database : catalog.databases()) {
                for (CollectionInfo collection : catalog.collections(database)) {
                    List<Long> loaded = collection.loadedPartitions().stream().map(PartitionInfo::id).toList();
                    if (!loaded.isEmpty()) {
                        data.loadPartitions(collection.id(), loaded);
                    }
                }
            }
        }

        private static CatalogPersistence persistence(ManifestStore store) {
            return new CatalogPersistence() {
                @Override
                public Optional<byte[]> read() {
                    return store.catalog();
                }

                @Override
                public void write(byte[] catalog) throws IOException {
                    store.commitCatalog(catalog);
                }
            };
        }
    }
}
