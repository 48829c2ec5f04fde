package org.resolint.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A draft with its expected findings written next to the lines they concern, in the manner of
 * Error Prone's test helper:
 *
 * <pre>
 * #! checks: numbering.duplicate numbering.gap
 * ...
 * 12. Requests the Secretary-General ...;
 * #! numbering.duplicate 12
 * </pre>
 *
 * {@code #! checks:} names the rules the fixture is about; each other {@code #! RULE [LABEL]} line
 * expects a finding of RULE on the nearest non-blank line above it, with paragraph LABEL if
 * given ({@code -} for none). Expectation lines are blanked before checking, so line numbers hold.
 * {@code #! RULE LABEL | words of the message | suggestion} also asserts a substring of the
 * message and the exact suggestion ({@code -} for none).
 * A fixture with no expectation lines is a draft on which its rules must stay quiet.
 *
 * <p>{@code #! previous: previous/NAME.txt} (relative to the fixture's folder) checks the draft as
 * {@code check --previous} would, against that previous text; files under a {@code previous/}
 * folder are previous texts, not fixtures.
 */
public record Fixture(Path source, String text, Set<String> checks, List<Expected> expected, Path previous) {
    private static final Pattern EXPECT = Pattern.compile("^#!\\s*([a-z0-9]+\\.[a-z0-9-]+)(?:\\s+(.*?))?\\s*$");
    private static final Pattern CHECKS = Pattern.compile("^#!\\s*checks:\\s*(.*)$");
    private static final Pattern PREVIOUS = Pattern.compile("^#!\\s*previous:\\s*(\\S+)\\s*$");

    /**
     * One expected finding: rule id, 1-based line, paragraph label (null: not asserted; "-": none),
     * and, when given, a substring of its message and its suggestion ("-": none).
     */
    public record Expected(String rule, int line, String paragraph, String message, String suggestion) {
        Expected(String rule, int line, String rest) {
            this(rule, line, part(rest, 0), part(rest, 1), part(rest, 2));
        }

        private static String part(String rest, int i) {
            if (rest == null) {
                return null;
            }
            String[] parts = rest.split(" \\| ", -1);
            return i < parts.length && !parts[i].isBlank() ? parts[i].trim() : null;
        }
    }

    public static Fixture load(Path file) {
        try {
            return parse(file, Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Fixture parse(Path file, String content) {
        String[] lines = content.split("\n", -1);
        Set<String> checks = new LinkedHashSet<>();
        List<Expected> expected = new ArrayList<>();
        int lastText = 0;
        Path previous = null;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            Matcher c = CHECKS.matcher(line);
            Matcher e = EXPECT.matcher(line);
            Matcher prev = PREVIOUS.matcher(line);
            if (prev.matches()) {
                Path dir = file.getParent() == null ? Path.of(".") : file.getParent();
                previous = dir.resolve(prev.group(1));
                if (!Files.isRegularFile(previous)) {
                    throw new IllegalArgumentException(file + ":" + (i + 1) + ": no previous text " + previous);
                }
                lines[i] = "";
            } else if (c.matches()) {
                for (String id : c.group(1).trim().split("\\s+")) {
                    checks.add(id);
                }
                lines[i] = "";
            } else if (e.matches()) {
                if (lastText == 0) {
                    throw new IllegalArgumentException(file + ":" + (i + 1) + ": expectation before any text");
                }
                expected.add(new Expected(e.group(1), lastText, e.group(2)));
                lines[i] = "";
            } else if (!line.isBlank()) {
                lastText = i + 1;
            }
        }
        if (checks.isEmpty()) {
            throw new IllegalArgumentException(file + ": no '#! checks:' line naming the rules under test");
        }
        for (Expected x : expected) {
            if (!checks.contains(x.rule())) {
                throw new IllegalArgumentException(file + ":" + x.line() + ": expects " + x.rule()
                        + ", which the '#! checks:' line does not name");
            }
        }
        return new Fixture(file, String.join("\n", lines), Set.copyOf(checks), List.copyOf(expected), previous);
    }

    /** Writes the draft without expectation lines to {@code dir}, keeping the file name and extension. */
    public Path writeDraft(Path dir) {
        try {
            Path out = dir.resolve(source.getFileName().toString());
            Files.writeString(out, text, StandardCharsets.UTF_8);
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
