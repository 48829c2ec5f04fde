package org.resolint.check;

import java.nio.file.Path;

/** Paths as CI systems want them: relative to the working directory, with forward slashes. */
public final class ReportPaths {
    private ReportPaths() {
    }

    public static String relative(String shown) {
        return relative(shown, Path.of("").toAbsolutePath());
    }

    public static String relative(String shown, Path base) {
        Path p = Path.of(shown);
        Path abs = p.toAbsolutePath().normalize();
        String rel = base.toAbsolutePath().normalize().relativize(abs).toString();
        return rel.replace('\\', '/');
    }
}
