package dev.quiver.embedded;

import dev.quiver.embedded.data.DataEngine;

/** The engine's data path: {@link DataEngine}, in memory or over the data directory. */
final class DataPaths {
    static final DataPathFactory DEFAULT = (directory, catalog, clock) -> directory == null
            ? DataEngine.inMemory(catalog, clock)
            : DataEngine.persistent(directory, catalog, clock);

    private DataPaths() {
    }
}
