package dev.quiver.driver.internal.exec.handlers;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.protobuf.ByteString;
import com.google.protobuf.Descriptors.FieldDescriptor;
import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.Message;
import dev.quiver.proto.milvus.CollectionSchema;
import dev.quiver.proto.milvus.PlaceholderGroup;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * A request message as JSON for EXPLAIN, field names as in the .proto, set fields only. Two bytes fields are
 * decoded because they carry messages: {@code schema} (a CollectionSchema) and {@code placeholder_group} (its
 * type, tag and vector count; the vectors themselves are summarised). Other bytes are base64. Secrets (the
 * password fields of the credential requests, tokens) print as {@code ***}: EXPLAIN output lands in logs and
 * terminals. Stateless.
 */
final class ProtoJson {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    /** Field names whose values are secrets in Milvus's requests (CreateCredential, UpdateCredential, ...). */
    private static final java.util.Set<String> SECRET_FIELDS = java.util.Set.of("password", "oldpassword",
            "newpassword", "token", "apikey");
    static final String REDACTED = "***";

    private ProtoJson() {
    }

    static String toJson(Message message) {
        try {
            return FieldEncoder.JSON.writeValueAsString(node(message));
        } catch (JsonProcessingException e) {
            return "{}";
        }
    }

    static ObjectNode node(Message message) {
        ObjectNode out = NODES.objectNode();
        for (Map.Entry<FieldDescriptor, Object> e : message.getAllFields().entrySet()) {
            FieldDescriptor f = e.getKey();
            if (f.isMapField()) {
                ObjectNode map = NODES.objectNode();
                for (Object entry : (List<?>) e.getValue()) {
                    Message m = (Message) entry;
                    Object key = m.getField(m.getDescriptorForType().findFieldByName("key"));
                    FieldDescriptor vf = m.getDescriptorForType().findFieldByName("value");
                    map.set(String.valueOf(key), value(vf, m.getField(vf)));
                }
                out.set(f.getName(), map);
            } else if (f.isRepeated()) {
                ArrayNode array = NODES.arrayNode();
                for (Object v : (List<?>) e.getValue()) {
                    array.add(value(f, v));
                }
                out.set(f.getName(), array);
            } else if (SECRET_FIELDS.contains(f.getName().replace("_", "").toLowerCase(java.util.Locale.ROOT))) {
                out.put(f.getName(), REDACTED);
            } else {
                out.set(f.getName(), value(f, e.getValue()));
            }
        }
        return out;
    }

    private static JsonNode value(FieldDescriptor f, Object v) {
        return switch (f.getJavaType()) {
            case MESSAGE -> node((Message) v);
            case ENUM -> NODES.textNode(((com.google.protobuf.Descriptors.EnumValueDescriptor) v).getName());
            case BOOLEAN -> NODES.booleanNode((Boolean) v);
            case INT -> NODES.numberNode((Integer) v);
            case LONG -> NODES.numberNode((Long) v);
            case FLOAT -> NODES.numberNode((Float) v);
            case DOUBLE -> NODES.numberNode((Double) v);
            case STRING -> NODES.textNode((String) v);
            case BYTE_STRING -> bytes(f, (ByteString) v);
        };
    }

    private static JsonNode bytes(com.google.protobuf.Descriptors.FieldDescriptor field, ByteString bytes) {
        String name = field.getName();
        try {
            if (name.equals("schema")) {
                // AddCollectionField carries one field's schema; CreateCollection the whole collection's
                return field.getContainingType().getName().equals("AddCollectionFieldRequest")
                        ? node(dev.quiver.proto.milvus.FieldSchema.parseFrom(bytes))
                        : node(CollectionSchema.parseFrom(bytes));
            }
            if (name.equals("placeholder_group")) {
                PlaceholderGroup group = PlaceholderGroup.parseFrom(bytes);
                ArrayNode array = NODES.arrayNode();
                group.getPlaceholdersList().forEach(p -> array.add(NODES.objectNode().put("tag", p.getTag())
                        .put("type", p.getType().name()).put("values", p.getValuesCount())
                        .put("bytes_per_value", p.getValuesCount() == 0 ? 0 : p.getValues(0).size())));
                return NODES.objectNode().set("placeholders", array);
            }
        } catch (InvalidProtocolBufferException e) {
            return NODES.textNode(Base64.getEncoder().encodeToString(bytes.toByteArray()));
        }
        return NODES.textNode(Base64.getEncoder().encodeToString(bytes.toByteArray()));
    }
}
