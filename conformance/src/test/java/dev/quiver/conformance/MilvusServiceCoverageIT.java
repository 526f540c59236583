package dev.quiver.conformance;

import com.google.protobuf.Descriptors.FieldDescriptor;
import com.google.protobuf.Message;
import io.milvus.shaded.io.grpc.CallOptions;
import io.milvus.shaded.io.grpc.ManagedChannel;
import io.milvus.shaded.io.grpc.MethodDescriptor;
import io.milvus.shaded.io.grpc.ServiceDescriptor;
import io.milvus.shaded.io.grpc.Status;
import io.milvus.shaded.io.grpc.StatusRuntimeException;
import io.milvus.shaded.io.grpc.stub.ClientCalls;
import io.milvus.grpc.MilvusServiceGrpc;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every RPC of the official SDK's {@code MilvusService} descriptor, called with its default request, answers with a
 * message: never gRPC {@code UNIMPLEMENTED}. RPCs the engine lacks answer Milvus's in-band code 10 ("service
 * unimplemented") with a reason naming the RPC; the streams and the responses without a status fail the call as a
 * Milvus handler returning that error does (gRPC {@code UNKNOWN} carrying the same reason).
 */
class MilvusServiceCoverageIT {
    private static QuiverServe server;
    private static ManagedChannel channel;

    @BeforeAll
    static void start() throws Exception {
        server = QuiverServe.start();
        channel = server.channel();
    }

    @AfterAll
    static void stop() throws InterruptedException {
        channel.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
        server.close();
    }

    @Test
    void noRpcAnswersGrpcUnimplemented() {
        ServiceDescriptor service = MilvusServiceGrpc.getServiceDescriptor();
        assertThat(service.getMethods()).as("the 2.6 SDK's MilvusService").hasSizeGreaterThanOrEqualTo(110);
        List<String> unimplemented = new ArrayList<>();
        List<String> badRefusals = new ArrayList<>();
        for (MethodDescriptor<?, ?> method : service.getMethods()) {
            try {
                Message response = call(method);
                io.milvus.grpc.Status status = status(response);
                if (status != null && status.getCode() == 10
                        && !status.getReason().contains(method.getBareMethodName())) {
                    badRefusals.add(method.getBareMethodName() + ": " + status.getReason());
                }
            } catch (StatusRuntimeException e) {
                String description = String.valueOf(e.getStatus().getDescription());
                if (e.getStatus().getCode() == Status.Code.UNIMPLEMENTED) {
                    unimplemented.add(method.getBareMethodName());
                } else if (e.getStatus().getCode() != Status.Code.UNKNOWN
                        || !description.contains(method.getBareMethodName())
                        || !description.contains("service unimplemented (code 10)")) {
                    badRefusals.add(method.getBareMethodName() + " failed at the transport: " + e.getStatus());
                }
            }
        }
        assertThat(unimplemented).as("RPCs answering gRPC UNIMPLEMENTED").isEmpty();
        assertThat(badRefusals).as("refusals that do not name the RPC, or transport failures").isEmpty();
    }

    @Test
    void aMissingCapabilityIsRefusedWithMilvusCodeTen() {
        Message response = call(MilvusServiceGrpc.getCalcDistanceMethod());
        io.milvus.grpc.Status status = status(response);
        assertThat(status).isNotNull();
        assertThat(status.getCode()).isEqualTo(10);
        assertThat(status.getReason()).contains("CalcDistance").contains("server-side distance calculation")
                .endsWith("service unimplemented");
    }

    private static <Q, R> Message call(MethodDescriptor<Q, R> method) {
        @SuppressWarnings("unchecked")
        Q request = (Q) ((MethodDescriptor.PrototypeMarshaller<Q>) method.getRequestMarshaller())
                .getMessagePrototype();
        return (Message) ClientCalls.blockingUnaryCall(channel, method,
                CallOptions.DEFAULT.withDeadlineAfter(20, TimeUnit.SECONDS), request);
    }

    /** The response's {@code common.Status}, wherever the message keeps it; null for the few that have none. */
    private static io.milvus.grpc.@org.jspecify.annotations.Nullable Status status(Message response) {
        if (response instanceof io.milvus.grpc.Status status) {
            return status;
        }
        for (FieldDescriptor field : response.getDescriptorForType().getFields()) {
            if (field.getJavaType() == FieldDescriptor.JavaType.MESSAGE && !field.isRepeated()
                    && field.getMessageType().getFullName().equals("milvus.proto.common.Status")) {
                return (io.milvus.grpc.Status) response.getField(field);
            }
        }
        return null;
    }
}
