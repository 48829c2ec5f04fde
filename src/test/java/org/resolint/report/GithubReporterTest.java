package org.resolint.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class GithubReporterTest {
    @Test
    void messagesEscapePercentAndLineBreaks() {
        assertEquals("100%25 sure%0D%0Anext: a, b", GithubReporter.data("100% sure\r\nnext: a, b"));
    }

    @Test
    void propertiesAlsoEscapeColonAndComma() {
        assertEquals("resolint numbering.duplicate (4%3A a%2C b) 5%25%0A",
                GithubReporter.property("resolint numbering.duplicate (4: a, b) 5%\n"));
    }
}
