package dev.quiver.embedded.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.protobuf.InvalidProtocolBufferException;
import dev.quiver.proto.milvus.CollectionSchema;
import dev.quiver.proto.milvus.ConsistencyLevel;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The persisted form of a {@link CatalogSnapshot}: a JSON envelope in which each schema is the base64 of its
 * serialized {@code CollectionSchema} message, so every schema detail round-trips exactly. Format 2 adds the
 * {@code access} section (users, roles, grants; see {@link AccessControlCodec}); format 1, which predates it, still
 * loads, with no users and only the built-in roles. Format 2 is always written, so an engine that knows only
 * format 1 refuses the file rather than silently dropping its users.
 */
final class CatalogCodec {
    private static final int FORMAT_VERSION = 2;
    private static final int FORMAT_WITHOUT_ACCESS = 1;
    private static final ObjectMapper JSON = new ObjectMapper();

    private CatalogCodec() {
    }

    static byte[] encode(CatalogSnapshot snapshot) {
        ObjectNode root = JSON.createObjectNode();
        root.put("format", FORMAT_VERSION);
        ArrayNode databases = root.putArray("databases");
        for (DatabaseState db : snapshot.databases().values()) {
            ObjectNode dbNode = databases.addObject();
            dbNode.put("name", db.info().name());
            dbNode.put("id", db.info().id());
            dbNode.put("created", db.info().createdTimestamp());
            putMap(dbNode, "properties", db.info().properties());
            ArrayNode collections = dbNode.putArray("collections");
            for (CollectionEntry entry : db.collections().values()) {
                collections.add(encode(entry));
            }
        }
        root.set("access", AccessControlCodec.encode(snapshot.access()));
        try {
            return JSON.writeValueAsBytes(root);
        } catch (IOException e) {
            throw new IllegalStateException("cannot encode the catalog", e);
        }
    }

    private static ObjectNode encode(CollectionEntry entry) {
        CollectionInfo info = entry.info();
        ObjectNode node = JSON.createObjectNode();
        node.put("id", info.id());
        node.put("name", info.name());
        node.put("schema", Base64.getEncoder().encodeToString(info.schema().toByteArray()));
        node.put("consistency", info.consistencyLevel().getNumber());
        node.put("created", info.createdTimestamp());
        node.put("updated", entry.updateTimestamp());
        node.put("shards", entry.shardsNum());
        ArrayNode aliases = node.putArray("aliases");
        info.aliases().forEach(aliases::add);
        putMap(node, "properties", info.properties());
        ArrayNode partitions = node.putArray("partitions");
        for (PartitionInfo p : info.partitions()) {
            ObjectNode pn = partitions.addObject();
            pn.put("id", p.id());
            pn.put("name", p.name());
            pn.put("created", p.createdTimestamp());
            pn.put("loaded", p.loadState() != PartitionInfo.LoadState.NOT_LOADED);
        }
        ArrayNode indexes = node.putArray("indexes");
        for (IndexInfo index : info.indexes().values()) {
            ObjectNode in = indexes.addObject();
            in.put("id", index.id());
            in.put("name", index.name());
            in.put("field", index.fieldName());
            in.put("type", index.indexType());
            in.put("metric", index.metricType());
            putMap(in, "params", index.params());
        }
        return node;
    }

    static CatalogSnapshot decode(byte[] bytes) throws IOException {
        JsonNode root = JSON.readTree(bytes);
        int format = root.path("format").asInt(-1);
        if (format != FORMAT_VERSION && format != FORMAT_WITHOUT_ACCESS) {
            throw new IOException("unsupported catalog format " + format + " (this engine reads "
                    + FORMAT_WITHOUT_ACCESS + " and " + FORMAT_VERSION + ")");
        }
        Map<String, DatabaseState> databases = new LinkedHashMap<>();
        for (JsonNode dbNode : root.path("databases")) {
            DatabaseInfo info = new DatabaseInfo(dbNode.path("name").asText(), dbNode.path("id").asLong(),
                    dbNode.path("created").asLong(), readMap(dbNode.path("properties")));
            Map<String, CollectionEntry> collections = new LinkedHashMap<>();
            for (JsonNode node : dbNode.path("collections")) {
                CollectionEntry entry = decodeCollection(info.name(), node);
                collections.put(entry.info().name(), entry);
            }
            databases.put(info.name(), new DatabaseState(info, collections));
        }
        return new CatalogSnapshot(databases, AccessControlCodec.decode(root.path("access")));
    }

    private static CollectionEntry decodeCollection(String database, JsonNode node) throws IOException {
        CollectionSchema schema;
        try {
            schema = CollectionSchema.parseFrom(Base64.getDecoder().decode(node.path("schema").asText()));
        } catch (InvalidProtocolBufferException | IllegalArgumentException e) {
            throw new IOException("catalog holds an unreadable schema for collection " + node.path("name").asText(), e);
        }
        List<PartitionInfo> partitions = new ArrayList<>();
        for (JsonNode pn : node.path("partitions")) {
            partitions.add(new PartitionInfo(pn.path("id").asLong(), pn.path("name").asText(),
                    pn.path("created").asLong(), pn.path("loaded").asBoolean()
                            ? PartitionInfo.LoadState.LOADED : PartitionInfo.LoadState.NOT_LOADED));
        }
        Map<String, IndexInfo> indexes = new LinkedHashMap<>();
        for (JsonNode in : node.path("indexes")) {
            IndexInfo index = new IndexInfo(in.path("id").asLong(), in.path("name").asText(), in.path("field").asText(),
                    in.path("type").asText(), in.path("metric").asText(), readMap(in.path("params")));
            indexes.put(index.fieldName(), index);
        }
        List<String> aliases = new ArrayList<>();
        node.path("aliases").forEach(a -> aliases.add(a.asText()));
        ConsistencyLevel level = ConsistencyLevel.forNumber(node.path("consistency").asInt());
        CollectionInfo info = new CollectionInfo(database, node.path("id").asLong(), node.path("name").asText(), schema,
                partitions, indexes, level == null ? ConsistencyLevel.Bounded : level, node.path("created").asLong(),
                aliases, readMap(node.path("properties")));
        return new CollectionEntry(info, node.path("updated").asLong(), node.path("shards").asInt(1));
    }

    private static void putMap(ObjectNode parent, String name, Map<String, String> map) {
        ObjectNode node = parent.putObject(name);
        map.forEach(node::put);
    }

    private static Map<String, String> readMap(JsonNode node) {
        Map<String, String> map = new LinkedHashMap<>();
        node.properties().forEach(e -> map.put(e.getKey(), e.getValue().asText()));
        return map;
    }
}
