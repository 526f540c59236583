package dev.quiver.embedded;

import dev.quiver.proto.milvus.CollectionSchema;
import dev.quiver.proto.milvus.CreateIndexRequest;
import dev.quiver.proto.milvus.DataType;
import dev.quiver.proto.milvus.DescribeIndexRequest;
import dev.quiver.proto.milvus.DropIndexRequest;
import dev.quiver.proto.milvus.ErrorCode;
import dev.quiver.proto.milvus.FieldSchema;
import dev.quiver.proto.milvus.IndexDescription;
import dev.quiver.proto.milvus.IndexState;
import dev.quiver.proto.milvus.KeyValuePair;
import dev.quiver.proto.milvus.LoadCollectionRequest;
import dev.quiver.proto.milvus.ReleaseCollectionRequest;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static dev.quiver.embedded.EngineFixture.assertOk;
import static dev.quiver.embedded.EngineFixture.pair;
import static dev.quiver.embedded.StatusAssertions.assertError;
import static org.assertj.core.api.Assertions.assertThat;

/** Reference §1.9: Create/Describe/DropIndex. */
class IndexRpcTest {
    private EngineFixture fx;

    @BeforeEach
    void start() throws IOException {
        fx = EngineFixture.inMemory();
        CollectionSchema schema = EngineFixture.schema("c", 4).toBuilder()
                .addFields(FieldSchema.newBuilder().setName("bin").setDataType(DataType.BinaryVector)
                        .addTypeParams(pair("dim", "16")))
                .addFields(FieldSchema.newBuilder().setName("sparse").setDataType(DataType.SparseFloatVector))
                .addFields(FieldSchema.newBuilder().setName("title").setDataType(DataType.VarChar)
                        .addTypeParams(pair("max_length", "16")))
                .addFields(FieldSchema.newBuilder().setName("n").setDataType(DataType.Int32))
                .addFields(FieldSchema.newBuilder().setName("tsz").setDataType(DataType.Timestamptz).setNullable(true))
                .addFields(FieldSchema.newBuilder().setName("geo").setDataType(DataType.Geometry).setNullable(true))
                .build();
        assertOk(fx.stub.createCollection(EngineFixture.createRequest("c", schema)));
    }

    @AfterEach
    void stop() {
        fx.close();
    }

    private dev.quiver.proto.milvus.Status create(String field, KeyValuePair... params) {
        return fx.stub.createIndex(CreateIndexRequest.newBuilder().setCollectionName("c").setFieldName(field)
                .addAllExtraParams(List.of(params)).build());
    }

    private IndexDescription describe(String field) {
        var response = fx.stub.describeIndex(DescribeIndexRequest.newBuilder().setCollectionName("c")
                .setFieldName(field).build());
        assertOk(response.getStatus());
        assertThat(response.getIndexDescriptionsList()).hasSize(1);
        return response.getIndexDescriptions(0);
    }

    @Test
    void autoIndexDefaultsTheMetricPerVectorType() {
        assertOk(create("vector", pair("index_type", "AUTOINDEX")));
        assertOk(create("bin"));
        assertOk(create("sparse", pair("index_type", "SPARSE_INVERTED_INDEX")));
        assertThat(describe("vector").getParamsList()).contains(pair("index_type", "AUTOINDEX"), pair("metric_type", "COSINE"));
        assertThat(describe("bin").getParamsList()).contains(pair("index_type", "AUTOINDEX"), pair("metric_type", "HAMMING"));
        assertThat(describe("sparse").getParamsList()).contains(pair("metric_type", "IP"));
    }

    @Test
    void flattenedAndJsonParamsAreTheSameIndex() {
        assertOk(create("vector", pair("index_type", "HNSW"), pair("metric_type", "L2"), pair("M", "16"),
                pair("efConstruction", "200")));
        assertOk(create("vector", pair("index_type", "HNSW"), pair("metric_type", "L2"),
                pair("params", "{\"M\": 16, \"efConstruction\": 200}")));
        IndexDescription d = describe("vector");
        assertThat(d.getIndexName()).isEqualTo("vector");
        assertThat(d.getState()).isEqualTo(IndexState.Finished);
        assertThat(d.getParamsList()).contains(pair("index_type", "HNSW"), pair("metric_type", "L2"));
        assertThat(d.getParamsList()).anySatisfy(p -> {
            assertThat(p.getKey()).isEqualTo("params");
            assertThat(p.getValue()).contains("\"M\":\"16\"").contains("\"efConstruction\":\"200\"");
        });
    }

    @Test
    void aDifferentIndexOnTheSameFieldIsRefused() {
        assertOk(create("vector", pair("index_type", "FLAT"), pair("metric_type", "L2")));
        assertError(create("vector", pair("index_type", "FLAT"), pair("metric_type", "IP")), 65535,
                ErrorCode.UnexpectedError, "CreateIndex failed: at most one distinct index is allowed per field");
    }

    @ParameterizedTest
    @CsvSource({
            "bin, BIN_FLAT, L2, binary vector index does not support metric type: L2",
            "vector, FLAT, HAMMING, float vector index does not support metric type: HAMMING",
            "sparse, SPARSE_WAND, L2, sparse vector index does not support metric type: L2",
            "vector, BIN_FLAT, HAMMING, data type FloatVector can't build with this index BIN_FLAT",
            "vector, NOPE, L2, data type FloatVector can't build with this index NOPE",
            "title, STL_SORT_X, '', data type VarChar can't build with this index STL_SORT_X",
            "n, TRIE, '', TRIE index is not supported on field n of type Int32",
            "n, RTREE, '', RTREE index is not supported on field n of type Int32",
            "tsz, RTREE, '', RTREE index is not supported on field tsz of type Timestamptz",
            "geo, STL_SORT, '', STL_SORT index is not supported on field geo of type Geometry",
            "geo, INVERTED, '', INVERTED index is not supported on field geo of type Geometry"})
    void mismatchedIndexOrMetricIs1100(String field, String type, String metric, String message) {
        var status = metric.isEmpty() ? create(field, pair("index_type", type))
                : create(field, pair("index_type", type), pair("metric_type", metric));
        assertError(status, 1100, ErrorCode.IllegalArgument, message + ": invalid parameter", true);
    }

    @Test
    void scalarIndexesAreAccepted() {
        assertOk(create("title", pair("index_type", "TRIE")));
        assertOk(create("n", pair("index_type", "STL_SORT")));
        assertThat(describe("n").getParamsList()).contains(pair("index_type", "STL_SORT"));
        assertOk(create("tsz", pair("index_type", "STL_SORT")));
        assertOk(create("geo", pair("index_type", "RTREE")));
        assertThat(describe("geo").getParamsList()).contains(pair("index_type", "RTREE"));
    }

    @Test
    void describeReportsRowsAndMissingIndexIs700() {
        assertError(fx.stub.describeIndex(DescribeIndexRequest.newBuilder().setCollectionName("c").build())
                .getStatus(), 700, ErrorCode.IndexNotExist, "index not found[collection=c]");
        fx.indexVector("c");
        insertSeven();
        // as Milvus's DataCoord counts: growing rows are in no total until flushed
        IndexDescription growing = describe("vector");
        assertThat(growing.getTotalRows()).isZero();
        assertThat(growing.getState()).isEqualTo(dev.quiver.proto.milvus.IndexState.Finished);
        fx.stub.flush(dev.quiver.proto.milvus.FlushRequest.newBuilder().addCollectionNames("c").build());
        IndexDescription d = describe("vector");
        assertThat(d.getIndexedRows()).isEqualTo(7);
        assertThat(d.getTotalRows()).isEqualTo(7);
        assertThat(d.getPendingIndexRows()).isZero();
        assertError(fx.stub.describeIndex(DescribeIndexRequest.newBuilder().setCollectionName("c")
                .setIndexName("other").build()).getStatus(), 700, ErrorCode.IndexNotExist, "index not found[indexName=other]");
    }

    private void insertSeven() {
        var ids = dev.quiver.proto.milvus.LongArray.newBuilder();
        var vectors = dev.quiver.proto.milvus.FloatArray.newBuilder();
        var bits = com.google.protobuf.ByteString.copyFrom(new byte[7 * 2]);
        var sparse = dev.quiver.proto.milvus.SparseFloatArray.newBuilder().setDim(1);
        var titles = dev.quiver.proto.milvus.StringArray.newBuilder();
        var ns = dev.quiver.proto.milvus.IntArray.newBuilder();
        for (int i = 0; i < 7; i++) {
            ids.addData(i);
            vectors.addAllData(List.of(1f, 2f, 3f, (float) i));
            sparse.addContents(com.google.protobuf.ByteString.copyFrom(java.nio.ByteBuffer.allocate(8)
                    .order(java.nio.ByteOrder.LITTLE_ENDIAN).putInt(0).putFloat(1f).array()));
            titles.addData("t" + i);
            ns.addData(i);
        }
        var result = fx.stub.insert(dev.quiver.proto.milvus.InsertRequest.newBuilder().setCollectionName("c")
                .setNumRows(7)
                .addFieldsData(field("id", DataType.Int64).setScalars(dev.quiver.proto.milvus.ScalarField.newBuilder()
                        .setLongData(ids)))
                .addFieldsData(field("vector", DataType.FloatVector).setVectors(dev.quiver.proto.milvus.VectorField
                        .newBuilder().setDim(4).setFloatVector(vectors)))
                .addFieldsData(field("bin", DataType.BinaryVector).setVectors(dev.quiver.proto.milvus.VectorField
                        .newBuilder().setDim(16).setBinaryVector(bits)))
                .addFieldsData(field("sparse", DataType.SparseFloatVector).setVectors(dev.quiver.proto.milvus
                        .VectorField.newBuilder().setDim(1).setSparseFloatVector(sparse)))
                .addFieldsData(field("title", DataType.VarChar).setScalars(dev.quiver.proto.milvus.ScalarField
                        .newBuilder().setStringData(titles)))
                .addFieldsData(field("n", DataType.Int32).setScalars(dev.quiver.proto.milvus.ScalarField.newBuilder()
                        .setIntData(ns)))
                .build());
        assertOk(result.getStatus());
    }

    private static dev.quiver.proto.milvus.FieldData.Builder field(String name, DataType type) {
        return dev.quiver.proto.milvus.FieldData.newBuilder().setFieldName(name).setType(type);
    }

    @Test
    void dropIndexIsRefusedWhileLoaded() {
        fx.indexVector("c");
        assertOk(create("bin"));
        assertOk(create("sparse"));
        assertOk(fx.stub.loadCollection(LoadCollectionRequest.newBuilder().setCollectionName("c").build()));
        assertError(fx.stub.dropIndex(DropIndexRequest.newBuilder().setCollectionName("c").setIndexName("vector")
                .build()), 65535, ErrorCode.UnexpectedError,
                "index cannot be dropped, collection is loaded, please release it first");
        assertOk(fx.stub.releaseCollection(ReleaseCollectionRequest.newBuilder().setCollectionName("c").build()));
        assertOk(fx.stub.dropIndex(DropIndexRequest.newBuilder().setCollectionName("c").setIndexName("vector").build()));
        assertOk(fx.stub.dropIndex(DropIndexRequest.newBuilder().setCollectionName("c").setIndexName("vector").build()));
        assertError(fx.stub.dropIndex(DropIndexRequest.newBuilder().setCollectionName("c").build()), 65535,
                ErrorCode.UnexpectedError, "there are multiple indexes, please specify the index_name");
    }

    @Test
    void indexOnUnknownFieldIs1700() {
        assertError(create("nope"), 1700, ErrorCode.UnexpectedError, "field not found[field=nope]", true);
    }
}
