package org.resolint.engine;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * Keeps compiled rule sets (executable-model kjars) in the user's cache folder, keyed by a hash
 * of the tool version and every rule file, so a run with unchanged rules skips DRL compilation.
 * A cache that cannot be read or written is ignored, never fatal.
 */
final class CompiledRuleCache {
    private final Path dir;

    private CompiledRuleCache(Path dir) {
        this.dir = dir;
    }

    /** The cache folder: RESOLINT_CACHE, else $XDG_CACHE_HOME/resolint, else ~/.cache/resolint; none if RESOLINT_CACHE=off. */
    static Optional<CompiledRuleCache> standard() {
        String explicit = System.getenv("RESOLINT_CACHE");
        if ("off".equals(explicit)) {
            return Optional.empty();
        }
        Path dir;
        if (explicit != null && !explicit.isBlank()) {
            dir = Path.of(explicit);
        } else {
            String xdg = System.getenv("XDG_CACHE_HOME");
            Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
            dir = base.resolve("resolint");
        }
        return Optional.of(new CompiledRuleCache(dir));
    }

    /** A cache in {@code dir} (tests). */
    static CompiledRuleCache at(Path dir) {
        return new CompiledRuleCache(dir);
    }

    static String key(String version, List<RuleSource> sources) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(version.getBytes(StandardCharsets.UTF_8));
            for (RuleSource s : sources) {
                sha.update((byte) 0);
                sha.update(s.name().getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
                sha.update(s.drl().getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(sha.digest()).substring(0, 24);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    Optional<byte[]> load(String key) {
        Path file = dir.resolve("rules-" + key + ".jar");
        try {
            return Files.isRegularFile(file) ? Optional.of(Files.readAllBytes(file)) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    void store(String key, byte[] kjar) {
        try {
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, ".rules-" + key, ".tmp");
            Files.write(tmp, kjar);
            Path file = dir.resolve("rules-" + key + ".jar");
            try {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
            prune(file);
        } catch (IOException | RuntimeException e) {
            // A read-only home or a full disk only costs the next run its compile time.
        }
    }

    /** Keeps the newest few rule sets (other rule folders, other builds); older ones go. */
    private void prune(Path keep) {
        try (var files = Files.list(dir)) {
            List<Path> old = files.filter(f -> f.getFileName().toString().startsWith("rules-") && !f.equals(keep))
                    .sorted((x, y) -> Long.compare(y.toFile().lastModified(), x.toFile().lastModified()))
                    .skip(7).toList();
            for (Path f : old) {
                Files.deleteIfExists(f);
            }
        } catch (IOException | RuntimeException ignored) {
            // pruning is housekeeping only
        }
    }

    /** A cached kjar that failed to load is removed so the next run rebuilds it. */
    void evict(String key) {
        try {
            Files.deleteIfExists(dir.resolve("rules-" + key + ".jar"));
        } catch (IOException ignored) {
            // nothing more to do
        }
    }
}
