package dev.quiver.grammar;

import dev.quiver.testing.PackageGraph;
import org.junit.jupiter.api.Test;

/** The grammar module's packages form no cycle. */
class PackageCyclesTest {
    @Test
    void grammarPackagesAreAcyclic() {
        PackageGraph.assertAcyclic("dev.quiver.grammar");
    }
}
