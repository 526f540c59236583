package dev.quiver.embedded;

import dev.quiver.proto.milvus.CreateResourceGroupRequest;
import dev.quiver.proto.milvus.GetMetricsRequest;
import dev.quiver.proto.milvus.ImportRequest;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import java.io.IOException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** RPCs the engine does not implement answer gRPC UNIMPLEMENTED naming the method; nothing fakes success. */
class UnimplementedRpcTest {

    @Test
    void unimplementedRpcsNameTheMethod() throws IOException {
        try (EngineFixture fx = EngineFixture.inMemory()) {
            assertThatThrownBy(() -> fx.stub.getMetrics(GetMetricsRequest.getDefaultInstance()))
                    .isInstanceOfSatisfying(StatusRuntimeException.class, e -> org.assertj.core.api.Assertions
                            .assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.UNIMPLEMENTED))
                    .hasMessageContaining("GetMetrics");
            assertThatThrownBy(() -> fx.stub.createResourceGroup(CreateResourceGroupRequest.getDefaultInstance()))
                    .hasMessageContaining("UNIMPLEMENTED").hasMessageContaining("CreateResourceGroup");
            assertThatThrownBy(() -> fx.stub.import_(ImportRequest.getDefaultInstance()))
                    .hasMessageContaining("UNIMPLEMENTED").hasMessageContaining("Import");
        }
    }
}
