package org.resolint.profile;

import java.util.ArrayList;
import java.util.List;
import org.resolint.engine.FactProvider;
import org.resolint.model.Location;
import org.resolint.model.Paragraph;
import org.resolint.model.ParagraphKind;
import org.resolint.model.Requirement;
import org.resolint.model.Resolution;

/** The {@link Requirement} facts of one template: each clause judged against the text. */
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
        // A technical rollover carries the rest by reference: only clauses of legal weight apply.
        boolean rollover = template.rollover() != null && template.rollover().holds(r);
        for (Clause c : template.clauses()) {
            boolean applies = c.inForce(r.getYear())
                    && (!rollover || c.level() == org.resolint.model.Severity.ERROR)
                    && c.appliesWhen().stream().allMatch(w -> holds.computeIfAbsent(w, x -> TextScan.first(r, x) != null));
            TextScan.Hit found = applies ? TextScan.first(r, c.where(), c.recognise()) : null;
            TextScan.Hit preamble = null;
            if (applies && found == null && c.where() == Where.OPERATIVE) {
                preamble = TextScan.first(r, Where.PREAMBLE, c.recognise());
            }
            out.add(new Requirement(template.name(), c.id(), c.title(), c.why(), c.where().id(), c.level(), applies,
                    found == null ? null : found.paragraph(), preamble == null ? null : preamble.paragraph(),
                    c.example(), anchor(r, c.where())));
        }
        return out;
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
