package dev.quiver.embedded.server;

import com.google.protobuf.Descriptors.FieldDescriptor;
import com.google.protobuf.Message;
import dev.quiver.embedded.error.EngineException;
import dev.quiver.proto.milvus.Status;
import dev.quiver.wire.MilvusError;
import io.grpc.stub.StreamObserver;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs one unary RPC and turns refusals into Milvus's in-band status: an {@link EngineException} becomes its
 * {@code common.Status}, any other exception code 65535 with its message (and is logged). The status goes into the
 * response itself when the response is a {@code Status}, else into its field number 1 (every Milvus response
 * keeps its status there), found through the protobuf descriptor.
 */
final class Rpc {
    private static final Logger LOG = Logger.getLogger(Rpc.class.getName());

    private Rpc() {
    }

    static <T extends Message> void unary(StreamObserver<T> observer, T prototype, Supplier<? extends T> body) {
        T response;
        try {
            response = body.get();
        } catch (EngineException e) {
            response = withStatus(prototype, e.toStatus());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "unexpected failure in " + prototype.getDescriptorForType().getName(), e);
            String message = e.getMessage() == null ? e.toString() : e.getMessage();
            response = withStatus(prototype, EngineException.withReason(MilvusError.UNEXPECTED, message).toStatus());
        }
        observer.onNext(response);
        observer.onCompleted();
    }

    /** {@code prototype}'s type carrying {@code status} and nothing else. */
    @SuppressWarnings("unchecked")
    static <T extends Message> T withStatus(T prototype, Status status) {
        if (prototype instanceof Status) {
            return (T) status;
        }
        FieldDescriptor field = prototype.getDescriptorForType().findFieldByNumber(1);
        if (field == null || field.getJavaType() != FieldDescriptor.JavaType.MESSAGE
                || !field.getMessageType().getFullName().equals(Status.getDescriptor().getFullName())) {
            throw new IllegalStateException(prototype.getDescriptorForType().getFullName()
                    + " has no common.Status in field 1");
        }
        return (T) prototype.newBuilderForType().setField(field, status).build();
    }

    /** The success status. */
    static Status ok() {
        return Status.getDefaultInstance();
    }
}
