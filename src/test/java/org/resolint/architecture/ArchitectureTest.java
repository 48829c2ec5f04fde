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

    /** One slice per top-level package (org.resolint.reader with reader.docx, rules with every area ...). */
    @Test
    void noCyclesBetweenPackages() {
        slices().matching("org.resolint.(*)..").should().beFreeOfCycles().check(classes);
    }

    /**
     * One package per area (org.resolint.rules.references, .citations, .chapter7, .style, .terms):
     * an area may use the model, the parser and the engine, never another area, so each can change alone.
     */
    @Test
    void noAreaImportsAnotherArea() {
        slices().matching("org.resolint.rules.(*)..").should().notDependOnEachOther().check(classes);
    }

    /** The engine is the Drools runtime: it finds the areas through ServiceLoader and imports none of them. */
    @Test
    void engineImportsNoArea() {
        noClasses().that().resideInAPackage("org.resolint.engine..")
                .should().dependOnClassesThat().resideInAnyPackage("org.resolint.rules..", "org.resolint.parse..",
                        "org.resolint.profile..",
                        "org.resolint.compare..", "org.resolint.fix..", "org.resolint.check..",
                        "org.resolint.report..", "org.resolint.cards..")
                .check(classes);
    }
}
