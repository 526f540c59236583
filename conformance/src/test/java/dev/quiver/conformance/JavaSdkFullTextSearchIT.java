package dev.quiver.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.gson.Gson;
import com.google.gson.JsonObject;
import io.milvus.common.clientenum.FunctionType;
import io.milvus.v2.client.ConnectConfig;
import io.milvus.v2.client.MilvusClientV2;
import io.milvus.v2.common.ConsistencyLevel;
import io.milvus.v2.common.DataType;
import io.milvus.v2.common.IndexParam;
import io.milvus.v2.exception.MilvusClientException;
import io.milvus.v2.service.collection.request.AddFieldReq;
import io.milvus.v2.service.collection.request.CreateCollectionReq;
import io.milvus.v2.service.collection.request.CreateCollectionReq.Function;
import io.milvus.v2.service.collection.request.DescribeCollectionReq;
import io.milvus.v2.service.collection.request.DropCollectionReq;
import io.milvus.v2.service.collection.response.DescribeCollectionResp;
import io.milvus.v2.service.vector.request.InsertReq;
import io.milvus.v2.service.vector.request.QueryReq;
import io.milvus.v2.service.vector.request.RunAnalyzerReq;
import io.milvus.v2.service.vector.response.RunAnalyzerResp;
import io.milvus.v2.service.vector.request.SearchReq;
import io.milvus.v2.service.vector.request.data.EmbeddedText;
import io.milvus.v2.service.vector.response.QueryResp;
import io.milvus.v2.service.vector.response.SearchResp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The official Java SDK's full-text search (its {@code FullTextSearchExample}, 2.6.22) against {@code quiver serve},
 * step by step as the example does it: a VARCHAR field with {@code enableAnalyzer}, a BM25 {@code Function} filling a
 * sparse field, a SPARSE_INVERTED_INDEX with metric BM25 created with the collection, JSON rows without the sparse
 * field, and searches with {@code EmbeddedText}.
 */
class JavaSdkFullTextSearchIT {
    private static final String COLLECTION = "java_sdk_example_text_match_v2";
    private static QuiverServe server;
    private MilvusClientV2 client;

    @BeforeAll
    static void start() throws Exception {
        server = QuiverServe.start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @BeforeEach
    void connect() {
        client = new MilvusClientV2(ConnectConfig.builder().uri(server.uri()).build());
    }

    @AfterEach
    void close() {
        client.dropCollection(DropCollectionReq.builder().collectionName(COLLECTION).build());
        client.close();
    }

    private void createAsTheExampleDoes(Map<String, Object> analyzerParams, boolean enableMatch) {
        CreateCollectionReq.CollectionSchema schema = CreateCollectionReq.CollectionSchema.builder().build();
        schema.addField(AddFieldReq.builder().fieldName("id").dataType(DataType.Int64).isPrimaryKey(true)
                .autoID(false).build());
        AddFieldReq.AddFieldReqBuilder text = AddFieldReq.builder().fieldName("text").dataType(DataType.VarChar)
                .maxLength(65535).enableAnalyzer(true);
        if (analyzerParams != null) {
            text.analyzerParams(analyzerParams);
        }
        if (enableMatch) {
            text.enableMatch(true);
        }
        schema.addField(text.build());
        schema.addField(AddFieldReq.builder().fieldName("vector").dataType(DataType.SparseFloatVector).build());
        schema.addFunction(Function.builder().functionType(FunctionType.BM25).name("function_bm25")
                .inputFieldNames(Collections.singletonList("text"))
                .outputFieldNames(Collections.singletonList("vector")).build());
        List<IndexParam> indexes = new ArrayList<>();
        indexes.add(IndexParam.builder().fieldName("vector").indexType(IndexParam.IndexType.SPARSE_INVERTED_INDEX)
                .metricType(IndexParam.MetricType.BM25).build());
        client.createCollection(CreateCollectionReq.builder().collectionName(COLLECTION).collectionSchema(schema)
                .indexParams(indexes).consistencyLevel(ConsistencyLevel.BOUNDED).build());
        Gson gson = new Gson();
        List<JsonObject> rows = Arrays.asList(
                gson.fromJson("{\"id\": 0, \"text\": \"Milvus is an open-source vector database\"}", JsonObject.class),
                gson.fromJson("{\"id\": 1, \"text\": \"AI applications help people better life\"}", JsonObject.class),
                gson.fromJson("{\"id\": 2, \"text\": \"Will the electric car replace gas-powered car?\"}", JsonObject.class),
                gson.fromJson("{\"id\": 3, \"text\": \"LangChain is a composable framework to build with LLMs. Milvus is integrated into LangChain.\"}", JsonObject.class),
                gson.fromJson("{\"id\": 4, \"text\": \"RAG is the process of optimizing the output of a large language model\"}", JsonObject.class),
                gson.fromJson("{\"id\": 5, \"text\": \"Newton is one of the greatest scientist of human history\"}", JsonObject.class),
                gson.fromJson("{\"id\": 6, \"text\": \"Metric type L2 is Euclidean distance\"}", JsonObject.class),
                gson.fromJson("{\"id\": 7, \"text\": \"Embeddings represent real-world objects, like words, images, or videos, in a form that computers can process.\"}", JsonObject.class),
                gson.fromJson("{\"id\": 8, \"text\": \"The moon is 384,400 km distance away from earth\"}", JsonObject.class),
                gson.fromJson("{\"id\": 9, \"text\": \"Milvus supports L2 distance and IP similarity for float vector.\"}", JsonObject.class));
        client.insert(InsertReq.builder().collectionName(COLLECTION).data(rows).build());
    }

    private List<SearchResp.SearchResult> searchByText(String text, String filter) {
        SearchReq.SearchReqBuilder request = SearchReq.builder().collectionName(COLLECTION)
                .data(Collections.singletonList(new EmbeddedText(text))).limit(3)
                .outputFields(Collections.singletonList("text"));
        if (filter != null) {
            request.filter(filter);
        }
        SearchResp resp = client.search(request.build());
        assertThat(resp.getSearchResults()).hasSize(1);
        return resp.getSearchResults().get(0);
    }

    private static List<Object> ids(List<SearchResp.SearchResult> results) {
        return results.stream().map(SearchResp.SearchResult::getId).toList();
    }

    @Test
    void theSdkExampleRunsUnchanged() {
        createAsTheExampleDoes(null, false);
        QueryResp count = client.query(QueryReq.builder().collectionName(COLLECTION).filter("")
                .outputFields(Collections.singletonList("count(*)")).consistencyLevel(ConsistencyLevel.STRONG).build());
        assertThat(count.getQueryResults().get(0).getEntity().get("count(*)")).isEqualTo(10L);

        List<SearchResp.SearchResult> moon = searchByText("moon and earth distance", null);
        assertThat(ids(moon).get(0)).isEqualTo(8L);
        assertThat(moon.get(0).getEntity()).containsEntry("text", "The moon is 384,400 km distance away from earth");
        assertThat(ids(moon)).containsExactlyInAnyOrder(8L, 6L, 9L);
        assertThat(moon.get(0).getScore()).isGreaterThan(moon.get(1).getScore());

        List<SearchResp.SearchResult> milvus = searchByText("Milvus vector database", null);
        assertThat(ids(milvus)).containsExactly(0L, 9L, 3L);
    }

    @Test
    void describeCollectionReturnsTheFunctionAndTheAnalyzer() {
        createAsTheExampleDoes(Map.of("type", "english"), false);
        DescribeCollectionResp described = client.describeCollection(DescribeCollectionReq.builder()
                .collectionName(COLLECTION).build());
        CreateCollectionReq.CollectionSchema schema = described.getCollectionSchema();
        assertThat(schema.getFunctionList()).singleElement().satisfies(f -> {
            assertThat(f.getName()).isEqualTo("function_bm25");
            assertThat(f.getFunctionType()).isEqualTo(FunctionType.BM25);
            assertThat(f.getInputFieldNames()).containsExactly("text");
            assertThat(f.getOutputFieldNames()).containsExactly("vector");
        });
        CreateCollectionReq.FieldSchema text = schema.getField("text");
        assertThat(text.getEnableAnalyzer()).isTrue();
        assertThat(text.getAnalyzerParams()).containsEntry("type", "english");
        // the english analyzer stems: "databases" finds "database"
        assertThat(ids(searchByText("databases", null))).containsExactly(0L);
    }

    @Test
    void insertingTheFunctionOutputIsRefused() {
        createAsTheExampleDoes(null, false);
        JsonObject row = new Gson().fromJson("{\"id\": 10, \"text\": \"x\", \"vector\": {\"1\": 0.5}}",
                JsonObject.class);
        assertThatThrownBy(() -> client.insert(InsertReq.builder().collectionName(COLLECTION).data(List.of(row))
                .build())).isInstanceOf(MilvusClientException.class);
    }

    @Test
    void runAnalyzerAnswersMilvusTokenShape() {
        RunAnalyzerResp english = client.runAnalyzer(RunAnalyzerReq.builder()
                .texts(List.of("The Running dogs, the café!", "Milvus"))
                .analyzerParams(Map.of("tokenizer", "standard", "filter", List.of("lowercase", "asciifolding",
                        Map.of("type", "stop", "stop_words", List.of("the")),
                        Map.of("type", "stemmer", "language", "english"))))
                .withDetail(true).withHash(true).build());
        assertThat(english.getResults()).hasSize(2);
        List<RunAnalyzerResp.AnalyzerToken> tokens = english.getResults().get(0).getTokens();
        assertThat(tokens).extracting(RunAnalyzerResp.AnalyzerToken::getToken).containsExactly("run", "dog", "cafe");
        // byte offsets into the UTF-8 text; positions keep the gaps of removed stop words
        assertThat(tokens).extracting(RunAnalyzerResp.AnalyzerToken::getStartOffset).containsExactly(4L, 12L, 22L);
        assertThat(tokens).extracting(RunAnalyzerResp.AnalyzerToken::getEndOffset).containsExactly(11L, 16L, 27L);
        assertThat(tokens).extracting(RunAnalyzerResp.AnalyzerToken::getPosition).containsExactly(1L, 2L, 4L);
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update("run".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(tokens.get(0).getHash()).isEqualTo(crc.getValue() % 0xFFFFFFFFL);

        createAsTheExampleDoes(Map.of("type", "english"), true);
        RunAnalyzerResp byField = client.runAnalyzer(RunAnalyzerReq.builder().collectionName(COLLECTION)
                .fieldName("text").texts(List.of("Databases are running")).build());
        assertThat(byField.getResults().get(0).getTokens()).extracting(RunAnalyzerResp.AnalyzerToken::getToken)
                .containsExactly("databas", "run");
    }

    @Test
    void textMatchFiltersQueriesAndTextSearches() {
        createAsTheExampleDoes(null, true);
        QueryResp match = client.query(QueryReq.builder().collectionName(COLLECTION)
                .filter("text_match(text, 'langchain newton')").outputFields(List.of("id"))
                .consistencyLevel(ConsistencyLevel.STRONG).build());
        assertThat(match.getQueryResults()).extracting(r -> r.getEntity().get("id")).containsExactly(3L, 5L);
        assertThat(ids(searchByText("Milvus vector database", "phrase_match(text, 'float vector')")))
                .containsExactly(9L);
        assertThatThrownBy(() -> {
            client.dropCollection(DropCollectionReq.builder().collectionName(COLLECTION).build());
            createAsTheExampleDoes(null, false);
            client.query(QueryReq.builder().collectionName(COLLECTION).filter("text_match(text, 'milvus')")
                    .consistencyLevel(ConsistencyLevel.STRONG).build());
        }).isInstanceOf(MilvusClientException.class).hasMessageContaining("does not enable match");
    }
}
