package dev.quiver.proto.spi;

import io.grpc.Channel;

/** One user's hold on an embedded engine. Closing it releases the hold; closing twice is harmless. */
public interface EmbeddedEngineHandle extends AutoCloseable {

    /** An in-process channel to the engine's {@code MilvusService}; valid until {@link #close()}. */
    Channel channel();

    /** A human-readable description of the engine, such as {@code in-memory engine 'default'}. */
    String description();

    @Override
    void close();
}
