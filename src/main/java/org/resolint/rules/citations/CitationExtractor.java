package org.resolint.rules.citations;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.resolint.model.Paragraph;
import org.resolint.model.ParagraphKind;
import org.resolint.model.Resolution;

/**
 * Finds citations of resolutions, presidential statements and documents in the paragraphs of a
 * text. A plural lead ({@code resolutions}) takes a list; a singular one takes one item, so that
 * {@code resolution 986 (1995), 30 days after} is not read as a list.
 */
public final class CitationExtractor {
    private static final String MONTH = "(?:January|February|March|April|May|June|July|August|September"
            + "|October|November|December)";
    /** Lead word; a General Assembly or other body is told apart by the words before it. */
    private static final Pattern LEAD = Pattern.compile("\\b(resolutions?|Resolutions?|RESOLUTIONS?|UNSCRs?|SCRs?)"
            + "[\\s\\u00A0]+(?=\\d|[A-Z]{1,2}-\\d)");
    /** One item: a slash number (another body's), or a number with a year, a roman session, or a date. */
    private static final Pattern ITEM = Pattern.compile(
            "(?<slash>(?:[A-Z]{1,2}-)?\\d+/\\d+(?:/\\d+)?[A-Z]?)"
            + "|(?<num>\\d{1,4})(?![\\d/])(?:"
            + "[\\s\\u00A0]*\\((?<year>\\d{4}),?\\)"
            + "|[\\s\\u00A0]*\\((?<roman>[IVXLC]+)\\)"
            + "|[\\s\\u00A0]+of[\\s\\u00A0]+(?<date>\\d{1,2}[\\s\\u00A0]+" + MONTH + "[\\s\\u00A0]+\\d{4})"
            + ")?");
    private static final Pattern SEPARATOR = Pattern.compile(
            "\\G(?:[\\s\\u00A0]*,[\\s\\u00A0]*(?:and[\\s\\u00A0]+|or[\\s\\u00A0]+)?|[\\s\\u00A0]+(?:and|or|as well as)[\\s\\u00A0]+)");
    /** A bare number continues a list only where the list could go on or end. */
    private static final Pattern BARE_END = Pattern.compile("\\G(?=[\\s\\u00A0]*(?:[,;:.)]|$|and\\b|or\\b))");
    /** Words before the lead that name another body than the Security Council. */
    private static final Pattern OTHER_BODY = Pattern.compile("\\b(?:General Assembly|Assembly|Human Rights Council"
            + "|Economic and Social Council|ECOSOC|Commission on Human Rights|Board of Governors|Conference"
            + "|Executive Council|Council of Ministers|Peace and Security Council|Union|Organization|IAEA|WHO"
            + "|OAU|AU|ECOWAS|League|Parliament|Assembly's)[\\s\\u00A0]*(?:'s[\\s\\u00A0]+)?$");
    private static final Pattern SC_SYMBOL = Pattern.compile("\\bS/RES/(\\d{1,4})(?:[\\s\\u00A0]*\\((\\d{4})\\))?");
    private static final Pattern OTHER_SYMBOL = Pattern.compile("\\bA/RES/[\\w./-]*\\w");
    private static final Pattern PRST = Pattern.compile("\\bS/PRST/(\\d+)/(\\d+)\\b");
    private static final Pattern DOCUMENT = Pattern.compile("\\bS/(?:(\\d{4})/(\\d+)|(\\d{3,5}))(?![\\d/])");
    /** A symbol broken by a space: {@code S/PRST/ 2014/23}, {@code S/2011 591}, {@code S/ 2013/110}. */
    private static final Pattern BROKEN_SYMBOL = Pattern.compile(
            "\\bS/(?:(PRST)/[\\s\\u00A0]*|[\\s\\u00A0]+)?(\\d{4})(?:/[\\s\\u00A0]+|[\\s\\u00A0]+)(\\d{1,4})\\b"
            + "|\\bS/(PRST)/[\\s\\u00A0]+(\\d{4})/(\\d{1,4})\\b|\\bS/[\\s\\u00A0]+(\\d{4})/(\\d{1,4})\\b");
    /** Paragraphs whose citations count; voting notes are not text of the resolution. */
    private static final Set<ParagraphKind> KINDS = EnumSet.complementOf(EnumSet.of(ParagraphKind.NOTE));

    private final ResolutionTable table;

    public CitationExtractor(ResolutionTable table) {
        this.table = table;
    }

    public List<Citation> extract(Resolution resolution) {
        List<Citation> out = new ArrayList<>();
        for (Paragraph p : resolution.getParagraphs()) {
            if (KINDS.contains(p.getKind())) {
                List<Citation> here = new ArrayList<>();
                extract(resolution, p, here);
                here.sort(Comparator.comparingInt(Citation::getOffset));
                out.addAll(here);
            }
        }
        return out;
    }

    private void extract(Resolution resolution, Paragraph p, List<Citation> out) {
        String t = p.getText();
        // Cheap tests first: most paragraphs cite nothing, and the patterns cost a scan each.
        if (t.contains("esolution") || t.contains("ESOLUTION") || t.contains("SCR")) {
            Matcher lead = LEAD.matcher(t);
            int from = 0;
            while (from < t.length() && lead.find(from)) {
                from = lists(resolution, p, t, lead, out);
            }
        }
        if (t.indexOf("S/") < 0 && t.indexOf("A/RES") < 0) {
            return;
        }
        Matcher m = SC_SYMBOL.matcher(t);
        while (m.find()) {
            Integer year = m.group(2) == null ? null : Integer.valueOf(m.group(2));
            out.add(resolution(resolution, p, "S/RES/", m.start(), m.group(), m.start(),
                    Integer.valueOf(m.group(1)), year, null));
        }
        m = OTHER_SYMBOL.matcher(t);
        while (m.find()) {
            out.add(new Citation(p, CitationKind.OTHER_RESOLUTION, "A/RES/", m.start(), m.group(), m.start(),
                    null, null, null, null));
        }
        m = PRST.matcher(t);
        while (m.find()) {
            out.add(new Citation(p, CitationKind.PRESIDENTIAL_STATEMENT, "S/PRST/", m.start(), m.group(), m.start(),
                    Integer.valueOf(m.group(2)), Integer.valueOf(m.group(1)), null, null));
        }
        m = BROKEN_SYMBOL.matcher(t);
        while (m.find()) {
            boolean prst = m.group(1) != null || m.group(4) != null;
            String year = m.group(2) != null ? m.group(2) : m.group(5) != null ? m.group(5) : m.group(7);
            String serial = m.group(3) != null ? m.group(3) : m.group(6) != null ? m.group(6) : m.group(8);
            // what the parts should look like together is for the DRL to compare (citation.symbol)
            out.add(new Citation(p, prst ? CitationKind.PRESIDENTIAL_STATEMENT : CitationKind.DOCUMENT,
                    m.group(), m.start(), new Citation.SymbolParts(prst ? "S/PRST/" : "S/", year, serial)));
        }
        m = DOCUMENT.matcher(t);
        while (m.find()) {
            if (t.startsWith("S/RES/", m.start()) || t.startsWith("S/PRST/", m.start())) {
                continue;
            }
            boolean modern = m.group(1) != null;
            out.add(new Citation(p, CitationKind.DOCUMENT, "S/", m.start(), m.group(), m.start(),
                    Integer.valueOf(modern ? m.group(2) : m.group(3)), modern ? Integer.valueOf(m.group(1)) : null,
                    null, null));
        }
    }

    /** Reads the items after one lead word; returns where to look for the next lead. */
    private int lists(Resolution resolution, Paragraph p, String t, Matcher lead, List<Citation> out) {
        String word = lead.group(1);
        boolean plural = word.endsWith("s") || word.endsWith("S");
        String before = t.substring(Math.max(0, lead.start() - 60), lead.start());
        boolean otherBody = OTHER_BODY.matcher(before).find();
        int pos = lead.end();
        Matcher item = ITEM.matcher(t);
        boolean first = true;
        while (true) {
            item.region(pos, t.length());
            if (!item.lookingAt()) {
                break;
            }
            boolean bare = item.group("num") != null && item.group("year") == null && item.group("roman") == null
                    && item.group("date") == null;
            if (!first && bare && !BARE_END.matcher(t).region(item.end(), t.length()).lookingAt()) {
                break;
            }
            add(resolution, p, t, lead, item, otherBody, out);
            pos = item.end();
            first = false;
            if (!plural) {
                break;
            }
            Matcher sep = SEPARATOR.matcher(t);
            sep.region(pos, t.length());
            if (!sep.lookingAt()) {
                break;
            }
            pos = sep.end();
        }
        return Math.max(pos, lead.end());
    }

    private void add(Resolution resolution, Paragraph p, String t, Matcher lead, Matcher item, boolean otherBody,
                     List<Citation> out) {
        String word = lead.group(1);
        if (item.group("slash") != null || item.group("roman") != null || otherBody) {
            out.add(new Citation(p, CitationKind.OTHER_RESOLUTION, word, lead.start(), item.group(), item.start(),
                    null, null, null, null));
            return;
        }
        Integer year = item.group("year") == null ? null : Integer.valueOf(item.group("year"));
        LocalDate date = null;
        if (item.group("date") != null) {
            String d = item.group("date");
            date = DateExtractor.parse(d);
            year = Integer.valueOf(d.substring(d.length() - 4));
        }
        out.add(resolution(resolution, p, word, lead.start(), item.group(), item.start(),
                Integer.valueOf(item.group("num")), year, date));
    }

    private Citation resolution(Resolution resolution, Paragraph p, String lead, int leadOffset, String text,
                                int offset, int number, Integer year, LocalDate date) {
        boolean covered = table.covers(number);
        Citation.TableFacts facts = new Citation.TableFacts(covered, table.date(number),
                covered ? table.minYear(number) : null, covered ? table.maxYear(number) : null,
                table.latest(), table.latestDate());
        return new Citation(p, CitationKind.SC_RESOLUTION, lead, leadOffset, text, offset, number, year, date, facts);
    }
}
