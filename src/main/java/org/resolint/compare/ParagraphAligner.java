package org.resolint.compare;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.resolint.model.Paragraph;
import org.resolint.model.ParagraphKind;
import org.resolint.model.Resolution;

/**
 * Aligns the paragraphs of a previous text with those of a draft by content, not by number:
 * paragraphs move, get renumbered and reworded between rounds. Identical texts pair first; the
 * rest pair greedily by the Dice overlap of their word pairs, within the same kind of paragraph.
 */
public final class ParagraphAligner {
    /** Below this overlap two paragraphs are different paragraphs, not versions of one. */
    public static final double MIN_SIMILARITY = 0.35;

    private ParagraphAligner() {
    }

    /** before → after for every paragraph that has a counterpart. */
    public static Map<Paragraph, Paragraph> align(Resolution before, Resolution after) {
        List<Paragraph> a = units(before);
        List<Paragraph> b = units(after);
        Map<Paragraph, Paragraph> pairs = new LinkedHashMap<>();
        Set<Paragraph> taken = new HashSet<>();
        // 1. identical text, first come first served
        Map<String, List<Paragraph>> byText = new HashMap<>();
        for (Paragraph p : b) {
            byText.computeIfAbsent(key(p), k -> new ArrayList<>()).add(p);
        }
        for (Paragraph p : a) {
            List<Paragraph> same = byText.get(key(p));
            if (same != null && !same.isEmpty()) {
                Paragraph q = same.remove(0);
                pairs.put(p, q);
                taken.add(q);
            }
        }
        // 2. the most similar remaining pairs of the same kind
        Map<Paragraph, Set<String>> shingles = new HashMap<>();
        for (Paragraph p : a) {
            shingles.put(p, shingles(p.getText()));
        }
        for (Paragraph p : b) {
            shingles.put(p, shingles(p.getText()));
        }
        List<Candidate> candidates = new ArrayList<>();
        for (Paragraph p : a) {
            if (pairs.containsKey(p)) {
                continue;
            }
            for (Paragraph q : b) {
                if (taken.contains(q) || !sameKind(p, q)) {
                    continue;
                }
                double s = dice(shingles.get(p), shingles.get(q));
                // A preambular paragraph turned operative must keep most of its words to count as the same.
                double needed = p.getKind() == q.getKind() ? MIN_SIMILARITY : 0.6;
                if (s >= needed) {
                    candidates.add(new Candidate(p, q, s - 0.001 * Math.abs(position(p, a) - position(q, b))));
                }
            }
        }
        candidates.sort(Comparator.comparingDouble(Candidate::score).reversed());
        for (Candidate c : candidates) {
            if (!pairs.containsKey(c.before) && !taken.contains(c.after)) {
                pairs.put(c.before, c.after);
                taken.add(c.after);
            }
        }
        return pairs;
    }

    private record Candidate(Paragraph before, Paragraph after, double score) {
    }

    /** The paragraphs that carry text a reviewer compares: not footnotes, notes or annexes. */
    static List<Paragraph> units(Resolution r) {
        return r.getParagraphs().stream().filter(p -> switch (p.getKind()) {
            case PREAMBULAR, OPERATIVE, SUBPARAGRAPH, HEADING -> !p.getText().isBlank();
            default -> false;
        }).toList();
    }

    private static boolean sameKind(Paragraph p, Paragraph q) {
        return p.getKind() == q.getKind()
                || (p.getKind() == ParagraphKind.PREAMBULAR) != (q.getKind() == ParagraphKind.PREAMBULAR)
                && p.getKind() != ParagraphKind.HEADING && q.getKind() != ParagraphKind.HEADING
                && p.getKind() != ParagraphKind.SUBPARAGRAPH && q.getKind() != ParagraphKind.SUBPARAGRAPH;
    }

    private static double position(Paragraph p, List<Paragraph> all) {
        return all.isEmpty() ? 0 : (double) p.getOrdinal() / Math.max(1, all.get(all.size() - 1).getOrdinal());
    }

    static String key(Paragraph p) {
        return p.getKind() + "|" + normalize(p.getText());
    }

    static String normalize(String text) {
        String t = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        return t.replaceAll("[‘’]", "'").replaceAll("[“”]", "\"").replaceAll("[\\u2010-\\u2015]", "-")
                .replaceAll("\\s+", " ").trim();
    }

    private static Set<String> shingles(String text) {
        String[] w = normalize(text).replaceAll("[^\\p{L}\\p{N} ]", " ").trim().split("\\s+");
        Set<String> out = new HashSet<>();
        for (int i = 0; i + 1 < w.length; i++) {
            out.add(w[i] + " " + w[i + 1]);
        }
        if (w.length == 1) {
            out.add(w[0]);
        }
        return out;
    }

    private static double dice(Set<String> x, Set<String> y) {
        if (x.isEmpty() || y.isEmpty()) {
            return 0;
        }
        Set<String> small = x.size() < y.size() ? x : y;
        Set<String> big = small == x ? y : x;
        int common = 0;
        for (String s : small) {
            if (big.contains(s)) {
                common++;
            }
        }
        return 2.0 * common / (x.size() + y.size());
    }
}
