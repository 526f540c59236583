package dev.quiver.proto;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.protobuf.Descriptors.ServiceDescriptor;
import dev.quiver.proto.milvus.FlushRequest;
import dev.quiver.proto.milvus.MilvusServiceGrpc;
import dev.quiver.proto.tokenizer.TokenizerGrpc;
import dev.quiver.proto.tokenizer.TokenizerOuterClass;
import org.junit.jupiter.api.Test;

/** Quiver's generated classes and the official Milvus Java SDK live in one JVM without clashing. */
class SideBySideWithOfficialSdkTest {

    @Test
    void bothGenerationsLoadAndInteroperateOnTheWire() throws Exception {
        Class<?> official = Class.forName("io.milvus.grpc.FlushRequest");
        assertThat(official).isNotEqualTo(FlushRequest.class);
        assertThat(FlushRequest.class.getPackageName()).isEqualTo("dev.quiver.proto.milvus");

        FlushRequest ours = FlushRequest.newBuilder().setDbName("default").addCollectionNames("test_collection").build();
        io.milvus.grpc.FlushRequest theirs = io.milvus.grpc.FlushRequest.parseFrom(ours.toByteArray());
        assertThat(theirs.getCollectionNamesList()).containsExactly("test_collection");
        assertThat(FlushRequest.parseFrom(theirs.toByteArray())).isEqualTo(ours);
    }

    @Test
    void serviceKeepsMilvusWireName() {
        ServiceDescriptor service = MilvusServiceGrpc.getServiceDescriptor().getSchemaDescriptor() instanceof
                io.grpc.protobuf.ProtoServiceDescriptorSupplier supplier ? supplier.getServiceDescriptor() : null;
        assertThat(service).isNotNull();
        assertThat(service.getFullName()).isEqualTo("milvus.proto.milvus.MilvusService");
        assertThat(io.milvus.grpc.MilvusServiceGrpc.SERVICE_NAME).isEqualTo(MilvusServiceGrpc.SERVICE_NAME);
    }

    @Test
    void auxiliaryProtosAreRelocatedToo() throws Exception {
        assertThat(Class.forName("dev.quiver.proto.milvus.Msg")).isNotNull();
        assertThat(Class.forName("dev.quiver.proto.milvus.Feder")).isNotNull();
        assertThat(Class.forName("dev.quiver.proto.tokenizer.TokenizerOuterClass")).isNotNull();
    }

    @Test
    void tokenizerTypesOfBothGenerationsCoexistAndShareTheWire() throws Exception {
        TokenizerOuterClass.TokenizationRequest ours = TokenizerOuterClass.TokenizationRequest.newBuilder()
                .setText("vector databases")
                .addParameters(TokenizerOuterClass.TokenizationRequest.Parameter.newBuilder()
                        .setKey("analyzer").addValues("standard"))
                .build();
        milvus.proto.tokenizer.TokenizerOuterClass.TokenizationRequest theirs =
                milvus.proto.tokenizer.TokenizerOuterClass.TokenizationRequest.parseFrom(ours.toByteArray());
        assertThat(theirs.getText()).isEqualTo("vector databases");
        assertThat(theirs.getParameters(0).getValuesList()).containsExactly("standard");
        assertThat(TokenizerOuterClass.TokenizationRequest.parseFrom(theirs.toByteArray())).isEqualTo(ours);

        assertThat(TokenizerOuterClass.TokenizationRequest.class).isNotEqualTo(theirs.getClass());
        assertThat(TokenizerGrpc.SERVICE_NAME).isEqualTo(milvus.proto.tokenizer.TokenizerGrpc.SERVICE_NAME)
                .isEqualTo("milvus.proto.tokenizer.Tokenizer");
    }
}
