package dev.quiver.driver.internal.config;

import dev.quiver.driver.ConnectionProperty;
import dev.quiver.driver.MilvusSqlState;
import dev.quiver.driver.internal.error.SqlExceptions;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Pattern;

/**
 * Parses {@code jdbc:milvus://host[:port][/database][?k=v&...]}, {@code jdbc:milvus:mem:[name][?...]} and
 * {@code jdbc:milvus:file:DIR[?...]} plus {@link Properties} into a {@link ConnectionConfig}. Properties win
 * over the URL (see {@link ConnectionProperty}). Every error is a {@code 08M04}
 * {@link java.sql.SQLNonTransientConnectionException} whose message never contains a secret.
 */
public final class JdbcUrlParser {
    /** The prefix of every URL this driver accepts. */
    public static final String PREFIX = "jdbc:milvus:";
    /** Milvus's default port. */
    public static final int DEFAULT_PORT = 19530;
    private static final String ENGINE_PREFIX = "engine.";
    private static final Pattern MEM_NAME = Pattern.compile("[A-Za-z0-9_.-]*");
    private static final Pattern HOST = Pattern.compile("[A-Za-z0-9_.-]+|\\[[0-9A-Fa-f:.]+]");
    private static final String FORMS =
            "expected jdbc:milvus://host[:port][/database], jdbc:milvus:mem:[name] or jdbc:milvus:file:DIR";

    private JdbcUrlParser() {
    }

    /** Whether the URL is one of this driver's ({@code jdbc:milvus:...}). */
    public static boolean accepts(String url) {
        return url.regionMatches(true, 0, PREFIX, 0, PREFIX.length());
    }

    /** Parses a {@code jdbc:milvus:} URL and properties; {@code info} may be empty. */
    public static ConnectionConfig parse(String url, Properties info) throws SQLException {
        if (!accepts(url)) {
            throw invalid(url, FORMS);
        }
        String rest = url.substring(PREFIX.length());
        int q = rest.indexOf('?');
        String query = q < 0 ? "" : rest.substring(q + 1);
        String body = q < 0 ? rest : rest.substring(0, q);
        Map<String, String> given = new LinkedHashMap<>(queryParameters(url, query));
        String redacted = redact(url, given);

        Endpoint endpoint;
        if (body.startsWith("//")) {
            endpoint = remote(redacted, body.substring(2), given);
        } else if (body.startsWith("mem:")) {
            String name = body.substring(4);
            if (!MEM_NAME.matcher(name).matches()) {
                throw invalid(redacted, "an in-memory engine name may contain only letters, digits, '_', '.' and '-'");
            }
            endpoint = new Endpoint.Embedded("mem:" + name, Map.of());
        } else if (body.startsWith("file:")) {
            String dir = body.substring(5);
            if (dir.isBlank()) {
                throw invalid(redacted, "missing directory after jdbc:milvus:file:");
            }
            endpoint = new Endpoint.Embedded("file:" + dir, Map.of());
        } else {
            throw invalid(redacted, FORMS);
        }

        for (String name : info.stringPropertyNames()) {
            given.put(name, info.getProperty(name));
        }
        EnumMap<ConnectionProperty, Object> values = new EnumMap<>(ConnectionProperty.class);
        Map<String, String> engine = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : given.entrySet()) {
            if (e.getKey().startsWith(ENGINE_PREFIX)) {
                engine.put(e.getKey().substring(ENGINE_PREFIX.length()), e.getValue());
                continue;
            }
            ConnectionProperty property = PropertyValues.lookup(e.getKey());
            values.put(property, PropertyValues.parse(property, e.getValue()));
        }
        if (!engine.isEmpty()) {
            if (!(endpoint instanceof Endpoint.Embedded embedded)) {
                throw invalid(redacted, "engine.* properties apply only to jdbc:milvus:mem: and jdbc:milvus:file: URLs");
            }
            endpoint = new Endpoint.Embedded(embedded.target(), engine);
        }
        checkCombinations(values);
        return new ConnectionConfig(redacted, endpoint, values);
    }

    private static Endpoint remote(String redacted, String authorityAndPath, Map<String, String> given)
            throws SQLException {
        int slash = authorityAndPath.indexOf('/');
        String authority = slash < 0 ? authorityAndPath : authorityAndPath.substring(0, slash);
        String path = slash < 0 ? "" : authorityAndPath.substring(slash + 1);
        if (authority.contains("@")) {
            throw invalid(redacted.substring(0, redacted.indexOf("//") + 2) + "...",
                    "credentials in the URL are not supported; use the user and password (or token) properties");
        }
        if (authority.isEmpty()) {
            throw invalid(redacted, "missing host");
        }
        String host = authority;
        int port = DEFAULT_PORT;
        int colon = authority.lastIndexOf(':');
        if (colon >= 0 && !authority.endsWith("]")) {
            host = authority.substring(0, colon);
            String portText = authority.substring(colon + 1);
            port = parsePort(redacted, portText);
        }
        if (host.isEmpty() || !HOST.matcher(host).matches()) {
            throw invalid(redacted, "invalid host '" + host + "'");
        }
        if (host.startsWith("[")) {
            host = host.substring(1, host.length() - 1);
        }
        if (path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        if (!path.isEmpty()) {
            if (path.contains("/")) {
                throw invalid(redacted, "the path must be a single database name, got '" + path + "'");
            }
            given.putIfAbsent(ConnectionProperty.DATABASE.getPropertyName(), decode(path));
        }
        return new Endpoint.Remote(host, port);
    }

    private static int parsePort(String redacted, String text) throws SQLException {
        try {
            int port = Integer.parseInt(text);
            if (port >= 1 && port <= 65535) {
                return port;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw invalid(redacted, "port '" + text + "' is not a number between 1 and 65535");
    }

    private static Map<String, String> queryParameters(String url, String query) throws SQLException {
        Map<String, String> out = new LinkedHashMap<>();
        if (query.isEmpty()) {
            return out;
        }
        for (String pair : query.split("&", -1)) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String key = decode(eq < 0 ? pair : pair.substring(0, eq));
            if (eq < 0) {
                throw SqlExceptions.create(MilvusSqlState.INVALID_CONNECTION_PROPERTY,
                        "connection property '" + key + "' in the URL has no value (write " + key + "=value)");
            }
            if (out.put(key, decode(pair.substring(eq + 1))) != null) {
                throw SqlExceptions.create(MilvusSqlState.INVALID_CONNECTION_PROPERTY,
                        "connection property '" + key + "' appears twice in the URL");
            }
        }
        return out;
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }

    /** The URL with the values of secret query parameters replaced by {@code ***}. */
    static String redact(String url, Map<String, String> query) {
        int q = url.indexOf('?');
        if (q < 0) {
            return url;
        }
        StringBuilder out = new StringBuilder(url.substring(0, q + 1));
        boolean first = true;
        for (Map.Entry<String, String> e : query.entrySet()) {
            if (!first) {
                out.append('&');
            }
            first = false;
            boolean secret = ConnectionProperty.forName(e.getKey()).map(ConnectionProperty::isSecret).orElse(false);
            out.append(e.getKey()).append('=').append(secret ? "***" : e.getValue());
        }
        return out.toString();
    }

    private static void checkCombinations(Map<ConnectionProperty, Object> values) throws SQLException {
        boolean cert = values.containsKey(ConnectionProperty.TLS_CERT_FILE);
        boolean key = values.containsKey(ConnectionProperty.TLS_KEY_FILE);
        if (cert != key) {
            throw SqlExceptions.create(MilvusSqlState.INVALID_CONNECTION_PROPERTY,
                    "tlsCertFile and tlsKeyFile must be given together (mutual TLS)");
        }
        boolean anyFile = cert || values.containsKey(ConnectionProperty.TLS_CA_FILE);
        if (anyFile && Boolean.FALSE.equals(values.get(ConnectionProperty.TLS))) {
            throw SqlExceptions.create(MilvusSqlState.INVALID_CONNECTION_PROPERTY,
                    "TLS files are set but tls=false; remove tls=false or the tls*File properties");
        }
        Object db = values.get(ConnectionProperty.DATABASE);
        if (db != null && ((String) db).isBlank()) {
            throw SqlExceptions.create(MilvusSqlState.INVALID_CONNECTION_PROPERTY,
                    "invalid value '' for database: expected a database name");
        }
    }

    private static SQLException invalid(String redactedUrl, String why) {
        return SqlExceptions.create(MilvusSqlState.INVALID_CONNECTION_PROPERTY,
                "invalid URL '" + redactedUrl + "': " + why);
    }
}
