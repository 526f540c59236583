package dev.quiver.embedded.catalog;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.quiver.embedded.time.HybridClock;
import dev.quiver.proto.milvus.CollectionSchema;
import dev.quiver.proto.milvus.ConsistencyLevel;
import dev.quiver.proto.milvus.DataType;
import dev.quiver.proto.milvus.FieldSchema;
import dev.quiver.proto.milvus.KeyValuePair;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The persisted catalog round-trips exactly, and the clock restarts above everything it records. */
class CatalogCodecTest {

    private static CatalogSnapshot sample() {
        CollectionSchema schema = CollectionSchema.newBuilder().setName("c")
                .addFields(FieldSchema.newBuilder().setFieldID(100).setName("id").setDataType(DataType.Int64)
                        .setIsPrimaryKey(true))
                .addFields(FieldSchema.newBuilder().setFieldID(101).setName("v").setDataType(DataType.FloatVector)
                        .addTypeParams(KeyValuePair.newBuilder().setKey("dim").setValue("4")))
                .build();
        CollectionInfo info = new CollectionInfo("default", 500, "c", schema,
                List.of(new PartitionInfo(501, "_default", 502, PartitionInfo.LoadState.LOADED),
                        new PartitionInfo(503, "p", 504, PartitionInfo.LoadState.NOT_LOADED)),
                Map.of("v", new IndexInfo(900, "v", "v", "HNSW", "L2", Map.of("index_type", "HNSW", "M", "8"))),
                ConsistencyLevel.Session, 499, List.of("alias1"), Map.of("k", "v"));
        CatalogSnapshot snapshot = CatalogSnapshot.initial(1, 2);
        DatabaseState db = snapshot.requireDatabase("default").with(new CollectionEntry(info, 1000, 2));
        AccessControl access = AccessControl.initial()
                .withUser("alice", new PasswordHash(1000, new byte[]{1, 2}, new byte[]{3, 4}))
                .withUser("bob", new PasswordHash(2000, new byte[]{5}, new byte[]{6}))
                .withRole("reader").withMember("reader", "alice").withMember("public", "bob")
                .withGrants("reader", List.of(new Grant("Collection", "default", "c", "Search"),
                        new Grant("Global", "*", "*", "CreateCollection")), "root");
        return snapshot.with(db).with(DatabaseState.empty(new DatabaseInfo("db1", 3, 4, Map.of("p", "q"))))
                .withAccess(access);
    }

    @Test
    void roundTripsEverything() throws IOException {
        CatalogSnapshot snapshot = sample();
        assertThat(CatalogCodec.decode(CatalogCodec.encode(snapshot))).isEqualTo(snapshot);
    }

    @Test
    void highWaterMarkCoversIdsAndTimestamps() throws IOException {
        assertThat(sample().highWaterMark()).isEqualTo(1000);
        HybridClock clock = new HybridClock(0);
        byte[] stored = CatalogCodec.encode(sample());
        Catalog catalog = Catalog.open(clock, new CatalogPersistence() {
            @Override
            public java.util.Optional<byte[]> read() {
                return java.util.Optional.of(stored);
            }

            @Override
            public void write(byte[] bytes) {
                throw new AssertionError("opening must not rewrite an existing catalog");
            }
        });
        assertThat(clock.current()).isGreaterThanOrEqualTo(1000);
        assertThat(catalog.resolveCollection("default", "alias1").name()).isEqualTo("c");
        assertThat(catalog.databases()).containsExactly("default", "db1");
    }

    @Test
    void aFormatOneCatalogLoadsWithTheBuiltInRolesOnly() throws IOException {
        ObjectNode root = (ObjectNode) new ObjectMapper().readTree(CatalogCodec.encode(sample()));
        root.remove("access");
        root.put("format", 1);
        CatalogSnapshot decoded = CatalogCodec.decode(new ObjectMapper().writeValueAsBytes(root));
        assertThat(decoded.databases()).isEqualTo(sample().databases());
        assertThat(decoded.access()).isEqualTo(AccessControl.initial());
        assertThat(decoded.access().members()).containsOnlyKeys("admin", "public");
    }

    @Test
    void anUnknownPasswordAlgorithmIsAClearError() throws IOException {
        ObjectNode root = (ObjectNode) new ObjectMapper().readTree(CatalogCodec.encode(sample()));
        ((ObjectNode) root.path("access").path("users").get(0)).put("algorithm", "MD5");
        byte[] bytes = new ObjectMapper().writeValueAsBytes(root);
        assertThatThrownBy(() -> CatalogCodec.decode(bytes)).isInstanceOf(IOException.class)
                .hasMessageContaining("user alice with password algorithm 'MD5'");
    }

    @Test
    void anUnknownFormatIsAClearError() {
        assertThatThrownBy(() -> CatalogCodec.decode("{\"format\":7}".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(IOException.class).hasMessageContaining("unsupported catalog format 7");
    }
}
