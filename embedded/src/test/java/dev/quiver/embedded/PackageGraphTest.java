package dev.quiver.embedded;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * Keeps the engine's package graph acyclic (each package its own slice, the root package included) and the engine
 * independent of the driver, as the architecture requires.
 */
class PackageGraphTest {
    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.quiver.embedded");

    @Test
    void packagesAreFreeOfCycles() {
        slices().matching("dev.quiver.(**)").should().beFreeOfCycles().allowEmptyShould(false).check(MAIN);
    }

    @Test
    void engineNeverUsesTheDriver() {
        noClasses().should().dependOnClassesThat().resideInAPackage("dev.quiver.driver..").check(MAIN);
    }
}
