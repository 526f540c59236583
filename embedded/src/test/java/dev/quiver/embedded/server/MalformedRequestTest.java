package dev.quiver.embedded.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quiver.embedded.EmbeddedMilvus;
import dev.quiver.proto.milvus.BoolResponse;
import dev.quiver.proto.milvus.HasCollectionRequest;
import dev.quiver.proto.milvus.MilvusServiceGrpc;
import io.grpc.CallOptions;
import io.grpc.ManagedChannel;
import io.grpc.MethodDescriptor;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.netty.shaded.io.grpc.netty.NettyChannelBuilder;
import io.grpc.stub.ClientCalls;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Requests whose bytes are not a valid message (a string field holding invalid UTF-8, a truncated field), sent by hand
 * over TCP: the engine answers as Milvus's gRPC server does ({@code INTERNAL}, "grpc: error unmarshalling request:
 * ...") and logs no stack trace, then keeps serving.
 */
class MalformedRequestTest {
    private static final Logger ROOT = Logger.getLogger("");

    private final List<LogRecord> records = new CopyOnWriteArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            records.add(record);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };
    private Level rootLevel;
    private EmbeddedMilvus milvus;
    private ManagedChannel channel;

    @BeforeEach
    void start() throws IOException {
        rootLevel = ROOT.getLevel();
        ROOT.setLevel(Level.ALL);
        ROOT.addHandler(capture);
        milvus = EmbeddedMilvus.builder().inMemory().port(0).build();
        channel = NettyChannelBuilder.forTarget(milvus.address()).usePlaintext().build();
    }

    @AfterEach
    void stop() throws InterruptedException {
        channel.shutdownNow().awaitTermination(10, TimeUnit.SECONDS);
        milvus.close();
        ROOT.removeHandler(capture);
        ROOT.setLevel(rootLevel);
    }

    /** HasCollection with raw request bytes. */
    private BoolResponse hasCollection(byte[] request) {
        MethodDescriptor<HasCollectionRequest, BoolResponse> method = MilvusServiceGrpc.getHasCollectionMethod();
        MethodDescriptor<byte[], BoolResponse> raw = method.toBuilder(new RawBytes(), method.getResponseMarshaller())
                .build();
        return ClientCalls.blockingUnaryCall(channel, raw, CallOptions.DEFAULT.withDeadlineAfter(30, TimeUnit.SECONDS),
                request);
    }

    private static byte[] collectionName(byte... utf8) {
        byte[] message = new byte[utf8.length + 2];
        message[0] = (byte) (HasCollectionRequest.COLLECTION_NAME_FIELD_NUMBER << 3 | 2);
        message[1] = (byte) utf8.length;
        System.arraycopy(utf8, 0, message, 2, utf8.length);
        return message;
    }

    @Test
    void invalidUtf8InAStringFieldIsAnInternalStatusWithoutAStackTrace() {
        assertThatThrownBy(() -> hasCollection(collectionName((byte) 'c', (byte) 0xC3, (byte) 0x28)))
                .isInstanceOfSatisfying(StatusRuntimeException.class, e -> {
                    assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.INTERNAL);
                    assertThat(e.getStatus().getDescription())
                            .isEqualTo("grpc: error unmarshalling request: string field contains invalid UTF-8");
                });
        assertQuietLog();
        assertThat(hasCollection(collectionName((byte) 'c')).getStatus().getCode()).isZero();
    }

    @Test
    void aTruncatedMessageIsAnInternalStatusWithoutAStackTrace() {
        byte[] truncated = {(byte) (HasCollectionRequest.COLLECTION_NAME_FIELD_NUMBER << 3 | 2), 5, 'a'};
        assertThatThrownBy(() -> hasCollection(truncated))
                .isInstanceOfSatisfying(StatusRuntimeException.class, e -> {
                    assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.INTERNAL);
                    assertThat(e.getStatus().getDescription())
                            .isEqualTo("grpc: error unmarshalling request: proto: cannot parse invalid wire-format data");
                });
        assertQuietLog();
    }

    private void assertQuietLog() {
        assertThat(records).noneMatch(r -> r.getLevel().intValue() >= Level.WARNING.intValue());
        // Start-up writes FINE records with exceptions (census and native transports missing); none may be about
        // the request.
        assertThat(records.stream().filter(r -> r.getThrown() != null)
                .filter(r -> r.getLevel().intValue() >= Level.INFO.intValue() || aboutTheRequest(r.getThrown()))
                .map(r -> r.getLoggerName() + " " + r.getLevel() + " " + r.getMessage() + " " + r.getThrown()))
                .isEmpty();
        // (Netty's frame logger also prints the trailers at FINE; only the engine's own lines are counted.)
        assertThat(records.stream().filter(r -> r.getLoggerName().startsWith("dev.quiver"))
                .filter(r -> String.valueOf(r.getMessage()).contains("unmarshalling")))
                .hasSizeLessThanOrEqualTo(1)
                .allMatch(r -> !r.getMessage().contains("\n"));
    }

    private static boolean aboutTheRequest(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (t instanceof com.google.protobuf.InvalidProtocolBufferException || t instanceof StatusRuntimeException) {
                return true;
            }
        }
        return false;
    }

    private static final class RawBytes implements MethodDescriptor.Marshaller<byte[]> {
        @Override
        public InputStream stream(byte[] value) {
            return new ByteArrayInputStream(value);
        }

        @Override
        public byte[] parse(InputStream stream) {
            try {
                return stream.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
