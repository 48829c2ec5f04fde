package org.resolint.profile;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Reads templates: the set bundled in the jar ({@code templates/}) and any folder the user adds. */
public final class TemplateLoader {
    private TemplateLoader() {
    }

    public static List<Template> bundled() throws ProfileException {
        try {
            Path dir = org.resolint.Bundled.folder("templates");
            if (dir == null) {
                throw new ProfileException("the bundled templates are missing from the class path (templates/)");
            }
            return read(dir, "templates/");
        } catch (IOException e) {
            throw new ProfileException("cannot read the bundled templates: " + e.getMessage(), e);
        }
    }

    /** Every {@code .yaml} file of a folder the user named. */
    public static List<Template> folder(Path dir) throws ProfileException {
        if (!Files.isDirectory(dir)) {
            throw new ProfileException(dir + ": a template folder is needed, and this is "
                    + (Files.exists(dir) ? "not a folder" : "missing"));
        }
        try {
            return read(dir, null);
        } catch (IOException e) {
            throw new ProfileException(dir + ": cannot read templates (" + e.getMessage() + ")", e);
        }
    }

    public static Template parse(String shownName, String yaml) throws ProfileException {
        Template t = YamlFiles.read(shownName, yaml, Template.class);
        String stem = Path.of(shownName).getFileName().toString().replaceFirst("\\.ya?ml$", "");
        if (!t.name().equals(stem)) {
            throw new ProfileException(shownName + ": name '" + t.name() + "' must be the file name ('" + stem + "')");
        }
        return t;
    }

    private static List<Template> read(Path dir, String prefix) throws IOException, ProfileException {
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.getFileName().toString().matches(".*\\.ya?ml")).sorted().toList();
        }
        List<Template> out = new ArrayList<>();
        for (Path f : files) {
            String name = prefix == null ? f.toString() : prefix + f.getFileName();
            out.add(parse(name, Files.readString(f, StandardCharsets.UTF_8)));
        }
        return out;
    }
}
