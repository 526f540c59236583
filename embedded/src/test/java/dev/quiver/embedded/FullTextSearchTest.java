package dev.quiver.embedded;

import static dev.quiver.embedded.EngineFixture.assertOk;
import static dev.quiver.embedded.EngineFixture.pair;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.google.protobuf.ByteString;
import dev.quiver.proto.milvus.CollectionSchema;
import dev.quiver.proto.milvus.CompactionState;
import dev.quiver.proto.milvus.CreateIndexRequest;
import dev.quiver.proto.milvus.DataType;
import dev.quiver.proto.milvus.DeleteRequest;
import dev.quiver.proto.milvus.DescribeCollectionRequest;
import dev.quiver.proto.milvus.DescribeCollectionResponse;
import dev.quiver.proto.milvus.FieldData;
import dev.quiver.proto.milvus.FieldSchema;
import dev.quiver.proto.milvus.FlushRequest;
import dev.quiver.proto.milvus.FunctionSchema;
import dev.quiver.proto.milvus.FunctionType;
import dev.quiver.proto.milvus.GetCompactionStateRequest;
import dev.quiver.proto.milvus.InsertRequest;
import dev.quiver.proto.milvus.LoadCollectionRequest;
import dev.quiver.proto.milvus.LongArray;
import dev.quiver.proto.milvus.ManualCompactionRequest;
import dev.quiver.proto.milvus.ManualCompactionResponse;
import dev.quiver.proto.milvus.MilvusServiceGrpc.MilvusServiceBlockingStub;
import dev.quiver.proto.milvus.MutationResult;
import dev.quiver.proto.milvus.PlaceholderGroup;
import dev.quiver.proto.milvus.PlaceholderType;
import dev.quiver.proto.milvus.PlaceholderValue;
import dev.quiver.proto.milvus.ScalarField;
import dev.quiver.proto.milvus.SearchRequest;
import dev.quiver.proto.milvus.SearchResults;
import dev.quiver.proto.milvus.SparseFloatArray;
import dev.quiver.proto.milvus.StringArray;
import dev.quiver.proto.milvus.VectorField;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Full-text search through the Milvus protocol: a BM25 function fills the sparse field at insert and a text search
 * scores with Milvus's formula. The expected scores are computed here from first principles on a fixed 200-document
 * corpus (word counts, not the engine's hashing or statistics), and must survive flush, deletes, compaction and a
 * restart the way Milvus's per-segment statistics do.
 */
class FullTextSearchTest {
    private static final String[] WORDS = {"apple", "banana", "cherry", "delta", "echo", "falcon", "garden", "harbor",
        "island", "jungle", "kettle", "lemon", "mango", "nectar", "ocean", "pepper", "quartz", "river", "sunset",
        "tiger", "umbrella", "violet", "walnut", "xenon", "yellow", "zebra", "anchor", "breeze", "canyon", "desert"};
    private static final int DOCS = 200;

    /** The fixed corpus: Zipf-like word choice, 3..30 words each, mixed case and punctuation the analyzer drops. */
    static List<String> corpus() {
        Random random = new Random(20_261_207L);
        List<String> docs = new ArrayList<>();
        for (int d = 0; d < DOCS; d++) {
            int length = 3 + random.nextInt(28);
            StringBuilder text = new StringBuilder();
            for (int w = 0; w < length; w++) {
                int index = (int) Math.floor(Math.pow(random.nextDouble(), 2.2) * WORDS.length);
                String word = WORDS[index];
                text.append(random.nextInt(5) == 0 ? word.toUpperCase(Locale.ROOT) : word);
                text.append(random.nextInt(4) == 0 ? ", " : " ");
            }
            docs.add(text.toString().trim() + ".");
        }
        return docs;
    }

    /** Lower-case words of a corpus text (the standard analyzer on this alphabet). */
    static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        for (String w : text.toLowerCase(Locale.ROOT).split("[^a-z]+")) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }

    /** BM25 as Milvus defines it, over the documents {@code counted} (statistics) and ranking {@code live}. */
    static Map<Long, Double> expected(List<String> docs, Set<Long> counted, Set<Long> live, String query, double k1,
                                      double b) {
        double n = counted.size();
        double tokens = 0;
        Map<String, Integer> df = new HashMap<>();
        for (long id : counted) {
            List<String> w = words(docs.get((int) id));
            tokens += w.size();
            for (String t : new HashSet<>(w)) {
                df.merge(t, 1, Integer::sum);
            }
        }
        double avgdl = Math.max(tokens / n, 1);
        Map<String, Integer> qtf = new HashMap<>();
        for (String t : words(query)) {
            qtf.merge(t, 1, Integer::sum);
        }
        Map<Long, Double> scores = new HashMap<>();
        for (long id : live) {
            List<String> w = words(docs.get((int) id));
            Map<String, Integer> tf = new HashMap<>();
            for (String t : w) {
                tf.merge(t, 1, Integer::sum);
            }
            double score = 0;
            boolean matched = false;
            for (Map.Entry<String, Integer> q : qtf.entrySet()) {
                Integer f = tf.get(q.getKey());
                if (f == null) {
                    continue;
                }
                matched = true;
                double d = df.getOrDefault(q.getKey(), 0);
                double idf = Math.log(1 + (n - d + 0.5) / (d + 0.5));
                score += q.getValue() * idf * f * (k1 + 1) / (f + k1 * (1 - b + b * w.size() / avgdl));
            }
            if (matched) {
                scores.put(id, score);
            }
        }
        return scores;
    }

    static CollectionSchema schema() {
        return CollectionSchema.newBuilder().setName("docs")
                .addFields(FieldSchema.newBuilder().setName("id").setDataType(DataType.Int64).setIsPrimaryKey(true))
                .addFields(FieldSchema.newBuilder().setName("text").setDataType(DataType.VarChar)
                        .addTypeParams(pair("max_length", "1000")).addTypeParams(pair("enable_analyzer", "true"))
                        .addTypeParams(pair("enable_match", "true")))
                .addFields(FieldSchema.newBuilder().setName("sparse").setDataType(DataType.SparseFloatVector))
                .addFunctions(FunctionSchema.newBuilder().setName("bm25").setType(FunctionType.BM25)
                        .addInputFieldNames("text").addOutputFieldNames("sparse"))
                .build();
    }

    static void create(MilvusServiceBlockingStub stub, String... indexParams) {
        assertOk(stub.createCollection(EngineFixture.createRequest("docs", schema())));
        CreateIndexRequest.Builder index = CreateIndexRequest.newBuilder().setCollectionName("docs")
                .setFieldName("sparse").addExtraParams(pair("index_type", "SPARSE_INVERTED_INDEX"));
        for (int i = 0; i < indexParams.length; i += 2) {
            index.addExtraParams(pair(indexParams[i], indexParams[i + 1]));
        }
        assertOk(stub.createIndex(index.build()));
        assertOk(stub.loadCollection(LoadCollectionRequest.newBuilder().setCollectionName("docs").build()));
    }

    static void insert(MilvusServiceBlockingStub stub, List<String> docs, int from, int to) {
        LongArray.Builder ids = LongArray.newBuilder();
        StringArray.Builder texts = StringArray.newBuilder();
        for (int i = from; i < to; i++) {
            ids.addData(i);
            texts.addData(docs.get(i));
        }
        MutationResult result = stub.insert(InsertRequest.newBuilder().setCollectionName("docs").setNumRows(to - from)
                .addFieldsData(FieldData.newBuilder().setFieldName("id").setType(DataType.Int64)
                        .setScalars(ScalarField.newBuilder().setLongData(ids)))
                .addFieldsData(FieldData.newBuilder().setFieldName("text").setType(DataType.VarChar)
                        .setScalars(ScalarField.newBuilder().setStringData(texts)))
                .build());
        assertOk(result.getStatus());
    }

    static SearchResults search(MilvusServiceBlockingStub stub, String text, int topk, String... params) {
        PlaceholderGroup group = PlaceholderGroup.newBuilder().addPlaceholders(PlaceholderValue.newBuilder()
                .setTag("$0").setType(PlaceholderType.VarChar).addValues(ByteString.copyFromUtf8(text))).build();
        SearchRequest.Builder request = SearchRequest.newBuilder().setCollectionName("docs")
                .setPlaceholderGroup(group.toByteString()).setDslType(dev.quiver.proto.milvus.DslType.BoolExprV1)
                .addSearchParams(pair("anns_field", "sparse")).addSearchParams(pair("topk", Integer.toString(topk)));
        for (int i = 0; i < params.length; i += 2) {
            request.addSearchParams(pair(params[i], params[i + 1]));
        }
        return stub.search(request.build());
    }

    /** The engine's answer must be the top of the expected ranking, score by score. */
    static void assertMatches(SearchResults results, Map<Long, Double> expected, int topk) {
        assertOk(results.getStatus());
        List<Map.Entry<Long, Double>> ranking = new ArrayList<>(expected.entrySet());
        ranking.sort(Map.Entry.<Long, Double>comparingByValue(Comparator.reverseOrder())
                .thenComparing(Map.Entry.comparingByKey()));
        List<Long> ids = results.getResults().getIds().getIntId().getDataList();
        List<Float> scores = results.getResults().getScoresList();
        assertThat(ids).hasSize(Math.min(topk, ranking.size()));
        for (int i = 0; i < ids.size(); i++) {
            assertThat(expected).containsKey(ids.get(i));
            assertThat((double) scores.get(i)).as("score of %d", ids.get(i))
                    .isCloseTo(expected.get(ids.get(i)), within(1e-4 * Math.max(1, expected.get(ids.get(i)))));
            assertThat((double) scores.get(i)).as("rank %d", i)
                    .isCloseTo(ranking.get(i).getValue(), within(1e-4 * Math.max(1, ranking.get(i).getValue())));
        }
    }

    static Set<Long> range(int from, int to) {
        Set<Long> ids = new HashSet<>();
        for (long i = from; i < to; i++) {
            ids.add(i);
        }
        return ids;
    }

    @Test
    void scoresFollowMilvusFormulaOverTwoHundredDocuments() throws Exception {
        List<String> docs = corpus();
        try (EngineFixture fx = EngineFixture.inMemory()) {
            create(fx.stub);
            insert(fx.stub, docs, 0, DOCS);
            for (String query : List.of("apple", "tiger zebra", "Banana banana cherry", "desert canyon breeze xenon",
                    "umbrella! walnut? mango")) {
                assertMatches(search(fx.stub, query, 10), expected(docs, range(0, DOCS), range(0, DOCS), query, 1.2,
                        0.75), 10);
            }
            assertThat(search(fx.stub, "nothing matches this", 10).getResults().getTopksList()).containsExactly(0L);
        }
    }

    @Test
    void indexParametersK1AndBApply() throws Exception {
        List<String> docs = corpus();
        try (EngineFixture fx = EngineFixture.inMemory()) {
            create(fx.stub, "metric_type", "BM25", "bm25_k1", "1.8", "bm25_b", "0.3");
            insert(fx.stub, docs, 0, DOCS);
            assertMatches(search(fx.stub, "river sunset violet", 15), expected(docs, range(0, DOCS), range(0, DOCS),
                    "river sunset violet", 1.8, 0.3), 15);
            SearchResults mismatch = search(fx.stub, "river", 5, "bm25_k1", "1.2");
            assertThat(mismatch.getStatus().getCode()).isEqualTo(1100);
            assertThat(mismatch.getStatus().getReason()).contains("search time k1/b must equal load time config");
        }
    }

    @Test
    void statisticsFollowFlushDeletesCompactionAndRestart(@TempDir Path directory) throws Exception {
        List<String> docs = corpus();
        String query = "apple lemon quartz";
        try (EngineFixture fx = EngineFixture.inDirectory(directory)) {
            create(fx.stub);
            insert(fx.stub, docs, 0, 120);
            assertOk(fx.stub.flush(FlushRequest.newBuilder().addCollectionNames("docs").build()).getStatus());
            insert(fx.stub, docs, 120, DOCS);
            assertMatches(search(fx.stub, query, 20), expected(docs, range(0, DOCS), range(0, DOCS), query, 1.2, 0.75),
                    20);

            // deleted rows are no longer returned but still count in the statistics until compaction (Milvus keeps
            // per-segment BM25 stats, which deletes do not change)
            assertOk(fx.stub.delete(DeleteRequest.newBuilder().setCollectionName("docs").setExpr("id < 40").build())
                    .getStatus());
            Set<Long> live = range(40, DOCS);
            assertMatches(search(fx.stub, query, 20), expected(docs, range(0, DOCS), live, query, 1.2, 0.75), 20);
        }
        try (EngineFixture fx = EngineFixture.inDirectory(directory)) {
            assertMatches(search(fx.stub, query, 20), expected(docs, range(0, DOCS), range(40, DOCS), query, 1.2,
                    0.75), 20);
            assertOk(fx.stub.flush(FlushRequest.newBuilder().addCollectionNames("docs").build()).getStatus());
            DescribeCollectionResponse described = fx.stub.describeCollection(DescribeCollectionRequest.newBuilder()
                    .setCollectionName("docs").build());
            ManualCompactionResponse compaction = fx.stub.manualCompaction(ManualCompactionRequest.newBuilder()
                    .setCollectionID(described.getCollectionID()).build());
            assertOk(compaction.getStatus());
            for (int i = 0; i < 100 && fx.stub.getCompactionState(GetCompactionStateRequest.newBuilder()
                    .setCompactionID(compaction.getCompactionID()).build()).getState() != CompactionState.Completed; i++) {
                Thread.sleep(50);
            }
            // compaction rewrote the segments without the deleted rows: they leave the statistics too
            assertMatches(search(fx.stub, query, 20), expected(docs, range(40, DOCS), range(40, DOCS), query, 1.2,
                    0.75), 20);
        }
        try (EngineFixture fx = EngineFixture.inDirectory(directory)) {
            assertMatches(search(fx.stub, query, 20), expected(docs, range(40, DOCS), range(40, DOCS), query, 1.2,
                    0.75), 20);
        }
    }

    static List<Long> queryIds(MilvusServiceBlockingStub stub, String expr) {
        var results = stub.query(dev.quiver.proto.milvus.QueryRequest.newBuilder().setCollectionName("docs")
                .setExpr(expr).addOutputFields("id").build());
        assertOk(results.getStatus());
        return results.getFieldsDataList().stream().filter(f -> f.getFieldName().equals("id")).findFirst()
                .orElseThrow().getScalars().getLongData().getDataList();
    }

    @Test
    void textAndPhraseMatchFilterQueriesAndSearches() throws Exception {
        List<String> docs = List.of("The quick brown fox", "a quick red fox jumps", "Brown bears and a fox",
                "nothing here", "fox brown quick");
        try (EngineFixture fx = EngineFixture.inMemory()) {
            create(fx.stub);
            insert(fx.stub, docs, 0, docs.size());
            assertThat(queryIds(fx.stub, "text_match(text, 'BROWN bear')")).containsExactly(0L, 2L, 4L);
            assertThat(queryIds(fx.stub, "text_match(text, 'red nothing')")).containsExactly(1L, 3L);
            assertThat(queryIds(fx.stub, "not text_match(text, 'fox')")).containsExactly(3L);
            assertThat(queryIds(fx.stub, "phrase_match(text, 'quick brown')")).containsExactly(0L);
            assertThat(queryIds(fx.stub, "phrase_match(text, 'quick fox')")).isEmpty();
            assertThat(queryIds(fx.stub, "phrase_match(text, 'quick fox', 1)")).containsExactly(0L, 1L);
            assertThat(queryIds(fx.stub, "phrase_match(text, 'brown fox', 3)")).containsExactly(0L, 2L);
            assertThat(queryIds(fx.stub, "id > 0 and text_match(text, 'fox')")).containsExactly(1L, 2L, 4L);
            SearchResults withFilter = fx.stub.search(SearchRequest.newBuilder().mergeFrom(
                    searchRequest("fox", 10)).setDsl("text_match(text, 'quick')").build());
            assertOk(withFilter.getStatus());
            assertThat(withFilter.getResults().getIds().getIntId().getDataList())
                    .containsExactlyInAnyOrder(0L, 1L, 4L);
            SearchRequest sparseQuery = SearchRequest.newBuilder().mergeFrom(searchRequest("fox", 1))
                    .setPlaceholderGroup(PlaceholderGroup.newBuilder().addPlaceholders(PlaceholderValue.newBuilder()
                            .setTag("$0").setType(PlaceholderType.SparseFloatVector)
                            .addValues(ByteString.copyFrom(new byte[8]))).build().toByteString()).build();
            var mismatch = fx.stub.search(sparseQuery).getStatus();
            assertThat(mismatch.getCode()).isEqualTo(1100);
            assertThat(mismatch.getReason()).startsWith("vector type must be the same, field sparse - type VarChar, "
                    + "search info type SparseFloatVector");
            var highlighted = fx.stub.search(SearchRequest.newBuilder().mergeFrom(searchRequest("fox", 1))
                    .setHighlighter(dev.quiver.proto.milvus.Highlighter.getDefaultInstance()).build()).getStatus();
            assertThat(highlighted.getCode()).isEqualTo(3000);
            var refused = fx.stub.query(dev.quiver.proto.milvus.QueryRequest.newBuilder().setCollectionName("docs")
                    .setExpr("phrase_match(text, 'a', -1)").build());
            assertThat(refused.getStatus().getCode()).isEqualTo(1100);
            assertThat(refused.getStatus().getReason()).contains("\"slop\" should not be a negative interger");
        }
    }

    static SearchRequest searchRequest(String text, int topk) {
        PlaceholderGroup group = PlaceholderGroup.newBuilder().addPlaceholders(PlaceholderValue.newBuilder()
                .setTag("$0").setType(PlaceholderType.VarChar).addValues(ByteString.copyFromUtf8(text))).build();
        return SearchRequest.newBuilder().setCollectionName("docs").setPlaceholderGroup(group.toByteString())
                .setDslType(dev.quiver.proto.milvus.DslType.BoolExprV1)
                .addSearchParams(pair("anns_field", "sparse")).addSearchParams(pair("topk", Integer.toString(topk)))
                .build();
    }

    @Test
    void theSchemaComesBackAsMilvusStoresIt() throws Exception {
        try (EngineFixture fx = EngineFixture.inMemory()) {
            create(fx.stub);
            CollectionSchema schema = fx.stub.describeCollection(DescribeCollectionRequest.newBuilder()
                    .setCollectionName("docs").build()).getSchema();
            FunctionSchema function = schema.getFunctions(0);
            assertThat(function.getId()).isEqualTo(100);
            assertThat(function.getInputFieldIdsList()).containsExactly(101L);
            assertThat(function.getOutputFieldIdsList()).containsExactly(102L);
            assertThat(schema.getFields(2).getIsFunctionOutput()).isTrue();
            assertThat(schema.getFields(1).getTypeParamsList()).contains(pair("enable_analyzer", "true"));
        }
    }

    @Test
    void theClientMayNotSendTheFunctionOutput() throws Exception {
        try (EngineFixture fx = EngineFixture.inMemory()) {
            create(fx.stub);
            MutationResult result = fx.stub.insert(InsertRequest.newBuilder().setCollectionName("docs").setNumRows(1)
                    .addFieldsData(FieldData.newBuilder().setFieldName("id").setType(DataType.Int64)
                            .setScalars(ScalarField.newBuilder().setLongData(LongArray.newBuilder().addData(1))))
                    .addFieldsData(FieldData.newBuilder().setFieldName("text").setType(DataType.VarChar)
                            .setScalars(ScalarField.newBuilder().setStringData(StringArray.newBuilder().addData("a"))))
                    .addFieldsData(FieldData.newBuilder().setFieldName("sparse").setType(DataType.SparseFloatVector)
                            .setVectors(VectorField.newBuilder().setSparseFloatVector(SparseFloatArray.newBuilder()
                                    .addContents(ByteString.copyFrom(new byte[8])))))
                    .build());
            assertThat(result.getStatus().getCode()).isEqualTo(1100);
            assertThat(result.getStatus().getReason())
                    .isEqualTo("more fieldData has pass in: invalid parameter[expected=3][actual=4]");
        }
    }

    @Test
    void functionErrorsAreMilvusErrors() throws Exception {
        try (EngineFixture fx = EngineFixture.inMemory()) {
            CollectionSchema noAnalyzer = schema().toBuilder().setFields(1, FieldSchema.newBuilder().setName("text")
                    .setDataType(DataType.VarChar).addTypeParams(pair("max_length", "100"))).build();
            var status = fx.stub.createCollection(EngineFixture.createRequest("docs", noAnalyzer));
            assertThat(status.getCode()).isEqualTo(1100);
            assertThat(status.getReason()).isEqualTo("BM25 function input field must set enable_analyzer to true: "
                    + "invalid parameter");
            CollectionSchema jieba = schema().toBuilder().setFields(1, schema().getFields(1).toBuilder()
                    .addTypeParams(pair("analyzer_params", "{\"tokenizer\": \"jieba\"}"))).build();
            status = fx.stub.createCollection(EngineFixture.createRequest("docs", jieba));
            assertThat(status.getCode()).isEqualTo(3000);
            assertThat(status.getReason()).contains("jieba tokenizer is not supported by the embedded engine");
            assertOk(fx.stub.createCollection(EngineFixture.createRequest("docs", schema())));
            var index = fx.stub.createIndex(CreateIndexRequest.newBuilder().setCollectionName("docs")
                    .setFieldName("sparse").addExtraParams(pair("index_type", "SPARSE_INVERTED_INDEX"))
                    .addExtraParams(pair("metric_type", "IP")).build());
            assertThat(index.getCode()).isEqualTo(1100);
            assertThat(index.getReason()).isEqualTo("index metric type of BM25 function output field must be BM25, "
                    + "got IP: invalid parameter");
        }
    }
}
