package org.resolint.testing;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Prints a text draft to PDF the way UN documents are laid out: the symbol as running head from
 * page 2, "2/3" page numbers and a job number with a barcode line at the foot of the first page,
 * paragraph numbers at the margin with the text at a tab stop (hanging indent), justified-width
 * lines broken at word ends, at hyphens of compounds, and at soft hyphens (U+00AD) printed as "-".
 * A paragraph whose number is written {@code 7.\n} in the draft gets its number on a line of its own;
 * {@code left\t\tright} is a cover line in two columns; {@code ^1 text} a footnote at the foot of the page.
 */
public final class PdfMaker {
    private static final float SIZE = 11;
    private static final float LEADING = 13;
    private static final float PARAGRAPH_GAP = 8;
    private static final float LEFT = 60;
    private static final float INDENT = 30;
    private static final Pattern NUMBERED = Pattern.compile("^(\\d{1,3}\\.|\\([a-z]{1,4}\\))\\s+(.*)$");

    private final PDType1Font font = new PDType1Font(Standard14Fonts.FontName.TIMES_ROMAN);
    private final PDRectangle pageSize = PDRectangle.A5;
    private final String symbol;
    private final String jobNumber;

    public PdfMaker(String symbol, String jobNumber) {
        this.symbol = symbol;
        this.jobNumber = jobNumber;
    }

    /** One printed line: where it starts, what it says, and whether a paragraph gap follows. */
    private record Printed(float x, String text, boolean gapAfter, String right, boolean note) {
        Printed(float x, String text, boolean gapAfter) {
            this(x, text, gapAfter, null, false);
        }
    }

    public void write(List<String> paragraphs, Path pdf) throws IOException {
        List<Printed> printed = new ArrayList<>();
        for (String p : paragraphs) {
            if (p.contains("\t\t")) {
                // A cover line in two columns: left at the margin, right towards the right edge.
                String[] parts = p.split("\t\t");
                printed.add(new Printed(LEFT, parts[0], true, parts[1], false));
            } else if (p.startsWith("^")) {
                printed.add(new Printed(LEFT, p.substring(1), false, null, true));
            } else {
                layOut(p, printed);
            }
        }
        float top = pageSize.getHeight() - 50;
        float bottom = 60;
        List<List<Printed>> pages = new ArrayList<>();
        List<Printed> page = new ArrayList<>();
        float y = top;
        for (Printed line : printed) {
            if (y < bottom) {
                pages.add(page);
                page = new ArrayList<>();
                y = top;
            }
            page.add(line);
            if (!line.note) {
                y -= LEADING + (line.gapAfter ? PARAGRAPH_GAP : 0);
            }
        }
        pages.add(page);
        try (PDDocument doc = new PDDocument()) {
            for (int n = 1; n <= pages.size(); n++) {
                PDPage pdPage = new PDPage(pageSize);
                doc.addPage(pdPage);
                try (PDPageContentStream out = new PDPageContentStream(doc, pdPage)) {
                    if (n > 1) {
                        show(out, LEFT, pageSize.getHeight() - 25, symbol, 9);
                    }
                    float at = top;
                    float noteAt = 45;
                    for (Printed line : pages.get(n - 1)) {
                        if (line.note) {
                            // A footnote in small type at the foot of the page, above the job number.
                            show(out, line.x, noteAt, line.text, 8);
                            noteAt -= 9;
                            continue;
                        }
                        show(out, line.x, at, line.text, SIZE);
                        if (line.right != null) {
                            show(out, pageSize.getWidth() - 150, at, line.right, SIZE);
                        }
                        at -= LEADING + (line.gapAfter ? PARAGRAPH_GAP : 0);
                    }
                    if (n == 1) {
                        show(out, LEFT, 30, jobNumber, 8);
                        show(out, LEFT, 20, "*" + jobNumber.replaceAll("\\D", "") + "*", 8);
                    } else {
                        // UN feet from page 2: the job number without "(E)" on one side, "n/m" on the other.
                        show(out, LEFT, 25, jobNumber.replaceAll("\\s*\\(.*", ""), 9);
                        show(out, pageSize.getWidth() - 60, 25, n + "/" + pages.size(), 9);
                    }
                }
            }
            doc.save(pdf.toFile());
        }
    }

    private void show(PDPageContentStream out, float x, float y, String text, float size) throws IOException {
        out.beginText();
        out.setFont(font, size);
        out.newLineAtOffset(x, y);
        out.showText(text);
        out.endText();
    }

    /** A "\n" inside a paragraph forces a line break there (after "Secretary-" or a soft hyphen). */
    private void layOut(String paragraph, List<Printed> out) throws IOException {
        float width = pageSize.getWidth() - LEFT - 40;
        String[] segments = paragraph.split("\n");
        float x = LEFT;
        String number = null;
        int from = 0;
        if (segments[0].matches("\\d{1,3}\\.")) {
            // The number on a line of its own, the text below it at the tab stop.
            out.add(new Printed(LEFT, segments[0], false));
            x = LEFT + INDENT;
            from = 1;
        } else {
            Matcher m = NUMBERED.matcher(segments[0]);
            if (m.matches()) {
                number = m.group(1);
                segments[0] = m.group(2);
                x = LEFT + INDENT;
            }
        }
        for (int i = from; i < segments.length; i++) {
            String segment = segments[i].endsWith("\u00AD")
                    ? segments[i].substring(0, segments[i].length() - 1) + "-" : segments[i];
            wrap(segment, x, width - (x - LEFT), out, i == from ? number : null);
        }
        Printed last = out.remove(out.size() - 1);
        out.add(new Printed(last.x, last.text, true));
    }

    /** Greedy line filling; a word too long for the line breaks at a hyphen or soft hyphen. */
    private void wrap(String text, float x, float width, List<Printed> out, String number) throws IOException {
        StringBuilder line = new StringBuilder();
        List<String> words = new ArrayList<>(List.of(text.trim().split("\\s+")));
        boolean first = true;
        while (!words.isEmpty()) {
            String word = words.remove(0);
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (width(candidate) <= width) {
                line.setLength(0);
                line.append(candidate);
                continue;
            }
            // Break inside the word at the last hyphen or soft hyphen that still fits.
            int cut = -1;
            for (int i = word.length() - 1; i > 0; i--) {
                char c = word.charAt(i);
                if ((c == '-' || c == '\u00AD') && width((line.isEmpty() ? "" : line + " ") + word.substring(0, i) + "-") <= width) {
                    cut = i;
                    break;
                }
            }
            if (cut > 0) {
                line.append(line.isEmpty() ? "" : " ").append(word, 0, cut).append('-');
                words.add(0, word.substring(cut + 1));
            } else if (line.isEmpty()) {
                line.append(word); // a word longer than the line stands on its own
            } else {
                words.add(0, word);
            }
            first = emit(out, x, line, number, first);
        }
        emit(out, x, line, number, first);
    }

    private boolean emit(List<Printed> out, float x, StringBuilder line, String number, boolean first)
            throws IOException {
        String text = line.toString().replace("\u00AD", "");
        if (first && number != null) {
            // Number at the margin, text at the tab stop: one printed line, two runs of text.
            float numberWidth = width(number + " ");
            String pad = " ".repeat(Math.max(1, Math.round((INDENT - numberWidth) / width(" "))));
            out.add(new Printed(x - INDENT, number + pad + text, false));
        } else {
            out.add(new Printed(x, text, false));
        }
        line.setLength(0);
        return false;
    }

    private float width(String s) throws IOException {
        return font.getStringWidth(s.replace("\u00AD", "")) / 1000 * SIZE;
    }
}
