package dev.quiver.embedded.data;

import static dev.quiver.embedded.data.Rows.field;
import static dev.quiver.embedded.data.Rows.pk;
import static org.assertj.core.api.Assertions.assertThat;

import dev.quiver.embedded.storage.DataDirectory;
import dev.quiver.embedded.time.HybridClock;
import dev.quiver.proto.milvus.CollectionSchema;
import dev.quiver.proto.milvus.DataType;
import dev.quiver.proto.milvus.FlushRequest;
import dev.quiver.proto.milvus.GetPersistentSegmentInfoRequest;
import dev.quiver.proto.milvus.ManualCompactionRequest;
import dev.quiver.proto.milvus.PersistentSegmentInfo;
import dev.quiver.proto.milvus.SegmentState;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PersistenceTest extends EngineFixture {
    private static final CollectionSchema SCHEMA = CollectionSchema.newBuilder()
            .addFields(pk("id", DataType.Int64, true))
            .addFields(Rows.nullable(field("name", DataType.VarChar, "max_length", "20")))
            .addFields(field("v", DataType.FloatVector, "dim", "2"))
            .build();

    @TempDir
    Path dir;
    private DataDirectory directory;

    @BeforeEach
    void open() throws IOException {
        reopen(DataOptions.defaults());
        catalog.create("c", SCHEMA, Map.of("v", "L2"));
        catalog.load("c");
    }

    private void reopen(DataOptions options) throws IOException {
        if (engine != null) {
            engine.close();
            directory.close();
        }
        directory = DataDirectory.open(dir);
        engine = DataEngine.persistent(directory, catalog, new HybridClock(), options);
        catalog.attach(engine);
    }

    @AfterEach
    void close() throws IOException {
        engine.close();
        engine = null;
        directory.close();
    }

    private List<Long> insertRows(String... names) {
        float[][] vectors = new float[names.length][];
        boolean[] valid = new boolean[names.length];
        List<String> present = new java.util.ArrayList<>();
        for (int i = 0; i < names.length; i++) {
            vectors[i] = new float[] {i, 1};
            valid[i] = names[i] != null;
            if (names[i] != null) {
                present.add(names[i]);
            }
        }
        return insert("c", Rows.withValid(Rows.strings("name", present.toArray(String[]::new)), valid),
                Rows.floatVectors("v", vectors)).getIDs().getIntId().getDataList();
    }

    private List<String> names() {
        return column(query("c", "", List.of("name"), "limit", "100"), "name").getScalars().getStringData()
                .getDataList();
    }

    private List<PersistentSegmentInfo> segments() {
        return engine.getPersistentSegmentInfo(DB, GetPersistentSegmentInfoRequest.newBuilder()
                .setCollectionName("c").build()).getInfosList();
    }

    @Test
    void acknowledgedMutationsSurviveARestart() throws IOException {
        List<Long> ids = insertRows("a", "b", null, "d");
        delete("c", "id in [" + ids.get(1) + "]");
        reopen(DataOptions.defaults());
        assertThat(count("c")).isEqualTo(3);
        assertThat(names()).containsExactly("a", "", "d");
        assertThat(column(query("c", "", List.of("name"), "limit", "100"), "name").getValidDataList())
                .containsExactly(true, false, true);
        List<Long> more = insertRows("e");
        assertThat(more.get(0)).isGreaterThan(ids.get(3));
        assertThat(count("c")).isEqualTo(4);
    }

    @Test
    void flushedSegmentsAreMappedBackAndGrowingRowsReplayed() throws IOException {
        insertRows("a", "b");
        long sealed = engine.flush(DB, FlushRequest.newBuilder().addCollectionNames("c").build())
                .getCollSegIDsMap().get("c").getData(0);
        List<Long> late = insertRows("c");
        delete("c", "id in [" + late.get(0) + "]");
        insertRows("d");
        reopen(DataOptions.defaults());
        List<PersistentSegmentInfo> infos = segments();
        assertThat(infos).hasSize(2);
        assertThat(infos.get(0).getSegmentID()).isEqualTo(sealed);
        assertThat(infos.get(0).getState()).isEqualTo(SegmentState.Flushed);
        assertThat(infos.get(1).getState()).isEqualTo(SegmentState.Growing);
        assertThat(names()).containsExactly("a", "b", "d");

        catalog.release("c");
        assertThat(engine.segmentInMemory(sealed)).isFalse();
        catalog.load("c");
        assertThat(engine.segmentInMemory(sealed)).isTrue();
        assertThat(names()).containsExactly("a", "b", "d");
    }

    @Test
    void deletesAndCompactionSurviveCheckpoints() throws IOException {
        List<Long> ids = insertRows("a", "b", "c");
        engine.flush(DB, FlushRequest.newBuilder().addCollectionNames("c").build());
        delete("c", "id in [" + ids.get(0) + "]");
        engine.flush(DB, FlushRequest.newBuilder().addCollectionNames("c").build());
        reopen(DataOptions.defaults());
        assertThat(names()).containsExactly("b", "c");
        engine.manualCompaction(DB, ManualCompactionRequest.newBuilder().setCollectionName("c").build());
        reopen(DataOptions.defaults());
        assertThat(segments()).singleElement().satisfies(s -> assertThat(s.getNumRows()).isEqualTo(2));
        assertThat(names()).containsExactly("b", "c");
    }

    @Test
    void sizeSealedSegmentsArePersistedToo() throws IOException {
        reopen(DataOptions.defaults().withSealRows(2));
        insertRows("a", "b");
        insertRows("c");
        assertThat(segments()).extracting(PersistentSegmentInfo::getState)
                .containsExactly(SegmentState.Flushed, SegmentState.Growing);
        reopen(DataOptions.defaults().withSealRows(2));
        assertThat(names()).containsExactly("a", "b", "c");
    }
}
