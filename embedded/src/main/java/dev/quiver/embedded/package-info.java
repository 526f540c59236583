/**
 * Quiver's embedded Milvus-compatible engine. {@link dev.quiver.embedded.EmbeddedMilvus} starts one (in memory or
 * over a data directory, in-process and optionally on a TCP port); the JDBC driver finds it through
 * {@link dev.quiver.embedded.EmbeddedEngineProviderImpl}, registered as a {@code ServiceLoader} provider.
 */
@NullMarked
package dev.quiver.embedded;

import org.jspecify.annotations.NullMarked;
