package org.resolint.fix;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.resolint.check.Checker;
import org.resolint.check.FileResult;
import org.resolint.engine.Engines;
import org.resolint.engine.RuleException;
import org.resolint.rules.references.ReferenceFacts;
import org.resolint.model.Finding;
import org.resolint.model.Fix;
import org.resolint.model.Location;
import org.resolint.model.TextEdit;
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
 * {@code resolint fix}: renumbers a draft and carries every internal reference along (a whole-text
 * pass), applies the fixes the check's findings carry (safe ones by default, see {@link FixOptions}),
 * and returns the fixed file with a diff. The draft is checked once, by the run's {@link Checker}, so
 * the project's word lists, added rules and configuration decide which findings, and fixes, there are.
 * The input is only read.
 */
public final class Fixer {
    public static final Set<String> FORMATS = Set.of("txt", "md", "docx");
    private static final String DRIFT = "reference.drift";
    private final Checker checker;

    /** With the bundled rules and each draft's .resolint.yaml (the checker is made on first use). */
    public Fixer() {
        this(null);
    }

    /** With the run's checker (its --rules, --config, --enable, --disable). */
    public Fixer(Checker checker) {
        this.checker = checker;
    }

    /** {@code previous}: the previous text, or null. */
    public FixResult fix(Path draft, Path previous, FixOptions options, String shownAs)
            throws InputException, RuleException {
        Resolution old = previous == null ? null : new ResolutionParser().parse(Readers.read(previous));
        return fixAgainst(draft, old, options, shownAs);
    }

    /** Shorthand: the fixes of {@code rules} whatever their safety, or renumbering only when empty. */
    public FixResult fix(Path draft, Path previous, Set<String> rules, String shownAs)
            throws InputException, RuleException {
        return fix(draft, previous, FixOptions.only(rules), shownAs);
    }

    /** The same with the previous text already read (from git under --previous-rev), or null. */
    public FixResult fixAgainst(Path draft, Resolution old, FixOptions options, String shownAs)
            throws InputException, RuleException {
        refuseFormat(draft);
        FileResult checked;
        if (options.renumberOnly()) {
            // nothing of the findings is applied: the parsed text is all renumbering needs
            checked = FileResult.checked(draft.toString(), new ResolutionParser().parse(Readers.read(draft)), List.of());
        } else {
            checked = checker().check(draft);
        }
        return fix(checked, draft, old, options, shownAs);
    }

    /** The draft as the run already checked it (the web page's check): its model and findings are reused. */
    public FixResult fix(FileResult checked, Path draft, Resolution old, FixOptions options, String shownAs)
            throws InputException {
        refuseFormat(draft);
        if (checked.failed()) {
            String error = checked.error();
            String prefix = checked.path() + ": ";
            throw new InputException(draft, error.startsWith(prefix) ? error.substring(prefix.length()) : error);
        }
        String ext = Readers.extension(draft);
        Resolution model = checked.model();
        List<Note> notes = new ArrayList<>();
        Renumbering numbers = Renumbering.of(model, autoNumbered(draft, ext));
        notes.addAll(numbers.notes());
        List<Edit> edits = new ArrayList<>(numbers.edits());
        ReferenceFacts.Resolved refs = ReferenceFacts.resolve(model);
        Intent intent = intent(checked, old, options, notes);
        CarriedReferences carried = new CarriedReferences(model, numbers, intent);
        carried.run(refs);
        edits.addAll(carried.edits());
        notes.addAll(carried.notes());
        edits.addAll(findingEdits(checked.findings(), options, notes));
        FixResult result = "docx".equals(ext) ? docx(draft, edits, notes, shownAs) : text(draft, edits, notes, shownAs);
        List<Note> sorted = new ArrayList<>(result.notes());
        sorted.sort(Comparator.comparing(Note::at));
        List<Uncarried> uncarried = new ArrayList<>(carried.uncarried());
        uncarried.sort(Comparator.comparing(Uncarried::at));
        return new FixResult(result.fixed(), result.diff(), sorted, result.applied(), uncarried);
    }

    private static void refuseFormat(Path draft) throws InputException {
        String ext = Readers.extension(draft);
        if (!FORMATS.contains(ext) && Files.exists(draft) && !Files.isDirectory(draft)) {
            throw new InputException(draft, "fix supports .txt, .md and .docx (not ." + ext + ")");
        }
    }

    private Checker checker() throws RuleException {
        return checker != null ? checker : new Checker(Engines.standard(List.of()));
    }

    /**
     * What the references mean: what the previous text says, else the drift's shift when its (unsafe)
     * fix is asked for, else what the checker resolves.
     */
    private static Intent intent(FileResult checked, Resolution old, FixOptions options, List<Note> notes) {
        Resolution model = checked.model();
        Finding drift = checked.findings().stream().filter(f -> f.rule().equals(DRIFT)).findFirst().orElse(null);
        boolean wanted = options.selects(DRIFT) && drift != null
                && drift.fixes().stream().anyMatch(f -> options.applies(DRIFT, f));
        if (old != null) {
            if (wanted || options.rules().contains(DRIFT)) {
                notes.add(new Note(Location.START, DRIFT + ": the references follow the previous text (--previous), "
                        + "which says where they pointed; the drift is not applied"));
            }
            return new PreviousIntent(old, model);
        }
        if (options.rules().contains(DRIFT) && drift == null) {
            notes.add(new Note(Location.START, DRIFT + ": the check reports no drift here; nothing to apply"));
        } else if (drift != null && options.selects(DRIFT) && !wanted) {
            notes.add(new Note(drift.location(), DRIFT + ": its fix is unsafe (the shift is inferred from the words);"
                    + " add --unsafe-fixes to apply it"));
        }
        ReferenceDrift shift = wanted ? ReferenceFacts.drift(model) : null;
        // the drift's edits are not applied as such: its shift is carried through the renumbering, which may move the same numbers
        return shift == null ? Intent.AS_RESOLVED : new DriftIntent(model, shift);
    }

    /**
     * The edits of the fixes the findings carry that {@code options} apply (the drift's come through its
     * intent); one edit once, however many findings carry it.
     */
    static List<Edit> findingEdits(List<Finding> findings, FixOptions options, List<Note> notes) {
        Map<String, Edit> out = new LinkedHashMap<>();
        Set<String> unsafeLeft = new java.util.TreeSet<>();
        for (Finding f : findings) {
            if (f.rule().equals(DRIFT)) {
                continue;
            }
            for (Fix fix : f.fixes()) {
                if (!options.applies(f.rule(), fix)) {
                    if (options.selects(f.rule())) {
                        unsafeLeft.add(f.rule());
                    }
                    continue;
                }
                for (TextEdit e : fix.edits()) {
                    out.putIfAbsent(e.start() + "\u0000" + e.old() + "\u0000" + e.replacement(),
                            new Edit(e.start(), e.old(), e.replacement(), Edit.Kind.RULE, f.rule(), 0));
                }
            }
        }
        if (!options.rules().isEmpty()) {
            for (String rule : unsafeLeft) {
                notes.add(new Note(Location.START, rule + ": its fixes are unsafe; add --unsafe-fixes to apply them"));
            }
        }
        return new ArrayList<>(out.values());
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
                placed.stream().map(TextPatcher.Placed::edit).toList(), List.of());
    }

    private static FixResult docx(Path draft, List<Edit> edits, List<Note> notes, String shownAs)
            throws InputException {
        DocxPatcher.Patched p = DocxPatcher.patch(draft, edits, notes);
        List<String> diff = LineDiff.unified(shownAs, shownAs + " (fixed, changes tracked)", p.before(), p.after());
        return new FixResult(p.bytes(), diff, notes, p.applied(), List.of());
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
