package dev.quiver.conformance;

import dev.quiver.embedded.EmbeddedMilvus;
import io.milvus.shaded.io.grpc.ManagedChannel;
import io.milvus.shaded.io.grpc.ManagedChannelBuilder;
import java.io.IOException;

/**
 * The server {@code quiver serve} runs with its defaults (in memory, loopback), on an ephemeral port; the
 * conformance suites point the official clients at it. {@code ServeCommand} builds exactly this engine.
 */
final class QuiverServe implements AutoCloseable {
    private final EmbeddedMilvus milvus;

    private QuiverServe(EmbeddedMilvus milvus) {
        this.milvus = milvus;
    }

    static QuiverServe start() throws IOException {
        return new QuiverServe(EmbeddedMilvus.builder().host("127.0.0.1").port(0).inMemory().build());
    }

    String uri() {
        return "http://127.0.0.1:" + milvus.port();
    }

    String address() {
        return "127.0.0.1:" + milvus.port();
    }

    /** A plaintext channel (the SDK's shaded gRPC) for the official SDK's own generated stubs ({@code io.milvus.grpc}). */
    ManagedChannel channel() {
        return ManagedChannelBuilder.forAddress("127.0.0.1", milvus.port()).usePlaintext()
                .maxInboundMessageSize(64 << 20).build();
    }

    @Override
    public void close() {
        milvus.close();
    }
}
