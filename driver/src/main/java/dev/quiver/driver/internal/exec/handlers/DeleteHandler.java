package dev.quiver.driver.internal.exec.handlers;

import dev.quiver.driver.internal.exec.ExecutionContext;
import dev.quiver.driver.internal.exec.ExecutionResult;
import dev.quiver.grammar.ast.Delete;
import dev.quiver.proto.milvus.DeleteRequest;
import dev.quiver.proto.milvus.MilvusServiceGrpc;
import dev.quiver.proto.milvus.MutationResult;
import io.grpc.MethodDescriptor;
import java.sql.SQLException;
import java.util.Map;

/** DELETE FROM c [PARTITION p] WHERE filter → Delete(expr); update count {@code delete_cnt}; records the write timestamp. */
final class DeleteHandler extends SingleRpcHandler<Delete, DeleteRequest, MutationResult> {
    DeleteHandler() {
        super(Delete.class);
    }

    @Override
    MethodDescriptor<DeleteRequest, MutationResult> method() {
        return MilvusServiceGrpc.getDeleteMethod();
    }

    @Override
    DeleteRequest request(Delete s, ExecutionContext context) throws SQLException {
        DeleteRequest.Builder b = DeleteRequest.newBuilder().setDbName(context.database()).setCollectionName(s.collection())
                .setExpr(ReadOptions.filter(context.bound(s.filter())));
        if (s.partition() != null) {
            b.setPartitionName(s.partition());
        }
        return b.build();
    }

    @Override
    ExecutionResult result(Delete s, MutationResult r, ExecutionContext context) {
        if (r.getTimestamp() != 0) {
            context.writes().record(context.database(), s.collection(), r.getTimestamp());
        }
        return ExecutionResult.update(r.getDeleteCnt(), "DELETE " + r.getDeleteCnt(),
                Map.of(ExecutionResult.TIMESTAMP, r.getTimestamp()));
    }
}
