package dev.quiver.proto.spi;

import java.io.IOException;
import java.util.Map;

/**
 * How the JDBC driver finds the embedded engine without depending on it: the {@code quiver-embedded} artifact
 * registers an implementation in {@code META-INF/services/dev.quiver.proto.spi.EmbeddedEngineProvider}, and the
 * driver loads it with {@link java.util.ServiceLoader} when it sees a {@code jdbc:milvus:mem:} or
 * {@code jdbc:milvus:file:} URL.
 *
 * <p>Implementations are thread-safe.
 */
public interface EmbeddedEngineProvider {

    /**
     * Opens the engine named by {@code target}, or joins it when this JVM already runs it.
     *
     * @param target {@code mem:} or {@code mem:NAME} (in memory; one instance per name in a JVM), or
     *               {@code file:DIR} (persisted in a directory; one process per directory)
     * @param properties engine settings from the URL, possibly empty
     * @return a handle whose channel speaks Milvus's gRPC protocol in-process; the engine stays up until the last
     *         handle of a {@code file:} engine is closed ({@code mem:} engines live as long as the JVM)
     * @throws IOException when the data directory cannot be used (locked by another process, unreadable)
     * @throws IllegalArgumentException when the target is malformed
     */
    EmbeddedEngineHandle open(String target, Map<String, String> properties) throws IOException;
}
