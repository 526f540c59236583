package dev.quiver.driver.internal.config;

import java.util.Map;

/** Where a connection goes: a remote Milvus over the network, or an embedded engine found through ServiceLoader. */
public sealed interface Endpoint permits Endpoint.Remote, Endpoint.Embedded {

    /** A human-readable description for messages, such as {@code 127.0.0.1:19530} or {@code mem:test}. */
    String describe();

    /** {@code jdbc:milvus://host:port}: a Milvus server (or Zilliz Cloud, or {@code quiver serve}). */
    record Remote(String host, int port) implements Endpoint {
        /** The gRPC target {@code host:port} (IPv6 hosts in brackets). */
        public String target() {
            return (host.indexOf(':') >= 0 ? "[" + host + "]" : host) + ":" + port;
        }

        @Override
        public String describe() {
            return target();
        }
    }

    /**
     * {@code jdbc:milvus:mem:[name]} or {@code jdbc:milvus:file:DIR}: {@code target} is what the engine provider
     * opens ({@code mem:name} or {@code file:DIR}); {@code engineProperties} come from {@code engine.*} properties.
     */
    record Embedded(String target, Map<String, String> engineProperties) implements Endpoint {
        public Embedded {
            engineProperties = Map.copyOf(engineProperties);
        }

        @Override
        public String describe() {
            return target;
        }
    }
}
