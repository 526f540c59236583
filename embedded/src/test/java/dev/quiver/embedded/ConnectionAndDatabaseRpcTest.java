package dev.quiver.embedded;

import dev.quiver.proto.milvus.AllocTimestampRequest;
import dev.quiver.proto.milvus.AlterDatabaseRequest;
import dev.quiver.proto.milvus.CheckHealthRequest;
import dev.quiver.proto.milvus.ConnectRequest;
import dev.quiver.proto.milvus.CreateDatabaseRequest;
import dev.quiver.proto.milvus.DescribeDatabaseRequest;
import dev.quiver.proto.milvus.DropCollectionRequest;
import dev.quiver.proto.milvus.DropDatabaseRequest;
import dev.quiver.proto.milvus.ErrorCode;
import dev.quiver.proto.milvus.GetVersionRequest;
import dev.quiver.proto.milvus.HasCollectionRequest;
import dev.quiver.proto.milvus.ListDatabasesRequest;
import dev.quiver.proto.milvus.ShowCollectionsRequest;
import java.io.IOException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static dev.quiver.embedded.EngineFixture.assertOk;
import static dev.quiver.embedded.EngineFixture.pair;
import static dev.quiver.embedded.StatusAssertions.assertError;
import static org.assertj.core.api.Assertions.assertThat;

/** Reference §1.12, §1.13, §3.1 and §9.4–9.5: handshake, version, health, databases and the dbname header. */
class ConnectionAndDatabaseRpcTest {
    private EngineFixture fx;

    @BeforeEach
    void start() throws IOException {
        fx = EngineFixture.inMemory();
    }

    @AfterEach
    void stop() {
        fx.close();
    }

    @Test
    void connectReturnsIdentifierAndServerInfo() {
        var first = fx.stub.connect(ConnectRequest.getDefaultInstance());
        var second = fx.stub.connect(ConnectRequest.getDefaultInstance());
        assertOk(first.getStatus());
        assertThat(first.getIdentifier()).isPositive().isLessThan(second.getIdentifier());
        assertThat(first.getServerInfo().getDeployMode()).isEqualTo("STANDALONE");
    }

    @Test
    void connectToUnknownDatabaseIs800() {
        var response = fx.inDatabase("nowhere").connect(ConnectRequest.getDefaultInstance());
        assertError(response.getStatus(), 800, ErrorCode.UnexpectedError, "database not found[database=nowhere]");
        assertThat(response.getIdentifier()).isZero();
    }

    @Test
    void versionHealthAndTimestamps() {
        var version = fx.stub.getVersion(GetVersionRequest.getDefaultInstance());
        assertOk(version.getStatus());
        assertThat(version.getVersion()).matches("v2\\.6\\.\\d+.*");
        assertThat(fx.stub.checkHealth(CheckHealthRequest.getDefaultInstance()).getIsHealthy()).isTrue();
        long a = fx.stub.allocTimestamp(AllocTimestampRequest.getDefaultInstance()).getTimestamp();
        long b = fx.stub.allocTimestamp(AllocTimestampRequest.getDefaultInstance()).getTimestamp();
        assertThat(b).isGreaterThan(a);
        assertThat(a >>> 18).isCloseTo(System.currentTimeMillis(), org.assertj.core.data.Offset.offset(60_000L));
    }

    @Test
    void databaseLifecycle() {
        assertThat(fx.stub.listDatabases(ListDatabasesRequest.getDefaultInstance()).getDbNamesList())
                .containsExactly("default");
        assertOk(fx.stub.createDatabase(CreateDatabaseRequest.newBuilder().setDbName("db1")
                .addProperties(pair("k", "v")).build()));
        assertError(fx.stub.createDatabase(CreateDatabaseRequest.newBuilder().setDbName("db1").build()),
                65535, ErrorCode.UnexpectedError, "database already exist: db1");
        var list = fx.stub.listDatabases(ListDatabasesRequest.getDefaultInstance());
        assertThat(list.getDbNamesList()).containsExactly("default", "db1");
        assertThat(list.getDbIdsCount()).isEqualTo(2);
        var described = fx.stub.describeDatabase(DescribeDatabaseRequest.newBuilder().setDbName("db1").build());
        assertThat(described.getPropertiesList()).containsExactly(pair("k", "v"));
        assertOk(fx.stub.alterDatabase(AlterDatabaseRequest.newBuilder().setDbName("db1")
                .addProperties(pair("x", "1")).addDeleteKeys("k").build()));
        assertThat(fx.stub.describeDatabase(DescribeDatabaseRequest.newBuilder().setDbName("db1").build())
                .getPropertiesList()).containsExactly(pair("x", "1"));
        assertError(fx.stub.describeDatabase(DescribeDatabaseRequest.newBuilder().setDbName("nope").build())
                .getStatus(), 800, ErrorCode.UnexpectedError, "database not found[database=nope]");
        assertOk(fx.stub.dropDatabase(DropDatabaseRequest.newBuilder().setDbName("db1").build()));
        assertOk(fx.stub.dropDatabase(DropDatabaseRequest.newBuilder().setDbName("db1").build()));
    }

    @Test
    void defaultDatabaseCannotBeDropped() {
        assertError(fx.stub.dropDatabase(DropDatabaseRequest.newBuilder().setDbName("default").build()),
                65535, ErrorCode.UnexpectedError, "can not drop default database");
    }

    @Test
    void nonEmptyDatabaseCannotBeDropped() {
        assertOk(fx.stub.createDatabase(CreateDatabaseRequest.newBuilder().setDbName("full").build()));
        fx.createCollection(fx.inDatabase("full"), "c", 4);
        assertError(fx.stub.dropDatabase(DropDatabaseRequest.newBuilder().setDbName("full").build()),
                65535, ErrorCode.UnexpectedError,
                "database:full not empty, must drop all collections before drop database");
        assertOk(fx.inDatabase("full").dropCollection(DropCollectionRequest.newBuilder().setCollectionName("c").build()));
        assertOk(fx.stub.dropDatabase(DropDatabaseRequest.newBuilder().setDbName("full").build()));
    }

    @Test
    void invalidDatabaseNameIs802() {
        assertError(fx.stub.createDatabase(CreateDatabaseRequest.newBuilder().setDbName("1abc").build()),
                802, ErrorCode.UnexpectedError,
                "invalid database name[database=1abc]: the first character of a database name must be an underscore or letter",
                true);
    }

    @Test
    void atMost64Databases() {
        for (int i = 1; i < 64; i++) {
            assertOk(fx.stub.createDatabase(CreateDatabaseRequest.newBuilder().setDbName("d" + i).build()));
        }
        assertError(fx.stub.createDatabase(CreateDatabaseRequest.newBuilder().setDbName("d64").build()),
                801, ErrorCode.UnexpectedError, "exceeded the limit number of database[limit=64]");
    }

    @Test
    void dbnameHeaderIsolatesDatabases() {
        assertOk(fx.stub.createDatabase(CreateDatabaseRequest.newBuilder().setDbName("db1").build()));
        fx.createCollection(fx.inDatabase("db1"), "only_in_db1", 4);
        fx.createCollection("only_in_default");
        assertThat(fx.inDatabase("db1").showCollections(ShowCollectionsRequest.getDefaultInstance())
                .getCollectionNamesList()).containsExactly("only_in_db1");
        assertThat(fx.stub.showCollections(ShowCollectionsRequest.getDefaultInstance()).getCollectionNamesList())
                .containsExactly("only_in_default");
        assertThat(fx.stub.showCollections(ShowCollectionsRequest.newBuilder().setDbName("db1").build())
                .getCollectionNamesList()).containsExactly("only_in_db1");
        assertThat(fx.inDatabase("db1").hasCollection(HasCollectionRequest.newBuilder()
                .setCollectionName("only_in_default").build()).getValue()).isFalse();
        assertThat(fx.inDatabase("db1").hasCollection(HasCollectionRequest.newBuilder().setDbName("default")
                .setCollectionName("only_in_default").build()).getValue()).isTrue();
        assertOk(fx.inDatabase("db1").connect(ConnectRequest.getDefaultInstance()).getStatus());
    }
}
