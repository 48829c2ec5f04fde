package org.resolint.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.resolint.reader.SourceLine;

/**
 * Groups body lines into paragraphs. Blank lines separate paragraphs; in hard-wrapped texts a
 * line that opens with a paragraph marker after a line ending in punctuation starts a new one.
 * For a quoted resolution the opening quote of each paragraph and the closing quote of the last
 * are taken off, and whatever follows the quotation is dropped.
 */
final class BlockSplitter {
    private static final Pattern ENDS_PARAGRAPH = Pattern.compile(".*[;:.,]$");
    private static final Pattern SECTION_NUMERAL = Pattern.compile("^(?:[IVXL]+|[A-Z])\\.?$");
    private static final Pattern QUOTE_END = Pattern.compile(".*\\.[’']?[”\"]$");

    private BlockSplitter() {
    }

    static List<Block> split(List<SourceLine> lines, boolean quoted) {
        List<Block> blocks = new ArrayList<>();
        List<SourceLine> current = new ArrayList<>();
        for (SourceLine line : lines) {
            String text = Text.stripBlanks(line.text());
            if (text.isEmpty()) {
                flush(current, blocks);
                continue;
            }
            if (!current.isEmpty() && startsNewParagraph(current.get(current.size() - 1), text)) {
                flush(current, blocks);
            }
            if (quoted && current.isEmpty()) {
                line = dropLeadingQuote(line);
            }
            current.add(line);
            if (quoted && QUOTE_END.matcher(text).matches()) {
                current.set(current.size() - 1, dropTrailingQuote(current.get(current.size() - 1)));
                flush(current, blocks);
                return blocks;
            }
        }
        flush(current, blocks);
        return blocks;
    }

    private static boolean startsNewParagraph(SourceLine previous, String text) {
        if (SECTION_NUMERAL.matcher(Text.stripBlanks(previous.text())).matches()) {
            return true;
        }
        if (!ENDS_PARAGRAPH.matcher(Text.stripBlanks(previous.text())).matches()) {
            return false;
        }
        Marker m = Marker.parse(text);
        return m != null && m.type() != Marker.Type.PAREN_NUMBER;
    }

    private static SourceLine dropLeadingQuote(SourceLine line) {
        String t = line.text();
        int lead = Text.leadingBlanks(t);
        if (lead < t.length() && (t.charAt(lead) == '“' || t.charAt(lead) == '"')) {
            return new SourceLine(line.number(), line.column() + lead + 1, t.substring(lead + 1));
        }
        return line;
    }

    private static SourceLine dropTrailingQuote(SourceLine line) {
        String t = Text.stripBlanks(line.text());
        int lead = Text.leadingBlanks(line.text());
        return new SourceLine(line.number(), line.column() + lead, t.substring(0, t.length() - 1));
    }

    private static void flush(List<SourceLine> current, List<Block> blocks) {
        if (!current.isEmpty()) {
            Block block = Block.of(current);
            // A line left empty once its quotation mark is taken off makes no paragraph.
            if (!block.text().isEmpty()) {
                blocks.add(block);
            }
            current.clear();
        }
    }
}
