package org.resolint.facts;

import java.util.Comparator;
import java.util.List;
import org.resolint.model.Paragraph;
import org.resolint.model.ReferenceFit;

/** Wording for reference findings, kept out of the DRL so the rules stay readable. */
public final class Snippets {
    private Snippets() {
    }

    /** The first words of a paragraph, to show what it is about. */
    public static String opening(Paragraph p) {
        String[] w = p.getText().split("\\s+");
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < Math.min(8, w.length); i++) {
            b.append(i == 0 ? "" : " ").append(w[i]);
        }
        return w.length > 8 ? b + " …" : b.toString();
    }

    /** One explanation for references that are all off by the same offset. */
    public static String drift(List<?> fits, int offset) {
        List<ReferenceFit> all = fits.stream().map(ReferenceFit.class::cast)
                .sorted(Comparator.comparingInt(ReferenceFit::getOrder)).toList();
        int from = all.stream().mapToInt(ReferenceFit::getNamedNumber).filter(n -> n > 0).min().orElse(0);
        String cause = offset > 0 ? "a paragraph inserted before paragraph " + from
                : "a paragraph deleted before paragraph " + (from + offset + 1);
        StringBuilder b = new StringBuilder(all.size() + " references point " + Math.abs(offset)
                + (Math.abs(offset) == 1 ? " paragraph " : " paragraphs ") + (offset > 0 ? "before" : "after")
                + " the paragraph their words describe; likely cause: " + cause + ". Update: ");
        for (int i = 0; i < all.size(); i++) {
            ReferenceFit f = all.get(i);
            b.append(i == 0 ? "" : "; ").append('"').append(f.getReference().raw()).append("\" in ")
                    .append(f.getReference().paragraph().getLabel()).append(" → ").append(f.getBest().getLabel());
        }
        return b.toString();
    }
}
