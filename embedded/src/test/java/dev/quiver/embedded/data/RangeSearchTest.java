package dev.quiver.embedded.data;

import static dev.quiver.embedded.data.Rows.field;
import static dev.quiver.embedded.data.Rows.pk;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.google.protobuf.ByteString;
import dev.quiver.proto.milvus.CollectionSchema;
import dev.quiver.proto.milvus.DataType;
import dev.quiver.proto.milvus.PlaceholderType;
import dev.quiver.proto.milvus.SearchResultData;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Range search (radius alone, range_filter alone, both) for every metric against a brute-force oracle over 1,200
 * random vectors spread over sealed and growing segments. The oracle is Milvus's rule: L2, HAMMING and JACCARD keep
 * {@code range_filter <= d < radius}, IP and COSINE keep {@code radius < s <= range_filter}, range_filter without
 * radius is a plain top-k search.
 */
class RangeSearchTest extends EngineFixture {
    private static final int ROWS = 1_200;
    private static final int DIM = 16;
    private static final int BITS = 32;
    private static final String ALL = "16384";
    private final Random random = new Random(20261207);
    private float[][] dense;
    private byte[][] binary;

    @BeforeEach
    void setUp() {
        start(DataOptions.defaults().withSealRows(500));
        dense = new float[ROWS][DIM];
        binary = new byte[ROWS][BITS / 8];
        for (int i = 0; i < ROWS; i++) {
            for (int j = 0; j < DIM; j++) {
                dense[i][j] = random.nextFloat() * 2 - 1;
            }
            random.nextBytes(binary[i]);
        }
        for (String metric : List.of("L2", "IP", "COSINE", "HAMMING", "JACCARD")) {
            boolean bits = isBinary(metric);
            CollectionSchema schema = CollectionSchema.newBuilder()
                    .addFields(pk("id", DataType.Int64, false))
                    .addFields(bits ? field("v", DataType.BinaryVector, "dim", Integer.toString(BITS))
                            : field("v", DataType.FloatVector, "dim", Integer.toString(DIM)))
                    .build();
            catalog.create("c_" + metric, schema, Map.of("v", metric));
            catalog.load("c_" + metric);
            for (int start = 0; start < ROWS; start += 100) {
                int end = start + 100;
                long[] ids = IntStream.range(start, end).asLongStream().toArray();
                insert("c_" + metric, Rows.longs("id", ids), bits
                        ? Rows.binaryVectors("v", BITS, Arrays.copyOfRange(binary, start, end))
                        : Rows.floatVectors("v", Arrays.copyOfRange(dense, start, end)));
            }
        }
    }

    private static boolean isBinary(String metric) {
        return metric.equals("HAMMING") || metric.equals("JACCARD");
    }

    private static boolean largerIsCloser(String metric) {
        return metric.equals("IP") || metric.equals("COSINE");
    }

    /** The oracle's score of every row for query row {@code q} (the query is a stored row, perturbed). */
    private double[] scores(String metric, Object query) {
        double[] out = new double[ROWS];
        for (int i = 0; i < ROWS; i++) {
            out[i] = switch (metric) {
                case "L2" -> {
                    double s = 0;
                    for (int j = 0; j < DIM; j++) {
                        double d = ((float[]) query)[j] - dense[i][j];
                        s += d * d;
                    }
                    yield s;
                }
                case "IP" -> dot((float[]) query, dense[i]);
                case "COSINE" -> dot((float[]) query, dense[i])
                        / Math.sqrt(dot((float[]) query, (float[]) query) * dot(dense[i], dense[i]));
                case "HAMMING" -> {
                    int bits = 0;
                    for (int b = 0; b < BITS / 8; b++) {
                        bits += Integer.bitCount((((byte[]) query)[b] ^ binary[i][b]) & 0xff);
                    }
                    yield bits;
                }
                default -> {
                    int and = 0;
                    int or = 0;
                    for (int b = 0; b < BITS / 8; b++) {
                        int x = ((byte[]) query)[b] & 0xff;
                        int y = binary[i][b] & 0xff;
                        and += Integer.bitCount(x & y);
                        or += Integer.bitCount(x | y);
                    }
                    yield or == 0 ? 0 : 1 - (double) and / or;
                }
            };
        }
        return out;
    }

    private static double dot(float[] a, float[] b) {
        double s = 0;
        for (int j = 0; j < a.length; j++) {
            s += (double) a[j] * b[j];
        }
        return s;
    }

    private Object query(String metric, int seed) {
        Random r = new Random(seed);
        if (isBinary(metric)) {
            byte[] q = binary[seed % ROWS].clone();
            q[r.nextInt(q.length)] ^= (byte) (1 << r.nextInt(8));
            return q;
        }
        float[] q = dense[seed % ROWS].clone();
        for (int j = 0; j < DIM; j++) {
            q[j] += (r.nextFloat() - 0.5f) * 0.6f;
        }
        return q;
    }

    private ByteString encode(String metric, Object query) {
        return isBinary(metric) ? Rows.byteQueries(PlaceholderType.BinaryVector, (byte[]) query)
                : Rows.floatQueries((float[]) query);
    }

    /**
     * A bound between two oracle values around the given quantile (closer-first order), at least 1e-3 away from
     * every score, so float32 and double scoring agree on which side each row falls. HAMMING distances are exact
     * integers, so its bound is a distance itself, which exercises the inclusive and exclusive edges.
     */
    private static double bound(String metric, double[] scores, double quantile) {
        double[] sorted = closerFirst(metric, scores);
        int k = (int) (sorted.length * quantile);
        if (metric.equals("HAMMING")) {
            return sorted[k];
        }
        for (int i = k; i < sorted.length - 1; i++) {
            if (Math.abs(sorted[i + 1] - sorted[i]) > 2e-3) {
                return (sorted[i] + sorted[i + 1]) / 2;
            }
        }
        throw new AssertionError("no gap in the scores after quantile " + quantile);
    }

    private static double[] closerFirst(String metric, double[] scores) {
        double[] sorted = scores.clone();
        Arrays.sort(sorted);
        if (largerIsCloser(metric)) {
            for (int i = 0; i < sorted.length / 2; i++) {
                double t = sorted[i];
                sorted[i] = sorted[sorted.length - 1 - i];
                sorted[sorted.length - 1 - i] = t;
            }
        }
        return sorted;
    }

    private static boolean inRange(String metric, double score, Double radius, Double rangeFilter) {
        if (radius == null) {
            return true;
        }
        if (largerIsCloser(metric)) {
            return score > radius && (rangeFilter == null || score <= rangeFilter);
        }
        return score < radius && (rangeFilter == null || score >= rangeFilter);
    }

    /** The oracle's hits: rows in range, closer first, at most {@code limit}. */
    private static List<Integer> oracle(String metric, double[] scores, Double radius, Double rangeFilter, int limit) {
        Comparator<Integer> closer = Comparator.comparingDouble(i -> scores[i]);
        if (largerIsCloser(metric)) {
            closer = closer.reversed();
        }
        return IntStream.range(0, ROWS).boxed().filter(i -> inRange(metric, scores[i], radius, rangeFilter))
                .sorted(closer).limit(limit).toList();
    }

    /**
     * The engine's hits equal the oracle's: the same ids when every row in range is returned, and otherwise the
     * same scores in the same order (rows with equal scores may come in either order), each id with its own score.
     */
    private static void assertMatches(String metric, SearchResultData r, List<Integer> expected, double[] scores,
                                      boolean complete) {
        List<Long> ids = r.getIds().getIntId().getDataList();
        assertThat(ids).hasSize(expected.size());
        assertThat(r.getTopks(0)).isEqualTo(expected.size());
        double tolerance = isBinary(metric) ? 1e-6 : 1e-3;
        for (int k = 0; k < ids.size(); k++) {
            int id = (int) (long) ids.get(k);
            assertThat((double) r.getScores(k)).as("score of id %d", id).isCloseTo(scores[id], within(tolerance));
            assertThat((double) r.getScores(k)).as("rank %d", k).isCloseTo(scores[expected.get(k)], within(tolerance));
        }
        if (complete) {
            Set<Long> want = new HashSet<>();
            expected.forEach(i -> want.add((long) i));
            assertThat(new HashSet<>(ids)).isEqualTo(want);
        }
    }

    private SearchResultData search(String metric, Object query, String... params) {
        List<String> all = new ArrayList<>(List.of(params));
        return search("c_" + metric, encode(metric, query), "", List.of(), all.toArray(String[]::new)).getResults();
    }

    private static String text(double value) {
        return Double.toString(value);
    }

    @ParameterizedTest
    @ValueSource(strings = {"L2", "IP", "COSINE", "HAMMING", "JACCARD"})
    void radiusAloneKeepsEveryRowInsideTheOuterBound(String metric) {
        for (int seed = 1; seed <= 3; seed++) {
            Object q = query(metric, seed * 97);
            double[] scores = scores(metric, q);
            double radius = bound(metric, scores, 0.3);
            List<Integer> expected = oracle(metric, scores, radius, null, ROWS);
            assertThat(expected).hasSizeBetween(100, 700);
            assertMatches(metric, search(metric, q, "topk", ALL, "params", "{\"radius\": " + text(radius) + "}"),
                    expected, scores, true);
            // limited: the closest rows in range, as a flattened key (Milvus 2.5.1+ reads the top level)
            assertMatches(metric, search(metric, q, "topk", "10", "radius", text(radius)),
                    oracle(metric, scores, radius, null, 10), scores, false);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"L2", "IP", "COSINE", "HAMMING", "JACCARD"})
    void bothBoundsKeepTheBandBetweenThem(String metric) {
        for (int seed = 1; seed <= 3; seed++) {
            Object q = query(metric, seed * 131);
            double[] scores = scores(metric, q);
            double rangeFilter = bound(metric, scores, 0.05);
            double radius = bound(metric, scores, 0.4);
            List<Integer> expected = oracle(metric, scores, radius, rangeFilter, ROWS);
            assertThat(expected).hasSizeBetween(100, 700);
            assertMatches(metric, search(metric, q, "topk", ALL, "params",
                    "{\"radius\": " + text(radius) + ", \"range_filter\": " + text(rangeFilter) + "}"),
                    expected, scores, true);
            // with an offset, the window of the band
            SearchResultData paged = search(metric, q, "topk", "20", "offset", "30", "radius", text(radius),
                    "range_filter", text(rangeFilter));
            assertMatches(metric, paged, oracle(metric, scores, radius, rangeFilter, 50).subList(30, 50), scores,
                    false);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"L2", "IP", "COSINE", "HAMMING", "JACCARD"})
    void rangeFilterAloneIsAPlainTopKSearch(String metric) {
        Object q = query(metric, 4242);
        double[] scores = scores(metric, q);
        double rangeFilter = bound(metric, scores, 0.2);
        SearchResultData r = search(metric, q, "topk", "25", "params", "{\"range_filter\": " + text(rangeFilter) + "}");
        assertMatches(metric, r, oracle(metric, scores, null, null, 25), scores, false);
        assertThat(r.getIdsOrBuilder().getIntId().getDataList())
                .isEqualTo(search(metric, q, "topk", "25").getIds().getIntId().getDataList());
    }

    /**
     * The edges use the engine's own float32 scores as bounds: a hit whose score equals the radius is dropped, one
     * whose score equals range_filter is kept.
     */
    @ParameterizedTest
    @ValueSource(strings = {"L2", "IP", "COSINE", "HAMMING", "JACCARD"})
    void radiusIsExclusiveAndRangeFilterInclusive(String metric) {
        Object q = query(metric, 777);
        SearchResultData top = search(metric, q, "topk", "200");
        List<Float> s = top.getScoresList();
        float inner = s.get(20);
        float outer = s.get(120);
        boolean larger = largerIsCloser(metric);
        long expected = s.stream().filter(x -> larger ? x > outer && x <= inner : x < outer && x >= inner).count();
        SearchResultData r = search(metric, q, "topk", ALL, "radius", Float.toString(outer), "range_filter",
                Float.toString(inner));
        assertThat(r.getScoresList()).contains(inner).doesNotContain(outer);
        assertThat(r.getScoresList()).allSatisfy(x -> assertThat(larger ? x > outer && x <= inner
                : x < outer && x >= inner).isTrue());
        if (!isBinary(metric)) {
            assertThat((long) r.getTopks(0)).isEqualTo(expected);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"L2", "HAMMING", "JACCARD"})
    void rangeFilterMustBeCloserThanRadiusForDistances(String metric) {
        Object q = query(metric, 5);
        assertError(() -> search(metric, q, "topk", "10", "params", "{\"radius\": 0.5, \"range_filter\": 1.5}"),
                1100, "range_filter must be less than radius for L2/HAMMING/JACCARD, range_filter:1.500000, "
                        + "radius:0.500000: invalid parameter");
        assertError(() -> search(metric, q, "topk", "10", "radius", "1", "range_filter", "1"), 1100,
                "range_filter must be less than radius for L2/HAMMING/JACCARD, range_filter:1.000000, radius:1.000000");
    }

    @ParameterizedTest
    @ValueSource(strings = {"IP", "COSINE"})
    void rangeFilterMustBeCloserThanRadiusForSimilarities(String metric) {
        Object q = query(metric, 5);
        assertError(() -> search(metric, q, "topk", "10", "params", "{\"radius\": 0.8, \"range_filter\": 0.2}"),
                1100, "range_filter must be greater than radius for IP/COSINE, range_filter:0.200000, "
                        + "radius:0.800000: invalid parameter");
    }

    @ParameterizedTest
    @ValueSource(strings = {"radius", "range_filter"})
    void boundsMustBeNumbers(String key) {
        Object q = query("L2", 5);
        String other = key.equals("radius") ? "range_filter" : "radius";
        assertError(() -> search("L2", q, "topk", "10", key, "near", other, "0.5"), 1100,
                "must pass numpy type for " + key);
    }
}
