package org.resolint.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Facts observe, rules decide: a fact type (a class of a package the DRL files import) exposes what
 * the text says, not a verdict. A boolean accessor named like a judgement (mismatch, yearImpossible,
 * applies, met ...) means Java decided what a DRL rule should. The ones still there are listed in
 * {@link #NOT_YET_MOVED}, to move into DRL one by one (issue #19); the test fails on any new one, and
 * on a listed one that is gone, so the list only shrinks.
 */
class NoVerdictFlagTest {
    /** Words that state a judgement about the text rather than describe it, as camel-case parts of a name. */
    private static final Set<String> VERDICT_WORDS = Set.of("mismatch", "mismatched", "impossible", "applies", "met",
            "malformed", "valid", "invalid", "wrong", "stale", "broken", "beyond", "violated", "fails", "failed",
            "bad", "ok", "error", "misplaced", "duplicate");
    /** Whole names that are judgements though none of their words is. */
    private static final Set<String> VERDICT_NAMES = Set.of("ownNumber", "usedBeforeDefinition");

    /** Verdict flags computed in Java that DRL should decide (issue #19, step 5): remove an entry as its rule moves. */
    private static final Set<String> NOT_YET_MOVED = Set.of(
            );

    private static final Pattern IMPORT = Pattern.compile("^import\\s+([\\w.]+?)(\\.\\*|\\.[A-Z]\\w*)\\s*;", Pattern.MULTILINE);

    @Test
    void factTypesExposeNoVerdictFlag() throws IOException {
        Set<String> packages = new TreeSet<>();
        try (Stream<Path> drl = Files.walk(Path.of("rules"))) {
            for (Path file : drl.filter(p -> p.toString().endsWith(".drl")).toList()) {
                Matcher m = IMPORT.matcher(Files.readString(file));
                while (m.find()) {
                    packages.add(m.group(1));
                }
            }
        }
        Set<String> flags = new TreeSet<>();
        for (JavaClass type : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(packages)) {
            if (!packages.contains(type.getPackageName()) || !type.getModifiers().contains(JavaModifier.PUBLIC)) {
                continue;
            }
            for (JavaMethod method : type.getMethods()) {
                if (method.getModifiers().contains(JavaModifier.PUBLIC) && method.getParameters().isEmpty()
                        && !method.getModifiers().contains(JavaModifier.STATIC)
                        && method.getRawReturnType().getName().equals("boolean") && isVerdict(method.getName())) {
                    flags.add(type.getName() + "." + method.getName());
                }
            }
        }
        assertEquals(new TreeSet<>(NOT_YET_MOVED), flags, "fact types expose verdict flags: a DRL rule should "
                + "compare what the facts observe (a new flag is not allowed; a removed one leaves NOT_YET_MOVED)");
    }

    static boolean isVerdict(String method) {
        String name = method.replaceFirst("^(is|has|get)(?=[A-Z])", "");
        name = Character.toLowerCase(name.charAt(0)) + name.substring(1);
        if (VERDICT_NAMES.contains(name)) {
            return true;
        }
        for (String word : name.split("(?=[A-Z])")) {
            if (VERDICT_WORDS.contains(word.toLowerCase())) {
                return true;
            }
        }
        return false;
    }

    @Test
    void verdictNamesAreRecognised() {
        assertEquals(true, isVerdict("isYearImpossible"));
        assertEquals(true, isVerdict("isMismatch"));
        assertEquals(true, isVerdict("isMet"));
        assertEquals(false, isVerdict("isNumbered"));
        assertEquals(false, isVerdict("isMetadata"));
    }
}
