package dev.quiver.embedded.server;

import com.google.protobuf.InvalidProtocolBufferException;
import io.grpc.Attributes;
import io.grpc.Grpc;
import io.grpc.Metadata;
import io.grpc.MethodDescriptor;
import io.grpc.ServerCall;
import io.grpc.ServerCallHandler;
import io.grpc.ServerMethodDefinition;
import io.grpc.ServerServiceDefinition;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import java.io.InputStream;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.jspecify.annotations.Nullable;

/**
 * Answers a request whose bytes do not decode (a string field holding invalid UTF-8, a truncated field) the way
 * Milvus's gRPC server (grpc-go) does: status {@code INTERNAL}, "grpc: error unmarshalling request: string field
 * contains invalid UTF-8" (or "... proto: cannot parse invalid wire-format data"), without calling the service.
 * grpc-java would instead throw out of its executor, log a SEVERE stack trace and answer {@code UNKNOWN}. Each
 * refusal is logged as one line at {@code FINE}: the bytes come from the client, so it is not the operator's problem.
 */
public final class RequestDecoding {
    private static final Logger LOG = Logger.getLogger(RequestDecoding.class.getName());
    private static final String PREFIX = "grpc: error unmarshalling request: ";

    private RequestDecoding() {
    }

    /** {@code service} (interceptors already applied) with every method's requests decoded as described above. */
    public static ServerServiceDefinition guard(ServerServiceDefinition service) {
        ServerServiceDefinition.Builder guarded =
                ServerServiceDefinition.builder(service.getServiceDescriptor().getName());
        for (ServerMethodDefinition<?, ?> method : service.getMethods()) {
            guarded.addMethod(guard(method));
        }
        return guarded.build();
    }

    private static <Q, R> ServerMethodDefinition<Decoded<Q>, R> guard(ServerMethodDefinition<Q, R> definition) {
        MethodDescriptor<Q, R> method = definition.getMethodDescriptor();
        MethodDescriptor<Decoded<Q>, R> decoding = method.toBuilder(
                new DecodingMarshaller<>(method.getRequestMarshaller()), method.getResponseMarshaller()).build();
        ServerCallHandler<Q, R> handler = definition.getServerCallHandler();
        return ServerMethodDefinition.create(decoding, (call, headers) -> {
            ServerCall.Listener<Q> listener = handler.startCall(new DecodedCall<>(call, method), headers);
            return new DecodedListener<>(call, listener, method.getFullMethodName());
        });
    }

    /** A decoded request, or why its bytes did not decode. */
    private record Decoded<Q>(@Nullable Q message, @Nullable String failure) {
    }

    private static final class DecodingMarshaller<Q> implements MethodDescriptor.Marshaller<Decoded<Q>> {
        private final MethodDescriptor.Marshaller<Q> delegate;

        DecodingMarshaller(MethodDescriptor.Marshaller<Q> delegate) {
            this.delegate = delegate;
        }

        @Override
        public InputStream stream(Decoded<Q> value) {
            if (value.message() == null) {
                throw new IllegalStateException("a request that did not decode cannot be sent on");
            }
            return delegate.stream(value.message());
        }

        @Override
        public Decoded<Q> parse(InputStream stream) {
            try {
                return new Decoded<>(delegate.parse(stream), null);
            } catch (StatusRuntimeException e) {
                InvalidProtocolBufferException invalid = invalidProtocolBuffer(e);
                if (invalid == null) {
                    throw e;
                }
                return new Decoded<>(null, describe(invalid));
            }
        }

        private static @Nullable InvalidProtocolBufferException invalidProtocolBuffer(Throwable failure) {
            for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
                if (t instanceof InvalidProtocolBufferException invalid) {
                    return invalid;
                }
            }
            return null;
        }

        /** grpc-go's wording (Go protobuf's errors), which clients of Milvus see. */
        private static String describe(InvalidProtocolBufferException invalid) {
            String message = String.valueOf(invalid.getMessage());
            return message.contains("UTF-8") ? "string field contains invalid UTF-8"
                    : "proto: cannot parse invalid wire-format data";
        }
    }

    /** The call as the wrapped handler expects it: its own method descriptor, the same stream underneath. */
    private static final class DecodedCall<Q, R> extends ServerCall<Q, R> {
        private final ServerCall<Decoded<Q>, R> call;
        private final MethodDescriptor<Q, R> method;

        DecodedCall(ServerCall<Decoded<Q>, R> call, MethodDescriptor<Q, R> method) {
            this.call = call;
            this.method = method;
        }

        @Override
        public void request(int numMessages) {
            call.request(numMessages);
        }

        @Override
        public void sendHeaders(Metadata headers) {
            call.sendHeaders(headers);
        }

        @Override
        public void sendMessage(R message) {
            call.sendMessage(message);
        }

        @Override
        public void close(Status status, Metadata trailers) {
            call.close(status, trailers);
        }

        @Override
        public boolean isCancelled() {
            return call.isCancelled();
        }

        @Override
        public boolean isReady() {
            return call.isReady();
        }

        @Override
        public void setMessageCompression(boolean enabled) {
            call.setMessageCompression(enabled);
        }

        @Override
        public void setCompression(String compressor) {
            call.setCompression(compressor);
        }

        @Override
        public void setOnReadyThreshold(int numBytes) {
            call.setOnReadyThreshold(numBytes);
        }

        @Override
        public Attributes getAttributes() {
            return call.getAttributes();
        }

        @Override
        public @Nullable String getAuthority() {
            return call.getAuthority();
        }

        @Override
        public MethodDescriptor<Q, R> getMethodDescriptor() {
            return method;
        }
    }

    /** Forwards decoded requests; closes the call on the first one that did not decode and forwards nothing more. */
    private static final class DecodedListener<Q, R> extends ServerCall.Listener<Decoded<Q>> {
        private final ServerCall<Decoded<Q>, R> call;
        private final ServerCall.Listener<Q> delegate;
        private final String methodName;
        private boolean refused;

        DecodedListener(ServerCall<Decoded<Q>, R> call, ServerCall.Listener<Q> delegate, String methodName) {
            this.call = call;
            this.delegate = delegate;
            this.methodName = methodName;
        }

        @Override
        public void onMessage(Decoded<Q> request) {
            if (refused) {
                return;
            }
            if (request.message() != null) {
                delegate.onMessage(request.message());
                return;
            }
            refused = true;
            String description = PREFIX + request.failure();
            LOG.fine(() -> "refused a " + methodName + " request from "
                    + call.getAttributes().get(Grpc.TRANSPORT_ATTR_REMOTE_ADDR) + ": " + description);
            call.close(Status.INTERNAL.withDescription(description), new Metadata());
        }

        @Override
        public void onHalfClose() {
            if (!refused) {
                delegate.onHalfClose();
            }
        }

        @Override
        public void onCancel() {
            delegate.onCancel();
        }

        @Override
        public void onComplete() {
            delegate.onComplete();
        }

        @Override
        public void onReady() {
            if (!refused) {
                delegate.onReady();
            }
        }
    }
}
