/**
 * The engine's distance kernels over contiguous arrays: squared L2, inner product, cosine, Hamming and Jaccard,
 * SIMD through {@code jdk.incubator.vector} when the JVM has it. Shared by the exact scan
 * ({@code dev.quiver.embedded.data}) and the ANN indexes ({@code dev.quiver.embedded.index}), so both score
 * vectors identically; a package of its own so that neither depends on the other for it.
 */
@NullMarked
package dev.quiver.embedded.kernel;

import org.jspecify.annotations.NullMarked;
