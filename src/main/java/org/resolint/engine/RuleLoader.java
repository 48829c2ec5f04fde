package org.resolint.engine;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Finds DRL files: the set bundled in the jar ({@code rules/<area>/<area>.drl}) and any folder the
 * user adds, whether it holds its .drl files flat or one subfolder per area.
 */
public final class RuleLoader {
    private RuleLoader() {
    }

    /** The rules shipped with the tool, read from the class path. */
    public static List<RuleSource> bundled() throws RuleException {
        try {
            Path dir = org.resolint.Bundled.folder("rules");
            if (dir == null) {
                throw new RuleException("the bundled rule set is missing from the class path (rules/)");
            }
            return read(dir, "rules/");
        } catch (IOException e) {
            throw new RuleException("cannot read the bundled rule set: " + e.getMessage(), e);
        }
    }

    /** How deep a rule folder is searched: its own files and one subfolder per area. */
    static final int DEPTH = 2;

    /** Every {@code .drl} file in {@code dir} or an area subfolder of it, named by its path as the user gave it. */
    public static List<RuleSource> folder(Path dir) throws RuleException {
        if (!Files.isDirectory(dir)) {
            throw new RuleException(dir + ": --rules needs a folder of .drl files, and this is "
                    + (Files.exists(dir) ? "not a folder" : "missing"));
        }
        try {
            List<RuleSource> sources = read(dir, null);
            if (sources.isEmpty()) {
                throw new RuleException(dir + ": no .drl files in this folder");
            }
            return sources;
        } catch (IOException e) {
            throw new RuleException(dir + ": cannot read rule files (" + e.getMessage() + ")", e);
        }
    }

    private static List<RuleSource> read(Path dir, String prefix) throws IOException {
        List<Path> files;
        try (Stream<Path> s = drlFiles(dir)) {
            // sorted by the path inside the folder, so the order does not depend on the file system
            files = s.sorted(Comparator.comparing(p -> relative(dir, p))).toList();
        }
        List<RuleSource> out = new ArrayList<>();
        for (Path f : files) {
            String name = prefix == null ? f.toString() : prefix + relative(dir, f);
            try (InputStream in = Files.newInputStream(f)) {
                out.add(new RuleSource(name, new String(in.readAllBytes(), StandardCharsets.UTF_8)));
            }
        }
        return out;
    }

    /** The .drl files of a rule folder, flat or in area subfolders. */
    public static Stream<Path> drlFiles(Path dir) throws IOException {
        return Files.walk(dir, DEPTH).filter(p -> p.getFileName() != null
                && p.getFileName().toString().endsWith(".drl") && Files.isRegularFile(p));
    }

    private static String relative(Path dir, Path file) {
        return dir.relativize(file).toString().replace(dir.getFileSystem().getSeparator(), "/");
    }
}
