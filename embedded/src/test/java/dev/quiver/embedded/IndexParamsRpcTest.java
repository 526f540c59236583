package dev.quiver.embedded;

import static dev.quiver.embedded.EngineFixture.assertOk;
import static dev.quiver.embedded.EngineFixture.pair;
import static org.assertj.core.api.Assertions.assertThat;

import dev.quiver.proto.milvus.CollectionSchema;
import dev.quiver.proto.milvus.CreateIndexRequest;
import dev.quiver.proto.milvus.DataType;
import dev.quiver.proto.milvus.DescribeIndexRequest;
import dev.quiver.proto.milvus.FieldSchema;
import dev.quiver.proto.milvus.KeyValuePair;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** CreateIndex refuses invalid build parameters with Milvus's code and message, and records nothing. */
class IndexParamsRpcTest {
    private EngineFixture fx;

    @BeforeEach
    void start() throws IOException {
        fx = EngineFixture.inMemory();
        CollectionSchema schema = EngineFixture.schema("c", 8).toBuilder()
                .addFields(FieldSchema.newBuilder().setName("bin").setDataType(DataType.BinaryVector)
                        .addTypeParams(pair("dim", "16")))
                .build();
        assertOk(fx.stub.createCollection(EngineFixture.createRequest("c", schema)));
    }

    @AfterEach
    void stop() {
        fx.close();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "vector|HNSW|M|abc|invalid integer value, key: 'M', value: 'abc'",
            "vector|HNSW|M|1|Out of range in json: param 'M' (1) should be in range [2, 2048]",
            "vector|HNSW|efConstruction|0|param 'efConstruction' (0) should be in range [1, 2147483647]",
            "vector|HNSW|M|16.0|wrong data type in json, key: 'M', value: '16.0'",
            "vector|IVF_FLAT|nlist|0|param 'nlist' (0) should be in range [1, 65536]",
            "vector|IVF_SQ8|nlist|70000|param 'nlist' (70000) should be in range [1, 65536]",
            "vector|IVF_PQ|m|3|The dimension of a vector (dim) should be a multiple of the number of subquantizers (m)",
            "bin|BIN_IVF_FLAT|nlist|-1|param 'nlist' (-1) should be in range [1, 65536]"})
    void invalidBuildParameterIs1100AndNothingIsRecorded(String field, String type, String key, String value,
                                                         String message) {
        String metric = field.equals("bin") ? "HAMMING" : "L2";
        var status = fx.stub.createIndex(CreateIndexRequest.newBuilder().setCollectionName("c").setFieldName(field)
                .addAllExtraParams(List.<KeyValuePair>of(pair("index_type", type), pair("metric_type", metric),
                        pair(key, value))).build());
        assertThat(status.getCode()).isEqualTo(1100);
        assertThat(status.getReason()).contains(message).endsWith(": invalid parameter");
        var described = fx.stub.describeIndex(DescribeIndexRequest.newBuilder().setCollectionName("c")
                .setFieldName(field).build());
        assertThat(described.getStatus().getCode()).isEqualTo(700);
    }
}
