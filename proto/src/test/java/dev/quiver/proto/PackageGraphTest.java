package dev.quiver.proto;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The generated and hand-written packages of the proto module form no cycle: feder.proto and msg.proto import
 * common.proto and are imported by milvus.proto, so they are generated into {@code dev.quiver.proto.milvus} too.
 */
class PackageGraphTest {

    @Test
    void packagesAreFreeOfCycles() {
        JavaClasses main = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.quiver.proto");
        slices().matching("dev.quiver.(**)").should().beFreeOfCycles().allowEmptyShould(false).check(main);
    }
}
