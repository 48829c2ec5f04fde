package org.resolint.compare;

import java.util.ArrayList;
import java.util.List;

/** A word-level diff (longest common subsequence) written as {@code [-removed-]{+added+}}. */
final class WordDiff {
    private WordDiff() {
    }

    static String of(String before, String after) {
        String[] a = before.trim().split("\\s+");
        String[] b = after.trim().split("\\s+");
        String[] na = normalized(a);
        String[] nb = normalized(b);
        int[][] lcs = new int[a.length + 1][b.length + 1];
        for (int i = a.length - 1; i >= 0; i--) {
            for (int j = b.length - 1; j >= 0; j--) {
                lcs[i][j] = na[i].equals(nb[j]) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        List<String> out = new ArrayList<>();
        List<String> removed = new ArrayList<>();
        List<String> added = new ArrayList<>();
        int i = 0;
        int j = 0;
        int kept = 0;
        while (i < a.length || j < b.length) {
            if (i < a.length && j < b.length && na[i].equals(nb[j])) {
                flush(out, removed, added);
                // Keep a little context around each change, elide long unchanged runs.
                out.add(a[i]);
                kept++;
                i++;
                j++;
            } else if (j < b.length && (i == a.length || lcs[i][j + 1] >= lcs[i + 1][j])) {
                added.add(b[j++]);
            } else {
                removed.add(a[i++]);
            }
        }
        flush(out, removed, added);
        return kept == a.length && kept == b.length ? "" : elide(out);
    }

    /** Words compared as a reader sees them: a no-break hyphen is a hyphen, curly quotes are quotes. */
    private static String[] normalized(String[] words) {
        String[] out = new String[words.length];
        for (int i = 0; i < words.length; i++) {
            out[i] = ParagraphAligner.normalize(words[i]);
        }
        return out;
    }

    private static void flush(List<String> out, List<String> removed, List<String> added) {
        if (!removed.isEmpty()) {
            out.add("[-" + String.join(" ", removed) + "-]");
            removed.clear();
        }
        if (!added.isEmpty()) {
            out.add("{+" + String.join(" ", added) + "+}");
            added.clear();
        }
    }

    /** Keeps four words of context either side of each change. */
    private static String elide(List<String> tokens) {
        boolean[] keep = new boolean[tokens.size()];
        for (int k = 0; k < tokens.size(); k++) {
            String t = tokens.get(k);
            if (t.startsWith("[-") || t.startsWith("{+")) {
                for (int c = Math.max(0, k - 4); c <= Math.min(tokens.size() - 1, k + 4); c++) {
                    keep[c] = true;
                }
            }
        }
        StringBuilder b = new StringBuilder();
        boolean gap = false;
        for (int k = 0; k < tokens.size(); k++) {
            if (keep[k]) {
                if (gap && b.length() > 0) {
                    b.append(" …");
                }
                if (b.length() > 0 || gap) {
                    b.append(' ');
                }
                if (gap && b.length() == 1) {
                    b.insert(0, "…");
                }
                b.append(tokens.get(k));
                gap = false;
            } else {
                gap = true;
            }
        }
        if (gap) {
            b.append(" …");
        }
        return b.toString().trim();
    }
}
