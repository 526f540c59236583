package dev.quiver.wire;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The wire module's packages form no cycle and sit below the driver and the engine: nothing here may use
 * {@code dev.quiver.driver}, {@code dev.quiver.embedded} or {@code dev.quiver.grammar}.
 */
class PackageGraphTest {
    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.quiver.wire");

    @Test
    void packagesAreFreeOfCycles() {
        slices().matching("dev.quiver.(**)").should().beFreeOfCycles().allowEmptyShould(false).check(MAIN);
    }

    @Test
    void wireDependsOnNeitherDriverNorEngineNorGrammar() {
        noClasses().should().dependOnClassesThat()
                .resideInAnyPackage("dev.quiver.driver..", "dev.quiver.embedded..", "dev.quiver.grammar..")
                .check(MAIN);
    }

    @Test
    void theCycleRuleCatchesACycle() {
        JavaClasses fixture = new ClassFileImporter().importPackages("dev.quiver.wire.cyclefixture");
        assertThatThrownBy(() -> slices().matching("dev.quiver.wire.cyclefixture.(*)..").should().beFreeOfCycles()
                .check(fixture)).isInstanceOf(AssertionError.class).hasMessageContaining("Cycle detected");
    }
}
