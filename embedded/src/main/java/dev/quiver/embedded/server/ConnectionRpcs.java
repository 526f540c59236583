package dev.quiver.embedded.server;

import dev.quiver.embedded.catalog.Catalog;
import dev.quiver.proto.milvus.AllocTimestampResponse;
import dev.quiver.proto.milvus.CheckHealthResponse;
import dev.quiver.proto.milvus.ConnectResponse;
import dev.quiver.proto.milvus.GetVersionResponse;
import dev.quiver.proto.milvus.ServerInfo;

/** Connect, GetVersion, CheckHealth and AllocTimestamp. */
final class ConnectionRpcs {
    /** The version reported by {@code GetVersion}: Milvus-shaped so SDKs that parse it are satisfied. */
    static final String VERSION = "v2.6.0-quiver";
    static final String DEPLOY_MODE = "embedded";

    private final Catalog catalog;

    ConnectionRpcs(Catalog catalog) {
        this.catalog = catalog;
    }

    ConnectResponse connect() {
        catalog.snapshot().requireDatabase(RequestContext.headerDatabase());
        ServerInfo info = ServerInfo.newBuilder().setBuildTags(VERSION).setDeployMode(DEPLOY_MODE)
                .putReserved("engine", "quiver").build();
        return ConnectResponse.newBuilder().setStatus(Rpc.ok()).setServerInfo(info)
                .setIdentifier(catalog.clock().next()).build();
    }

    GetVersionResponse version() {
        return GetVersionResponse.newBuilder().setStatus(Rpc.ok()).setVersion(VERSION).build();
    }

    CheckHealthResponse health() {
        return CheckHealthResponse.newBuilder().setStatus(Rpc.ok()).setIsHealthy(true).build();
    }

    AllocTimestampResponse allocTimestamp() {
        return AllocTimestampResponse.newBuilder().setStatus(Rpc.ok()).setTimestamp(catalog.clock().next()).build();
    }
}
