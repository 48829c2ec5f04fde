package org.resolint.profile;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.resolint.engine.FactProvider;
import org.resolint.model.Location;
import org.resolint.model.Paragraph;
import org.resolint.model.ParagraphKind;
import org.resolint.model.Requirement;
import org.resolint.model.Resolution;

/** The {@link Requirement} facts of one template: what the text shows of each clause. */
public final class Requirements implements FactProvider {
    private final Template template;

    public Requirements(Template template) {
        this.template = template;
    }

    @Override
    public List<Requirement> facts(Resolution r) {
        List<Requirement> out = new ArrayList<>();
        // Many clauses share a condition ("sets out tasks and acts under Chapter VII"): scan once.
        java.util.Map<Condition, Boolean> holds = new java.util.HashMap<>();
        // A technical rollover carries the rest by reference (the DRL keeps only clauses of legal weight).
        boolean rollover = template.rollover() != null && template.rollover().holds(r);
        for (Clause c : template.clauses()) {
            // Observations only, each scan done when a rule first asks: clauses/clauses.drl decides
            // which clauses apply (year, rollover, conditions) and which are missing.
            Supplier<Boolean> conditions = () -> c.appliesWhen().stream()
                    .allMatch(w -> holds.computeIfAbsent(w, x -> TextScan.first(r, x) != null));
            Supplier<TextScan.Hit> found = memo(() -> TextScan.first(r, c.where(), c.recognise()));
            Supplier<Paragraph> preamble = () -> {
                if (c.where() != Where.OPERATIVE || found.get() != null) {
                    return null;
                }
                TextScan.Hit hit = TextScan.first(r, Where.PREAMBLE, c.recognise());
                return hit == null ? null : hit.paragraph();
            };
            out.add(new Requirement(template.name(), c.id(), c.title(), c.why(), c.where().id(), c.level(),
                    c.since(), r.getYear(), rollover, conditions,
                    () -> found.get() == null ? null : found.get().paragraph(), preamble,
                    c.example(), anchor(r, c.where())));
        }
        return out;
    }

    /** A supplier that computes once. */
    private static <T> Supplier<T> memo(Supplier<T> supplier) {
        Requirement.Lazy<T> lazy = new Requirement.Lazy<>(supplier);
        return lazy::get;
    }

    /** The last top-level paragraph of the part a clause belongs in: where a reader would add it. */
    private static Location anchor(Resolution r, Where where) {
        ParagraphKind kind = where == Where.PREAMBLE ? ParagraphKind.PREAMBULAR : ParagraphKind.OPERATIVE;
        Location last = r.getEnactingFormula();
        for (Paragraph p : r.getParagraphs()) {
            if (p.getKind() == kind) {
                last = p.getLocation();
            }
        }
        return last;
    }
}
