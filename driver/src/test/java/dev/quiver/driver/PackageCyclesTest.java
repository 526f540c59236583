package dev.quiver.driver;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The driver's internal packages depend on each other without cycles. */
class PackageCyclesTest {

    @Test
    void internalPackagesFormNoCycle() {
        JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.quiver.driver");
        slices().matching("dev.quiver.driver.internal.(**)").should().beFreeOfCycles().check(classes);
    }
}
