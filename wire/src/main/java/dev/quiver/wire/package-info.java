/**
 * The single home of the Milvus protocol facts that both the JDBC driver and the embedded engine need: how each
 * Milvus data type is laid out in a {@code schema.FieldData} ({@link dev.quiver.wire.FieldLayout} counts and checks,
 * {@link dev.quiver.wire.FieldValues} reads a row, {@link dev.quiver.wire.VectorBytes} and
 * {@link dev.quiver.wire.SparseRow} convert vector bytes), the Milvus error codes ({@link dev.quiver.wire.MilvusError},
 * {@link dev.quiver.wire.Statuses}) and the duration syntax ({@link dev.quiver.wire.Durations}). Everything here is
 * stateless and thread-safe; nothing logs. Engine semantics (validation rules, defaults, what a type means) stay with
 * the engine; this package only knows where the bytes go.
 */
@NullMarked
package dev.quiver.wire;

import org.jspecify.annotations.NullMarked;
