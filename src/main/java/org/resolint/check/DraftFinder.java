package org.resolint.check;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.resolint.reader.Readers;

/** Expands the PATH arguments: files as given, folders walked for drafts in a stable order. */
public final class DraftFinder {
    private DraftFinder() {
    }

    public static List<Path> expand(List<Path> paths) {
        List<Path> out = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> walk = Files.walk(p)) {
                    walk.filter(Files::isRegularFile)
                            .filter(f -> !isHidden(p.relativize(f)))
                            .filter(Readers::isDraft)
                            .sorted()
                            .forEach(out::add);
                } catch (IOException e) {
                    out.add(p); // the reader reports the folder's problem as the file's error
                }
            } else {
                out.add(p);
            }
        }
        return out;
    }

    private static boolean isHidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }
}
