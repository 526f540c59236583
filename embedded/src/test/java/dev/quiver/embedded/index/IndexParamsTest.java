package dev.quiver.embedded.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quiver.embedded.error.EngineException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Build and search parameter validation per index type, with Milvus 2.6's codes and messages. */
class IndexParamsTest {
    private static final int DIM = 128;

    private static Map<String, String> params(String... keyValues) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            map.put(keyValues[i], keyValues[i + 1]);
        }
        return map;
    }

    /** index type, parameters, expected code (0 = accepted), expected message fragment. */
    static Stream<Arguments> buildCases() {
        return Stream.of(
                Arguments.of("HNSW", params("M", "2"), 0, ""),
                Arguments.of("HNSW", params("M", "2048"), 0, ""),
                Arguments.of("HNSW", params("M", "16", "efConstruction", "200", "not_defined_param", "x"), 0, ""),
                Arguments.of("HNSW", params(), 0, ""),
                Arguments.of("HNSW", params("M", "-1"), 1100,
                        "Out of range in json: param 'M' (-1) should be in range [2, 2048]: invalid parameter"),
                Arguments.of("HNSW", params("M", "1"), 1100, "param 'M' (1) should be in range [2, 2048]"),
                Arguments.of("HNSW", params("M", "2049"), 1100, "param 'M' (2049) should be in range [2, 2048]"),
                Arguments.of("HNSW", params("M", "16.0"), 1100,
                        "wrong data type in json, key: 'M', value: '16.0': invalid parameter"),
                Arguments.of("HNSW", params("M", "abc"), 1100,
                        "invalid integer value, key: 'M', value: 'abc': invalid parameter"),
                Arguments.of("HNSW", params("M", "True"), 1100, "invalid integer value, key: 'M', value: 'True'"),
                Arguments.of("HNSW", params("M", "[16]"), 1100, "invalid integer value, key: 'M', value: '[16]'"),
                Arguments.of("HNSW", params("efConstruction", "1"), 0, ""),
                Arguments.of("HNSW", params("efConstruction", "0"), 1100,
                        "param 'efConstruction' (0) should be in range [1, 2147483647]"),
                Arguments.of("HNSW", params("efConstruction", "-1"), 1100,
                        "param 'efConstruction' (-1) should be in range [1, 2147483647]"),
                Arguments.of("HNSW", params("efConstruction", "100.0"), 1100, "wrong data type in json"),
                Arguments.of("AUTOINDEX", params(), 0, ""),
                Arguments.of("AUTOINDEX", params("M", "4096"), 1100, "param 'M' (4096) should be in range [2, 2048]"),
                Arguments.of("IVF_FLAT", params("nlist", "1"), 0, ""),
                Arguments.of("IVF_FLAT", params("nlist", "65536"), 0, ""),
                Arguments.of("IVF_FLAT", params("nlist", "0"), 1100,
                        "Out of range in json: param 'nlist' (0) should be in range [1, 65536]: invalid parameter"),
                Arguments.of("IVF_FLAT", params("nlist", "65537"), 1100,
                        "param 'nlist' (65537) should be in range [1, 65536]"),
                Arguments.of("IVF_FLAT", params("nlist", "x"), 1100, "invalid integer value, key: 'nlist'"),
                Arguments.of("FLAT", params("M", "abc"), 0, ""),
                Arguments.of("IVF_SQ8", params("nlist", "0"), 1100, "param 'nlist' (0) should be in range"),
                Arguments.of("IVF_SQ8", params("nlist", "128"), 701,
                        "index type IVF_SQ8 is not supported by the embedded engine"),
                Arguments.of("IVF_PQ", params("nlist", "128", "m", "7"), 1100,
                        "The dimension of a vector (dim) should be a multiple of the number of subquantizers (m)"),
                Arguments.of("IVF_PQ", params("m", "-1"), 1100, "param 'm' (-1) should be in range [1, 65536]"),
                Arguments.of("IVF_PQ", params("m", "16", "nbits", "25"), 1100,
                        "param 'nbits' (25) should be in range [1, 24]"),
                Arguments.of("IVF_PQ", params("m", "16", "nbits", "8"), 701, "IVF_PQ is not supported"),
                Arguments.of("HNSW_SQ", params("M", "0"), 1100, "param 'M' (0) should be in range [2, 2048]"),
                Arguments.of("HNSW_PQ", params("M", "16", "m", "16"), 701, "HNSW_PQ is not supported"),
                Arguments.of("DISKANN", params(), 701, "DISKANN is not supported"),
                Arguments.of("SCANN", params("nlist", "70000"), 1100, "param 'nlist' (70000) should be in range"),
                Arguments.of("IVF_RABITQ", params(), 701, "IVF_RABITQ is not supported"),
                Arguments.of("NOT_AN_INDEX", params(), 1100, "indexType NOT_AN_INDEX is not supported: invalid parameter"));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("buildCases")
    void buildParameters(String type, Map<String, String> params, int code, String message) {
        if (code == 0) {
            IndexSpec spec = IndexParams.resolve(type, IndexMetric.L2, params, DIM);
            assertThat(spec.requestedType()).isEqualTo(type);
            return;
        }
        assertThatThrownBy(() -> IndexParams.resolve(type, IndexMetric.L2, params, DIM))
                .isInstanceOfSatisfying(EngineException.class, e -> assertThat(e.error().code()).isEqualTo(code))
                .hasMessageContaining(message);
    }

    @Test
    void defaultsAreMilvusDefaultsAndAutoIndexIsHnsw() {
        IndexSpec hnsw = IndexParams.resolve("hnsw", IndexMetric.COSINE, params(), DIM);
        assertThat(hnsw.indexType()).isEqualTo("HNSW");
        assertThat(hnsw.params()).containsEntry("M", 30).containsEntry("efConstruction", 360);
        IndexSpec auto = IndexParams.resolve("AUTOINDEX", IndexMetric.COSINE, params(), DIM);
        assertThat(auto.indexType()).isEqualTo("HNSW");
        assertThat(auto.requestedType()).isEqualTo("AUTOINDEX");
        assertThat(auto.params()).containsEntry("M", 18).containsEntry("efConstruction", 240);
        assertThat(IndexParams.resolve("IVF_FLAT", IndexMetric.IP, params(), DIM).params())
                .containsEntry("nlist", 128);
        assertThat(IndexParams.resolve("HNSW", IndexMetric.L2, params("M", " 16 "), DIM)
                .param("M")).isEqualTo(16);
    }

    /** index type, search parameters, topk, expected code (0 = accepted), message fragment or resolved value. */
    static Stream<Arguments> searchCases() {
        return Stream.of(
                Arguments.of("HNSW", params("ef", "64"), 10, 0, "ef=64"),
                Arguments.of("HNSW", params(), 10, 0, "ef=16"),
                Arguments.of("HNSW", params(), 100, 0, "ef=100"),
                Arguments.of("HNSW", params("ef", "10"), 10, 0, "ef=10"),
                Arguments.of("HNSW", params("ef", "1"), 10, 1100, "ef(1) should be larger than k(10)"),
                Arguments.of("HNSW", params("ef", "-1"), 10, 1100,
                        "Out of range in json: param 'ef' (-1) should be in range [1, 2147483647]"),
                Arguments.of("HNSW", params("ef", "32.0"), 10, 1100,
                        "Type conflict in json: param 'ef' (32.0) should be integer"),
                Arguments.of("HNSW", params("ef", "true"), 10, 1100, "param 'ef' (true) should be integer"),
                Arguments.of("IVF_FLAT", params("nprobe", "16"), 10, 0, "nprobe=16"),
                Arguments.of("IVF_FLAT", params(), 10, 0, "nprobe=8"),
                Arguments.of("IVF_FLAT", params("nprobe", "0"), 10, 1100,
                        "param 'nprobe' (0) should be in range [1, 65536]"),
                Arguments.of("IVF_FLAT", params("nprobe", "65537"), 10, 1100,
                        "param 'nprobe' (65537) should be in range [1, 65536]"),
                Arguments.of("IVF_FLAT", params("nprobe", "x"), 10, 1100, "param 'nprobe' (x) should be integer"),
                Arguments.of("FLAT", params("ef", "x", "nprobe", "y"), 10, 0, "ef=0"));
    }

    @ParameterizedTest(name = "{0} {1} k={2}")
    @MethodSource("searchCases")
    void searchParameters(String type, Map<String, String> params, int topk, int code, String expected) {
        IndexSpec spec = IndexParams.resolve(type, IndexMetric.L2, params(), DIM);
        if (code == 0) {
            SearchSettings settings = IndexParams.search(spec, params, topk);
            assertThat(settings.topk()).isEqualTo(topk);
            assertThat(settings.toString()).contains(expected);
            return;
        }
        assertThatThrownBy(() -> IndexParams.search(spec, params, topk))
                .isInstanceOfSatisfying(EngineException.class, e -> assertThat(e.error().code()).isEqualTo(code))
                .hasMessageContaining(expected);
    }
}
