package dev.quiver.embedded.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quiver.embedded.error.EngineException;
import dev.quiver.proto.milvus.DescribeCollectionResponse;
import dev.quiver.proto.milvus.ErrorCode;
import dev.quiver.proto.milvus.Status;
import dev.quiver.wire.MilvusError;
import io.grpc.stub.StreamObserver;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The one generic boundary that turns refusals into in-band statuses. */
class RpcTest {

    private static final class Recorder<T> implements StreamObserver<T> {
        final List<T> values = new ArrayList<>();
        boolean completed;

        @Override
        public void onNext(T value) {
            values.add(value);
        }

        @Override
        public void onError(Throwable t) {
            throw new AssertionError("in-band errors never use onError", t);
        }

        @Override
        public void onCompleted() {
            completed = true;
        }
    }

    @Test
    @SuppressWarnings("deprecation")
    void engineExceptionsBecomeTheStatusInFieldOne() {
        Recorder<DescribeCollectionResponse> observer = new Recorder<>();
        Rpc.unary(observer, DescribeCollectionResponse.getDefaultInstance(), () -> {
            throw EngineException.with(MilvusError.COLLECTION_NOT_LOADED, "collection", "c");
        });
        assertThat(observer.completed).isTrue();
        Status status = observer.values.get(0).getStatus();
        assertThat(status.getCode()).isEqualTo(101);
        assertThat(status.getErrorCode()).isEqualTo(ErrorCode.UnexpectedError);
        assertThat(status.getReason()).isEqualTo("collection not loaded[collection=c]");
        assertThat(observer.values.get(0).getCollectionName()).isEmpty();
    }

    @Test
    @SuppressWarnings("deprecation")
    void unexpectedExceptionsAre65535WithTheirMessage() {
        Recorder<Status> observer = new Recorder<>();
        Rpc.unary(observer, Status.getDefaultInstance(), () -> {
            throw new IllegalStateException("disk on fire");
        });
        Status status = observer.values.get(0);
        assertThat(status.getCode()).isEqualTo(65535);
        assertThat(status.getErrorCode()).isEqualTo(ErrorCode.UnexpectedError);
        assertThat(status.getReason()).isEqualTo("disk on fire");
    }

    @Test
    void successPassesTheResponseThrough() {
        Recorder<DescribeCollectionResponse> observer = new Recorder<>();
        DescribeCollectionResponse response = DescribeCollectionResponse.newBuilder().setCollectionName("c").build();
        Rpc.unary(observer, DescribeCollectionResponse.getDefaultInstance(), () -> response);
        assertThat(observer.values).containsExactly(response);
    }

    @Test
    void retriableAndInputErrorFlagsFollowTheErrorKind() {
        Status rateLimited = EngineException.with(MilvusError.RATE_LIMIT).toStatus();
        assertThat(rateLimited.getRetriable()).isTrue();
        assertThat(rateLimited.getExtraInfoMap()).isEmpty();
        Status invalid = EngineException.because(MilvusError.PARAMETER_INVALID, "bad").toStatus();
        assertThat(invalid.getExtraInfoMap()).containsEntry("is_input_error", "true");
        assertThat(invalid.getReason()).isEqualTo("bad: invalid parameter");
    }
}
