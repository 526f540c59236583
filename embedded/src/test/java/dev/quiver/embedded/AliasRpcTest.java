package dev.quiver.embedded;

import dev.quiver.proto.milvus.AlterAliasRequest;
import dev.quiver.proto.milvus.CreateAliasRequest;
import dev.quiver.proto.milvus.DescribeAliasRequest;
import dev.quiver.proto.milvus.DescribeCollectionRequest;
import dev.quiver.proto.milvus.DropAliasRequest;
import dev.quiver.proto.milvus.DropCollectionRequest;
import dev.quiver.proto.milvus.ErrorCode;
import dev.quiver.proto.milvus.GetLoadStateRequest;
import dev.quiver.proto.milvus.HasCollectionRequest;
import dev.quiver.proto.milvus.ListAliasesRequest;
import dev.quiver.proto.milvus.LoadCollectionRequest;
import dev.quiver.proto.milvus.LoadState;
import java.io.IOException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static dev.quiver.embedded.EngineFixture.assertOk;
import static dev.quiver.embedded.StatusAssertions.assertError;
import static org.assertj.core.api.Assertions.assertThat;

/** Reference §1.11: aliases, their errors, and resolution wherever a collection name is accepted. */
class AliasRpcTest {
    private EngineFixture fx;

    @BeforeEach
    void start() throws IOException {
        fx = EngineFixture.inMemory();
        fx.createCollection("c1");
        fx.createCollection("c2");
    }

    @AfterEach
    void stop() {
        fx.close();
    }

    private dev.quiver.proto.milvus.Status createAlias(String collection, String alias) {
        return fx.stub.createAlias(CreateAliasRequest.newBuilder().setCollectionName(collection).setAlias(alias).build());
    }

    @Test
    void aliasesResolveEverywhere() {
        assertOk(createAlias("c1", "a"));
        assertOk(createAlias("c1", "a"));
        fx.indexVector("a");
        assertOk(fx.stub.loadCollection(LoadCollectionRequest.newBuilder().setCollectionName("a").build()));
        assertThat(fx.stub.getLoadState(GetLoadStateRequest.newBuilder().setCollectionName("c1").build()).getState())
                .isEqualTo(LoadState.LoadStateLoaded);
        var described = fx.stub.describeCollection(DescribeCollectionRequest.newBuilder().setCollectionName("a").build());
        assertThat(described.getCollectionName()).isEqualTo("c1");
        assertThat(described.getAliasesList()).containsExactly("a");
        assertThat(fx.stub.hasCollection(HasCollectionRequest.newBuilder().setCollectionName("a").build()).getValue())
                .isTrue();
        var alias = fx.stub.describeAlias(DescribeAliasRequest.newBuilder().setAlias("a").build());
        assertThat(alias.getCollection()).isEqualTo("c1");
        assertThat(alias.getDbName()).isEqualTo("default");
        assertThat(fx.stub.listAliases(ListAliasesRequest.newBuilder().setCollectionName("c1").build()).getAliasesList())
                .containsExactly("a");
        assertThat(fx.stub.listAliases(ListAliasesRequest.newBuilder().setCollectionName("c2").build()).getAliasesList())
                .isEmpty();
    }

    @Test
    void aliasErrors() {
        assertOk(createAlias("c1", "a"));
        assertError(createAlias("c2", "a"), 1602, ErrorCode.UnexpectedError,
                "a is alias to another collection: c1: alias already exist[database=default][alias=a]");
        assertError(createAlias("c1", "c2"), 1601, ErrorCode.UnexpectedError,
                "alias and collection name conflict[database=default][alias=c2]");
        assertError(createAlias("missing", "b"), 100, ErrorCode.CollectionNotExists,
                "collection not found[database=default][collection=missing]");
        assertError(fx.stub.describeAlias(DescribeAliasRequest.newBuilder().setAlias("zz").build()).getStatus(),
                1600, ErrorCode.UnexpectedError, "alias not found[database=default][alias=zz]");
        assertError(fx.stub.alterAlias(AlterAliasRequest.newBuilder().setCollectionName("c2").setAlias("zz").build()),
                1600, ErrorCode.UnexpectedError, "alias not found[database=default][alias=zz]");
        assertOk(fx.stub.dropAlias(DropAliasRequest.newBuilder().setAlias("zz").build()));
    }

    @Test
    void alterMovesAnAliasAndDropRemovesIt() {
        assertOk(createAlias("c1", "a"));
        assertOk(fx.stub.alterAlias(AlterAliasRequest.newBuilder().setCollectionName("c2").setAlias("a").build()));
        assertThat(fx.stub.describeAlias(DescribeAliasRequest.newBuilder().setAlias("a").build()).getCollection())
                .isEqualTo("c2");
        assertThat(fx.stub.describeCollection(DescribeCollectionRequest.newBuilder().setCollectionName("c1").build())
                .getAliasesList()).isEmpty();
        assertError(fx.stub.dropCollection(DropCollectionRequest.newBuilder().setCollectionName("c2").build()),
                65535, ErrorCode.UnexpectedError, "unable to drop the collection [c2] because it has associated "
                        + "aliases [a], please remove all aliases before dropping the collection");
        assertOk(fx.stub.dropAlias(DropAliasRequest.newBuilder().setAlias("a").build()));
        assertThat(fx.stub.hasCollection(HasCollectionRequest.newBuilder().setCollectionName("a").build()).getValue())
                .isFalse();
        assertOk(fx.stub.dropCollection(DropCollectionRequest.newBuilder().setCollectionName("c2").build()));
    }
}
