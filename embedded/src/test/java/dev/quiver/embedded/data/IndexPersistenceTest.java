package dev.quiver.embedded.data;

import static dev.quiver.embedded.data.Rows.field;
import static dev.quiver.embedded.data.Rows.pk;
import static org.assertj.core.api.Assertions.assertThat;

import dev.quiver.embedded.catalog.IndexInfo;
import dev.quiver.embedded.catalog.IndexProgress;
import dev.quiver.embedded.storage.DataDirectory;
import dev.quiver.embedded.time.HybridClock;
import dev.quiver.proto.milvus.CollectionSchema;
import dev.quiver.proto.milvus.DataType;
import dev.quiver.proto.milvus.FlushRequest;
import dev.quiver.proto.milvus.ManualCompactionRequest;
import dev.quiver.proto.milvus.SearchResults;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** File mode: index files beside the segments, listed in the manifest, read back at load instead of rebuilt. */
class IndexPersistenceTest extends EngineFixture {
    private static final int DIM = 32;
    private static final CollectionSchema SCHEMA = CollectionSchema.newBuilder()
            .addFields(pk("id", DataType.Int64, false))
            .addFields(field("tag", DataType.Int64))
            .addFields(field("v", DataType.FloatVector, "dim", Integer.toString(DIM)))
            .build();

    @TempDir
    Path dir;
    private DataDirectory directory;
    private float[][] vectors;

    @BeforeEach
    void open() throws IOException, InterruptedException {
        reopen();
        catalog.create("c", SCHEMA, Map.of());
        catalog.load("c");
        vectors = AnnSearchTest.vectors(3_000, 42);
        long[] ids = new long[vectors.length];
        long[] tags = new long[vectors.length];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = i;
            tags[i] = i % 10;
        }
        insert("c", Rows.longs("id", ids), Rows.longs("tag", tags), Rows.floatVectors("v", vectors));
        engine.flush(DB, FlushRequest.newBuilder().addCollectionNames("c").build());
    }

    private void reopen() throws IOException {
        if (engine != null) {
            engine.close();
            directory.close();
        }
        directory = DataDirectory.open(dir);
        engine = DataEngine.persistent(directory, catalog, new HybridClock(), DataOptions.defaults());
        catalog.attach(engine);
    }

    @AfterEach
    void close() throws IOException {
        engine.close();
        engine = null;
        directory.close();
    }

    private List<Path> indexFiles() throws IOException {
        Path indexes = dir.resolve("indexes");
        if (!Files.isDirectory(indexes)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(indexes)) {
            return files.sorted().toList();
        }
    }

    private List<String> manifestLive() throws IOException {
        return directory.manifest().current().live().keySet().stream().filter(p -> p.startsWith("indexes/"))
                .toList();
    }

    private SearchResults searchSome() {
        return search("c", Rows.floatQueries(vectors[3], vectors[1234], vectors[2999]), "tag != 3", List.of(),
                "topk", "10", "metric_type", "L2", "params", "{\"ef\": 32}");
    }

    private IndexInfo createHnsw() throws InterruptedException {
        IndexInfo index = catalog.setIndex("c", "v", "HNSW", "L2", "M", "8", "efConstruction", "64");
        engine.awaitIndexBuilds();
        return index;
    }

    @Test
    void aRestartLoadsThePersistedIndexWithoutRebuildingIt() throws Exception {
        IndexInfo index = createHnsw();
        assertThat(engine.indexBuilds()).isEqualTo(1);
        assertThat(indexFiles()).hasSize(1);
        assertThat(manifestLive()).containsExactly("indexes/" + indexFiles().get(0).getFileName());
        SearchResults before = searchSome();

        reopen();
        catalog.release("c");
        catalog.load("c");
        SearchResults after = searchSome();
        engine.awaitIndexBuilds();
        assertThat(engine.indexBuilds()).as("builds after the restart").isZero();
        assertThat(engine.indexProgress(catalog.get("c").id(), index)).isEqualTo(new IndexProgress(3_000, 3_000, 0));
        assertThat(after.getResults()).isEqualTo(before.getResults());
    }

    @Test
    void aListedIndexFileThatFailsItsChecksumIsNotUsedButRebuilt() throws Exception {
        createHnsw();
        SearchResults before = searchSome();
        Path file = indexFiles().get(0);
        engine.close();
        engine = null;
        directory.close();
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.seek(raf.length() / 2);
            int b = raf.read();
            raf.seek(raf.length() / 2);
            raf.write(b ^ 0x5a);
        }
        reopen();
        SearchResults during = searchSome();
        engine.awaitIndexBuilds();
        assertThat(engine.indexBuilds()).as("the damaged index is rebuilt").isEqualTo(1);
        assertThat(indexFiles()).hasSize(1);
        assertThat(manifestLive()).hasSize(1);
        // served by the exact scan meanwhile
        assertThat(during.getResults().getTopksList()).containsExactly(10L, 10L, 10L);
        assertThat(during.getResults().getIds().getIntId().getDataList().get(0)).isEqualTo(
                before.getResults().getIds().getIntId().getDataList().get(0));

        reopen();
        searchSome();
        engine.awaitIndexBuilds();
        assertThat(engine.indexBuilds()).as("the rebuilt file is read back").isZero();
    }

    @Test
    void aMissingIndexFileIsRebuiltInsteadOfRefusingTheDirectory() throws Exception {
        createHnsw();
        Path file = indexFiles().get(0);
        engine.close();
        engine = null;
        directory.close();
        Files.delete(file);
        reopen();
        engine.awaitIndexBuilds();
        assertThat(engine.indexBuilds()).isEqualTo(1);
        assertThat(indexFiles()).hasSize(1);
        assertThat(manifestLive()).containsExactly("indexes/" + indexFiles().get(0).getFileName());
        assertThat(searchSome().getResults().getTopksList()).containsExactly(10L, 10L, 10L);
    }

    @Test
    void dropIndexCompactionAndDropCollectionRemoveIndexFiles() throws Exception {
        createHnsw();
        Path first = indexFiles().get(0);
        delete("c", "id < 10");
        engine.manualCompaction(DB, ManualCompactionRequest.newBuilder().setCollectionName("c").build());
        engine.awaitIndexBuilds();
        assertThat(engine.indexBuilds()).isEqualTo(2);
        assertThat(indexFiles()).hasSize(1).doesNotContain(first);
        assertThat(manifestLive()).hasSize(1);

        catalog.release("c");
        catalog.setIndex("c", "v", null, null);
        engine.awaitIndexBuilds();
        assertThat(indexFiles()).isEmpty();
        assertThat(manifestLive()).isEmpty();

        createHnsw();
        assertThat(indexFiles()).hasSize(1);
        reopen();
        engine.awaitIndexBuilds();
        assertThat(engine.indexBuilds()).isZero();
        assertThat(indexFiles()).hasSize(1);
    }
}
