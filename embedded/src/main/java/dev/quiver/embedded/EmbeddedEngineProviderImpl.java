package dev.quiver.embedded;

import dev.quiver.proto.spi.EmbeddedEngineHandle;
import dev.quiver.proto.spi.EmbeddedEngineProvider;
import io.grpc.Channel;
import io.grpc.ManagedChannel;
import io.grpc.inprocess.InProcessChannelBuilder;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The {@link EmbeddedEngineProvider} the JDBC driver loads through {@link java.util.ServiceLoader}.
 * <ul>
 *   <li>{@code mem:} or {@code mem:NAME}: one in-memory engine per name per JVM, started on first use and kept for
 *       the JVM's life ({@code mem:} is the engine named {@code default}).</li>
 *   <li>{@code file:DIR}: one engine per canonical directory per JVM, shared by every handle and closed when the
 *       last handle closes. A directory held by another process fails with the storage layer's
 *       {@link dev.quiver.embedded.storage.DataDirectoryLockedException}.</li>
 * </ul>
 * Each handle owns its own in-process channel, shut down when the handle closes. Properties are currently unused.
 * Thread-safe.
 */
public final class EmbeddedEngineProviderImpl implements EmbeddedEngineProvider {
    private static final Object LOCK = new Object();
    private static final Map<String, EmbeddedMilvus> MEMORY_ENGINES = new HashMap<>();
    private static final Map<Path, SharedEngine> FILE_ENGINES = new HashMap<>();

    /** Public no-argument constructor for {@link java.util.ServiceLoader}. */
    public EmbeddedEngineProviderImpl() {
    }

    @Override
    public EmbeddedEngineHandle open(String target, Map<String, String> properties) throws IOException {
        if (target.startsWith("mem:")) {
            return openInMemory(target.substring("mem:".length()));
        }
        if (target.startsWith("file:")) {
            return openDirectory(directoryOf(target));
        }
        throw new IllegalArgumentException("unsupported embedded engine target '" + target
                + "': expected mem:, mem:NAME or file:DIR");
    }

    private static EmbeddedEngineHandle openInMemory(String requestedName) throws IOException {
        String name = requestedName.isEmpty() ? "default" : requestedName;
        EmbeddedMilvus engine;
        synchronized (LOCK) {
            engine = MEMORY_ENGINES.get(name);
            if (engine == null) {
                engine = EmbeddedMilvus.builder().inMemory().build();
                MEMORY_ENGINES.put(name, engine);
            }
        }
        return new Handle(engine, "in-memory engine '" + name + "'", () -> { });
    }

    private static EmbeddedEngineHandle openDirectory(Path requested) throws IOException {
        Files.createDirectories(requested);
        Path directory = requested.toRealPath();
        synchronized (LOCK) {
            SharedEngine shared = FILE_ENGINES.get(directory);
            if (shared == null) {
                shared = new SharedEngine(EmbeddedMilvus.builder().dataDirectory(directory).build());
                FILE_ENGINES.put(directory, shared);
            }
            shared.handles++;
            SharedEngine held = shared;
            return new Handle(held.engine, "engine on " + directory, () -> release(directory, held));
        }
    }

    private static void release(Path directory, SharedEngine shared) {
        synchronized (LOCK) {
            shared.handles--;
            if (shared.handles > 0) {
                return;
            }
            FILE_ENGINES.remove(directory, shared);
        }
        shared.engine.close();
    }

    private static Path directoryOf(String target) {
        String rest = target.substring("file:".length());
        try {
            Path path = rest.startsWith("//") ? Path.of(URI.create(target)) : Path.of(rest);
            if (rest.isEmpty()) {
                throw new IllegalArgumentException("embedded engine target '" + target + "' names no directory");
            }
            return path.toAbsolutePath().normalize();
        } catch (InvalidPathException e) {
            throw new IllegalArgumentException("embedded engine target '" + target + "' is not a valid path: "
                    + e.getMessage(), e);
        }
    }

    private static final class SharedEngine {
        final EmbeddedMilvus engine;
        int handles;

        SharedEngine(EmbeddedMilvus engine) {
            this.engine = engine;
        }
    }

    private static final class Handle implements EmbeddedEngineHandle {
        private final ManagedChannel channel;
        private final String description;
        private final Runnable onClose;
        private final AtomicBoolean closed = new AtomicBoolean();

        Handle(EmbeddedMilvus engine, String description, Runnable onClose) {
            this.channel = InProcessChannelBuilder.forName(engine.inProcessName())
                    .maxInboundMessageSize(Integer.MAX_VALUE).build();
            this.description = description;
            this.onClose = onClose;
        }

        @Override
        public Channel channel() {
            return channel;
        }

        @Override
        public String description() {
            return description;
        }

        @Override
        public void close() {
            if (closed.compareAndSet(false, true)) {
                channel.shutdownNow();
                onClose.run();
            }
        }

        @Override
        public String toString() {
            return description;
        }
    }
}
