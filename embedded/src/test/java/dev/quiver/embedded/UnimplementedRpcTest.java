package dev.quiver.embedded;

import dev.quiver.proto.milvus.CreateResourceGroupRequest;
import dev.quiver.proto.milvus.GetMetricsRequest;
import dev.quiver.proto.milvus.GetMetricsResponse;
import dev.quiver.proto.milvus.ImportRequest;
import dev.quiver.proto.milvus.ImportResponse;
import dev.quiver.proto.milvus.Status;
import java.io.IOException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * RPCs the engine does not implement answer Milvus's in-band "service unimplemented" (code 10) naming the method
 * and the missing capability, never gRPC UNIMPLEMENTED; nothing fakes success.
 */
class UnimplementedRpcTest {

    @Test
    void unimplementedRpcsAnswerCodeTenNamingTheMethod() throws IOException {
        try (EngineFixture fx = EngineFixture.inMemory()) {
            GetMetricsResponse metrics = fx.stub.getMetrics(GetMetricsRequest.getDefaultInstance());
            assertThat(metrics.getStatus().getCode()).isEqualTo(10);
            assertThat(metrics.getStatus().getReason()).startsWith("GetMetrics: system metrics is not supported")
                    .endsWith(": service unimplemented");
            assertThat(metrics.getResponse()).isEmpty();

            Status group = fx.stub.createResourceGroup(CreateResourceGroupRequest.getDefaultInstance());
            assertThat(group.getCode()).isEqualTo(10);
            assertThat(group.getReason()).contains("CreateResourceGroup").contains("resource groups");

            ImportResponse imported = fx.stub.import_(ImportRequest.getDefaultInstance());
            assertThat(imported.getStatus().getCode()).isEqualTo(10);
            assertThat(imported.getStatus().getReason()).contains("Import").contains("bulk import");
        }
    }
}
