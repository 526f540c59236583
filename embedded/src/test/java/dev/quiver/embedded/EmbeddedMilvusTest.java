package dev.quiver.embedded;

import dev.quiver.proto.milvus.ConnectRequest;
import dev.quiver.proto.milvus.GetVersionRequest;
import dev.quiver.proto.milvus.MilvusServiceGrpc;
import io.grpc.ManagedChannel;
import io.grpc.netty.shaded.io.grpc.netty.NettyChannelBuilder;
import io.grpc.inprocess.InProcessChannelBuilder;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The builder, the TCP listener on an ephemeral port and shutdown. */
class EmbeddedMilvusTest {

    @Test
    void servesOverTcpOnAnEphemeralPortAndInProcessByName() throws Exception {
        try (EmbeddedMilvus milvus = EmbeddedMilvus.builder().inMemory().port(0).inProcessName("tcp-test").build()) {
            assertThat(milvus.port()).isPositive();
            assertThat(milvus.address()).isEqualTo("127.0.0.1:" + milvus.port());
            ManagedChannel tcp = NettyChannelBuilder.forAddress("127.0.0.1", milvus.port()).usePlaintext().build();
            ManagedChannel named = InProcessChannelBuilder.forName("tcp-test").build();
            try {
                var response = MilvusServiceGrpc.newBlockingStub(tcp).connect(ConnectRequest.getDefaultInstance());
                assertThat(response.getStatus().getCode()).isZero();
                assertThat(MilvusServiceGrpc.newBlockingStub(named).getVersion(GetVersionRequest.getDefaultInstance())
                        .getVersion()).startsWith("v2.6");
            } finally {
                tcp.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
                named.shutdownNow();
            }
        }
    }

    @Test
    void withoutPortThereIsNoTcpAndCloseIsIdempotent() throws IOException {
        EmbeddedMilvus milvus = EmbeddedMilvus.builder().inMemory().build();
        assertThatThrownBy(milvus::port).isInstanceOf(IllegalStateException.class).hasMessageContaining(".port(int)");
        assertThat(milvus.dataDirectory()).isEmpty();
        milvus.close();
        milvus.close();
        assertThat(milvus.inProcessChannel().isShutdown()).isTrue();
    }

    @Test
    void builderRequiresAMode() {
        assertThatThrownBy(() -> EmbeddedMilvus.builder().build()).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("inMemory()");
        assertThatThrownBy(() -> EmbeddedMilvus.builder().port(70000)).isInstanceOf(IllegalArgumentException.class);
    }
}
