package org.resolint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --rules DIR} takes a flat folder of .drl files (the older layout) and one subfolder per
 * area ({@code DIR/<area>/<area>.drl} with its cards beside it, the layout of the bundled rules).
 */
class UserRuleFolderLayoutTest {
    private static String rule(String area) {
        return "package " + area + ";\nimport org.resolint.model.*;\n"
                + "global org.resolint.engine.FindingSink findings;\n"
                + "rule \"" + area + ".no-tesaria\"\n  @id(" + area + ".no-tesaria) @severity(warning) @summary(\"Tesaria is a placeholder\")\n"
                + "when\n  $p : Paragraph(text.contains(\"Tesaria\"))\nthen\n"
                + "  findings.report(drools, $p, \"placeholder country\", null);\nend\n";
    }

    private static String card(String area) {
        return "id: " + area + ".no-tesaria\nsummary: Tesaria is a placeholder\nseverity: warning\n"
                + "rationale: A house rule, found through its area folder.\n";
    }

    @Test
    void flatFolderOfRuleFiles(@TempDir Path tmp) throws Exception {
        Files.writeString(tmp.resolve("flat.drl"), rule("flat"));
        Files.createDirectories(tmp.resolve("flat"));
        Files.writeString(tmp.resolve("flat/flat.no-tesaria.yaml"), card("flat"));
        CliTest.Result r = CliTest.run("check", "--rules", tmp.toString(), "--fail-on", "warning", "drafts/mandate-clean.txt");
        assertEquals(1, r.code(), r.err());
        assertTrue(r.out().contains("[flat.no-tesaria] PP1: placeholder country"), r.out());
        CliTest.Result explain = CliTest.run("explain", "--rules", tmp.toString(), "flat.no-tesaria");
        assertTrue(explain.out().contains("found through its area folder"), explain.out() + explain.err());
    }

    @Test
    void oneSubfolderPerArea(@TempDir Path tmp) throws Exception {
        Files.createDirectories(tmp.resolve("house"));
        Files.writeString(tmp.resolve("house/house.drl"), rule("house"));
        Files.writeString(tmp.resolve("house/house.no-tesaria.yaml"), card("house"));
        CliTest.Result r = CliTest.run("check", "--rules", tmp.toString(), "--fail-on", "warning", "drafts/mandate-clean.txt");
        assertEquals(1, r.code(), r.err());
        assertTrue(r.out().contains("[house.no-tesaria] PP1: placeholder country"), r.out());
        CliTest.Result explain = CliTest.run("explain", "--rules", tmp.toString(), "house.no-tesaria");
        assertTrue(explain.out().contains("found through its area folder"), explain.out() + explain.err());
    }

    @Test
    void bothLayoutsInOneFolder(@TempDir Path tmp) throws Exception {
        Files.writeString(tmp.resolve("flat.drl"), rule("flat"));
        Files.createDirectories(tmp.resolve("house"));
        Files.writeString(tmp.resolve("house/house.drl"), rule("house"));
        CliTest.Result r = CliTest.run("check", "--rules", tmp.toString(), "--fail-on", "warning", "drafts/mandate-clean.txt");
        assertTrue(r.out().contains("[flat.no-tesaria]") && r.out().contains("[house.no-tesaria]"), r.out() + r.err());
    }
}
