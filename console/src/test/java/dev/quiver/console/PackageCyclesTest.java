package dev.quiver.console;

import dev.quiver.testing.PackageGraph;
import org.junit.jupiter.api.Test;

/** The console module's packages form no cycle. */
class PackageCyclesTest {
    @Test
    void consolePackagesAreAcyclic() {
        PackageGraph.assertAcyclic("dev.quiver.console");
    }
}
