/**
 * Distance kernels shared by the exact scan ({@code dev.quiver.embedded.data}) and the ANN indexes
 * ({@code dev.quiver.embedded.index}), so both score vectors the same way. A leaf package: it depends on nothing
 * else in the engine.
 */
@NullMarked
package dev.quiver.embedded.kernel;

import org.jspecify.annotations.NullMarked;
