package org.resolint;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The tool's version, from the build. */
public final class Version {
    private static final Properties PROPS = load();
    private static final String VALUE = value(PROPS.getProperty("version", ""));

    private Version() {
    }

    public static String get() {
        return VALUE;
    }

    /** Identifies this build, so caches made by another build of the same version are not used. */
    public static String build() {
        return PROPS.getProperty("build", "dev");
    }

    private static String value(String v) {
        return v.isEmpty() || v.startsWith("${") ? "0.0.0-dev" : v;
    }

    private static Properties load() {
        Properties p = new Properties();
        try (InputStream in = Version.class.getResourceAsStream("version.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            // no version information: "0.0.0-dev"
        }
        return p;
    }
}
