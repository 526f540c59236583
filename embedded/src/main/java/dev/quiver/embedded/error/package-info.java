/**
 * Milvus's error model as the engine reports it: {@link dev.quiver.wire.MilvusError} (shared with the driver) lists
 * the codes, {@link dev.quiver.embedded.error.EngineException} carries one to the RPC boundary, where it becomes a
 * {@code common.Status}.
 */
@NullMarked
package dev.quiver.embedded.error;

import org.jspecify.annotations.NullMarked;
