package org.resolint.fix;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.resolint.model.Paragraph;
import org.resolint.model.ParagraphKind;
import org.resolint.model.Reference;
import org.resolint.model.ReferenceDrift;
import org.resolint.model.ReferenceTarget;
import org.resolint.model.Resolution;

/**
 * What the references a {@code reference.drift} finding lists meant: every number from the
 * drift's break point on names the paragraph {@code offset} after it ("paragraph 10" after an
 * insertion at or before 10 meant the paragraph now numbered 11; "10 (b)" its sub-paragraph (b)).
 * Other references, and numbers before the break point, keep the checker's resolution.
 */
final class DriftIntent implements Intent {
    private static final Pattern NUMBER = Pattern.compile("^(\\d+)(.*)$");
    private final Resolution model;
    private final ReferenceDrift drift;
    private final Set<Reference> listed = Collections.newSetFromMap(new IdentityHashMap<>());

    DriftIntent(Resolution model, ReferenceDrift drift) {
        this.model = model;
        this.drift = drift;
        drift.updates().forEach(u -> listed.add(u.reference()));
    }

    @Override
    public List<Meant> meant(Reference ref, List<ReferenceTarget> resolved) {
        List<Meant> now = AS_RESOLVED.meant(ref, resolved);
        if (!listed.contains(ref)) {
            return now;
        }
        List<Meant> out = new ArrayList<>();
        for (int i = 0; i < resolved.size(); i++) {
            Matcher m = NUMBER.matcher(resolved.get(i).getLabel());
            int n = m.matches() ? Integer.parseInt(m.group(1)) : -1;
            if (n < drift.from()) {
                out.add(now.get(i));
                continue;
            }
            String label = (n + drift.offset()) + m.group(2);
            Paragraph shifted = find(label);
            out.add(new Meant(shifted, shifted == null
                    ? "reference.drift: " + label + " does not exist; left as written"
                    : null));
        }
        return out;
    }

    /** The operative paragraph or sub-paragraph of the main text labelled {@code label} ("11 (b)"). */
    private Paragraph find(String label) {
        for (Paragraph p : model.getParagraphs()) {
            if ((p.getKind() == ParagraphKind.OPERATIVE || p.getKind() == ParagraphKind.SUBPARAGRAPH)
                    && p.getLabel().equals(label)) {
                return p;
            }
        }
        return null;
    }
}
