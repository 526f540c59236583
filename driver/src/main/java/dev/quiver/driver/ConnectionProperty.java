package dev.quiver.driver;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Every connection property the driver accepts, with its type, default and meaning. Properties come from the URL
 * query ({@code jdbc:milvus://host/db?connectTimeout=5s}) and from {@link java.util.Properties} passed to
 * {@link java.sql.DriverManager#getConnection(String, java.util.Properties)} or a data source.
 * <b>When both give a property, the {@code Properties} value wins</b> (programmatic settings override the URL
 * string), and a {@code database} property overrides the URL's path.
 *
 * <p>Names are case-sensitive. An unknown name or a malformed value is an error naming the property and what is
 * accepted. Properties whose name starts with {@code engine.} are passed, without the prefix, to the embedded
 * engine of {@code jdbc:milvus:mem:} and {@code jdbc:milvus:file:} URLs. Values of {@linkplain #isSecret()
 * secret} properties never appear in messages, logs or {@code toString()}.
 */
public enum ConnectionProperty {
    USER("user", Type.STRING, null, "User name for Milvus authentication (sent as base64 user:password)", false),
    PASSWORD("password", Type.STRING, null, "Password for Milvus authentication", true),
    TOKEN("token", Type.STRING, null, "API key or user:password token; takes precedence over user/password", true),
    DATABASE("database", Type.STRING, "default", "Database to use; overrides the URL path", false),
    CONNECT_TIMEOUT("connectTimeout", Type.DURATION, "10s", "How long to wait for the connection handshake", false),
    QUERY_TIMEOUT("queryTimeout", Type.DURATION, "0",
            "Default statement timeout (gRPC deadline and waiting); 0 = none", false),
    KEEP_ALIVE_TIME("keepAliveTime", Type.DURATION, "55s", "Interval of gRPC keep-alive pings", false),
    KEEP_ALIVE_TIMEOUT("keepAliveTimeout", Type.DURATION, "20s", "How long to wait for a keep-alive ack", false),
    TLS("tls", Type.BOOLEAN, "false", "Use TLS (one-way unless tlsCertFile and tlsKeyFile are set)", false),
    TLS_CA_FILE("tlsCaFile", Type.PATH, null, "PEM file of the CA (or server certificate) to trust", false),
    TLS_CERT_FILE("tlsCertFile", Type.PATH, null, "PEM client certificate for mutual TLS", false),
    TLS_KEY_FILE("tlsKeyFile", Type.PATH, null, "PEM PKCS#8 client private key for mutual TLS", false),
    SERVER_NAME("serverName", Type.STRING, null, "Overrides the TLS authority (server name) checked", false),
    CONSISTENCY_LEVEL("consistencyLevel", Type.ENUM, null,
            "Default consistency level of reads; unset = each collection's own level", false,
            "Strong", "Session", "Bounded", "Eventually"),
    LOAD_WAIT("loadWait", Type.BOOLEAN, "true", "Whether LOAD waits until loaded unless NOWAIT", false),
    FLUSH_WAIT("flushWait", Type.BOOLEAN, "true", "Whether FLUSH waits until persisted unless NOWAIT", false),
    MAX_RETRIES("maxRetries", Type.INT, "10", "Retries of an RPC on UNAVAILABLE or rate limiting", false),
    RETRY_INITIAL_BACKOFF("retryInitialBackoff", Type.DURATION, "50ms", "First retry back-off", false),
    RETRY_MAX_BACKOFF("retryMaxBackoff", Type.DURATION, "3s", "Longest retry back-off", false),
    APPLICATION_NAME("applicationName", Type.STRING, null, "Sent in the handshake's client info", false),
    POOL_MAX_SIZE("poolMaxSize", Type.INT, "10", "Pooled data source: connections per key at most", false),
    POOL_MIN_IDLE("poolMinIdle", Type.INT, "0", "Pooled data source: idle connections kept per key", false),
    POOL_MAX_WAIT("poolMaxWait", Type.DURATION, "30s", "Pooled data source: how long getConnection waits", false),
    POOL_IDLE_TIMEOUT("poolIdleTimeout", Type.DURATION, "10m", "Pooled data source: idle time before eviction", false),
    POOL_MAX_LIFETIME("poolMaxLifetime", Type.DURATION, "30m", "Pooled data source: age after which a connection is retired", false),
    POOL_LEAK_DETECTION_THRESHOLD("poolLeakDetectionThreshold", Type.DURATION, "0",
            "Pooled data source: log a connection held longer than this; 0 = off", false),
    POOL_VALIDATION_INTERVAL("poolValidationInterval", Type.DURATION, "0",
            "Pooled data source: CheckHealth on borrow when idle longer than this; 0 = never", false);

    /** The kinds of values a property takes. */
    public enum Type {
        STRING, INT, BOOLEAN, DURATION, ENUM, PATH
    }

    private final String propertyName;
    private final Type type;
    private final @Nullable String defaultValue;
    private final String description;
    private final boolean secret;
    private final List<String> choices;

    ConnectionProperty(String propertyName, Type type, @Nullable String defaultValue, String description,
                       boolean secret, String... choices) {
        this.propertyName = propertyName;
        this.type = type;
        this.defaultValue = defaultValue;
        this.description = description;
        this.secret = secret;
        this.choices = type == Type.BOOLEAN ? List.of("true", "false") : List.of(choices);
    }

    /** The name used in URLs and {@code Properties}, e.g. {@code connectTimeout}. */
    public String getPropertyName() {
        return propertyName;
    }

    /** The kind of value. */
    public Type getType() {
        return type;
    }

    /** The default as text, or null when there is none. */
    public @Nullable String getDefaultValue() {
        return defaultValue;
    }

    /** A one-line description. */
    public String getDescription() {
        return description;
    }

    /** Whether the value is a secret, redacted as {@code ***} everywhere. */
    public boolean isSecret() {
        return secret;
    }

    /** The accepted values of enum and boolean properties; empty for the others. */
    public List<String> getChoices() {
        return choices;
    }

    /** The property with this exact name. */
    public static Optional<ConnectionProperty> forName(String name) {
        for (ConnectionProperty p : values()) {
            if (p.propertyName.equals(name)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    /** What a value looks like, for error messages: {@code a duration such as 10s or 500ms}. */
    public String describeExpected() {
        return switch (type) {
            case STRING -> "a string";
            case PATH -> "a file path";
            case INT -> "a non-negative integer";
            case BOOLEAN -> "true or false";
            case DURATION -> "a duration such as 10s or 500ms";
            case ENUM -> "one of " + String.join(", ", choices);
        };
    }
}
