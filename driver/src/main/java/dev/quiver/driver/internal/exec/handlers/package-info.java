/**
 * The statement handlers of the driver: one small class per statement family (databases, collections, partitions,
 * load/release, flush and compaction, indexes, aliases, writes, reads, users and roles, server), each mapping the
 * statement AST to Milvus RPCs through {@link dev.quiver.driver.internal.exec.ExecutionContext}. Handlers that send
 * requests build them first in a side-effect-free plan ({@link dev.quiver.driver.internal.exec.handlers.Planner}),
 * which {@code EXPLAIN} reuses. Shared encoders turn bound values into Milvus {@code FieldData}, placeholder groups
 * and schema messages, and decode results back into the Java values of
 * {@link dev.quiver.driver.internal.exec.ColumnType}. Everything that can be checked without the server is checked
 * before the first RPC. {@link dev.quiver.driver.internal.exec.handlers.Handlers#all()} lists the handlers.
 */
@NullMarked
package dev.quiver.driver.internal.exec.handlers;

import org.jspecify.annotations.NullMarked;
