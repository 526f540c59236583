/**
 * The one interface both sides of the protocol share: how the driver reaches an embedded engine through
 * {@link java.util.ServiceLoader} without a compile-time dependency on it.
 */
@NullMarked
package dev.quiver.proto.spi;

import org.jspecify.annotations.NullMarked;
