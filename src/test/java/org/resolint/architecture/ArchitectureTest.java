package org.resolint.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The package structure of docs/architecture.md: no cycles between packages, and the engine imports no area. */
class ArchitectureTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.resolint");
    }

    /** One slice per top-level package (org.resolint.reader with reader.docx, parse with parse.citations ...). */
    @Test
    void noCyclesBetweenPackages() {
        slices().matching("org.resolint.(*)..").should().beFreeOfCycles().check(classes);
    }

    /** The engine is the Drools runtime: it finds the areas through ServiceLoader and imports none of them. */
    @Test
    void engineImportsNoArea() {
        noClasses().that().resideInAPackage("org.resolint.engine..")
                .should().dependOnClassesThat().resideInAnyPackage("org.resolint.rules.references..", "org.resolint.parse..",
                        "org.resolint.rules.style..", "org.resolint.rules.terms..", "org.resolint.profile..",
                        "org.resolint.compare..", "org.resolint.fix..", "org.resolint.check..",
                        "org.resolint.report..", "org.resolint.rules..", "org.resolint.cards..")
                .check(classes);
    }
}
