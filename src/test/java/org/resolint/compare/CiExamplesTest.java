package org.resolint.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.resolint.testing.Corpus;
import org.resolint.testing.GitRepo;

/**
 * The CI jobs of docs/ci.md's {@code --previous-rev} section, run as written against a git
 * repository of the corpus renewal pairs: the earlier resolution of each pair on main, the later
 * one on the branch {@code renewals} at the same path. Each CI system's checkout is emulated, the
 * documented commands run in a shell with {@code resolint} (the jar and launcher of the examples)
 * standing for this build, and each must report exactly the stale references that
 * {@code check --previous} finds on those pairs (StaleOnRenewalPairsTest, read by hand).
 */
class CiExamplesTest {
    static final Path DOC = Path.of("docs/ci.md");
    static final String SECTION = "## Stale references from git history (`--previous-rev`)";
    /** The launchers the examples name: a checkout's bin/resolint, or a resolint.jar. */
    static final Pattern LAUNCHER = Pattern.compile("(?:\\S*/bin/resolint|java -jar \\S*resolint\\.jar)(?= check )");
    /** "after file name + paragraph", as StaleOnRenewalPairsTest names what it read. */
    static final Set<String> EXPECTED = new TreeSet<>();

    @TempDir
    static Path tmp;
    static Path origin;
    static Path shim;
    static List<String> drafts = new ArrayList<>();

    @BeforeAll
    static void renewalsRepository() throws Exception {
        Path corpus = Corpus.require("corpus");
        EXPECTED.addAll(StaleOnRenewalPairsTest.TRUE);
        EXPECTED.addAll(StaleOnRenewalPairsTest.FALSE);
        Map<String, RenewalPairs.Pair> byName = new LinkedHashMap<>();
        for (RenewalPairs.Pair p : RenewalPairs.find(corpus)) {
            byName.putIfAbsent(p.after().getFileName().toString(), p);
        }
        GitRepo repo = GitRepo.init(tmp.resolve("origin"));
        for (Map.Entry<String, RenewalPairs.Pair> e : byName.entrySet()) {
            repo.write("drafts/" + e.getKey(), Files.readAllBytes(e.getValue().before()));
            drafts.add("drafts/" + e.getKey());
        }
        repo.commit("earlier resolutions");
        repo.git("checkout", "-q", "-b", "renewals");
        for (Map.Entry<String, RenewalPairs.Pair> e : byName.entrySet()) {
            repo.write("drafts/" + e.getKey(), Files.readAllBytes(e.getValue().after()));
        }
        repo.commit("renewed");
        // what GitHub keeps as refs/pull/N/merge: the branch merged into its base
        repo.git("checkout", "-q", "main");
        repo.git("merge", "-q", "--no-ff", "-m", "Merge renewals into main", "renewals");
        repo.git("update-ref", "refs/pull/1/merge", "HEAD");
        repo.git("reset", "-q", "--hard", "HEAD~1");
        origin = repo.root();
        assertTrue(byName.size() >= 50, "renewal pairs: " + byName.size());
        shim = launcher(tmp.resolve("bin"));
    }

    /** A stand-in for the examples' resolint: this build's classes, started as the jar would be. */
    static Path launcher(Path bin) throws Exception {
        Files.createDirectories(bin);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Path script = bin.resolve("resolint");
        Files.writeString(script, "#!/bin/sh\nexec '" + java + "' -Xss4m -cp '" + cp.replace(File.pathSeparator, ":")
                + "' org.resolint.cli.Main \"$@\"\n");
        script.toFile().setExecutable(true);
        return script;
    }

    /** The code blocks of the --previous-rev section, in order. */
    static List<String> blocks() throws Exception {
        String doc = Files.readString(DOC);
        int at = doc.indexOf(SECTION);
        assertTrue(at >= 0, "docs/ci.md has the section " + SECTION);
        String section = doc.substring(at);
        int next = section.indexOf("\n## ", SECTION.length());
        section = next < 0 ? section : section.substring(0, next);
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile("```\\w*\\n(.*?)```", Pattern.DOTALL).matcher(section);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    /** The block whose text contains {@code marker}. */
    static String block(String marker) throws Exception {
        return blocks().stream().filter(b -> b.contains(marker)).findFirst().orElseThrow(
                () -> new AssertionError("no example with " + marker + " in " + DOC));
    }

    /** The values of the lines "KEY: value" (or "- value" under script:) of a YAML block, launcher replaced. */
    static List<String> lines(String block, String key) {
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile("(?m)^\\s*" + Pattern.quote(key) + "\\s?(.*)$").matcher(block);
        while (m.find()) {
            out.add(m.group(1).strip());
        }
        return out;
    }

    record Run(int code, String out) {
    }

    /** {@code command} in sh in {@code dir}, with the examples' launcher standing for this build. */
    static Run sh(Path dir, String command, Map<String, String> env, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of("sh", "-c", LAUNCHER.matcher(command).replaceAll(shim.toString())
                + (args.length > 0 ? " \"$@\"" : ""), "sh"));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true);
        pb.environment().putAll(env);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Run(p.waitFor(), out);
    }

    static Set<String> found(String out, Pattern finding) {
        Set<String> keys = new TreeSet<>();
        Matcher m = finding.matcher(out);
        while (m.find()) {
            keys.add(m.group(1) + " " + m.group(2));
        }
        return keys;
    }

    @Test
    void githubActionsOnAPullRequest() throws Exception {
        String job = block("on: pull_request");
        // actions/checkout: the merge commit of the pull request, one commit deep
        GitRepo work = GitRepo.init(tmp.resolve("github"));
        work.git("remote", "add", "origin", origin.toUri().toString());
        work.git("fetch", "-q", "--no-tags", "--depth=1", "origin", "+refs/pull/1/merge:refs/remotes/pull/1/merge");
        work.git("checkout", "-q", "--detach", "refs/remotes/pull/1/merge");
        Map<String, String> env = Map.of("BASE", "main", "GITHUB_ACTIONS", "true");
        List<String> steps = lines(job, "run:").stream().filter(s -> !s.startsWith("mvn ")).toList();
        assertEquals(2, steps.size(), steps.toString());
        assertEquals(0, sh(work.root(), steps.get(0), env).code(), "fetch the base branch: " + steps.get(0));
        Run check = sh(work.root(), steps.get(1), env);
        assertTrue(check.code() <= 1, check.out());
        Set<String> stale = found(check.out(), Pattern.compile(
                "::error file=drafts/([^,]+),line=\\d+,col=\\d+,title=resolint reference\\.stale \\((.*?)\\)::"));
        assertEquals(EXPECTED, stale, check.out());
    }

    @Test
    void gitlabMergeRequest() throws Exception {
        String job = block("CI_MERGE_REQUEST_DIFF_BASE_SHA");
        // GIT_DEPTH: 0, the merge request's branch checked out; GitLab names the merge base
        Path clone = tmp.resolve("gitlab");
        GitRepo.init(tmp.resolve("unused")).git("clone", "-q", origin.toUri().toString(), clone.toString());
        GitRepo work = GitRepo.init(clone);
        work.git("checkout", "-q", "--detach", "origin/renewals");
        String base = work.git("merge-base", "origin/main", "HEAD").strip();
        List<String> script = lines(job, "- ").stream()
                .filter(s -> s.contains(" check ")).toList();
        assertEquals(1, script.size(), script.toString());
        Run check = sh(clone, script.get(0), Map.of("CI_MERGE_REQUEST_DIFF_BASE_SHA", base));
        assertTrue(check.code() <= 1, check.out());
        String junit = Files.readString(clone.resolve("resolint-junit.xml"));
        Set<String> stale = found(junit, Pattern.compile(
                "<testcase classname=\"drafts/([^\"]+)\" name=\"reference\\.stale (.*?) at line"));
        assertEquals(EXPECTED, stale, junit.length() > 3000 ? junit.substring(0, 3000) : junit);
    }

    @Test
    void preCommitHooks() throws Exception {
        Path clone = tmp.resolve("precommit");
        GitRepo.init(tmp.resolve("unused2")).git("clone", "-q", origin.toUri().toString(), clone.toString());
        GitRepo work = GitRepo.init(clone);
        // the renewals staged for the next commit
        work.git("checkout", "-q", "origin/renewals", "--", "drafts");
        work.git("reset", "-q", "--soft", "HEAD");
        Pattern text = Pattern.compile("(?m)^drafts/(\\S+):\\d+:\\d+: error \\[reference\\.stale\\] (.*?): ");
        // pre-commit passes the staged drafts to the entry
        String entry = lines(block("repo: local"), "entry:").get(0);
        Run hook = sh(clone, entry, Map.of(), drafts.toArray(String[]::new));
        assertTrue(hook.code() <= 1, hook.out());
        assertEquals(EXPECTED, found(hook.out(), text), hook.out());
        // the plain git hook
        String plain = block("#!/bin/sh").lines().filter(l -> l.startsWith("exec ")).findFirst().orElseThrow();
        Run git = sh(clone, plain.substring("exec ".length()), Map.of());
        assertTrue(git.code() <= 1, git.out());
        assertEquals(EXPECTED, found(git.out(), text), git.out());
    }
}
