package org.resolint.reader;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.resolint.reader.XmlTree.Element;

/**
 * Reads Akoma Ntoso 3.0 XML (AKN4UN, as the UN publishes resolutions) into the lines a text
 * draft would have: one line per text block with a blank line between, each {@code <num>} in
 * front of its first text block ({@code 1. Decides}, {@code 1. (a) ...}), section numbers on a
 * line of their own, table rows with cells joined by a tab, annexes from {@code <attachments>},
 * and footnotes ({@code <authorialNote>}) as trailing {@code <marker> <text>} lines.
 * Each line's number is the line of the XML file where its element starts; the column is 1.
 */
public class AkomaNtosoReader implements DraftReader {
    public static final String NAMESPACE = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0";

    /** Elements whose whole text is one paragraph. */
    private static final Set<String> BLOCKS = Set.of("p", "heading", "subheading", "crossHeading", "block",
            "tblock", "longTitle");
    /** Elements that hold no draft text. */
    private static final Set<String> SKIPPED = Set.of("meta", "img", "authorialNote", "componentRef",
            "noteRef", "marker");
    /** Containers whose number is a heading of its own ("I", "II", "A") rather than a paragraph number. */
    private static final Set<String> DIVISIONS = Set.of("section", "part", "chapter", "title", "division",
            "book", "tome", "subsection", "subpart", "subchapter", "subtitle", "subdivision", "hcontainer");
    private static final Pattern ANNEX = Pattern.compile("^(?i:annex(es)?|appendix|attachment|enclosure)\\b.*");
    private static final Pattern XML_SPACE = Pattern.compile("[ \\t\\r\\n]+");

    /** Whether the file's first 8 KB name the Akoma Ntoso namespace: a cheap test for folder walks. */
    public static boolean mentionsNamespace(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(8192);
            return new String(head, StandardCharsets.ISO_8859_1).contains(NAMESPACE);
        } catch (IOException e) {
            return true; // let the reader report the problem
        }
    }

    @Override
    public SourceText read(Path file) throws InputException {
        try {
            // The longest resolution with its annexes is a few MB of XML; far more is not a draft.
            if (Files.size(file) > PlainTextReader.MAX_BYTES * 4) {
                throw new InputException(file, "file is too large (" + Files.size(file) / (1024 * 1024) + " MB)");
            }
        } catch (IOException e) {
            throw new InputException(file, "cannot read file (" + e.getMessage() + ")", e);
        }
        Element root = XmlTree.parse(file);
        if (!NAMESPACE.equals(root.namespace) || !"akomaNtoso".equals(root.name)) {
            throw new InputException(file, "not an Akoma Ntoso document (root element <" + root.name + ">"
                    + (root.namespace == null || root.namespace.isEmpty() ? " without namespace"
                    : " in namespace " + root.namespace) + "; expected <akomaNtoso> in " + NAMESPACE + ")");
        }
        List<Element> documents = root.elements();
        if (documents.isEmpty()) {
            throw new InputException(file, "Akoma Ntoso document is empty (no document element under <akomaNtoso>)");
        }
        Writer out = new Writer();
        out.document(documents.get(0), false);
        out.footnotes();
        if (out.lines.stream().allMatch(l -> l.text().isBlank())) {
            throw new InputException(file, "Akoma Ntoso document has no text");
        }
        return new SourceText(file, "akoma-ntoso", out.lines);
    }

    /** Writes the lines of one document; one instance per file. */
    private static final class Writer {
        private final List<SourceLine> lines = new ArrayList<>();
        private final List<SourceLine> notes = new ArrayList<>();
        /** A {@code <num>} waiting for the text block it belongs to, and its line. */
        private String pendingNum;
        private int pendingLine;

        void document(Element doc, boolean annex) {
            boolean annexLineWritten = !annex;
            for (Element part : doc.elements()) {
                switch (part.name) {
                    case "meta" -> {
                    }
                    case "coverPage" -> {
                        // The cover reads as one block of lines, like the masthead of a text draft.
                        for (Element p : part.elements()) {
                            String text = text(p, false);
                            if (!text.isEmpty()) {
                                lines.add(new SourceLine(p.line, text));
                            }
                        }
                        blank(part.line);
                    }
                    case "attachments" -> {
                        for (Element attachment : part.elements()) {
                            for (Element inner : attachment.elements()) {
                                if (!"meta".equals(inner.name)) {
                                    flushNum();
                                    document(inner, true);
                                }
                            }
                        }
                    }
                    default -> {
                        if (!annexLineWritten) {
                            // An annex that does not say so in its first line still has to read as one.
                            Element first = firstBlock(part);
                            if (first == null || !ANNEX.matcher(text(first, false)).matches()) {
                                line(part.line, "Annex");
                            }
                            annexLineWritten = true;
                        }
                        walk(part);
                    }
                }
            }
            flushNum();
        }

        /** Sends the text blocks under {@code e} out in document order. */
        private void walk(Element e) {
            if (SKIPPED.contains(e.name)) {
                return;
            }
            if (!"num".equals(e.name) && (BLOCKS.contains(e.name) || hasOwnText(e))) {
                block(e, text(e, true));
                return;
            }
            if ("tr".equals(e.name)) {
                List<String> cells = new ArrayList<>();
                for (Element cell : e.elements()) {
                    cells.add(text(cell, true));
                }
                block(e, String.join("\t", cells));
                return;
            }
            if ("num".equals(e.name)) {
                if (DIVISIONS.contains(parentName(e))) {
                    String num = text(e, false);
                    if (!num.isEmpty()) {
                        flushNum();
                        line(e.line, num);
                    }
                }
                return; // a paragraph's number was taken up when its container was entered
            }
            // The number goes in front of the container's first text block, even a heading written before it.
            Element num = DIVISIONS.contains(e.name) ? null : e.child("num");
            if (num != null && !text(num, false).isEmpty()) {
                String written = text(num, false);
                if (pendingNum == null) {
                    pendingNum = written;
                    pendingLine = num.line;
                } else {
                    pendingNum = pendingNum + " " + written;
                }
            }
            for (Element child : e.elements()) {
                walk(child);
            }
        }

        private static String parentName(Element e) {
            return e.parent == null ? "" : e.parent.name;
        }

        private void block(Element e, String text) {
            if (text.isEmpty()) {
                return;
            }
            if (pendingNum != null) {
                line(pendingLine, pendingNum + " " + text);
                pendingNum = null;
            } else {
                line(e.line, text);
            }
        }

        /** A number that never met its text stands alone. */
        private void flushNum() {
            if (pendingNum != null) {
                line(pendingLine, pendingNum);
                pendingNum = null;
            }
        }

        private void line(int number, String text) {
            lines.add(new SourceLine(number, text));
            blank(number);
        }

        private void blank(int number) {
            lines.add(new SourceLine(number, ""));
        }

        void footnotes() {
            for (SourceLine note : notes) {
                line(note.number(), note.text());
            }
        }

        /** An element that mixes words straight into itself (a crossHeading, a bare paragraph) is a block. */
        private static boolean hasOwnText(Element e) {
            for (Object c : e.children) {
                if (c instanceof String s && !s.isBlank()) {
                    return true;
                }
            }
            return false;
        }

        private static Element firstBlock(Element e) {
            if (SKIPPED.contains(e.name)) {
                return null;
            }
            if (BLOCKS.contains(e.name) || "tr".equals(e.name) || hasOwnText(e)) {
                return e;
            }
            for (Element child : e.elements()) {
                Element found = firstBlock(child);
                if (found != null) {
                    return found;
                }
            }
            return null;
        }

        /** The words of an element with XML white space collapsed; footnotes leave their marker. */
        private String text(Element e, boolean collectNotes) {
            StringBuilder sb = new StringBuilder();
            append(e, sb, collectNotes);
            return strip(XML_SPACE.matcher(sb).replaceAll(" "));
        }

        /** Trims XML and Unicode spaces (a no-break space left at the end of a cell or paragraph). */
        private static String strip(String s) {
            int start = 0;
            int end = s.length();
            while (start < end && isSpace(s.charAt(start))) {
                start++;
            }
            while (end > start && isSpace(s.charAt(end - 1))) {
                end--;
            }
            return s.substring(start, end);
        }

        private static boolean isSpace(char c) {
            return Character.isWhitespace(c) || Character.isSpaceChar(c);
        }

        private void append(Element e, StringBuilder sb, boolean collectNotes) {
            for (Object c : e.children) {
                if (c instanceof String s) {
                    sb.append(s);
                } else if (c instanceof Element child) {
                    switch (child.name) {
                        case "authorialNote" -> {
                            String marker = child.attribute("marker");
                            if (marker != null) {
                                sb.append(marker);
                            }
                            if (collectNotes) {
                                StringBuilder note = new StringBuilder();
                                append(child, note, false);
                                String words = strip(XML_SPACE.matcher(note).replaceAll(" "));
                                notes.add(new SourceLine(child.line,
                                        marker == null ? words : marker + " " + words));
                            }
                        }
                        case "eol", "eop", "br" -> sb.append(' ');
                        case "img", "meta" -> {
                        }
                        default -> append(child, sb, collectNotes);
                    }
                }
            }
        }
    }
}
