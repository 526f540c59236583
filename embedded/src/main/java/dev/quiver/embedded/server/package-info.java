/**
 * The engine's gRPC face: {@link dev.quiver.embedded.server.MilvusGrpcService} implements Milvus's
 * {@code MilvusService} by delegating each family of RPCs to a small handler (connection, databases,
 * collections, partitions, load state, indexes, aliases, data, users, roles and privileges). Refusals travel in-band as
 * {@code common.Status} with gRPC OK, exactly as Milvus reports them; RPCs the engine does not implement answer
 * gRPC {@code UNIMPLEMENTED}. {@link dev.quiver.embedded.server.DatabaseHeaderInterceptor} applies the
 * {@code dbname} header and {@link dev.quiver.embedded.server.AuthenticationInterceptor} the optional
 * {@code authorization} check.
 */
@NullMarked
package dev.quiver.embedded.server;

import org.jspecify.annotations.NullMarked;
