package dev.quiver.driver.internal.rpc;

import dev.quiver.driver.MilvusSqlState;
import dev.quiver.driver.internal.error.SqlExceptions;
import io.grpc.ManagedChannel;
import io.grpc.netty.shaded.io.grpc.netty.GrpcSslContexts;
import io.grpc.netty.shaded.io.grpc.netty.NegotiationType;
import io.grpc.netty.shaded.io.grpc.netty.NettyChannelBuilder;
import io.grpc.netty.shaded.io.netty.channel.ChannelOption;
import io.grpc.netty.shaded.io.netty.handler.ssl.ApplicationProtocolConfig;
import io.grpc.netty.shaded.io.netty.handler.ssl.ApplicationProtocolNames;
import io.grpc.netty.shaded.io.netty.handler.ssl.ClientAuth;
import io.grpc.netty.shaded.io.netty.handler.ssl.IdentityCipherSuiteFilter;
import io.grpc.netty.shaded.io.netty.handler.ssl.JdkSslContext;
import io.grpc.netty.shaded.io.netty.handler.ssl.SslContext;
import io.grpc.netty.shaded.io.netty.handler.ssl.SslContextBuilder;
import java.io.File;
import java.sql.SQLException;
import java.util.concurrent.TimeUnit;

/** Builds the Netty channel for a {@link ChannelKey}: keep-alive, connect timeout, unlimited inbound size, TLS. */
final class NettyChannels {
    private NettyChannels() {
    }

    static ManagedChannel create(ChannelKey key) throws SQLException {
        dev.quiver.wire.FrameLogRedaction.install();
        NettyChannelBuilder builder = NettyChannelBuilder.forAddress(key.host(), key.port())
                .maxInboundMessageSize(Integer.MAX_VALUE)
                .keepAliveTime(key.keepAliveTime().toMillis(), TimeUnit.MILLISECONDS)
                .keepAliveTimeout(key.keepAliveTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .withOption(ChannelOption.CONNECT_TIMEOUT_MILLIS,
                        (int) Math.min(Integer.MAX_VALUE, Math.max(1, key.connectTimeout().toMillis())));
        if (key.tls()) {
            builder.negotiationType(NegotiationType.TLS).sslContext(sslContext(key));
        } else {
            builder.usePlaintext();
        }
        if (key.serverName() != null) {
            builder.overrideAuthority(key.serverName());
        }
        return builder.build();
    }

    private static SslContext sslContext(ChannelKey key) throws SQLException {
        if (key.sslContext() != null) {
            return new JdkSslContext(key.sslContext(), true, null, IdentityCipherSuiteFilter.INSTANCE,
                    new ApplicationProtocolConfig(ApplicationProtocolConfig.Protocol.ALPN,
                            ApplicationProtocolConfig.SelectorFailureBehavior.NO_ADVERTISE,
                            ApplicationProtocolConfig.SelectedListenerFailureBehavior.ACCEPT,
                            ApplicationProtocolNames.HTTP_2),
                    ClientAuth.NONE, null, false);
        }
        String file = "";
        try {
            SslContextBuilder builder = GrpcSslContexts.forClient();
            if (key.caFile() != null) {
                file = "tlsCaFile " + key.caFile();
                builder.trustManager(new File(key.caFile()));
            }
            if (key.certFile() != null && key.keyFile() != null) {
                file = "tlsCertFile " + key.certFile() + " / tlsKeyFile " + key.keyFile();
                builder.keyManager(new File(key.certFile()), new File(key.keyFile()));
            }
            return builder.build();
        } catch (Exception e) {
            throw SqlExceptions.create(MilvusSqlState.CONNECTION_REFUSED,
                    "cannot set up TLS to " + key.target() + (file.isEmpty() ? "" : " from " + file) + ": "
                            + e.getMessage(), 0, e);
        }
    }
}
