package org.resolint.fix;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.resolint.check.Checker;
import org.resolint.check.FileResult;
import org.resolint.engine.Engines;
import org.resolint.engine.RuleException;
import org.resolint.rules.references.ReferenceFacts;
import org.resolint.model.Location;
import org.resolint.model.Paragraph;
import org.resolint.model.ReferenceDrift;
import org.resolint.model.Resolution;
import org.resolint.parse.ResolutionParser;
import org.resolint.reader.DocxReader;
import org.resolint.reader.InputException;
import org.resolint.reader.Readers;
import org.resolint.reader.SourceText;
import org.resolint.reader.docx.DocxPackage;

/**
 * {@code resolint fix}: renumbers a draft and carries every internal reference along, applies
 * the requested rules' mechanical fixes, and returns the fixed file with a diff. The input is
 * only read.
 */
public final class Fixer {
    public static final Set<String> FORMATS = Set.of("txt", "md", "docx");
    private static final String DRIFT = "reference.drift";

    /** {@code previous}: the previous text, or null; {@code rules}: ids of {@link RuleFixes#FIXABLE}. */
    public FixResult fix(Path draft, Path previous, Set<String> rules, String shownAs)
            throws InputException, RuleException {
        Resolution old = previous == null ? null : new ResolutionParser().parse(Readers.read(previous));
        return fixAgainst(draft, old, rules, shownAs);
    }

    /** The same with the previous text already read (from git under --previous-rev), or null. */
    public FixResult fixAgainst(Path draft, Resolution old, Set<String> rules, String shownAs)
            throws InputException, RuleException {
        String ext = Readers.extension(draft);
        if (!FORMATS.contains(ext) && Files.exists(draft) && !Files.isDirectory(draft)) {
            throw new InputException(draft, "fix supports .txt, .md and .docx (not ." + ext + ")");
        }
        SourceText source = Readers.read(draft);
        Resolution model;
        FileResult checked = null;
        if (rules.isEmpty()) {
            model = new ResolutionParser().parse(source);
        } else {
            checked = new Checker(Engines.standard(List.of())).check(draft);
            if (checked.failed()) {
                String error = checked.error();
                String prefix = draft + ": ";
                throw new InputException(draft, error.startsWith(prefix) ? error.substring(prefix.length()) : error);
            }
            model = checked.model();
        }
        List<Note> notes = new ArrayList<>();
        Renumbering numbers = Renumbering.of(model, autoNumbered(draft, ext));
        notes.addAll(numbers.notes());
        List<Edit> edits = new ArrayList<>(numbers.edits());
        ReferenceFacts.Resolved refs = ReferenceFacts.resolve(model);
        Intent intent = Intent.AS_RESOLVED;
        if (old != null) {
            intent = new PreviousIntent(old, model);
            if (rules.contains(DRIFT)) {
                notes.add(new Note(Location.START, DRIFT + ": the references follow the previous text (--previous), "
                        + "which says where they pointed; the drift is not applied"));
            }
        } else if (rules.contains(DRIFT)) {
            ReferenceDrift drift = reported(checked, DRIFT) ? ReferenceFacts.drift(model, refs) : null;
            if (drift != null) {
                intent = new DriftIntent(model, drift);
            } else {
                notes.add(new Note(Location.START, DRIFT + ": the check reports no drift here; nothing to apply"));
            }
        }
        ReferenceRewriter rewriter = new ReferenceRewriter(model, numbers, intent);
        rewriter.run(refs);
        edits.addAll(rewriter.edits());
        notes.addAll(rewriter.notes());
        if (checked != null) {
            edits.addAll(RuleFixes.edits(checked, rules, notes));
        }
        FixResult result = "docx".equals(ext) ? docx(draft, edits, notes, shownAs) : text(draft, edits, notes, shownAs);
        List<Note> sorted = new ArrayList<>(result.notes());
        sorted.sort(Comparator.comparing(Note::at));
        return new FixResult(result.fixed(), result.diff(), sorted, result.applied());
    }

    /** The rule reported at least one finding on the checked draft (it may be switched off by configuration). */
    private static boolean reported(FileResult checked, String rule) {
        return checked != null && checked.findings().stream().anyMatch(f -> f.rule().equals(rule));
    }

    private static FixResult text(Path draft, List<Edit> edits, List<Note> notes, String shownAs)
            throws InputException {
        String raw = read(draft);
        boolean bom = raw.startsWith("\uFEFF");
        String content = bom ? raw.substring(1) : raw;
        TextPatcher patcher = new TextPatcher(content);
        List<TextPatcher.Placed> placed = patcher.place(edits, notes);
        String fixed = patcher.apply(placed);
        List<String> diff = LineDiff.unified(shownAs, shownAs + " (fixed)", patcher.lines(), new TextPatcher(fixed).lines());
        return new FixResult(((bom ? "\uFEFF" : "") + fixed).getBytes(StandardCharsets.UTF_8), diff, notes,
                placed.stream().map(TextPatcher.Placed::edit).toList());
    }

    private static FixResult docx(Path draft, List<Edit> edits, List<Note> notes, String shownAs)
            throws InputException {
        DocxPatcher.Patched p = DocxPatcher.patch(draft, edits, notes);
        List<String> diff = LineDiff.unified(shownAs, shownAs + " (fixed, changes tracked)", p.before(), p.after());
        return new FixResult(p.bytes(), diff, notes, p.applied());
    }

    /** The file as it is, byte for byte decoded (the reader already refused what is not UTF-8). */
    private static String read(Path draft) throws InputException {
        try {
            return new String(Files.readAllBytes(draft), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new InputException(draft, "cannot read file (" + e.getMessage() + ")", e);
        }
    }

    /** In a .docx, the paragraphs whose number Word draws (the marker lies in the drawn prefix). */
    private static Predicate<Paragraph> autoNumbered(Path draft, String ext) throws InputException {
        if (!"docx".equals(ext)) {
            return p -> false;
        }
        List<Integer> prefix = new ArrayList<>();
        try (var doc = DocxPackage.open(draft)) {
            for (DocxReader.Para p : DocxReader.paragraphs(doc)) {
                prefix.add(p.number().length());
            }
        } catch (IOException e) {
            throw new InputException(draft, "cannot read the .docx (" + e.getMessage() + ")", e);
        }
        return p -> p.getLine() >= 1 && p.getLine() <= prefix.size() && p.getColumn() - 1 < prefix.get(p.getLine() - 1);
    }
}
