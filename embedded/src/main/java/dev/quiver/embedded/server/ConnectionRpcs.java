package dev.quiver.embedded.server;

import dev.quiver.embedded.catalog.Catalog;
import dev.quiver.proto.milvus.AllocTimestampResponse;
import dev.quiver.proto.milvus.CheckHealthResponse;
import dev.quiver.proto.milvus.ComponentInfo;
import dev.quiver.proto.milvus.ComponentStates;
import dev.quiver.proto.milvus.ConnectResponse;
import dev.quiver.proto.milvus.DummyRequest;
import dev.quiver.proto.milvus.DummyResponse;
import dev.quiver.proto.milvus.RegisterLinkResponse;
import dev.quiver.proto.milvus.StateCode;
import dev.quiver.proto.milvus.GetVersionResponse;
import dev.quiver.proto.milvus.ServerInfo;

/**
 * Connect, GetVersion, CheckHealth and AllocTimestamp. Connect's server info is shaped as a Milvus standalone's:
 * the official SDKs read {@code deploy_mode} and expect every build field to be filled.
 */
final class ConnectionRpcs {
    /** The version reported by {@code GetVersion}: Milvus-shaped so SDKs that parse it are satisfied. */
    static final String VERSION = "v2.6.0-quiver";
    /** Milvus's {@code DeployMode} value for a single-process server. */
    static final String DEPLOY_MODE = "STANDALONE";

    /** The one node of this deployment (query segment info reports it too). */
    static final long NODE_ID = 1;

    private final Catalog catalog;
    private final BuildInfo build = BuildInfo.current();

    ConnectionRpcs(Catalog catalog) {
        this.catalog = catalog;
    }

    ConnectResponse connect() {
        catalog.snapshot().requireDatabase(RequestContext.headerDatabase());
        ServerInfo info = ServerInfo.newBuilder().setBuildTags(VERSION).setDeployMode(DEPLOY_MODE)
                .setBuildTime(build.buildTime()).setGitCommit("quiver-" + build.version())
                .setGoVersion(build.runtime())
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

    /** One healthy proxy-role component, as a standalone Milvus's proxy answers for itself. */
    ComponentStates componentStates() {
        ComponentInfo self = ComponentInfo.newBuilder().setNodeID(NODE_ID).setRole("proxy")
                .setStateCode(StateCode.Healthy).build();
        return ComponentStates.newBuilder().setState(self).setStatus(Rpc.ok()).build();
    }

    /** Milvus answers the legacy link handshake with a bare success. */
    RegisterLinkResponse registerLink() {
        return RegisterLinkResponse.newBuilder().setStatus(Rpc.ok()).build();
    }

    /** Milvus's proxy knows no dummy request type but {@code query}; anything else reports failure in-band. */
    DummyResponse dummy(DummyRequest request) {
        return DummyResponse.newBuilder().setResponse(DummyRequests.isQuery(request.getRequestType())
                ? "{\"status\": \"success\"}" : "{\"status\": \"fail\"}").build();
    }

    AllocTimestampResponse allocTimestamp() {
        return AllocTimestampResponse.newBuilder().setStatus(Rpc.ok()).setTimestamp(catalog.clock().next()).build();
    }
}
