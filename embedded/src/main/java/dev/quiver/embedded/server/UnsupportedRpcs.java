package dev.quiver.embedded.server;

import dev.quiver.embedded.error.EngineException;
import com.google.protobuf.Descriptors.FieldDescriptor;
import com.google.protobuf.Message;
import dev.quiver.wire.MilvusError;
import dev.quiver.proto.milvus.Status;
import io.grpc.MethodDescriptor;
import io.grpc.ServerMethodDefinition;
import io.grpc.ServerServiceDefinition;
import io.grpc.stub.ServerCalls;
import io.grpc.stub.StreamObserver;
import java.lang.reflect.Method;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Completes a bound {@code MilvusService} so that no RPC answers gRPC {@code UNIMPLEMENTED}: every method the
 * implementation does not override answers in-band with Milvus's {@code ErrServiceUnimplemented} (code 10) and a
 * reason naming the RPC and the capability the engine lacks, as a Milvus build without that feature does.
 */
final class UnsupportedRpcs {
    /** Why an RPC is missing, for the ones a single embedded process cannot be or does not provide. */
    private static final Map<String, String> CAPABILITIES = Map.ofEntries(
            Map.entry("CalcDistance", "server-side distance calculation"),
            Map.entry("AddCollectionFunction", "collection functions (embedding and BM25 functions)"),
            Map.entry("AlterCollectionFunction", "collection functions (embedding and BM25 functions)"),
            Map.entry("DropCollectionFunction", "collection functions (embedding and BM25 functions)"),
            Map.entry("Import", "bulk import from object storage"),
            Map.entry("GetImportState", "bulk import from object storage"),
            Map.entry("ListImportTasks", "bulk import from object storage"),
            Map.entry("LoadBalance", "moving segments between query nodes (there is one node)"),
            Map.entry("RegisterLink", "the legacy RegisterLink handshake"),
            Map.entry("ReplicateMessage", "cross-cluster replication"),
            Map.entry("UpdateReplicateConfiguration", "cross-cluster replication"),
            Map.entry("GetReplicateConfiguration", "cross-cluster replication"),
            Map.entry("GetReplicateInfo", "cross-cluster replication"),
            Map.entry("CreateReplicateStream", "cross-cluster replication"),
            Map.entry("DumpMessages", "reading the write-ahead log as Milvus messages"),
            Map.entry("AddFileResource", "remote file resources"),
            Map.entry("RemoveFileResource", "remote file resources"),
            Map.entry("ListFileResources", "remote file resources"),
            Map.entry("AddUserTags", "user tags"),
            Map.entry("DeleteUserTags", "user tags"),
            Map.entry("GetUserTags", "user tags"),
            Map.entry("ListUsersWithTag", "user tags"),
            Map.entry("CreateRowPolicy", "row-level security policies"),
            Map.entry("DropRowPolicy", "row-level security policies"),
            Map.entry("ListRowPolicies", "row-level security policies"),
            Map.entry("AlterRole", "renaming roles"),
            Map.entry("GetMetrics", "system metrics"),
            Map.entry("CreateResourceGroup", "resource groups"),
            Map.entry("DropResourceGroup", "resource groups"),
            Map.entry("UpdateResourceGroups", "resource groups"),
            Map.entry("TransferNode", "resource groups"),
            Map.entry("TransferReplica", "resource groups"),
            Map.entry("ListIndexedSegment", "per-segment index listings"),
            Map.entry("DescribeSegmentIndexData", "per-segment index listings"));

    private UnsupportedRpcs() {
    }

    /** {@code bound} with every method that {@code implementation} leaves to the generated default replaced. */
    static ServerServiceDefinition complete(ServerServiceDefinition bound, Class<?> implementation) {
        ServerServiceDefinition.Builder service = ServerServiceDefinition.builder(bound.getServiceDescriptor());
        for (ServerMethodDefinition<?, ?> method : bound.getMethods()) {
            MethodDescriptor<?, ?> descriptor = method.getMethodDescriptor();
            if (implemented(implementation, descriptor)) {
                service.addMethod(method);
            } else {
                service.addMethod(refusal(descriptor));
            }
        }
        return service.build();
    }

    /** The in-band status for {@code rpc} (the bare method name, e.g. {@code HybridSearch}). */
    static Status status(String rpc) {
        String capability = CAPABILITIES.getOrDefault(rpc, "this RPC");
        return EngineException.because(MilvusError.SERVICE_UNIMPLEMENTED, rpc + ": " + capability
                + " is not supported by the Quiver embedded engine").toStatus();
    }

    /** The method's name without its service; every method of a generated service descriptor has one. */
    private static String bareName(MethodDescriptor<?, ?> descriptor) {
        return Objects.requireNonNull(descriptor.getBareMethodName(), descriptor.getFullMethodName());
    }

    private static boolean implemented(Class<?> implementation, MethodDescriptor<?, ?> descriptor) {
        String rpc = bareName(descriptor);
        String javaName = rpc.substring(0, 1).toLowerCase(Locale.ROOT) + rpc.substring(1);
        Class<?> requestType = prototype(descriptor.getRequestMarshaller()).getClass();
        try {
            Method method = implementation.getMethod(javaName, requestType, StreamObserver.class);
            return !method.getDeclaringClass().isInterface();
        } catch (NoSuchMethodException e) {
            return false;
        }
    }

    /**
     * Unary RPCs whose response has a {@code common.Status} refuse in-band. The rest (streams, and the few
     * responses without a status) fail the call as Milvus's Go handlers do when they return an error: gRPC
     * {@code UNKNOWN} with the Milvus reason and code.
     */
    private static <Q, R> ServerMethodDefinition<Q, R> refusal(MethodDescriptor<Q, R> descriptor) {
        Status status = status(bareName(descriptor));
        R response = descriptor.getType() == MethodDescriptor.MethodType.UNARY
                ? withStatus(prototype(descriptor.getResponseMarshaller()), status) : null;
        if (response != null) {
            return ServerMethodDefinition.create(descriptor, ServerCalls.asyncUnaryCall((request, observer) -> {
                observer.onNext(response);
                observer.onCompleted();
            }));
        }
        io.grpc.StatusRuntimeException failure = io.grpc.Status.UNKNOWN
                .withDescription(status.getReason() + " (code " + status.getCode() + ")").asRuntimeException();
        return ServerMethodDefinition.create(descriptor, switch (descriptor.getType()) {
            case UNARY -> ServerCalls.asyncUnaryCall((request, observer) -> observer.onError(failure));
            case SERVER_STREAMING -> ServerCalls.asyncServerStreamingCall(
                    (request, observer) -> observer.onError(failure));
            case CLIENT_STREAMING -> ServerCalls.asyncClientStreamingCall(observer -> {
                observer.onError(failure);
                return new Ignored<>();
            });
            case BIDI_STREAMING -> ServerCalls.asyncBidiStreamingCall(observer -> {
                observer.onError(failure);
                return new Ignored<>();
            });
            case UNKNOWN -> throw new IllegalStateException("MilvusService declares no methods of unknown type");
        });
    }

    /** What a refused stream does with the messages a client still sends: nothing. */
    private static final class Ignored<T> implements StreamObserver<T> {
        @Override
        public void onNext(T value) {
        }

        @Override
        public void onError(Throwable t) {
        }

        @Override
        public void onCompleted() {
        }
    }

    /** The response carrying {@code status} in its {@code common.Status} field; null when it has none. */
    @SuppressWarnings("unchecked")
    private static <R> @Nullable R withStatus(Object prototype, Status status) {
        Message message = (Message) prototype;
        if (message instanceof Status) {
            return (R) status;
        }
        for (FieldDescriptor field : message.getDescriptorForType().getFields()) {
            if (field.getJavaType() == FieldDescriptor.JavaType.MESSAGE && !field.isRepeated()
                    && field.getMessageType().getFullName().equals(Status.getDescriptor().getFullName())) {
                return (R) message.newBuilderForType().setField(field, status).build();
            }
        }
        return null;
    }

    private static Object prototype(MethodDescriptor.Marshaller<?> marshaller) {
        if (marshaller instanceof MethodDescriptor.PrototypeMarshaller<?> proto && proto.getMessagePrototype() != null) {
            return proto.getMessagePrototype();
        }
        throw new IllegalStateException("MilvusService methods marshal protobuf messages");
    }
}
