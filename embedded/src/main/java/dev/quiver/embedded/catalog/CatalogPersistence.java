package dev.quiver.embedded.catalog;

import java.io.IOException;
import java.util.Optional;

/** Where the catalog is kept between runs: nowhere (in-memory engines) or an atomically replaced file. */
public interface CatalogPersistence {

    /** The last catalog written, or empty when none was. */
    Optional<byte[]> read() throws IOException;

    /** Atomically replaces the stored catalog; returns once it is durable. */
    void write(byte[] catalog) throws IOException;

    /** Persistence for in-memory engines: nothing is read or written. */
    static CatalogPersistence none() {
        return new CatalogPersistence() {
            @Override
            public Optional<byte[]> read() {
                return Optional.empty();
            }

            @Override
            public void write(byte[] catalog) {
                // in-memory engines keep nothing
            }
        };
    }
}
