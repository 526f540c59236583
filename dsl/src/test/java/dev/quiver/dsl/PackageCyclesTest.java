package dev.quiver.dsl;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The DSL's packages form no cycle, and the DSL reaches the driver only through its public API. */
class PackageCyclesTest {
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("dev.quiver.dsl");

    @Test
    void packagesFormNoCycle() {
        slices().matching("dev.quiver.(dsl..)").should().beFreeOfCycles().check(CLASSES);
    }

    @Test
    void onlyThePublicDriverApiIsUsed() {
        noClasses().that().resideInAPackage("dev.quiver.dsl..").should().dependOnClassesThat()
                .resideInAPackage("dev.quiver.driver.internal..").check(CLASSES);
    }
}
