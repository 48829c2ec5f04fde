package org.resolint.engine;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.FutureTask;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.KieSession;
import org.drools.compiler.kie.builder.impl.InternalKieModule;
import org.drools.model.codegen.ExecutableModelProject;
import org.resolint.Version;
import org.resolint.model.Finding;
import org.resolint.model.Paragraph;
import org.resolint.model.Resolution;
import org.resolint.model.Severity;

/**
 * Compiles the rule files into one KieBase and runs one session per draft. Thread-safe after
 * construction: sessions are independent, the KieBase is shared.
 */
public final class RuleEngine {
    /** A draft whose rules fire more often than this has a rule that loops. */
    public static final int MAX_FIRINGS = 200_000;
    /** A draft whose rules run longer than this has a rule that loops or joins too much. */
    public static final long TIME_LIMIT_MS = 10_000;
    private static final ScheduledExecutorService WATCHDOG = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "resolint-rule-watchdog");
        t.setDaemon(true);
        return t;
    });
    private static final Pattern ID = Pattern.compile("[a-z0-9]+\\.[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern RULE_NAME = Pattern.compile("(?m)^\\s*rule\\s+(?:\"([^\"]+)\"|'([^']+)'|(\\S+))");
    private static final AtomicLong BUILDS = new AtomicLong();

    private final FutureTask<Loaded> loading;
    private final List<FactProvider> providers;
    private final List<JavaRule> javaRules;

    /** The compiled rule set and what {@code resolint rules} says of it. */
    private record Loaded(KieBase kieBase, List<RuleInfo> rules) {
    }

    /** Where the rules come from (read on the loading thread too). */
    @FunctionalInterface
    public interface Sources {
        List<RuleSource> read() throws RuleException;
    }

    /** Where the fact providers come from (built on the calling thread while the rules load). */
    @FunctionalInterface
    public interface Providers {
        List<FactProvider> build() throws RuleException;
    }

    private RuleEngine(FutureTask<Loaded> loading, List<FactProvider> providers, List<JavaRule> javaRules) {
        this.loading = loading;
        this.providers = providers;
        this.javaRules = List.copyOf(javaRules);
    }

    /** Compiles (or loads from the user's cache) the rule set; the cache is keyed by the tool version and the rule files. */
    public static RuleEngine compile(List<RuleSource> sources, List<FactProvider> providers) throws RuleException {
        return compile(sources, providers, CompiledRuleCache.standard().orElse(null));
    }

    static RuleEngine compile(List<RuleSource> sources, List<FactProvider> providers, CompiledRuleCache cache)
            throws RuleException {
        FutureTask<Loaded> task = new FutureTask<>(() -> load(sources, cache, List.of()));
        task.run();
        RuleEngine engine = new RuleEngine(task, List.copyOf(providers), List.of());
        engine.await();
        return engine;
    }

    /**
     * Starts reading and loading the rules on a background thread, builds the providers on this
     * one meanwhile, and returns: a one-draft run reads, parses and derives the facts of its
     * draft while the rules load (on two cores that hides most of the rule set's start-up).
     * Rule errors come from {@link #await()} (or the first {@link #check}).
     */
    public static RuleEngine loading(Sources sources, Providers providers) throws RuleException {
        return loading(sources, providers, List.of());
    }

    /** As {@link #loading(Sources, Providers)}, with the areas' Java rules beside the DRL ones. */
    public static RuleEngine loading(Sources sources, Providers providers, List<JavaRule> javaRules)
            throws RuleException {
        CompiledRuleCache cache = CompiledRuleCache.standard().orElse(null);
        FutureTask<Loaded> task = new FutureTask<>(() -> load(sources.read(), cache, javaRules));
        // Compiling DRL recurses deeply (like the check threads' stacks).
        Thread t = new Thread(null, task, "resolint-rules", 4L << 20);
        t.setDaemon(true);
        t.start();
        return new RuleEngine(task, List.copyOf(providers.build()), javaRules);
    }

    /** Waits until the rules are loaded; their compile or load error if they failed. */
    public void await() throws RuleException {
        loaded();
    }

    private Loaded loaded() throws RuleException {
        try {
            return loading.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RuleException("interrupted while loading the rules", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuleException re) {
                throw re;
            }
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new RuleException(String.valueOf(cause), cause);
        }
    }

    /** The loaded rules, for callers that have awaited them (a failed load is an error here). */
    private Loaded ready() {
        try {
            return loaded();
        } catch (RuleException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    private static Loaded load(List<RuleSource> sources, CompiledRuleCache cache, List<JavaRule> javaRules)
            throws RuleException {
        Map<String, String> fileOfRule = new HashMap<>();
        for (RuleSource src : sources) {
            Matcher m = RULE_NAME.matcher(src.drl());
            while (m.find()) {
                String name = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
                fileOfRule.putIfAbsent(name, src.name());
            }
        }
        String key = CompiledRuleCache.key(Version.get() + "+" + Version.build(), sources);
        KieBase kieBase = null;
        if (cache != null) {
            kieBase = cache.load(key).map(bytes -> loadCached(bytes, cache, key)).orElse(null);
        }
        if (kieBase == null) {
            byte[] kjar = build(sources).getBytes();
            try {
                kieBase = KjarLoader.load(kjar);
            } catch (IOException | ReflectiveOperationException | RuntimeException | LinkageError e) {
                throw new RuleException("the compiled rules do not load: " + e, e);
            }
            if (cache != null) {
                cache.store(key, kjar);
            }
        }
        Loaded loaded = new Loaded(kieBase, describe(kieBase, fileOfRule, javaRules));
        org.resolint.Phases.done("rules loaded");
        return loaded;
    }

    /** Loads a cached kjar; a corrupt one is evicted and null returned, so the caller rebuilds. */
    private static KieBase loadCached(byte[] bytes, CompiledRuleCache cache, String key) {
        try {
            return KjarLoader.load(bytes);
        } catch (IOException | ReflectiveOperationException | RuntimeException | LinkageError e) {
            cache.evict(key);
            return null;
        }
    }

    private static InternalKieModule build(List<RuleSource> sources) throws RuleException {
        Map<String, RuleSource> byPath = new HashMap<>();
        KieBuilder builder = builder(sources, byPath).buildAll(ExecutableModelProject.class);
        List<Message> errors = builder.getResults().getMessages(Message.Level.ERROR);
        if (!errors.isEmpty()) {
            // The executable model reports errors in generated Java; the interpreted compiler
            // names the DRL file and line, so ask it for the message.
            Map<String, RuleSource> drlPaths = new HashMap<>();
            List<Message> drlErrors = builder(sources, drlPaths).buildAll().getResults().getMessages(Message.Level.ERROR);
            throw compileError(drlErrors.isEmpty() ? errors : drlErrors, drlErrors.isEmpty() ? byPath : drlPaths);
        }
        return (InternalKieModule) builder.getKieModule();
    }

    private static KieBuilder builder(List<RuleSource> sources, Map<String, RuleSource> byPath) {
        KieServices ks = KieServices.Factory.get();
        KieFileSystem kfs = ks.newKieFileSystem();
        ReleaseId release = ks.newReleaseId("org.resolint", "rules", "1.0." + BUILDS.incrementAndGet());
        kfs.generateAndWritePomXML(release);
        for (int i = 0; i < sources.size(); i++) {
            RuleSource src = sources.get(i);
            String path = "src/main/resources/r" + i + "/" + fileName(src.name());
            byPath.put(path, src);
            kfs.write(path, src.drl());
        }
        return ks.newKieBuilder(kfs);
    }

    private static RuleException compileError(List<Message> errors, Map<String, RuleSource> byPath) {
        Message first = errors.get(0);
        RuleSource src = byPath.get(first.getPath());
        if (src == null && first.getPath() != null) {
            // Drools names the file without the resources prefix: "r1/references.drl".
            for (Map.Entry<String, RuleSource> e : byPath.entrySet()) {
                if (e.getKey().endsWith("/" + first.getPath())) {
                    src = e.getValue();
                }
            }
        }
        String where = (src == null ? String.valueOf(first.getPath()) : src.name())
                + (first.getLine() > 0 ? ":" + first.getLine() : "");
        String more = errors.size() > 1 ? " (and " + (errors.size() - 1) + " more errors)" : "";
        return new RuleException(where + ": rule file does not compile: " + oneLine(first.getText()) + more);
    }

    private static String fileName(String name) {
        String base = name.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1);
        return base.replaceAll("[^A-Za-z0-9._-]", "_");
    }

    private static String oneLine(String text) {
        return text.replaceAll("\\s+", " ").trim();
    }

    private static List<RuleInfo> describe(KieBase kieBase, Map<String, String> fileOfRule, List<JavaRule> javaRules)
            throws RuleException {
        Map<String, RuleInfo> byId = new LinkedHashMap<>();
        for (JavaRule rule : javaRules) {
            // a Java rule is named by its class: its card is in rules/<area>/ of its package's area
            String where = rule.getClass().getName() + ": rule " + rule.id();
            if (rule.id() == null || !ID.matcher(rule.id()).matches() || rule.severity() == null
                    || rule.summary() == null || rule.summary().isBlank()) {
                throw new RuleException(where + " needs an id (area.name), a severity and a summary");
            }
            if (byId.putIfAbsent(rule.id(), new RuleInfo(rule.id(), rule.severity(), rule.summary(),
                    rule.getClass().getName())) != null) {
                throw new RuleException(where + " reuses the id of another Java rule");
            }
        }
        for (KiePackage pkg : kieBase.getKiePackages()) {
            for (Rule rule : pkg.getRules()) {
                String file = fileOfRule.getOrDefault(rule.getName(), pkg.getName());
                Map<String, Object> meta = rule.getMetaData();
                String id = meta.get("id") == null ? null : meta.get("id").toString();
                String where = file + ": rule \"" + rule.getName() + "\"";
                if (id == null || !ID.matcher(id).matches()) {
                    throw new RuleException(where + " needs @id(area.name) in lower case with hyphens, has "
                            + (id == null ? "none" : "'" + id + "'"));
                }
                Severity severity = Severity.parse(meta.get("severity") == null ? null : meta.get("severity").toString());
                if (severity == null) {
                    throw new RuleException(where + " needs @severity(error|warning|info), has "
                            + (meta.get("severity") == null ? "none" : "'" + meta.get("severity") + "'"));
                }
                Object summary = meta.get("summary");
                if (summary == null || summary.toString().isBlank()) {
                    throw new RuleException(where + " needs @summary(\"one line saying what it checks\")");
                }
                RuleInfo info = new RuleInfo(id, severity, summary.toString(), file);
                // Several DRL rules may share one id (one check written as cases) if they agree on it.
                RuleInfo clash = byId.putIfAbsent(id, info);
                if (clash != null && (!clash.file().equals(file) || clash.severity() != severity)) {
                    // (a Java rule's file is its class, so a DRL rule never shares its id)
                    throw new RuleException(where + " reuses @id(" + id + ") of a rule in " + clash.file()
                            + " with " + clash.severity().id() + " severity");
                }
            }
        }
        List<RuleInfo> list = new ArrayList<>(byId.values());
        list.sort((a, b) -> a.id().compareTo(b.id()));
        return Collections.unmodifiableList(list);
    }

    private static String mostFired(Map<String, Integer> firings) {
        return firings.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse("?");
    }

    /**
     * The DRL metadata of every rule with this id (several DRL rules may share one), in package
     * order: {@code id}, {@code severity}, {@code summary} and optional ones such as {@code rationale}.
     */
    public List<Map<String, Object>> metadata(String id) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (JavaRule rule : javaRules) {
            if (id.equals(rule.id())) {
                Map<String, Object> meta = new LinkedHashMap<>(rule.traits());
                meta.put("id", rule.id());
                meta.put("severity", rule.severity().id());
                meta.put("summary", rule.summary());
                out.add(meta);
            }
        }
        for (KiePackage pkg : ready().kieBase().getKiePackages()) {
            for (Rule rule : pkg.getRules()) {
                if (id.equals(String.valueOf(rule.getMetaData().get("id")))) {
                    out.add(rule.getMetaData());
                }
            }
        }
        return out;
    }

    /** Every rule of the set, sorted by id. */
    public List<RuleInfo> rules() {
        return ready().rules();
    }

    /** Runs every rule on one draft; findings sorted by location. */
    public List<Finding> check(Resolution resolution) throws RuleException {
        return check(resolution, List.of());
    }

    /** As {@link #check(Resolution)}, with facts of providers chosen for this draft (its template's requirements). */
    public List<Finding> check(Resolution resolution, List<? extends FactProvider> extra) throws RuleException {
        // The facts first: they need no rules, so a first draft's are ready while the rules still load.
        List<Object> facts = new ArrayList<>();
        List<FactProvider> all = new ArrayList<>(providers);
        all.addAll(extra);
        for (FactProvider provider : all) {
            facts.addAll(provider.facts(resolution));
        }
        org.resolint.Phases.first("first draft's facts derived");
        FindingSink sink = new FindingSink();
        KieSession session = loaded().kieBase().newKieSession();
        Map<String, Integer> firings = new HashMap<>();
        try {
            session.setGlobal("findings", sink);
            session.addEventListener(new DefaultAgendaEventListener() {
                @Override
                public void afterMatchFired(AfterMatchFiredEvent event) {
                    firings.merge(event.getMatch().getRule().getName(), 1, Integer::sum);
                }
            });
            session.insert(resolution);
            for (Paragraph p : resolution.getParagraphs()) {
                session.insert(p);
            }
            // The numbering a duplicate number calls for, shared by numbering and reference rules.
            for (Object renumbered : org.resolint.model.Renumbered.of(resolution)) {
                session.insert(renumbered);
            }
            for (Object fact : facts) {
                session.insert(fact);
            }
            AtomicBoolean timedOut = new AtomicBoolean();
            ScheduledFuture<?> guard = WATCHDOG.schedule(() -> {
                timedOut.set(true);
                session.halt();
            }, TIME_LIMIT_MS, TimeUnit.MILLISECONDS);
            int fired;
            try {
                fired = session.fireAllRules(MAX_FIRINGS);
            } finally {
                guard.cancel(false);
            }
            if (timedOut.get()) {
                throw new RuleException(resolution.getPath() + ": rules ran longer than " + TIME_LIMIT_MS / 1000
                        + " s and were stopped; rule \"" + mostFired(firings) + "\" fired most ("
                        + fired + " firings in all)");
            }
            if (fired >= MAX_FIRINGS) {
                String worst = mostFired(firings);
                throw new RuleException(resolution.getPath() + ": rule \"" + worst + "\" fired "
                        + firings.get(worst) + " times; stopped at the limit of " + MAX_FIRINGS
                        + " firings per draft (a rule that loops?)");
            }
        } finally {
            session.dispose();
        }
        List<Object> seen = Collections.unmodifiableList(facts);
        for (JavaRule rule : javaRules) {
            rule.check(resolution, seen, sink);
        }
        List<Finding> findings = new ArrayList<>(sink.findings());
        findings.sort(Finding.BY_LOCATION);
        return findings;
    }
}
