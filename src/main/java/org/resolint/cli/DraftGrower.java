package org.resolint.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Makes a longer draft for the scaling benchmark: the operative part repeated, numbers running on. */
final class DraftGrower {
    private static final Pattern NUMBERED = Pattern.compile("^(\\d{1,3})\\.(\\s.*)$");

    private DraftGrower() {
    }

    static List<String> grow(List<String> lines, int factor) {
        int first = -1;
        int highest = 0;
        for (int i = 0; i < lines.size(); i++) {
            Matcher m = NUMBERED.matcher(lines.get(i));
            if (m.matches()) {
                if (first < 0) {
                    first = i;
                }
                highest = Math.max(highest, Integer.parseInt(m.group(1)));
            }
        }
        List<String> out = new ArrayList<>(lines);
        if (first < 0) {
            return out;
        }
        List<String> operative = lines.subList(first, lines.size());
        for (int copy = 1; copy < factor; copy++) {
            out.add("");
            for (String line : operative) {
                Matcher m = NUMBERED.matcher(line);
                out.add(m.matches() ? (Integer.parseInt(m.group(1)) + copy * highest) + "." + m.group(2) : line);
            }
        }
        return out;
    }
}
