package org.resolint.fix;

import java.util.ArrayList;
import java.util.List;

/**
 * A unified diff of two versions of a text that have the same lines in the same places (a fix
 * changes characters inside lines, never adds or removes one), with two lines of context.
 */
final class LineDiff {
    static final int CONTEXT = 2;

    private LineDiff() {
    }

    static List<String> unified(String from, String to, List<String> a, List<String> b) {
        List<String> out = new ArrayList<>();
        int n = Math.max(a.size(), b.size());
        List<Integer> changed = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (!line(a, i).equals(line(b, i))) {
                changed.add(i);
            }
        }
        if (changed.isEmpty()) {
            return out;
        }
        out.add("--- " + from);
        out.add("+++ " + to);
        int k = 0;
        while (k < changed.size()) {
            int first = Math.max(0, changed.get(k) - CONTEXT);
            int j = k;
            while (j + 1 < changed.size() && changed.get(j + 1) - changed.get(j) <= 2 * CONTEXT + 1) {
                j++;
            }
            int last = Math.min(n - 1, changed.get(j) + CONTEXT);
            int count = last - first + 1;
            out.add("@@ -" + (first + 1) + "," + count + " +" + (first + 1) + "," + count + " @@");
            int i = first;
            while (i <= last) {
                if (line(a, i).equals(line(b, i))) {
                    out.add(" " + line(a, i++));
                    continue;
                }
                // a run of changed lines: all removed lines, then all added lines
                int run = i;
                while (i <= last && !line(a, i).equals(line(b, i))) {
                    out.add("-" + line(a, i++));
                }
                for (int r = run; r < i; r++) {
                    out.add("+" + line(b, r));
                }
            }
            k = j + 1;
        }
        return out;
    }

    private static String line(List<String> lines, int i) {
        return i < lines.size() ? lines.get(i) : "";
    }
}
