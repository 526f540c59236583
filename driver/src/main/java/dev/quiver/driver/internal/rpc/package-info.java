/**
 * The gRPC plumbing: the process-wide, reference-counted channel registry, the per-connection header interceptor ({@code authorization}, {@code dbname}, {@code identifier}), and {@link dev.quiver.driver.internal.rpc.RpcInvoker}, the one place where deadlines, retries with back-off, cancellation and status checking happen.
 */
@NullMarked
package dev.quiver.driver.internal.rpc;

import org.jspecify.annotations.NullMarked;
