package org.resolint;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.util.Map;

/** Folders shipped on the class path (rules/, templates/), as paths whether run from the jar or from classes. */
public final class Bundled {
    private Bundled() {
    }

    /** The class-path folder {@code name} as a path (inside the jar when run from it), or null when absent. */
    public static Path folder(String name) throws IOException {
        URL url = Bundled.class.getResource("/" + name);
        if (url == null) {
            return null;
        }
        try {
            URI uri = url.toURI();
            if (!"jar".equals(uri.getScheme())) {
                return Path.of(uri);
            }
            return jar(uri).getPath("/" + name);
        } catch (URISyntaxException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    private static synchronized FileSystem jar(URI uri) throws IOException {
        try {
            return FileSystems.getFileSystem(uri);
        } catch (FileSystemNotFoundException e) {
            try {
                return FileSystems.newFileSystem(uri, Map.of());
            } catch (FileSystemAlreadyExistsException raced) {
                return FileSystems.getFileSystem(uri);
            }
        }
    }
}
