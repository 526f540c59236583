package dev.quiver.driver.it;

import static dev.quiver.driver.internal.exec.handlers.EngineTargets.act;
import static dev.quiver.driver.internal.exec.handlers.EngineTargets.query;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.quiver.driver.internal.exec.handlers.CountingProxy;
import dev.quiver.driver.internal.exec.handlers.EngineTargets.Rows;
import dev.quiver.embedded.EmbeddedMilvus;
import dev.quiver.proto.milvus.KeyValuePair;
import dev.quiver.proto.milvus.SearchRequest;
import io.milvus.v2.common.IndexParam;
import io.milvus.v2.service.vector.request.SearchReq;
import io.milvus.v2.service.vector.request.data.BaseVector;
import io.milvus.v2.service.vector.request.data.BinaryVec;
import io.milvus.v2.service.vector.request.data.FloatVec;
import io.milvus.v2.utils.VectorUtils;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The range-search forms of the language build the SearchRequest the official Java SDK v2 builds for the same
 * {@code searchParams} ({@code radius}, {@code range_filter}, index parameters): both are captured as protobuf
 * messages (the driver's on the wire through a recording proxy, the SDK's from its own request conversion) and
 * compared field by field, search_params as a map with the {@code params} JSON parsed. The engine then answers the
 * driver's request with hits inside the range.
 */
class RangeSearchRequestIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String Q = "[0.1, 0.2, 0.3, 0.4]";
    private static final float[] QV = {0.1f, 0.2f, 0.3f, 0.4f};
    private static EmbeddedMilvus engine;
    private static CountingProxy proxy;
    private static Connection connection;

    @BeforeAll
    static void start() throws Exception {
        engine = EmbeddedMilvus.builder().inMemory().build();
        proxy = new CountingProxy(engine.inProcessChannel());
        connection = DriverManager.getConnection(proxy.url());
        for (String metric : List.of("L2", "IP", "COSINE")) {
            act(connection, "CREATE COLLECTION c_" + metric + " (id INT64 PRIMARY KEY, v FLOAT_VECTOR(4))");
            act(connection, "CREATE INDEX ON c_" + metric + " (v) USING FLAT WITH (metric_type = '" + metric + "')");
            act(connection, "LOAD COLLECTION c_" + metric);
            StringBuilder rows = new StringBuilder("INSERT INTO c_" + metric + " VALUES ");
            for (int i = 0; i < 200; i++) {
                rows.append(i == 0 ? "" : ", ").append("(").append(i).append(", [")
                        .append((i % 7) / 7.0).append(", ").append((i % 11) / 11.0).append(", ")
                        .append((i % 13) / 13.0 - 0.5).append(", ").append((i % 5) / 5.0).append("])");
            }
            act(connection, rows.toString());
        }
        for (String metric : List.of("HAMMING", "JACCARD")) {
            act(connection, "CREATE COLLECTION b_" + metric + " (id INT64 PRIMARY KEY, v BINARY_VECTOR(16))");
            act(connection, "CREATE INDEX ON b_" + metric + " (v) USING BIN_FLAT WITH (metric_type = '" + metric + "')");
            act(connection, "LOAD COLLECTION b_" + metric);
            StringBuilder rows = new StringBuilder("INSERT INTO b_" + metric + " VALUES ");
            for (int i = 0; i < 200; i++) {
                rows.append(i == 0 ? "" : ", ").append("(").append(i).append(", x'")
                        .append(String.format("%04X", (i * 2654435761L) & 0xFFFF)).append("')");
            }
            act(connection, rows.toString());
        }
    }

    @AfterAll
    static void stop() throws Exception {
        connection.close();
        proxy.close();
        engine.close();
    }

    private static Map<String, Object> params(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }

    static Stream<Arguments> forms() {
        return Stream.of(
                Arguments.of("L2", "WHERE v <-> Q < 1.5", params("radius", 1.5)),
                Arguments.of("L2", "WHERE distance() < 1.5 AND distance() >= 0.5", params("radius", 1.5, "range_filter", 0.5)),
                Arguments.of("L2", "WHERE v <-> Q BETWEEN 0.5 AND 1.5", params("range_filter", 0.5, "radius", 1.5)),
                Arguments.of("L2", "WHERE id > 10 AND distance() BETWEEN 0.25 AND 2 WITH (nprobe = 16)",
                        params("nprobe", 16L, "range_filter", 0.25, "radius", 2L)),
                Arguments.of("IP", "WHERE v <#> Q > 0.2", params("radius", 0.2)),
                Arguments.of("IP", "WHERE v <#> Q BETWEEN 0.2 AND 0.6", params("radius", 0.2, "range_filter", 0.6)),
                Arguments.of("COSINE", "WHERE v <=> Q > 0.5 AND v <=> Q <= 0.95",
                        params("radius", 0.5, "range_filter", 0.95)),
                Arguments.of("COSINE", "WHERE distance() BETWEEN 0.5 AND 0.95 WITH (ef = 32)",
                        params("ef", 32L, "radius", 0.5, "range_filter", 0.95)),
                Arguments.of("HAMMING", "WHERE v <~> x'0F3C' < 9", params("radius", 9L)),
                Arguments.of("HAMMING", "WHERE v <~> x'0F3C' BETWEEN 3 AND 9", params("range_filter", 3L, "radius", 9L)),
                Arguments.of("JACCARD", "WHERE distance() BETWEEN 0.25 AND 0.75", params("range_filter", 0.25, "radius", 0.75)));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("forms")
    void theLanguageBuildsTheRequestTheJavaSdkBuilds(String metric, String where, Map<String, Object> searchParams)
            throws Exception {
        boolean binary = metric.equals("HAMMING") || metric.equals("JACCARD");
        String collection = (binary ? "b_" : "c_") + metric;
        String op = switch (metric) {
            case "L2" -> "<->";
            case "IP" -> "<#>";
            case "COSINE" -> "<=>";
            case "HAMMING" -> "<~>";
            default -> "<%>";
        };
        String vector = binary ? "x'0F3C'" : Q;
        String[] clauses = where.replace(" Q ", " " + vector + " ").split(" WITH ");
        String sql = "SELECT id, distance() FROM " + collection + " " + clauses[0] + " ORDER BY v " + op + " "
                + vector + " LIMIT 50 OFFSET 0 WITH (ignore_growing = false, consistency_level = 'Strong'"
                + (clauses.length > 1 ? ", " + clauses[1].substring(1, clauses[1].length() - 1) : "") + ")";
        proxy.reset();
        Rows hits = query(connection, sql);
        SearchRequest ours = (SearchRequest) proxy.requests().stream().filter(r -> r instanceof SearchRequest)
                .findFirst().orElseThrow();

        BaseVector data = binary ? new BinaryVec(new byte[] {0x0F, 0x3C}) : new FloatVec(QV);
        String filter = where.contains("id > 10") ? "id > 10" : null;
        SearchReq.SearchReqBuilder sdk = SearchReq.builder().databaseName("default").collectionName(collection)
                .annsField("v").metricType(IndexParam.MetricType.valueOf(metric)).data(List.of(data)).limit(50)
                .offset(0).searchParams(searchParams).outputFields(List.of("id"))
                .consistencyLevel(io.milvus.v2.common.ConsistencyLevel.STRONG);
        if (filter != null) {
            sdk.filter(filter);
        }
        SearchRequest theirs = SearchRequest.parseFrom(new VectorUtils().ConvertToGrpcSearchRequest(sdk.build())
                .toByteArray());

        assertThat(searchParams(ours)).isEqualTo(searchParams(theirs));
        assertThat(ours.getPlaceholderGroup()).isEqualTo(theirs.getPlaceholderGroup());
        assertThat(ours.getDsl()).isEqualTo(theirs.getDsl());
        assertThat(ours.getDslType()).isEqualTo(theirs.getDslType());
        assertThat(ours.getNq()).isEqualTo(1);
        assertThat(ours.getCollectionName()).isEqualTo(theirs.getCollectionName());
        assertThat(ours.getDbName()).isEqualTo(theirs.getDbName());
        assertThat(ours.getPartitionNamesList()).isEqualTo(theirs.getPartitionNamesList());
        assertThat(ours.getConsistencyLevel()).isEqualTo(theirs.getConsistencyLevel());

        // the engine answers the SDK's request with the same hits, all inside the range
        dev.quiver.proto.milvus.SearchResults sdkAnswer = dev.quiver.proto.milvus.MilvusServiceGrpc
                .newBlockingStub(engine.inProcessChannel()).search(theirs);
        assertThat(sdkAnswer.getStatus().getCode()).as(sdkAnswer.getStatus().getReason()).isZero();
        assertThat(sdkAnswer.getResults().getIds().getIntId().getDataList()).isEqualTo(hits.column("id"));
        assertThat(sdkAnswer.getResults().getScoresList()).isEqualTo(hits.column("distance"));
        double radius = ((Number) searchParams.get("radius")).doubleValue();
        Object rf = searchParams.get("range_filter");
        boolean larger = metric.equals("IP") || metric.equals("COSINE");
        assertThat(hits.rows()).isNotEmpty();
        for (Object d : hits.column("distance")) {
            double score = ((Number) d).doubleValue();
            if (larger) {
                assertThat(score).isGreaterThan(radius);
                if (rf != null) {
                    assertThat(score).isLessThanOrEqualTo(((Number) rf).doubleValue() + 1e-6);
                }
            } else {
                assertThat(score).isLessThan(radius);
                if (rf != null) {
                    assertThat(score).isGreaterThanOrEqualTo(((Number) rf).doubleValue() - 1e-6);
                }
            }
        }
    }

    /** search_params as key → value, with the {@code params} JSON object parsed (key order is not meaningful). */
    private static Map<String, Object> searchParams(SearchRequest request) throws Exception {
        Map<String, Object> out = new TreeMap<>();
        for (KeyValuePair kv : request.getSearchParamsList()) {
            Object value = kv.getKey().equals("params") ? JSON.readTree(kv.getValue()) : kv.getValue();
            assertThat(out.put(kv.getKey(), value)).as("search param %s given twice", kv.getKey()).isNull();
        }
        return out;
    }

    @Test
    void explainShowsRadiusAndRangeFilter() throws Exception {
        Rows explain = query(connection, "EXPLAIN SELECT id FROM c_L2 WHERE v <-> " + Q + " BETWEEN 0.5 AND 1.5"
                + " ORDER BY v <-> " + Q + " LIMIT 5");
        String request = (String) explain.get(explain.column("rpc").indexOf("Search"), "request");
        assertThat(request).contains("{\"key\":\"radius\",\"value\":\"1.5\"}")
                .contains("{\"key\":\"range_filter\",\"value\":\"0.5\"}")
                .contains("\\\"radius\\\":1.5").contains("\\\"range_filter\\\":0.5");
        JsonNode parsed = JSON.readTree(request);
        assertThat(parsed.get("search_params")).isNotNull();
    }

    @Test
    void boundsMilvusCannotExpressAreErrorsNamingTheClause() {
        assertThatThrownBy(() -> query(connection, "SELECT id FROM c_L2 WHERE v <-> " + Q + " > 1.0 ORDER BY v <-> "
                + Q + " LIMIT 5")).isInstanceOf(SQLException.class)
                .hasMessageContaining("WHERE distance() > 1.0: Milvus's range_filter is an inclusive bound");
        assertThatThrownBy(() -> query(connection, "SELECT id FROM c_COSINE WHERE v <=> " + Q + " <= 0.5 ORDER BY"
                + " v <=> " + Q + " LIMIT 5")).isInstanceOf(SQLException.class)
                .hasMessageContaining("WHERE distance() <= 0.5: this bound is Milvus's range_filter, which only counts"
                        + " in a range search with a radius");
        assertThatThrownBy(() -> query(connection, "SELECT id FROM c_IP WHERE distance() BETWEEN 0.9 AND 0.1"
                + " ORDER BY v <#> " + Q + " LIMIT 5")).isInstanceOf(SQLException.class)
                .hasMessageContaining("WHERE distance() <= 0.1 AND distance() > 0.9: the range is empty");
    }

    @Test
    void unknownSearchKeysAreRejectedAsQuerysAre() {
        assertThatThrownBy(() -> query(connection, "SELECT id FROM c_L2 ORDER BY v <-> " + Q + " LIMIT 5"
                + " WITH (nprobes = 16)")).isInstanceOf(SQLException.class)
                .hasMessageStartingWith("unknown property 'nprobes' in SELECT ... ORDER BY ... WITH; accepted: "
                        + "bm25_b, bm25_k1, consistency_level, dim_max_score_ratio, drop_ratio_search, ef, group_size, hints, "
                        + "ignore_growing, itopk_size, level, max_empty_result_buckets, max_iterations, "
                        + "min_iterations, nprobe, rbq_query_bits, refine_k, reorder_k, round_decimal, "
                        + "search_list, search_width, strict_group_size, team_size");
        assertThatThrownBy(() -> query(connection, "SELECT id FROM c_L2 LIMIT 5 WITH (nprobe = 16)"))
                .isInstanceOf(SQLException.class)
                .hasMessageStartingWith("unknown property 'nprobe' in SELECT ... WITH; accepted: ");
        assertThatThrownBy(() -> query(connection, "SELECT id FROM c_L2 ORDER BY v <-> " + Q + " LIMIT 5"
                + " WITH (radius = 1.0)")).isInstanceOf(SQLException.class)
                .hasMessageContaining("WITH (radius = ...): a range search is written as a distance bound in the WHERE");
    }
}
