package dev.quiver.bench;

import com.google.protobuf.ByteString;
import dev.quiver.embedded.EmbeddedMilvus;
import dev.quiver.proto.milvus.CollectionSchema;
import dev.quiver.proto.milvus.CreateCollectionRequest;
import dev.quiver.proto.milvus.CreateIndexRequest;
import dev.quiver.proto.milvus.DataType;
import dev.quiver.proto.milvus.DslType;
import dev.quiver.proto.milvus.FieldData;
import dev.quiver.proto.milvus.FieldSchema;
import dev.quiver.proto.milvus.FlushRequest;
import dev.quiver.proto.milvus.FunctionSchema;
import dev.quiver.proto.milvus.FunctionType;
import dev.quiver.proto.milvus.InsertRequest;
import dev.quiver.proto.milvus.LoadCollectionRequest;
import dev.quiver.proto.milvus.LongArray;
import dev.quiver.proto.milvus.MilvusServiceGrpc;
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
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Full-text search (issue 10): the time of one BM25 text search (top 10, a three-word query) over {@code docs}
 * documents of 20–80 words from a 5,000-word Zipf vocabulary (flushed into sealed segments, SPARSE_INVERTED_INDEX
 * with metric BM25), and insert throughput of 1,000-document batches with the BM25 function on and off (same text
 * and schema; off, the client sends an empty sparse vector per row), so that {@code insertWithBm25 /
 * insertWithoutFunction} is the cost of analysing and hashing the text at insert, measured in one run.
 */
public class FullTextBenchmark {
    static final int BATCH = 1_000;
    static final int VOCABULARY = 5_000;

    /** A deterministic corpus: word i of the vocabulary is drawn with probability ∝ 1 / (i + 1). */
    static final class Corpus {
        private final String[] words = new String[VOCABULARY];
        private final double[] cumulative = new double[VOCABULARY];
        private final SplittableRandom random;

        Corpus(long seed) {
            random = new SplittableRandom(seed);
            SplittableRandom letters = new SplittableRandom(11);
            double sum = 0;
            for (int i = 0; i < VOCABULARY; i++) {
                StringBuilder word = new StringBuilder();
                int length = 3 + letters.nextInt(8);
                for (int c = 0; c < length; c++) {
                    word.append((char) ('a' + letters.nextInt(26)));
                }
                words[i] = word.toString();
                sum += 1.0 / (i + 1);
                cumulative[i] = sum;
            }
            for (int i = 0; i < VOCABULARY; i++) {
                cumulative[i] /= sum;
            }
        }

        String word() {
            int index = java.util.Arrays.binarySearch(cumulative, random.nextDouble());
            return words[Math.min(index < 0 ? -index - 1 : index, VOCABULARY - 1)];
        }

        String text(int minWords, int maxWords) {
            int length = minWords + random.nextInt(maxWords - minWords + 1);
            StringBuilder text = new StringBuilder();
            for (int w = 0; w < length; w++) {
                text.append(w == 0 ? "" : w % 9 == 0 ? ". " : " ").append(word());
            }
            return text.toString();
        }
    }

    /** An in-memory engine with {@code docs (id, text ANALYZER, sparse[, FUNCTION bm25])}. */
    static final class Collection implements AutoCloseable {
        final EmbeddedMilvus engine;
        final MilvusServiceBlockingStub stub;
        final boolean function;
        private long nextId = 1;

        Collection(boolean function) throws IOException {
            this.function = function;
            engine = EmbeddedMilvus.builder().inMemory().build();
            stub = MilvusServiceGrpc.newBlockingStub(engine.inProcessChannel());
            CollectionSchema.Builder schema = CollectionSchema.newBuilder().setName("docs")
                    .addFields(FieldSchema.newBuilder().setName("id").setDataType(DataType.Int64).setIsPrimaryKey(true))
                    .addFields(FieldSchema.newBuilder().setName("text").setDataType(DataType.VarChar)
                            .addTypeParams(EngineFixture.kv("max_length", "65535"))
                            .addTypeParams(EngineFixture.kv("enable_analyzer", "true")))
                    .addFields(FieldSchema.newBuilder().setName("sparse").setDataType(DataType.SparseFloatVector));
            if (function) {
                schema.addFunctions(FunctionSchema.newBuilder().setName("bm25").setType(FunctionType.BM25)
                        .addInputFieldNames("text").addOutputFieldNames("sparse"));
            }
            EngineFixture.check(stub.createCollection(CreateCollectionRequest.newBuilder().setCollectionName("docs")
                    .setSchema(schema.build().toByteString()).build()));
            EngineFixture.check(stub.createIndex(CreateIndexRequest.newBuilder().setCollectionName("docs")
                    .setFieldName("sparse").addExtraParams(EngineFixture.kv("index_type", "SPARSE_INVERTED_INDEX"))
                    .addExtraParams(EngineFixture.kv("metric_type", function ? "BM25" : "IP")).build()));
            EngineFixture.check(stub.loadCollection(LoadCollectionRequest.newBuilder().setCollectionName("docs")
                    .build()));
        }

        InsertRequest insertRequest(List<String> texts) {
            LongArray.Builder ids = LongArray.newBuilder();
            for (int i = 0; i < texts.size(); i++) {
                ids.addData(nextId++);
            }
            InsertRequest.Builder request = InsertRequest.newBuilder().setCollectionName("docs")
                    .setNumRows(texts.size())
                    .addFieldsData(FieldData.newBuilder().setFieldName("id").setType(DataType.Int64)
                            .setScalars(ScalarField.newBuilder().setLongData(ids)))
                    .addFieldsData(FieldData.newBuilder().setFieldName("text").setType(DataType.VarChar)
                            .setScalars(ScalarField.newBuilder().setStringData(StringArray.newBuilder()
                                    .addAllData(texts))));
            if (!function) {
                SparseFloatArray.Builder empty = SparseFloatArray.newBuilder();
                for (int i = 0; i < texts.size(); i++) {
                    empty.addContents(ByteString.EMPTY);
                }
                request.addFieldsData(FieldData.newBuilder().setFieldName("sparse")
                        .setType(DataType.SparseFloatVector)
                        .setVectors(VectorField.newBuilder().setSparseFloatVector(empty)));
            }
            return request.build();
        }

        void insert(InsertRequest request) {
            MutationResult result = stub.insert(request);
            EngineFixture.check(result.getStatus());
        }

        @Override
        public void close() {
            engine.close();
        }
    }

    /** The searched collection: {@code docs} documents, flushed, with 64 three-word queries to cycle through. */
    @State(Scope.Benchmark)
    public static class SearchState {
        @Param("100000")
        public int docs;

        Collection collection;
        final List<SearchRequest> queries = new ArrayList<>();
        int next;

        @Setup(Level.Trial)
        public void load() throws IOException {
            collection = new Collection(true);
            Corpus corpus = new Corpus(2026);
            for (int done = 0; done < docs; done += BATCH) {
                List<String> texts = new ArrayList<>();
                for (int i = 0; i < Math.min(BATCH, docs - done); i++) {
                    texts.add(corpus.text(20, 80));
                }
                collection.insert(collection.insertRequest(texts));
            }
            EngineFixture.check(collection.stub.flush(FlushRequest.newBuilder().addCollectionNames("docs").build())
                    .getStatus());
            for (int q = 0; q < 64; q++) {
                PlaceholderGroup group = PlaceholderGroup.newBuilder().addPlaceholders(PlaceholderValue.newBuilder()
                        .setTag("$0").setType(PlaceholderType.VarChar)
                        .addValues(ByteString.copyFromUtf8(corpus.text(3, 3)))).build();
                queries.add(SearchRequest.newBuilder().setCollectionName("docs").setNq(1)
                        .setPlaceholderGroup(group.toByteString()).setDslType(DslType.BoolExprV1)
                        .addSearchParams(EngineFixture.kv("anns_field", "sparse"))
                        .addSearchParams(EngineFixture.kv("topk", "10"))
                        .addSearchParams(EngineFixture.kv("metric_type", "BM25")).build());
            }
        }

        @TearDown(Level.Trial)
        public void close() {
            collection.close();
        }
    }

    /** A fresh collection per iteration and pre-built 1,000-document batches, with or without the function. */
    @State(Scope.Benchmark)
    public static class InsertState {
        Collection withFunction;
        Collection withoutFunction;
        final List<String> texts = new ArrayList<>();

        @Setup(Level.Iteration)
        public void open() throws IOException {
            withFunction = new Collection(true);
            withoutFunction = new Collection(false);
            if (texts.isEmpty()) {
                Corpus corpus = new Corpus(7);
                for (int i = 0; i < BATCH; i++) {
                    texts.add(corpus.text(20, 80));
                }
            }
        }

        @TearDown(Level.Iteration)
        public void close() {
            withFunction.close();
            withoutFunction.close();
        }
    }

    /** One text search, in µs. */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    @Warmup(iterations = 3, time = 2)
    @Measurement(iterations = 5, time = 2)
    @Fork(value = 1, jvmArgs = {"-Xmx6g"})
    public SearchResults bm25Search(SearchState state) {
        SearchRequest request = state.queries.get(state.next++ & 63);
        SearchResults results = state.collection.stub.search(request);
        EngineFixture.check(results.getStatus());
        return results;
    }

    /** Rows/s inserting with the BM25 function filling the sparse field. */
    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    @OperationsPerInvocation(BATCH)
    @Warmup(iterations = 3, time = 2)
    @Measurement(iterations = 5, time = 2)
    @Fork(value = 1, jvmArgs = {"-Xmx6g"})
    public void insertWithBm25(InsertState state) {
        state.withFunction.insert(state.withFunction.insertRequest(state.texts));
    }

    /** Rows/s inserting the same texts without a function (the client sends an empty sparse vector). */
    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    @OperationsPerInvocation(BATCH)
    @Warmup(iterations = 3, time = 2)
    @Measurement(iterations = 5, time = 2)
    @Fork(value = 1, jvmArgs = {"-Xmx6g"})
    public void insertWithoutFunction(InsertState state) {
        state.withoutFunction.insert(state.withoutFunction.insertRequest(state.texts));
    }
}
