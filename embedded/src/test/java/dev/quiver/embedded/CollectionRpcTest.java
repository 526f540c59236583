package dev.quiver.embedded;

import dev.quiver.proto.milvus.AlterCollectionRequest;
import dev.quiver.proto.milvus.CollectionSchema;
import dev.quiver.proto.milvus.ConsistencyLevel;
import dev.quiver.proto.milvus.CreateCollectionRequest;
import dev.quiver.proto.milvus.CreatePartitionRequest;
import dev.quiver.proto.milvus.DataType;
import dev.quiver.proto.milvus.DescribeCollectionRequest;
import dev.quiver.proto.milvus.DropCollectionRequest;
import dev.quiver.proto.milvus.DropPartitionRequest;
import dev.quiver.proto.milvus.ErrorCode;
import dev.quiver.proto.milvus.FieldSchema;
import dev.quiver.proto.milvus.GetCollectionStatisticsRequest;
import dev.quiver.proto.milvus.GetPartitionStatisticsRequest;
import dev.quiver.proto.milvus.HasCollectionRequest;
import dev.quiver.proto.milvus.HasPartitionRequest;
import dev.quiver.proto.milvus.RenameCollectionRequest;
import dev.quiver.proto.milvus.ShowCollectionsRequest;
import dev.quiver.proto.milvus.ShowPartitionsRequest;
import dev.quiver.proto.milvus.Status;
import java.io.IOException;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static dev.quiver.embedded.EngineFixture.assertOk;
import static dev.quiver.embedded.EngineFixture.pair;
import static dev.quiver.embedded.StatusAssertions.assertError;
import static org.assertj.core.api.Assertions.assertThat;

/** Reference §1.1, §1.2, §1.5 and §9.3, §9.6: collections and partitions. */
class CollectionRpcTest {
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
    void createIsIdempotentForTheSameSchemaAndRefusesADifferentOne() {
        fx.createCollection(fx.stub, "c", 4);
        fx.createCollection(fx.stub, "c", 4);
        assertError(fx.stub.createCollection(EngineFixture.createRequest("c", EngineFixture.schema("c", 5))),
                65535, ErrorCode.UnexpectedError, "create duplicate collection with different parameters, collection: c");
        assertThat(fx.data.calls.stream().filter(c -> c.startsWith("create ")).count()).isEqualTo(1);
    }

    @Test
    void describeFillsEverythingAndHidesTheDynamicField() {
        CollectionSchema schema = EngineFixture.schema("c", 4).toBuilder().setEnableDynamicField(true)
                .addFields(FieldSchema.newBuilder().setName("title").setDataType(DataType.VarChar)
                        .addTypeParams(pair("max_length", "64")))
                .build();
        assertOk(fx.stub.createCollection(CreateCollectionRequest.newBuilder().setCollectionName("c")
                .setSchema(schema.toByteString()).setConsistencyLevel(ConsistencyLevel.Bounded).setShardsNum(2)
                .addProperties(pair("collection.ttl.seconds", "60")).build()));
        var d = fx.stub.describeCollection(DescribeCollectionRequest.newBuilder().setCollectionName("c").build());
        assertOk(d.getStatus());
        assertThat(d.getSchema().getFieldsList()).extracting(FieldSchema::getName).containsExactly("id", "vector", "title");
        assertThat(d.getSchema().getFieldsList()).extracting(FieldSchema::getFieldID).containsExactly(100L, 101L, 102L);
        assertThat(d.getSchema().getEnableDynamicField()).isTrue();
        assertThat(d.getCollectionID()).isPositive();
        assertThat(d.getCreatedTimestamp()).isPositive();
        assertThat(d.getCreatedUtcTimestamp()).isEqualTo(d.getCreatedTimestamp() >>> 18);
        assertThat(d.getUpdateTimestamp()).isPositive();
        assertThat(d.getConsistencyLevel()).isEqualTo(ConsistencyLevel.Bounded);
        assertThat(d.getShardsNum()).isEqualTo(2);
        assertThat(d.getCollectionName()).isEqualTo("c");
        assertThat(d.getDbName()).isEqualTo("default");
        assertThat(d.getPropertiesList()).containsExactly(pair("collection.ttl.seconds", "60"));
        assertThat(d.getNumPartitions()).isEqualTo(1);
        assertThat(fx.engine.catalog().resolveCollection("default", "c").schema().getFieldsList())
                .anySatisfy(f -> {
                    assertThat(f.getName()).isEqualTo("$meta");
                    assertThat(f.getIsDynamic()).isTrue();
                    assertThat(f.getDataType()).isEqualTo(DataType.JSON);
                });
        var byId = fx.stub.describeCollection(DescribeCollectionRequest.newBuilder()
                .setCollectionID(d.getCollectionID()).build());
        assertThat(byId.getCollectionName()).isEqualTo("c");
    }

    @Test
    void describeOfMissingCollectionIsTheCompatibilityForm() {
        var status = fx.stub.describeCollection(DescribeCollectionRequest.newBuilder().setCollectionName("x").build())
                .getStatus();
        assertError(status, 100, ErrorCode.UnexpectedError, "can't find collection[database=default][collection=x]", true);
    }

    @Test
    void dropOfMissingCollectionSucceedsAndHasReflectsExistence() {
        assertOk(fx.stub.dropCollection(DropCollectionRequest.newBuilder().setCollectionName("x").build()));
        fx.createCollection("c");
        assertThat(fx.stub.hasCollection(HasCollectionRequest.newBuilder().setCollectionName("c").build()).getValue())
                .isTrue();
        assertOk(fx.stub.dropCollection(DropCollectionRequest.newBuilder().setCollectionName("c").build()));
        assertThat(fx.stub.hasCollection(HasCollectionRequest.newBuilder().setCollectionName("c").build()).getValue())
                .isFalse();
        assertThat(fx.data.calls).anyMatch(c -> c.startsWith("drop "));
    }

    @Test
    void renameAndAlterProperties() {
        fx.createCollection("c");
        assertOk(fx.stub.renameCollection(RenameCollectionRequest.newBuilder().setOldName("c").setNewName("d").build()));
        assertThat(fx.stub.showCollections(ShowCollectionsRequest.getDefaultInstance()).getCollectionNamesList())
                .containsExactly("d");
        assertError(fx.stub.renameCollection(RenameCollectionRequest.newBuilder().setOldName("c").setNewName("e")
                .build()), 100, ErrorCode.CollectionNotExists, "collection not found[database=default][collection=c]");
        var before = fx.stub.describeCollection(DescribeCollectionRequest.newBuilder().setCollectionName("d").build());
        assertOk(fx.stub.alterCollection(AlterCollectionRequest.newBuilder().setCollectionName("d")
                .addProperties(pair("mmap.enabled", "true")).build()));
        var after = fx.stub.describeCollection(DescribeCollectionRequest.newBuilder().setCollectionName("d").build());
        assertThat(after.getPropertiesList()).containsExactly(pair("mmap.enabled", "true"));
        assertThat(after.getUpdateTimestamp()).isGreaterThan(before.getUpdateTimestamp());
        assertOk(fx.stub.alterCollection(AlterCollectionRequest.newBuilder().setCollectionName("d")
                .addDeleteKeys("mmap.enabled").build()));
        assertThat(fx.stub.describeCollection(DescribeCollectionRequest.newBuilder().setCollectionName("d").build())
                .getPropertiesList()).isEmpty();
    }

    @Test
    void statisticsReportTheDataPathRowCount() {
        fx.createCollection("c");
        assertOk(fx.stub.createPartition(CreatePartitionRequest.newBuilder().setCollectionName("c")
                .setPartitionName("p").build()));
        fx.insert("c", "", 1, 40, 4);
        fx.insert("c", "p", 100, 2, 4);
        var stats = fx.stub.getCollectionStatistics(GetCollectionStatisticsRequest.newBuilder().setCollectionName("c")
                .build());
        assertThat(stats.getStatsList()).containsExactly(pair("row_count", "42"));
        var partStats = fx.stub.getPartitionStatistics(GetPartitionStatisticsRequest.newBuilder()
                .setCollectionName("c").setPartitionName("_default").build());
        assertThat(partStats.getStatsList()).containsExactly(pair("row_count", "40"));
        assertError(fx.stub.getPartitionStatistics(GetPartitionStatisticsRequest.newBuilder()
                .setCollectionName("c").setPartitionName("zz").build()).getStatus(), 200, ErrorCode.MetaFailed,
                "partition not found[partition=zz]");
        assertError(fx.stub.getCollectionStatistics(GetCollectionStatisticsRequest.newBuilder()
                .setCollectionName("nope").build()).getStatus(), 100, ErrorCode.CollectionNotExists,
                "collection not found[database=default][collection=nope]");
    }

    @Test
    void truncateRemovesEveryRowAndKeepsTheCollection() {
        fx.createCollection("c");
        fx.insert("c", "", 1, 5, 4);
        assertOk(fx.stub.truncateCollection(dev.quiver.proto.milvus.TruncateCollectionRequest.newBuilder()
                .setCollectionName("c").build()).getStatus());
        assertThat(fx.stub.getCollectionStatistics(GetCollectionStatisticsRequest.newBuilder().setCollectionName("c")
                .build()).getStatsList()).containsExactly(pair("row_count", "0"));
        assertThat(fx.stub.hasCollection(HasCollectionRequest.newBuilder().setCollectionName("c").build()).getValue())
                .isTrue();
        assertThat(fx.data.calls).anyMatch(call -> call.startsWith("truncate "));
        assertError(fx.stub.truncateCollection(dev.quiver.proto.milvus.TruncateCollectionRequest.newBuilder()
                .setCollectionName("x").build()).getStatus(), 100, ErrorCode.CollectionNotExists,
                "collection not found[database=default][collection=x]");
    }

    @Test
    void partitionsHaveDefaultAndMilvusRules() {
        fx.createCollection("c");
        assertOk(fx.stub.createPartition(CreatePartitionRequest.newBuilder().setCollectionName("c")
                .setPartitionName("p").build()));
        assertOk(fx.stub.createPartition(CreatePartitionRequest.newBuilder().setCollectionName("c")
                .setPartitionName("p").build()));
        var show = fx.stub.showPartitions(ShowPartitionsRequest.newBuilder().setCollectionName("c").build());
        assertThat(show.getPartitionNamesList()).containsExactly("_default", "p");
        assertThat(show.getPartitionIDsCount()).isEqualTo(2);
        assertThat(fx.stub.hasPartition(HasPartitionRequest.newBuilder().setCollectionName("c").setPartitionName("p")
                .build()).getValue()).isTrue();
        assertError(fx.stub.dropPartition(DropPartitionRequest.newBuilder().setCollectionName("c")
                .setPartitionName("_default").build()), 65535, ErrorCode.UnexpectedError,
                "default partition cannot be deleted");
        assertOk(fx.stub.dropPartition(DropPartitionRequest.newBuilder().setCollectionName("c")
                .setPartitionName("missing").build()));
        assertOk(fx.stub.dropPartition(DropPartitionRequest.newBuilder().setCollectionName("c")
                .setPartitionName("p").build()));
        assertThat(fx.stub.hasPartition(HasPartitionRequest.newBuilder().setCollectionName("c").setPartitionName("p")
                .build()).getValue()).isFalse();
        assertError(fx.stub.createPartition(CreatePartitionRequest.newBuilder().setCollectionName("c")
                .setPartitionName("1p").build()), 1100, ErrorCode.IllegalArgument,
                "Invalid partition name: 1p. The first character of a partition name must be an underscore or letter.: invalid parameter",
                true);
    }

    @Test
    void partitionKeyCollectionsRefusePartitionDdl() {
        CollectionSchema schema = EngineFixture.schema("pk", 4).toBuilder()
                .addFields(FieldSchema.newBuilder().setName("tenant").setDataType(DataType.Int64).setIsPartitionKey(true))
                .build();
        assertOk(fx.stub.createCollection(EngineFixture.createRequest("pk", schema)));
        assertError(fx.stub.createPartition(CreatePartitionRequest.newBuilder().setCollectionName("pk")
                .setPartitionName("p").build()), 65535, ErrorCode.UnexpectedError,
                "disable create partition if partition key mode is used");
        assertError(fx.stub.dropPartition(DropPartitionRequest.newBuilder().setCollectionName("pk")
                .setPartitionName("p").build()), 65535, ErrorCode.UnexpectedError,
                "disable drop partition if partition key mode is used");
        assertError(fx.stub.loadPartitions(dev.quiver.proto.milvus.LoadPartitionsRequest.newBuilder()
                .setCollectionName("pk").addPartitionNames("_default").build()), 65535, ErrorCode.UnexpectedError,
                "disable load partitions if partition key mode is used");
    }

    static Stream<Arguments> invalidSchemas() {
        UnaryOperator<CollectionSchema.Builder> noPk = b -> b.setFields(0, b.getFields(0).toBuilder().setIsPrimaryKey(false));
        return Stream.of(
                Arguments.of("no primary key", noPk, "primary key is not specified"),
                Arguments.of("two primary keys", (UnaryOperator<CollectionSchema.Builder>) b -> b.addFields(
                        FieldSchema.newBuilder().setName("k2").setDataType(DataType.Int64).setIsPrimaryKey(true)),
                        "there are more than one primary key, field name = id, k2"),
                Arguments.of("float primary key", (UnaryOperator<CollectionSchema.Builder>) b -> b.setFields(0,
                        b.getFields(0).toBuilder().setDataType(DataType.Float)),
                        "the data type of primary key should be Int64 or VarChar"),
                Arguments.of("no vector", (UnaryOperator<CollectionSchema.Builder>) b -> b.removeFields(1),
                        "schema does not contain vector field"),
                Arguments.of("no dim", (UnaryOperator<CollectionSchema.Builder>) b -> b.setFields(1,
                        b.getFields(1).toBuilder().clearTypeParams()),
                        "dimension is not defined in field type params of field vector, check type param `dim` for vector field"),
                Arguments.of("dim too large", (UnaryOperator<CollectionSchema.Builder>) b -> b.setFields(1,
                        b.getFields(1).toBuilder().clearTypeParams().addTypeParams(pair("dim", "40000"))),
                        "invalid dimension: 40000 of field vector. float vector dimension should be in range 2 ~ 32768"),
                Arguments.of("varchar without max_length", (UnaryOperator<CollectionSchema.Builder>) b -> b.addFields(
                        FieldSchema.newBuilder().setName("t").setDataType(DataType.VarChar)),
                        "type param(max_length) should be specified for the field(t) of collection c"),
                Arguments.of("array without capacity", (UnaryOperator<CollectionSchema.Builder>) b -> b.addFields(
                        FieldSchema.newBuilder().setName("a").setDataType(DataType.Array).setElementType(DataType.Int64)),
                        "type param(max_capacity) should be specified for array field a of collection c"),
                Arguments.of("bad field name", (UnaryOperator<CollectionSchema.Builder>) b -> b.addFields(
                        FieldSchema.newBuilder().setName("a-b").setDataType(DataType.Int64)),
                        "Invalid field name: a-b. Field name can only contain numbers, letters, and underscores."),
                Arguments.of("duplicate field", (UnaryOperator<CollectionSchema.Builder>) b -> b.addFields(
                        FieldSchema.newBuilder().setName("id").setDataType(DataType.Int64)),
                        "duplicated field name id found"),
                Arguments.of("binary dim not multiple of 8", (UnaryOperator<CollectionSchema.Builder>) b -> b.addFields(
                        FieldSchema.newBuilder().setName("b").setDataType(DataType.BinaryVector)
                                .addTypeParams(pair("dim", "12"))),
                        "invalid dimension: 12 of field b. binary vector dimension should be multiple of 8."));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidSchemas")
    void invalidSchemasAreRefusedWith1100(String what, UnaryOperator<CollectionSchema.Builder> change, String message) {
        CollectionSchema schema = change.apply(EngineFixture.schema("c", 4).toBuilder()).build();
        assertError(fx.stub.createCollection(EngineFixture.createRequest("c", schema)), 1100,
                ErrorCode.IllegalArgument, message + ": invalid parameter", true);
        assertThat(fx.stub.hasCollection(HasCollectionRequest.newBuilder().setCollectionName("c").build()).getValue())
                .isFalse();
    }

    @Test
    void timestamptzAndGeometryFieldsAreCreatedAndDescribed() {
        CollectionSchema schema = EngineFixture.schema("c", 4).toBuilder()
                .addFields(FieldSchema.newBuilder().setName("tsz").setDataType(DataType.Timestamptz).setNullable(true))
                .addFields(FieldSchema.newBuilder().setName("geo").setDataType(DataType.Geometry)).build();
        assertOk(fx.stub.createCollection(EngineFixture.createRequest("c", schema)));
        var fields = fx.stub.describeCollection(DescribeCollectionRequest.newBuilder().setCollectionName("c").build())
                .getSchema().getFieldsList();
        assertThat(fields).filteredOn(f -> f.getName().equals("tsz")).singleElement()
                .satisfies(f -> assertThat(f.getDataType()).isEqualTo(DataType.Timestamptz))
                .satisfies(f -> assertThat(f.getNullable()).isTrue());
        assertThat(fields).filteredOn(f -> f.getName().equals("geo")).singleElement()
                .satisfies(f -> assertThat(f.getDataType()).isEqualTo(DataType.Geometry));
    }

    @Test
    void aTimezonePropertyMustBeAnIanaZone() {
        assertError(fx.stub.createCollection(EngineFixture.createRequest("c", EngineFixture.schema("c", 4))
                .toBuilder().addProperties(pair("timezone", "Mars/Olympus")).build()), 1100, ErrorCode.IllegalArgument,
                "unknown or invalid IANA Time Zone ID: Mars/Olympus: invalid parameter", true);
        assertOk(fx.stub.createCollection(EngineFixture.createRequest("c", EngineFixture.schema("c", 4))
                .toBuilder().addProperties(pair("timezone", "Asia/Shanghai")).build()));
        assertError(fx.stub.alterCollection(AlterCollectionRequest.newBuilder().setCollectionName("c")
                .addProperties(pair("timezone", "+08:00")).build()), 1100, ErrorCode.IllegalArgument,
                "unknown or invalid IANA Time Zone ID: +08:00: invalid parameter", true);
    }

    @Test
    void aTypeTheEngineCannotStoreIsRefusedAtCreateNotAtFirstUse() {
        CollectionSchema schema = EngineFixture.schema("c", 4).toBuilder().addFields(FieldSchema.newBuilder()
                .setName("g").setDataType(DataType.ArrayOfVector).setElementType(DataType.FloatVector)
                .addTypeParams(EngineFixture.pair("dim", "4"))).build();
        Status status = fx.stub.createCollection(EngineFixture.createRequest("c", schema));
        assertThat(status.getCode()).isEqualTo(dev.quiver.wire.MilvusError.UNSUPPORTED_OPERATION.code());
        assertThat(status.getReason())
                .contains("data type ArrayOfVector of field g is not supported by the embedded engine");
        assertThat(fx.stub.hasCollection(HasCollectionRequest.newBuilder().setCollectionName("c").build()).getValue())
                .isFalse();
    }

    @Test
    void invalidCollectionNames() {
        assertError(fx.stub.createCollection(EngineFixture.createRequest("1c", EngineFixture.schema("1c", 4))), 1100,
                ErrorCode.IllegalArgument, "Invalid collection name: 1c. the first character of a collection name must "
                        + "be an underscore or letter: invalid parameter", true);
        assertError(fx.stub.createCollection(EngineFixture.createRequest("", EngineFixture.schema("", 4))), 1100,
                ErrorCode.IllegalArgument, "collection name should not be empty: invalid parameter", true);
    }
}
