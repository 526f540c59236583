package dev.quiver.driver.internal.jdbc;

import dev.quiver.driver.ConnectionProperty;
import dev.quiver.driver.MilvusSqlState;
import dev.quiver.driver.internal.config.ConnectionConfig;
import dev.quiver.driver.internal.error.SqlExceptions;
import dev.quiver.driver.internal.rpc.CallScope;
import dev.quiver.driver.internal.rpc.ConnectFailure;
import dev.quiver.driver.internal.rpc.RpcInvoker;
import dev.quiver.driver.internal.rpc.TlsFailure;
import dev.quiver.proto.milvus.ClientInfo;
import dev.quiver.proto.milvus.ConnectRequest;
import dev.quiver.proto.milvus.ConnectResponse;
import dev.quiver.proto.milvus.MilvusServiceGrpc;
import dev.quiver.wire.Durations;
import java.net.InetAddress;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.SQLInvalidAuthorizationSpecException;
import java.sql.SQLTimeoutException;
import java.time.LocalDateTime;
import org.jspecify.annotations.Nullable;

/**
 * The Connect handshake (reference §3.2): client info with {@code sdk_type = "Quiver-JDBC"}, within
 * {@code connectTimeout}. A server without Connect (UNIMPLEMENTED) is accepted with identifier 0. Failures become
 * {@code SQLNonTransientConnectionException}s that say where and what failed (a failed TLS handshake in terms of
 * the TLS properties, see {@link TlsFailure}; a refused connection or unknown host at once, see
 * {@link ConnectFailure}), with the cause chained;
 * authentication failures stay {@code 28000}.
 */
final class Handshake {
    static final String SDK_TYPE = "Quiver-JDBC";
    private static volatile @Nullable String hostName;

    private Handshake() {
    }

    static long connect(RpcInvoker invoker, ConnectionConfig config, String where) throws SQLException {
        ClientInfo.Builder info = ClientInfo.newBuilder()
                .setSdkType(SDK_TYPE)
                .setSdkVersion(DriverVersion.VERSION)
                .setLocalTime(LocalDateTime.now().toString())
                .setHost(localHost());
        String user = config.string(ConnectionProperty.USER);
        if (user != null) {
            info.setUser(user);
        }
        String app = config.string(ConnectionProperty.APPLICATION_NAME);
        if (app != null) {
            info.putReserved("application_name", app);
        }
        CallScope scope = new CallScope(config.duration(ConnectionProperty.CONNECT_TIMEOUT));
        try {
            ConnectResponse response = invoker.call(scope, MilvusServiceGrpc.getConnectMethod(),
                    ConnectRequest.newBuilder().setClientInfo(info).build());
            return response.getIdentifier();
        } catch (SQLFeatureNotSupportedException e) {
            return 0;
        } catch (SQLInvalidAuthorizationSpecException e) {
            throw SqlExceptions.create(MilvusSqlState.INVALID_AUTHORIZATION,
                    "cannot connect to Milvus at " + where + ": " + e.getMessage(), e.getErrorCode(), e);
        } catch (SQLException e) {
            String state = e.getSQLState();
            String tls = TlsFailure.describe(e);
            String unreachable = ConnectFailure.describe(e, where);
            String what = tls != null ? tls : unreachable != null ? unreachable : e instanceof SQLTimeoutException
                    ? "no answer within connectTimeout=" + Durations.format(config.duration(ConnectionProperty.CONNECT_TIMEOUT))
                    + (e.getCause() != null && e.getCause().getMessage() != null ? " (" + e.getCause().getMessage() + ")" : "")
                    : e.getMessage();
            SQLException wrapped = new java.sql.SQLNonTransientConnectionException(
                    "cannot connect to Milvus at " + where + ": " + what,
                    MilvusSqlState.DATABASE_NOT_FOUND.getCode().equals(state) ? state : MilvusSqlState.CONNECTION_REFUSED.getCode(),
                    e.getErrorCode(), e);
            throw wrapped;
        }
    }

    private static String localHost() {
        String name = hostName;
        if (name == null) {
            try {
                name = InetAddress.getLocalHost().getHostName();
            } catch (Exception e) {
                name = "localhost";
            }
            hostName = name;
        }
        return name;
    }
}
