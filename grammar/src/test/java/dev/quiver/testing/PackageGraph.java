package dev.quiver.testing;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.ArchConfiguration;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;

/**
 * Checks a module's package graph with ArchUnit: every package under a root is one node, and no chain of
 * dependencies leads from a package back to itself. Shared through the grammar module's test jar, so that every
 * module keeps its own graph acyclic with one line:
 * {@code PackageGraph.assertAcyclic("dev.quiver.driver")}.
 */
public final class PackageGraph {
    private PackageGraph() {
    }

    /**
     * Fails with the cycles found, naming the classes and dependencies that form each, when the main classes under
     * {@code rootPackage} (test classes excluded) have a package cycle.
     */
    public static void assertAcyclic(String rootPackage) {
        // Only dependencies between the module's own packages matter: skip loading library and JDK classes.
        ArchConfiguration.get().setResolveMissingDependenciesFromClassPath(false);
        JavaClasses classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
                .importPackages(rootPackage);
        if (classes.isEmpty()) {
            throw new AssertionError("no classes found under " + rootPackage);
        }
        slices().assignedFrom(byPackage(rootPackage)).should().beFreeOfCycles().check(classes);
    }

    private static SliceAssignment byPackage(String rootPackage) {
        return new SliceAssignment() {
            @Override
            public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
                String name = javaClass.getPackageName();
                boolean inside = name.equals(rootPackage) || name.startsWith(rootPackage + ".");
                return inside ? SliceIdentifier.of(name) : SliceIdentifier.ignore();
            }

            @Override
            public String getDescription() {
                return "the packages under " + rootPackage;
            }
        };
    }
}
