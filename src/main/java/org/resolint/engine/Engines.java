package org.resolint.engine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import java.util.stream.Stream;

/** Builds the engine the CLI and tests use: bundled rules, plus any folders the user adds. */
public final class Engines {
    private Engines() {
    }

    /** The fact providers of every area, in the order their facts are inserted. */
    public static List<FactProvider> providers() throws RuleException {
        return providers(List.of());
    }

    /**
     * The providers of the areas found through {@link ServiceLoader}, in the order of their service
     * file, with the word lists of the user's rule folders added to the bundled ones.
     */
    public static List<FactProvider> providers(List<Path> ruleDirs) throws RuleException {
        List<FactProvider> providers = new ArrayList<>();
        for (RuleArea area : ServiceLoader.load(RuleArea.class, Engines.class.getClassLoader())) {
            providers.add(area.provider(ruleDirs));
        }
        if (providers.isEmpty()) {
            throw new RuleException("no rule areas on the class path (META-INF/services/" + RuleArea.class.getName() + ")");
        }
        return List.copyOf(providers);
    }

    /** The Java rules of every area, in the order of the service file. */
    public static List<JavaRule> javaRules() {
        List<JavaRule> rules = new ArrayList<>();
        for (RuleArea area : ServiceLoader.load(RuleArea.class, Engines.class.getClassLoader())) {
            rules.addAll(area.javaRules());
        }
        return List.copyOf(rules);
    }

    public static RuleEngine standard(List<Path> extraRuleDirs) throws RuleException {
        RuleEngine engine = loading(extraRuleDirs);
        engine.await();
        return engine;
    }

    /**
     * As {@link #standard}, but returns once the word lists are read, with the rules still loading
     * on a background thread: call {@link RuleEngine#await()} for their errors.
     */
    public static RuleEngine loading(List<Path> extraRuleDirs) throws RuleException {
        return RuleEngine.loading(() -> sources(extraRuleDirs), () -> providers(extraRuleDirs), javaRules());
    }

    private static List<RuleSource> sources(List<Path> extraRuleDirs) throws RuleException {
        List<RuleSource> sources = new ArrayList<>(RuleLoader.bundled());
        for (Path dir : extraRuleDirs) {
            // a folder may hold only word lists (style/*.yaml, terms/*.yaml) and no rules
            if (!wordListsOnly(dir)) {
                sources.addAll(RuleLoader.folder(dir));
            }
        }
        return sources;
    }

    private static boolean wordListsOnly(Path dir) {
        if (!Files.isDirectory(dir.resolve("style")) && !Files.isDirectory(dir.resolve("terms"))) {
            return false;
        }
        try (Stream<Path> files = RuleLoader.drlFiles(dir)) {
            return files.findAny().isEmpty();
        } catch (IOException e) {
            return false;
        }
    }
}
