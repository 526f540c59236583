package dev.quiver.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import io.milvus.grpc.BackupRBACMetaRequest;
import io.milvus.grpc.BackupRBACMetaResponse;
import io.milvus.grpc.MilvusServiceGrpc;
import io.milvus.grpc.RestoreRBACMetaRequest;
import io.milvus.grpc.RoleEntity;
import io.milvus.grpc.UserInfo;
import io.milvus.shaded.io.grpc.ManagedChannel;
import io.milvus.v2.client.ConnectConfig;
import io.milvus.v2.client.MilvusClientV2;
import io.milvus.v2.service.rbac.request.CreateRoleReq;
import io.milvus.v2.service.rbac.request.CreateUserReq;
import io.milvus.v2.service.rbac.request.DescribeRoleReq;
import io.milvus.v2.service.rbac.request.DescribeUserReq;
import io.milvus.v2.service.rbac.request.GrantPrivilegeReq;
import io.milvus.v2.service.rbac.request.GrantRoleReq;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * BackupRBAC and RestoreRBAC with the official Java SDK: its {@code MilvusClientV2} has no methods for them, so the
 * SDK's own generated stubs carry the calls, and {@code MilvusClientV2} checks what the restore brought.
 */
class JavaSdkRbacBackupIT {

    @Test
    void aBackupFromOneServerRestoresIntoAnother() throws Exception {
        try (QuiverServe source = QuiverServe.start(); QuiverServe target = QuiverServe.start()) {
            MilvusClientV2 client = new MilvusClientV2(ConnectConfig.builder().uri(source.uri()).build());
            try {
                client.createUser(CreateUserReq.builder().userName("sdk_user").password("sdk-password-1").build());
                client.createRole(CreateRoleReq.builder().roleName("sdk_reader").build());
                client.grantRole(GrantRoleReq.builder().userName("sdk_user").roleName("sdk_reader").build());
                client.grantPrivilege(GrantPrivilegeReq.builder().roleName("sdk_reader").objectType("Collection")
                        .objectName("films").privilege("Search").build());
            } finally {
                client.close();
            }
            BackupRBACMetaResponse backup = call(source, stub -> stub.backupRBAC(
                    BackupRBACMetaRequest.getDefaultInstance()));
            assertThat(backup.getStatus().getCode()).isZero();
            assertThat(backup.getRBACMeta().getUsersList()).extracting(UserInfo::getUser).containsExactly("sdk_user");
            assertThat(backup.getRBACMeta().getUsers(0).getPassword()).doesNotContain("sdk-password-1");
            assertThat(backup.getRBACMeta().getRolesList()).extracting(RoleEntity::getName)
                    .containsExactly("sdk_reader");

            io.milvus.grpc.Status restored = call(target, stub -> stub.restoreRBAC(RestoreRBACMetaRequest.newBuilder()
                    .setRBACMeta(backup.getRBACMeta()).build()));
            assertThat(restored.getCode()).as(restored.getReason()).isZero();
            io.milvus.grpc.Status again = call(target, stub -> stub.restoreRBAC(RestoreRBACMetaRequest.newBuilder()
                    .setRBACMeta(backup.getRBACMeta()).build()));
            assertThat(again.getReason()).isEqualTo("role [sdk_reader] already exists");

            MilvusClientV2 restoredClient = new MilvusClientV2(ConnectConfig.builder().uri(target.uri()).build());
            try {
                assertThat(restoredClient.listUsers()).contains("sdk_user");
                assertThat(restoredClient.describeUser(DescribeUserReq.builder().userName("sdk_user").build())
                        .getRoles()).containsExactly("sdk_reader");
                assertThat(restoredClient.describeRole(DescribeRoleReq.builder().roleName("sdk_reader").build())
                        .getGrantInfos()).extracting(grant -> grant.getObjectName() + ":" + grant.getPrivilege())
                        .containsExactly("films:Search");
            } finally {
                restoredClient.close();
            }
        }
    }

    private static <T> T call(QuiverServe server,
                              java.util.function.Function<MilvusServiceGrpc.MilvusServiceBlockingStub, T> rpc)
            throws InterruptedException {
        ManagedChannel channel = server.channel();
        try {
            return rpc.apply(MilvusServiceGrpc.newBlockingStub(channel));
        } finally {
            channel.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
        }
    }
}
