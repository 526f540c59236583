package dev.quiver.embedded.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Reads the JSON {@code request_type} of Milvus's {@code Dummy} RPC. */
final class DummyRequests {
    private static final ObjectMapper JSON = new ObjectMapper();

    private DummyRequests() {
    }

    /** Whether {@code requestType} is a JSON object whose {@code request_type} is {@code query}. */
    static boolean isQuery(String requestType) {
        try {
            JsonNode node = JSON.readTree(requestType);
            return node != null && node.isObject() && "query".equals(node.path("request_type").asText());
        } catch (JsonProcessingException e) {
            return false;
        }
    }
}
