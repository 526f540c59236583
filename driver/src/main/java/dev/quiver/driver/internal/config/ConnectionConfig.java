package dev.quiver.driver.internal.config;

import dev.quiver.driver.ConnectionProperty;
import java.time.Duration;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;
import org.jspecify.annotations.Nullable;

/**
 * A parsed, validated connection configuration: the endpoint and one typed value per {@link ConnectionProperty}
 * (defaults filled in). Immutable and thread-safe. {@link #toString()} redacts secrets. Built by
 * {@link JdbcUrlParser#parse}.
 */
public final class ConnectionConfig {
    private final String redactedUrl;
    private final Endpoint endpoint;
    private final Map<ConnectionProperty, Object> values;
    private final Map<ConnectionProperty, Object> explicit;

    ConnectionConfig(String redactedUrl, Endpoint endpoint, Map<ConnectionProperty, Object> explicit) {
        this.redactedUrl = redactedUrl;
        this.endpoint = endpoint;
        EnumMap<ConnectionProperty, Object> all = new EnumMap<>(ConnectionProperty.class);
        for (ConnectionProperty p : ConnectionProperty.values()) {
            String def = p.getDefaultValue();
            if (def != null) {
                all.put(p, PropertyValues.convert(p, def));
            }
        }
        all.putAll(explicit);
        this.values = Collections.unmodifiableMap(all);
        EnumMap<ConnectionProperty, Object> given = new EnumMap<>(ConnectionProperty.class);
        given.putAll(explicit);
        this.explicit = Collections.unmodifiableMap(given);
    }

    /** The URL with secret query values replaced by {@code ***}. */
    public String redactedUrl() {
        return redactedUrl;
    }

    public Endpoint endpoint() {
        return endpoint;
    }

    /** The typed value (String, Integer, Boolean, Duration, or the canonical enum text), or null when unset. */
    public @Nullable Object get(ConnectionProperty property) {
        return values.get(property);
    }

    /** Whether the property was given explicitly (URL or Properties) rather than defaulted. */
    public boolean isExplicit(ConnectionProperty property) {
        return explicit.containsKey(property);
    }

    public @Nullable String string(ConnectionProperty property) {
        return (String) values.get(property);
    }

    public Duration duration(ConnectionProperty property) {
        Object v = values.get(property);
        return v == null ? Duration.ZERO : (Duration) v;
    }

    public int integer(ConnectionProperty property) {
        Object v = values.get(property);
        return v == null ? 0 : (Integer) v;
    }

    public boolean bool(ConnectionProperty property) {
        return Boolean.TRUE.equals(values.get(property));
    }

    /** The database the connection starts in. */
    public String database() {
        String db = string(ConnectionProperty.DATABASE);
        return db == null ? "default" : db;
    }

    /** Whether TLS is on: {@code tls=true} or any TLS file given. */
    public boolean tls() {
        return bool(ConnectionProperty.TLS) || values.containsKey(ConnectionProperty.TLS_CA_FILE)
                || values.containsKey(ConnectionProperty.TLS_CERT_FILE);
    }

    /** The explicitly given values as text, secrets redacted, in enum order. */
    public Map<String, String> describeExplicit() {
        Map<String, String> out = new LinkedHashMap<>();
        explicit.forEach((p, v) -> out.put(p.getPropertyName(), p.isSecret() ? "***" : String.valueOf(v)));
        return out;
    }

    /** A copy with one property changed (used by data sources for per-call credentials). */
    public ConnectionConfig with(ConnectionProperty property, @Nullable Object value) {
        EnumMap<ConnectionProperty, Object> copy = new EnumMap<>(ConnectionProperty.class);
        copy.putAll(explicit);
        if (value == null) {
            copy.remove(property);
        } else {
            copy.put(property, value);
        }
        return new ConnectionConfig(redactedUrl, endpoint, copy);
    }

    @Override
    public String toString() {
        StringJoiner j = new StringJoiner(", ", "ConnectionConfig[", "]");
        j.add(endpoint.describe());
        describeExplicit().forEach((k, v) -> j.add(k + "=" + v));
        return j.toString();
    }
}
