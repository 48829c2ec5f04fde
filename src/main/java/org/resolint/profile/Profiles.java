package org.resolint.profile;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.resolint.model.Finding;
import org.resolint.model.Resolution;
import org.resolint.model.Severity;

/**
 * The profile settings of one run: the bundled templates, what the command line says
 * ({@code --profile}, {@code --config}), and the {@code .resolint.yaml} that governs each draft
 * (found in its folder or a parent, cached per folder).
 */
public final class Profiles {
    private final TemplateCatalog bundled;
    private final String cliProfile;
    private final Path cliConfig;
    /** Asked only when a config file names rules, so a run need not wait for the rules before. */
    private final java.util.function.Supplier<Set<String>> ruleIds;
    private final Map<Path, Settings> byFolder = new ConcurrentHashMap<>();

    /** What governs one draft: its config file (or none) and the templates it may use. */
    public record Settings(Path configFile, ProjectConfig config, TemplateCatalog catalog, String cliProfile) {
        public ProfileChoice choose(Resolution r) throws ProfileException {
            if (cliProfile != null) {
                return ProfileSelector.choose(catalog, cliProfile, "--profile", r);
            }
            return ProfileSelector.choose(catalog, config.profile(), configFile + ": profile", r);
        }

        /** The findings with the config's rules switched off or re-levelled. */
        public List<Finding> adjust(List<Finding> findings) {
            if (config.rules().isEmpty()) {
                return findings;
            }
            List<Finding> out = new ArrayList<>();
            for (Finding f : findings) {
                ProjectConfig.Level level = config.rules().get(f.rule());
                if (level == null) {
                    out.add(f);
                } else if (level != ProjectConfig.Level.OFF) {
                    out.add(f.withSeverity(level.severity()));
                }
            }
            return out;
        }

        /** The config's fail-on level: empty when it sets none, a null severity for never. */
        public java.util.Optional<ProjectConfig.Level> failOn() {
            return java.util.Optional.ofNullable(config.failOn());
        }
    }

    public Profiles(TemplateCatalog bundled, String cliProfile, Path cliConfig, Set<String> ruleIds) {
        this(bundled, cliProfile, cliConfig, () -> ruleIds);
    }

    public Profiles(TemplateCatalog bundled, String cliProfile, Path cliConfig,
                    java.util.function.Supplier<Set<String>> ruleIds) {
        this.bundled = bundled;
        this.cliProfile = cliProfile;
        this.cliConfig = cliConfig;
        this.ruleIds = ruleIds;
    }

    /** Bundled templates, automatic detection, config files discovered beside the drafts. */
    public static Profiles standard(Set<String> ruleIds) {
        try {
            return new Profiles(TemplateCatalog.bundled(), null, null, ruleIds);
        } catch (ProfileException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    /** The settings for a draft file. */
    public Settings forFile(Path draft) throws ProfileException {
        if (cliConfig != null) {
            return settings(cliConfig);
        }
        Path dir = draft.toAbsolutePath().normalize().getParent();
        Path found = null;
        for (Path d = dir; d != null; d = d.getParent()) {
            Path candidate = d.resolve(ProjectConfig.FILE_NAME);
            if (Files.isRegularFile(candidate)) {
                found = candidate;
                break;
            }
        }
        return settings(found);
    }

    /** Loads and checks a config file once (null: no config). */
    public Settings settings(Path configFile) throws ProfileException {
        Path key = configFile == null ? Path.of("") : configFile.toAbsolutePath().normalize();
        Settings s = byFolder.get(key);
        if (s == null) {
            s = load(configFile);
            byFolder.put(key, s);
        }
        return s;
    }

    private Settings load(Path configFile) throws ProfileException {
        if (configFile == null) {
            checkNamed(bundled, cliProfile, "--profile");
            return new Settings(null, ProjectConfig.EMPTY, bundled, cliProfile);
        }
        if (!Files.isRegularFile(configFile)) {
            throw new ProfileException(configFile + ": config file not found");
        }
        ProjectConfig config = ProjectConfig.load(configFile);
        Set<String> unknown = new TreeSet<>(config.rules().keySet());
        Set<String> known = unknown.isEmpty() ? Set.of() : ruleIds.get();
        unknown.removeAll(known);
        if (!known.isEmpty() && !unknown.isEmpty()) {
            throw new ProfileException(configFile + ": rules: no rule " + String.join(", ", unknown)
                    + "; allowed: the ids 'resolint rules' lists");
        }
        Path base = configFile.toAbsolutePath().getParent();
        List<Path> folders = config.templates().stream().map(base::resolve).toList();
        TemplateCatalog catalog;
        try {
            catalog = bundled.with(folders);
        } catch (ProfileException e) {
            throw new ProfileException(configFile + ": templates: " + e.getMessage(), e);
        }
        if (cliProfile != null) {
            checkNamed(catalog, cliProfile, "--profile");
        } else {
            checkNamed(catalog, config.profile(), configFile + ": profile");
        }
        return new Settings(configFile, config, catalog, cliProfile);
    }

    private static void checkNamed(TemplateCatalog catalog, String named, String by) throws ProfileException {
        if (named != null && !ProfileSelector.AUTO.equals(named) && catalog.get(named) == null) {
            throw new ProfileException(by + ": no template '" + named + "'; allowed: auto, "
                    + String.join(", ", catalog.names()));
        }
    }

    /** Exit-1 test for a run where --fail-on was not given: each draft's config level, else {@code fallback}. */
    public boolean failing(Path draft, List<Finding> findings, Severity fallback) {
        Severity level = fallback;
        try {
            java.util.Optional<ProjectConfig.Level> configured = forFile(draft).failOn();
            if (configured.isPresent()) {
                level = configured.get().severity();
            }
        } catch (ProfileException e) {
            return true; // the file already failed with this message
        }
        Severity at = level;
        return at != null && findings.stream().anyMatch(f -> f.severity().compareTo(at) >= 0);
    }
}
