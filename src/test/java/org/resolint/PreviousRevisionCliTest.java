package org.resolint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.resolint.testing.DocxDrafts;
import org.resolint.testing.GitRepo;

/**
 * {@code check --previous-rev REV} and {@code fix --previous-rev REV} on small git repositories
 * holding the fixture pair fixtures/references/previous/stale.txt (the earlier round) and
 * stale.txt (the later one, eight stale references): renames, new drafts, the formats, the
 * Word report, and every bad input as one line with exit 2.
 */
class PreviousRevisionCliTest {
    static final Path DIR = Path.of("src/test/resources/fixtures/references");
    /** The first stale reference of the later round, as check --previous reports it. */
    static final String FIRST_STALE = ":13:41: error [reference.stale] 4: \"paragraph 2 above\" pointed, in the previous"
            + " text, at the paragraph now numbered 3";

    static String before() throws Exception {
        return Files.readString(DIR.resolve("previous/stale.txt"));
    }

    /** The later round without its expectation lines (blanked, so line numbers hold). */
    static String after() throws Exception {
        return Files.readString(DIR.resolve("stale.txt")).lines().map(l -> l.startsWith("#!") ? "" : l)
                .collect(Collectors.joining("\n", "", "\n"));
    }

    /** A repository whose first commit holds the earlier round as {@code name}. */
    static GitRepo earlierRound(Path tmp, String name) throws Exception {
        GitRepo repo = GitRepo.init(tmp.resolve("repo"));
        repo.write(name, before());
        repo.commit("earlier round");
        return repo;
    }

    static long staleCount(String out) {
        return out.lines().filter(l -> l.contains("[reference.stale]")).count();
    }

    @Test
    void eachDraftIsComparedWithItsTextAtTheRevision(@TempDir Path tmp) throws Exception {
        GitRepo repo = earlierRound(tmp, "drafts/tesaria.txt");
        Path draft = repo.write("drafts/tesaria.txt", after());
        Path clean = repo.write("drafts/clean.txt", before());
        repo.commit("later round; a second draft");
        repo.write("drafts/clean.txt", before().replace("30 June 2027", "30 June 2028"));
        CliTest.Result r = CliTest.run("check", "--fail-on", "never", "--previous-rev", "HEAD~1",
                draft.toString(), clean.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains(draft + FIRST_STALE), r.out());
        assertTrue(r.out().contains("(suggestion: paragraph 3 above)"), r.out());
        assertEquals(8, staleCount(r.out()), r.out());
        assertTrue(r.out().contains("changes since HEAD~1:drafts/tesaria.txt: 2 added, 1 deleted"), r.out());
        // clean.txt is new since HEAD~1: checked alone, with a note
        assertEquals("resolint: note: " + clean + " is new since HEAD~1; checked without a previous text",
                r.err().strip());
        // against HEAD: tesaria.txt is unchanged (nothing stale), clean.txt changed one date
        CliTest.Result head = CliTest.run("check", "--fail-on", "never", "--previous-rev", "HEAD",
                draft.toString(), clean.toString());
        assertEquals(0, staleCount(head.out()), head.out());
        assertTrue(head.out().contains("changes since HEAD:drafts/clean.txt: 0 added, 0 deleted, 1 changed"), head.out());
        assertEquals("", head.err());
    }

    @Test
    void aRenameSinceTheRevisionIsFollowed(@TempDir Path tmp) throws Exception {
        GitRepo repo = earlierRound(tmp, "drafts/round-1.txt");
        repo.git("mv", "drafts/round-1.txt", "drafts/tesaria.txt");
        Path draft = repo.write("drafts/tesaria.txt", after());
        repo.commit("renamed and negotiated");
        CliTest.Result committed = CliTest.run("check", "--fail-on", "never", "--previous-rev", "HEAD~1", draft.toString());
        assertTrue(committed.out().contains(draft + FIRST_STALE), committed.out() + committed.err());
        assertEquals(8, staleCount(committed.out()), committed.out());
        assertTrue(committed.out().contains("changes since HEAD~1:drafts/round-1.txt:"), committed.out());
        assertEquals("", committed.err());
        // a rename only staged (what a pre-commit hook sees) is followed too
        repo.git("mv", "drafts/tesaria.txt", "drafts/tesaria-final.txt");
        Path staged = repo.path("drafts/tesaria-final.txt");
        CliTest.Result hook = CliTest.run("check", "--fail-on", "never", "--previous-rev", "HEAD~1", staged.toString());
        assertEquals(8, staleCount(hook.out()), hook.out() + hook.err());
        assertTrue(hook.out().contains("changes since HEAD~1:drafts/round-1.txt:"), hook.out());
    }

    @Test
    void aRenameInOneCommitAndEditsInAnotherAreFollowedThroughHistory(@TempDir Path tmp) throws Exception {
        GitRepo repo = earlierRound(tmp, "drafts/round-1.txt");
        repo.git("mv", "drafts/round-1.txt", "drafts/tesaria.txt");
        repo.commit("renamed");
        // negotiated, and a long annex added: the old text is now a small part of the file
        StringBuilder annex = new StringBuilder("\nAnnex\n\nMeetings of the Committee\n\n");
        for (int i = 1; i <= 80; i++) {
            annex.append("Meeting ").append(i).append(" of the Committee heard the Panel of Experts on the matters")
                    .append(" of session ").append(i).append(".\n\n");
        }
        Path draft = repo.write("drafts/tesaria.txt", after() + annex);
        repo.commit("negotiated");
        assertFalse(repo.git("diff", "--name-status", "--find-renames=30%", "HEAD~2", "HEAD").contains("R"),
                "git sees no rename over the whole range");
        CliTest.Result r = CliTest.run("check", "--fail-on", "never", "--previous-rev", "HEAD~2", draft.toString());
        assertEquals(8, staleCount(r.out()), r.out() + r.err());
        assertTrue(r.out().contains("changes since HEAD~2:drafts/round-1.txt:"), r.out());
    }

    @Test
    void markdownAndWordDraftsAreReadFromHistoryByTheirExtension(@TempDir Path tmp) throws Exception {
        GitRepo repo = GitRepo.init(tmp.resolve("repo"));
        repo.write("drafts/tesaria.md", before()); // creates drafts/
        DocxDrafts.write(before(), repo.path("drafts/tesaria.docx"), true);
        repo.commit("earlier round");
        Path md = repo.write("drafts/tesaria.md", after());
        Path docx = DocxDrafts.write(after(), repo.path("drafts/tesaria.docx"), true);
        repo.commit("later round");
        CliTest.Result r = CliTest.run("check", "--fail-on", "never", "--previous-rev", "HEAD~1", md.toString(),
                docx.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals(16, staleCount(r.out()), r.out());
        assertTrue(r.out().contains("changes since HEAD~1:drafts/tesaria.docx:"), r.out());
        assertTrue(r.out().lines().anyMatch(l -> l.startsWith(docx + ":") && l.contains("[reference.stale] 4:")
                && l.contains("(suggestion: paragraph 3 above)")), r.out());
    }

    /** The fixture text as Akoma Ntoso: preamble paragraphs, operative paragraphs, their (a) (b) points. */
    static String akomaNtoso(String text) {
        StringBuilder b = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<akomaNtoso xmlns=\"http://docs.oasis-open.org/legaldocml/ns/akn/3.0\">\n<statement name=\"draftResolution\">\n"
                + "<preamble>\n<formula name=\"enactingFormula\"><p>The Security Council,</p></formula>\n");
        boolean body = false;
        boolean list = false;
        for (String line : text.lines().filter(l -> !l.isBlank() && !l.startsWith("The Security Council")).toList()) {
            java.util.regex.Matcher op = java.util.regex.Pattern.compile("^(\\d+)\\. (.*)$").matcher(line);
            java.util.regex.Matcher sub = java.util.regex.Pattern.compile("^(\\([a-z]\\)) (.*)$").matcher(line);
            if (op.matches()) {
                b.append(list ? "</list></paragraph>\n" : body ? "</content></paragraph>\n" : "</preamble>\n<mainBody>\n");
                body = true;
                list = op.group(2).endsWith(":");
                b.append("<paragraph><num>").append(op.group(1)).append(".</num>").append(list ? "<list><intro><p>"
                        + op.group(2) + "</p></intro>\n" : "<content><p>" + op.group(2) + "</p>");
            } else if (sub.matches() && list) {
                b.append("<point><num>").append(sub.group(1)).append("</num><content><p>").append(sub.group(2))
                        .append("</p></content></point>\n");
            } else {
                b.append("<container name=\"preamble\"><p>").append(line).append("</p></container>\n");
            }
        }
        return b.append(list ? "</list></paragraph>\n" : "</content></paragraph>\n")
                .append("</mainBody>\n</statement>\n</akomaNtoso>\n").toString();
    }

    @Test
    void akomaNtosoDraftsAreReadFromHistoryToo(@TempDir Path tmp) throws Exception {
        GitRepo repo = GitRepo.init(tmp.resolve("repo"));
        repo.write("drafts/tesaria.xml", akomaNtoso(before()));
        repo.commit("earlier round");
        Path xml = repo.write("drafts/tesaria.xml", akomaNtoso(after()));
        CliTest.Result alone = CliTest.run("check", "--fail-on", "never", xml.toString());
        assertEquals(0, alone.code(), alone.out() + alone.err());
        CliTest.Result r = CliTest.run("check", "--fail-on", "never", "--previous-rev", "HEAD", xml.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals(8, staleCount(r.out()), r.out());
        assertTrue(r.out().lines().anyMatch(l -> l.contains("[reference.stale] 4:")
                && l.contains("(suggestion: paragraph 3 above)")), r.out());
    }

    @Test
    void theWordReportListsTheChangesSinceTheRevision(@TempDir Path tmp) throws Exception {
        GitRepo repo = earlierRound(tmp, "drafts/tesaria.txt");
        Path draft = repo.write("drafts/tesaria.txt", after());
        Path report = tmp.resolve("report.docx");
        CliTest.Result r = CliTest.run("check", "--fail-on", "never", "--previous-rev", "HEAD", "--report",
                report.toString(), draft.toString());
        assertEquals(0, r.code(), r.err());
        try (XWPFDocument doc = new XWPFDocument(Files.newInputStream(report))) {
            List<String> paras = doc.getParagraphs().stream().map(XWPFParagraph::getText).toList();
            int at = paras.indexOf("Changes since the previous text");
            assertTrue(at > 0, paras.toString());
            assertTrue(paras.get(at + 1).startsWith("Compared with HEAD:drafts/tesaria.txt: 2 added, 1 deleted"), paras.get(at + 1));
        }
    }

    @Test
    void fixPointsEachReferenceWhereItPointedAtTheRevision(@TempDir Path tmp) throws Exception {
        GitRepo repo = earlierRound(tmp, "drafts/tesaria.txt");
        Path draft = repo.write("drafts/tesaria.txt", after());
        Path fixed = tmp.resolve("fixed.txt");
        CliTest.Result r = CliTest.run("fix", "--previous-rev", "HEAD", draft.toString(), "--output", fixed.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(Files.readString(fixed).contains("4. Decides that the measures imposed by paragraph 3 above"),
                Files.readString(fixed));
        // the same as fix --previous with the earlier round as a file
        Path old = Files.writeString(tmp.resolve("old.txt"), before());
        Path viaFile = tmp.resolve("via-file.txt");
        CliTest.run("fix", "--previous", old.toString(), draft.toString(), "--output", viaFile.toString());
        assertEquals(Files.readString(viaFile), Files.readString(fixed));
        Files.copy(fixed, draft, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        CliTest.Result again = CliTest.run("check", "--fail-on", "never", "--previous-rev", "HEAD", draft.toString());
        // left: "paragraph 9 below", whose paragraph the later round deletes (no number to carry it to)
        assertEquals(List.of(draft + ":33:107"), again.out().lines().filter(l -> l.contains("[reference.stale]"))
                .map(l -> l.substring(0, l.indexOf(": error"))).toList(), again.out());
        assertTrue(again.out().contains("which this draft deletes"), again.out());
    }

    // Bad input: one line on stderr, exit 2.

    static void oneLineExitTwo(CliTest.Result r, String expected) {
        assertEquals(2, r.code(), r.out() + r.err());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().startsWith("resolint: " + expected), r.err());
        assertFalse(r.err().contains("Exception"), r.err());
    }

    @Test
    void anUnknownRevisionIsOneLine(@TempDir Path tmp) throws Exception {
        GitRepo repo = earlierRound(tmp, "drafts/tesaria.txt");
        Path draft = repo.path("drafts/tesaria.txt");
        oneLineExitTwo(CliTest.run("check", "--previous-rev", "no-such-branch", draft.toString()),
                "--previous-rev no-such-branch: unknown revision in " + repo.root().toRealPath());
        oneLineExitTwo(CliTest.run("check", "--previous-rev", "HEAD~1", draft.toString()),
                "--previous-rev HEAD~1: unknown revision in ");
        oneLineExitTwo(CliTest.run("check", "--previous-rev=-x", draft.toString()),
                "--previous-rev -x: not a revision");
        oneLineExitTwo(CliTest.run("fix", "--previous-rev", "no-such-branch", draft.toString(), "--diff-only"),
                "--previous-rev no-such-branch: unknown revision in ");
    }

    @Test
    void aDraftOutsideAnyRepositoryIsOneLine(@TempDir Path tmp) throws Exception {
        Path draft = Files.writeString(tmp.resolve("tesaria.txt"), after());
        oneLineExitTwo(CliTest.run("check", "--previous-rev", "HEAD", draft.toString()),
                "--previous-rev: " + draft + " is not in a git repository");
        oneLineExitTwo(CliTest.run("fix", "--previous-rev", "HEAD", draft.toString(), "--diff-only"),
                "--previous-rev: " + draft + " is not in a git repository");
    }

    @Test
    void aShallowCloneWithoutTheRevisionSaysHowToFetchIt(@TempDir Path tmp) throws Exception {
        GitRepo repo = earlierRound(tmp, "drafts/tesaria.txt");
        repo.write("drafts/tesaria.txt", after());
        repo.commit("later round");
        GitRepo clone = GitRepo.init(tmp.resolve("unused"));
        clone.git("clone", "-q", "--depth", "1", repo.root().toUri().toString(), tmp.resolve("clone").toString());
        Path draft = tmp.resolve("clone/drafts/tesaria.txt");
        oneLineExitTwo(CliTest.run("check", "--previous-rev", "HEAD~1", draft.toString()),
                "--previous-rev HEAD~1: not in this shallow clone of " + tmp.resolve("clone").toRealPath()
                        + " (fetch it");
        // once fetched, the same command works
        GitRepo fetched = GitRepo.init(tmp.resolve("unused2"));
        fetched.git("-C", tmp.resolve("clone").toString(), "fetch", "-q", "--deepen", "1");
        CliTest.Result r = CliTest.run("check", "--fail-on", "never", "--previous-rev", "HEAD~1", draft.toString());
        assertEquals(8, staleCount(r.out()), r.out() + r.err());
    }

    @Test
    void fixOfADraftNewSinceTheRevisionIsOneLine(@TempDir Path tmp) throws Exception {
        GitRepo repo = earlierRound(tmp, "drafts/tesaria.txt");
        Path added = repo.write("drafts/new.txt", after());
        oneLineExitTwo(CliTest.run("fix", "--previous-rev", "HEAD", added.toString(), "--diff-only"),
                added + ": not in HEAD (new since then), so there is no previous text to follow");
    }

    @Test
    void previousAndPreviousRevTogetherAreRefused(@TempDir Path tmp) throws Exception {
        GitRepo repo = earlierRound(tmp, "drafts/tesaria.txt");
        Path draft = repo.path("drafts/tesaria.txt");
        oneLineExitTwo(CliTest.run("check", "--previous", draft.toString(), "--previous-rev", "HEAD", draft.toString()),
                "--previous and --previous-rev both name the previous text; give one");
        oneLineExitTwo(CliTest.run("fix", "--previous", draft.toString(), "--previous-rev", "HEAD", draft.toString(),
                "--diff-only"), "--previous and --previous-rev both name the previous text; give one");
    }
}
