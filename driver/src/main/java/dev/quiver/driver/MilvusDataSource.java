package dev.quiver.driver;

import dev.quiver.driver.internal.error.SqlExceptions;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Properties;
import javax.net.ssl.SSLContext;
import org.jspecify.annotations.Nullable;

/**
 * An unpooled data source: every {@code getConnection} opens a new connection (remote connections still share
 * their gRPC channel). Configure with the bean setters before use; not thread-safe while being configured,
 * thread-safe afterwards. For pooling use {@link PooledMilvusDataSource}.
 */
public class MilvusDataSource extends DataSourceSupport {
    private @Nullable String url;
    private @Nullable String user;
    private @Nullable String password;
    private final Properties properties = new Properties();
    private @Nullable SSLContext sslContext;
    private int loginTimeoutSeconds;
    private @Nullable PrintWriter logWriter;

    public @Nullable String getUrl() {
        return url;
    }

    /** The {@code jdbc:milvus:} URL. */
    public void setUrl(String url) {
        this.url = url;
    }

    public @Nullable String getUser() {
        return user;
    }

    public void setUser(@Nullable String user) {
        this.user = user;
    }

    /** Sets the password; it is never returned or printed. */
    public void setPassword(@Nullable String password) {
        this.password = password;
    }

    /** Adds connection properties ({@link ConnectionProperty}); they win over the URL. */
    public void setProperties(Properties properties) {
        this.properties.clear();
        this.properties.putAll(properties);
    }

    /** A TLS context to use instead of the tls*File properties. */
    public void setSslContext(@Nullable SSLContext sslContext) {
        this.sslContext = sslContext;
    }

    @Override
    public Connection getConnection() throws SQLException {
        return getConnection(user, password);
    }

    @Override
    public Connection getConnection(@Nullable String username, @Nullable String password) throws SQLException {
        if (url == null) {
            throw SqlExceptions.create(MilvusSqlState.INVALID_CONNECTION_PROPERTY, "the data source has no URL; call setUrl first");
        }
        Properties info = new Properties();
        info.putAll(properties);
        if (username != null) {
            info.setProperty(ConnectionProperty.USER.getPropertyName(), username);
        }
        if (password != null) {
            info.setProperty(ConnectionProperty.PASSWORD.getPropertyName(), password);
        }
        if (loginTimeoutSeconds > 0 && !info.containsKey(ConnectionProperty.CONNECT_TIMEOUT.getPropertyName())) {
            info.setProperty(ConnectionProperty.CONNECT_TIMEOUT.getPropertyName(), loginTimeoutSeconds + "s");
        }
        return MilvusDriver.instance().connect(url, info, sslContext);
    }

    @Override
    public @Nullable PrintWriter getLogWriter() {
        return logWriter;
    }

    @Override
    public void setLogWriter(@Nullable PrintWriter out) {
        this.logWriter = out;
    }

    /** Used as the connect timeout when no {@code connectTimeout} property is set; 0 = the default. */
    @Override
    public void setLoginTimeout(int seconds) {
        this.loginTimeoutSeconds = Math.max(0, seconds);
    }

    @Override
    public int getLoginTimeout() {
        return loginTimeoutSeconds;
    }

    @Override
    public String toString() {
        return "MilvusDataSource[" + (url == null ? null : url.replaceAll("\\?.*", "?...")) + (user == null ? "" : ", user=" + user) + (password == null ? "" : ", password=***") + "]";
    }
}
