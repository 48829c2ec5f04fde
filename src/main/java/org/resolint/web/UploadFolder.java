package org.resolint.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The only place the server writes uploads: a private temporary folder with one sub-folder per
 * request, deleted when the request ends. The folder holds an empty {@code .resolint.yaml}, so a
 * draft's config lookup stops there and never reads a config from the machine's temp folder.
 */
public final class UploadFolder implements AutoCloseable {
    private static final Pattern UNSAFE = Pattern.compile("[^A-Za-z0-9._ ()-]");
    private static final int MAX_NAME = 100;

    private final Path root;

    public UploadFolder() {
        try {
            root = Files.createTempDirectory("resolint-web-");
            Files.writeString(root.resolve(".resolint.yaml"), "");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the upload folder: " + e.getMessage(), e);
        }
    }

    public Path root() {
        return root;
    }

    /** A new empty folder for one request's files; delete it with {@link #delete(Path)}. */
    public Path newRequestFolder() throws IOException {
        return Files.createTempDirectory(root, "req-");
    }

    /**
     * The name a file is stored under: the last part of what the browser sent, with anything but
     * letters, digits and {@code . _ - ( )} replaced, so no name can leave the request folder.
     */
    public static String safeName(String sent, String fallback) {
        String name = sent == null ? "" : sent.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).strip();
        name = UNSAFE.matcher(name).replaceAll("_");
        while (name.startsWith(".")) {
            name = name.substring(1);
        }
        if (name.isBlank()) {
            return fallback;
        }
        if (name.length() > MAX_NAME) {
            int dot = name.lastIndexOf('.');
            String ext = dot > 0 && name.length() - dot <= 10 ? name.substring(dot) : "";
            name = name.substring(0, MAX_NAME - ext.length()) + ext;
        }
        return name;
    }

    /** True for the names the checker reads (its readers decide on everything else). */
    static boolean hasExtension(String name) {
        return name.toLowerCase(Locale.ROOT).matches(".*\\.[a-z0-9]{1,8}");
    }

    /** Deletes a request folder and everything in it; never fails the request. */
    public static void delete(Path folder) {
        if (folder == null || !Files.exists(folder)) {
            return;
        }
        try {
            Files.walkFileTree(folder, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.deleteIfExists(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                    Files.deleteIfExists(dir);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException ignored) {
            // best effort: the root goes when the server stops
        }
    }

    @Override
    public void close() {
        delete(root);
    }
}
