package org.resolint.parse;

import java.util.List;
import org.resolint.model.Location;
import org.resolint.model.TextMap;
import org.resolint.reader.SourceLine;

/** A run of source lines that make one paragraph, joined into one string. */
record Block(List<SourceLine> lines, String text, TextMap.Builder map, Location start) {

    static Block of(List<SourceLine> lines) {
        StringBuilder text = new StringBuilder();
        TextMap.Builder map = new TextMap.Builder();
        Location start = null;
        for (SourceLine line : lines) {
            String raw = line.text();
            int lead = Text.leadingBlanks(raw);
            String body = Text.stripBlanks(raw);
            if (body.isEmpty()) {
                continue;
            }
            Location at = new Location(line.number(), line.column() + lead);
            if (start == null) {
                start = at;
            } else {
                // Hard-wrapped lines: "submit-" + "ted" joins without a space, every other break is one.
                boolean hyphenBreak = text.charAt(text.length() - 1) == '-'
                        && Character.isLowerCase(body.charAt(0));
                if (!hyphenBreak) {
                    text.append(' ');
                }
            }
            map.add(text.length(), at);
            text.append(body);
        }
        return new Block(List.copyOf(lines), text.toString(), map, start);
    }

    int firstLine() {
        return start.line();
    }

    int lastLine() {
        return lines.get(lines.size() - 1).number();
    }
}
