package org.resolint.reader;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Reads PDF drafts as circulated: the text layer in reading order, line by line with its
 * position, then {@link PdfLayout} drops page furniture and rebuilds paragraphs.
 * A line's number is {@code page * 1000 + n}, n being the line's 1-based place among the text
 * lines of its page (running heads and feet counted), so line 2005 is the fifth line of page 2.
 */
public class PdfReader implements DraftReader {

    /** One printed line: its page, place on the page, position and size in points. */
    record PdfLine(int page, int index, String text, float x, float y, float xEnd, float fontSize,
                   float pageWidth, float pageHeight) {
        int number() {
            return page * 1000 + index;
        }
    }

    @Override
    public SourceText read(Path file) throws InputException {
        try {
            if (Files.size(file) > PlainTextReader.MAX_BYTES * 4) {
                throw new InputException(file, "file is too large for a draft PDF");
            }
        } catch (IOException e) {
            throw new InputException(file, "cannot read file (" + e.getMessage() + ")", e);
        }
        List<PdfLine> lines;
        try (PDDocument doc = Loader.loadPDF(file.toFile())) {
            if (doc.getNumberOfPages() == 0) {
                throw new InputException(file, "PDF has no pages");
            }
            lines = extract(doc);
        } catch (InvalidPasswordException e) {
            throw new InputException(file, "PDF is password-protected; save it without a password", e);
        } catch (IOException e) {
            throw new InputException(file, "not a readable PDF (" + oneLine(e.getMessage()) + ")", e);
        }
        if (lines.stream().allMatch(l -> l.text().isBlank())) {
            throw new InputException(file, "no text layer (scanned PDF?); run OCR on it or check the .docx");
        }
        return new SourceText(file, "pdf", PdfLayout.rebuild(lines));
    }

    private static String oneLine(String s) {
        return s == null ? "" : s.replaceAll("\\s+", " ").strip();
    }

    private static List<PdfLine> extract(PDDocument doc) throws IOException {
        Collector collector = new Collector();
        collector.getText(doc);
        return collector.lines;
    }

    /** Collects each line the stripper writes, with the position of its first and last glyph. */
    private static final class Collector extends PDFTextStripper {
        /** A gap wider than this many font sizes parts two columns; a tab after "12." is narrower. */
        private static final float COLUMN_GAP = 4;
        final List<PdfLine> lines = new ArrayList<>();
        private final StringBuilder current = new StringBuilder();
        private float x;
        private float y;
        private float xEnd;
        private float fontSize;
        private float pageWidth;
        private float pageHeight;
        private int index;

        Collector() throws IOException {
            setSortByPosition(true);
            setSuppressDuplicateOverlappingText(true);
        }

        @Override
        protected void startPage(PDPage page) throws IOException {
            index = 0;
            pageWidth = page.getCropBox().getWidth();
            pageHeight = page.getCropBox().getHeight();
            super.startPage(page);
        }

        @Override
        protected void writeString(String text, List<TextPosition> positions) {
            if (positions.isEmpty()) {
                current.append(text);
                return;
            }
            TextPosition first = positions.get(0);
            TextPosition last = positions.get(positions.size() - 1);
            if (!current.isEmpty() && first.getXDirAdj() - xEnd > COLUMN_GAP * Math.max(fontSize, 6f)) {
                // A cover page sets "United Nations" and "S/2026/140" on one baseline, far apart: two lines.
                finishLine();
            }
            if (current.isEmpty()) {
                x = first.getXDirAdj();
                y = first.getYDirAdj();
                fontSize = first.getFontSizeInPt();
            }
            xEnd = last.getXDirAdj() + last.getWidthDirAdj();
            current.append(text);
        }

        @Override
        protected void writeWordSeparator() {
            current.append(' ');
        }

        @Override
        protected void writeLineSeparator() {
            finishLine();
        }

        @Override
        protected void endPage(PDPage page) throws IOException {
            finishLine();
            super.endPage(page);
        }

        private void finishLine() {
            if (!current.toString().isBlank()) {
                index++;
                lines.add(new PdfLine(getCurrentPageNo(), index, current.toString().strip(), x, y, xEnd, fontSize,
                        pageWidth, pageHeight));
            }
            current.setLength(0);
        }
    }
}
