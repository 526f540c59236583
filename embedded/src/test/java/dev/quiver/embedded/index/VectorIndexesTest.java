package dev.quiver.embedded.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Index files: a read gives the same answers without building again; corruption and mismatches are refused. */
class VectorIndexesTest {
    private static final FloatVectors VECTORS = TestVectors.clustered(5_000, 16, 20, 7);

    @TempDir
    Path dir;

    @Test
    void readLoadsPersistedIndexesWithoutBuildingAgain() throws IOException {
        VectorIndexes indexes = new VectorIndexes();
        IndexSpec[] specs = {TestVectors.hnsw(IndexMetric.COSINE, 8, 40), TestVectors.ivf(IndexMetric.L2, 32),
                IndexParams.resolve("FLAT", IndexMetric.IP, Map.of(), 16)};
        float[][] queries = TestVectors.queries(VECTORS, 20);
        for (IndexSpec spec : specs) {
            VectorIndex built = indexes.build(spec, VECTORS);
            Path file = dir.resolve(spec.indexType() + ".idx");
            indexes.write(built, file);
            long buildsBefore = indexes.builds();
            VectorIndexes restarted = new VectorIndexes();
            VectorIndex read = restarted.read(file, VECTORS);
            assertThat(restarted.builds()).isZero();
            assertThat(indexes.builds()).isEqualTo(buildsBefore);
            assertThat(read.spec()).isEqualTo(spec);
            assertThat(read.size()).isEqualTo(VECTORS.count());
            SearchSettings settings = new SearchSettings(10, 32, 4);
            for (float[] query : queries) {
                Neighbors a = built.search(query, settings, null);
                Neighbors b = read.search(query, settings, null);
                assertThat(b.rows()).containsExactly(a.rows());
                assertThat(b.scores()).containsExactly(a.scores());
            }
        }
        assertThat(indexes.builds()).isEqualTo(3);
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
        }
    }

    @Test
    void corruptTruncatedOrMismatchedFilesAreRefused() throws IOException {
        VectorIndexes indexes = new VectorIndexes();
        Path file = dir.resolve("hnsw.idx");
        indexes.write(indexes.build(TestVectors.hnsw(IndexMetric.L2, 8, 40), VECTORS), file);
        byte[] good = Files.readAllBytes(file);

        byte[] flipped = good.clone();
        flipped[good.length / 2] ^= 0x10;
        Files.write(file, flipped);
        assertThatThrownBy(() -> indexes.read(file, VECTORS)).isInstanceOf(IOException.class)
                .hasMessageContaining("checksum does not match");

        Files.write(file, java.util.Arrays.copyOf(good, good.length - 100));
        assertThatThrownBy(() -> indexes.read(file, VECTORS)).isInstanceOf(IOException.class)
                .hasMessageContaining("unusable");

        Files.write(file, good);
        FloatVectors fewer = new FloatVectors(VECTORS.data(), VECTORS.dim(), VECTORS.count() - 1);
        assertThatThrownBy(() -> indexes.read(file, fewer)).isInstanceOf(IOException.class)
                .hasMessageContaining("it indexes 5000 rows but the segment has 4999");
        FloatVectors otherDim = new FloatVectors(VECTORS.data(), 8, VECTORS.count());
        assertThatThrownBy(() -> indexes.read(file, otherDim)).isInstanceOf(IOException.class)
                .hasMessageContaining("dimension 16");
        assertThat(indexes.read(file, VECTORS).size()).isEqualTo(5_000);
    }
}
