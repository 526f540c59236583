package dev.quiver.embedded;

import dev.quiver.embedded.catalog.Catalog;
import dev.quiver.embedded.data.DataEngine;
import dev.quiver.embedded.storage.DataDirectory;
import dev.quiver.embedded.time.HybridClock;
import java.io.IOException;
import org.jspecify.annotations.Nullable;

/** Opens the engine's data path over a catalog: in memory when {@code directory} is null, else persisted in it. */
@FunctionalInterface
interface DataPathFactory {

    DataEngine open(@Nullable DataDirectory directory, Catalog catalog, HybridClock clock) throws IOException;
}
