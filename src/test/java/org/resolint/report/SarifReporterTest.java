package org.resolint.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SarifReporterTest {
    @Test
    void urisAreRelativeReferencesWithEscapes() {
        assertEquals("drafts/mandate%20v2.txt", SarifReporter.uri("drafts/mandate v2.txt"));
        assertEquals("../shared/r%C3%A9solution.txt", SarifReporter.uri("../shared/résolution.txt"));
        assertEquals("a%3Ab.txt", SarifReporter.uri("a:b.txt"));
    }

    @Test
    void ruleNamesAreIdentifiers() {
        assertEquals("NumberingDuplicate", SarifReporter.name("numbering.duplicate"));
        assertEquals("StructureEnactingFormula", SarifReporter.name("structure.enacting-formula"));
    }
}
