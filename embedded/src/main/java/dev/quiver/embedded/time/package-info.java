/** The engine's hybrid clock: Milvus-compatible timestamps and unique ids. */
@NullMarked
package dev.quiver.embedded.time;

import org.jspecify.annotations.NullMarked;
