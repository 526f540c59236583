package dev.quiver.driver;

import dev.quiver.driver.internal.config.ConnectionConfig;
import dev.quiver.driver.internal.config.JdbcUrlParser;
import dev.quiver.driver.internal.jdbc.DriverVersion;
import dev.quiver.driver.internal.jdbc.MilvusConnectionImpl;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.DriverPropertyInfo;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Properties;
import java.util.logging.Logger;
import javax.net.ssl.SSLContext;
import org.jspecify.annotations.Nullable;

/**
 * The JDBC driver for {@code jdbc:milvus:} URLs:
 * <pre>
 *   jdbc:milvus://host[:port][/database][?key=value&amp;...]   a Milvus server (port 19530 by default)
 *   jdbc:milvus:mem:[name]                                    the embedded engine, in memory
 *   jdbc:milvus:file:DIR                                      the embedded engine, persisted in DIR
 * </pre>
 * Properties are listed in {@link ConnectionProperty}; java.util.Properties win over the URL. Embedded URLs need
 * the {@code dev.quiver:quiver-embedded} artifact on the class path. The driver registers itself with
 * {@link DriverManager} when loaded and through {@code META-INF/services/java.sql.Driver}. Thread-safe.
 */
public final class MilvusDriver implements Driver {
    private static final MilvusDriver INSTANCE = new MilvusDriver();

    static {
        try {
            DriverManager.registerDriver(INSTANCE);
        } catch (SQLException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /** The instance registered with DriverManager. */
    public static MilvusDriver instance() {
        return INSTANCE;
    }

    /**
     * Opens a connection, or returns null when the URL is not a {@code jdbc:milvus:} URL (as the JDBC contract
     * asks, so DriverManager tries the next driver).
     */
    @Override
    public @Nullable Connection connect(String url, @Nullable Properties info) throws SQLException {
        if (url == null || !acceptsURL(url)) {
            return null;
        }
        return connect(url, info, null);
    }

    /** Opens a connection with a caller-supplied TLS context (which takes precedence over the TLS files). */
    public Connection connect(String url, @Nullable Properties info, @Nullable SSLContext sslContext) throws SQLException {
        ConnectionConfig config = JdbcUrlParser.parse(url, info == null ? new Properties() : info);
        return MilvusConnectionImpl.open(config, sslContext);
    }

    @Override
    public boolean acceptsURL(String url) {
        return url != null && JdbcUrlParser.accepts(url);
    }

    /** One entry per {@link ConnectionProperty}, with the current value from the URL or {@code info}. */
    @Override
    public DriverPropertyInfo[] getPropertyInfo(String url, @Nullable Properties info) throws SQLException {
        Properties given = info == null ? new Properties() : info;
        ConnectionConfig config = null;
        if (url != null && acceptsURL(url)) {
            try {
                config = JdbcUrlParser.parse(url, given);
            } catch (SQLException e) {
                config = null;
            }
        }
        ConnectionProperty[] all = ConnectionProperty.values();
        DriverPropertyInfo[] out = new DriverPropertyInfo[all.length];
        for (int i = 0; i < all.length; i++) {
            ConnectionProperty p = all[i];
            Object value = config == null ? given.getProperty(p.getPropertyName(), p.getDefaultValue()) : config.get(p);
            String text = value == null ? null : value instanceof java.time.Duration d
                    ? dev.quiver.wire.Durations.format(d) : value.toString();
            DriverPropertyInfo d = new DriverPropertyInfo(p.getPropertyName(), p.isSecret() ? null : text);
            d.description = p.getDescription() + " (" + p.getType().name().toLowerCase(java.util.Locale.ROOT)
                    + (p.getDefaultValue() == null ? "" : ", default " + p.getDefaultValue()) + ")";
            d.required = false;
            d.choices = p.getChoices().isEmpty() ? null : p.getChoices().toArray(new String[0]);
            out[i] = d;
        }
        return out;
    }

    @Override
    public int getMajorVersion() {
        return DriverVersion.MAJOR;
    }

    @Override
    public int getMinorVersion() {
        return DriverVersion.MINOR;
    }

    /** False: Milvus has no transactions and the driver does not implement full SQL-92 entry level. */
    @Override
    public boolean jdbcCompliant() {
        return false;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException("the driver logs through System.Logger, not java.util.logging");
    }
}
