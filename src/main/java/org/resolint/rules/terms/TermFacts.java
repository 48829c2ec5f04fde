package org.resolint.rules.terms;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.resolint.engine.FactProvider;
import org.resolint.model.Paragraph;
import org.resolint.model.ParagraphKind;
import org.resolint.model.Resolution;

/**
 * The term extractor: finds acronyms with their definitions ("... in South Sudan (UNMISS)") and
 * uses, pairs of near-identical acronyms, long names written two ways, and forbidden
 * abbreviations. {@code rules/terms/terms.drl} decides which of them are findings.
 */
public final class TermFacts implements FactProvider {
    /** "AB-C5D" (hyphen or U+2011) is one acronym when each part after a hyphen has a capital; "COVID-19" stays "COVID". */
    private static final Pattern ACRONYM = Pattern.compile(
            "(?<![\\p{L}\\d’'/.\\-\u2011])(\\p{Lu}[\\p{Lu}\\d]*(?:[-\u2011](?=\\d*\\p{Lu})[\\p{Lu}\\d]+)+"
            + "|\\p{Lu}[\\p{Lu}\\d]*\\p{Lu}[\\p{Lu}\\d]*)(s)?(?![\\p{L}\\d/]|[-\u2011]\\p{Ll})");
    private static final Pattern DEFINITION = Pattern.compile(
            "\\(\\s*(?:hereinafter\\s+(?:referred\\s+to\\s+as\\s+)?)?(?:the\\s+)?[\"“]?$");
    private static final Pattern ROMAN = Pattern.compile("[IVXLCDM]+");
    private static final Pattern NAME = Pattern.compile(
            "\\p{Lu}[\\p{Ll}’'\\-]+(?:[\\s\u00A0]+(?:(?:of|for|the|and|on|in|de|du|des|la|le)[\\s\u00A0]+)*\\p{Lu}[\\p{Ll}’'\\-]+)+");
    private static final Pattern FORBIDDEN = Pattern.compile("(?<![\\p{L}\\d/.\\-])(U\\.N\\.|[A-Z]{2,5})(?![\\p{L}\\d/])");
    private static final Set<ParagraphKind> BODY = Set.of(ParagraphKind.PREAMBULAR, ParagraphKind.OPERATIVE,
            ParagraphKind.SUBPARAGRAPH);
    private static final int MIN_NAME_WORDS = 4;
    private static final Pattern LEADING_CONNECTORS = Pattern.compile("(?:(?:of|for|the|and|on|in)[\\s\u00A0]+)+");
    private static final Pattern BLANKS = Pattern.compile("[\\s\u00A0]+");
    private static final Pattern POSSESSIVE_END = Pattern.compile("[’']s$");
    private static final Set<String> CONNECTORS = Set.of("of", "for", "the", "and", "on", "in", "de", "du", "des", "la", "le");

    private final TermLexicon lexicon;

    public TermFacts(TermLexicon lexicon) {
        this.lexicon = lexicon;
    }

    @Override
    public List<?> facts(Resolution resolution) {
        List<Object> out = new ArrayList<>();
        List<Paragraph> body = resolution.getParagraphs().stream().filter(p -> BODY.contains(p.getKind())).toList();
        Map<String, Term> terms = new LinkedHashMap<>();
        Map<String, List<NameUse>> names = new LinkedHashMap<>();
        for (Paragraph p : body) {
            String t = p.getText();
            boolean[] quoted = org.resolint.model.Quotes.ranges(t);
            abbreviations(p, t, quoted, out);
            if (mostlyCapitals(t)) {
                continue; // an OCR heading or a title in capitals, not acronyms
            }
            // Most paragraphs have no two capitals in a row: then the pattern, tried at every letter, finds nothing.
            Matcher m = ACRONYM.matcher(hasCapitalRun(t) ? t : "");
            while (m.find()) {
                // The non-breaking hyphen and the hyphen write the same term.
                String a = m.group(1).replace('\u2011', '-');
                if (ROMAN.matcher(a).matches() || lexicon.forbidden().containsKey(a) || a.length() > 12) {
                    continue;
                }
                Term term = terms.computeIfAbsent(a, k -> new Term(k, lexicon.allowed().contains(k)));
                String before = t.substring(Math.max(0, m.start() - 40), m.start());
                if (DEFINITION.matcher(before).find() && m.start() > 12 && closes(t, m.end())) {
                    term.defined(p, m.start(), expansion(t, t.lastIndexOf('(', m.start())));
                } else {
                    term.used(p, m.start());
                }
            }
            Matcher n = NAME.matcher(t);
            while (n.find()) {
                int start = n.start() == 0 ? t.indexOf(' ', 0) + 1 : n.start(); // not the opener
                Matcher lead = LEADING_CONNECTORS.matcher(t).region(start, n.end());
                if (start > 0 && lead.lookingAt()) {
                    start = lead.end(); // "Requests the Independent ...": the name starts after "the"
                }
                // "Force’s" and "Forces" are the "Force" of the same name
                String name = POSSESSIVE_END.matcher(BLANKS.matcher(t.substring(start, n.end())).replaceAll(" ")).replaceFirst("");
                if (name.endsWith("s") && !name.endsWith("ss")) {
                    name = name.substring(0, name.length() - 1);
                }
                String[] words = name.split(" ");
                long capitals = Arrays.stream(words).filter(w -> Character.isUpperCase(w.charAt(0))).count();
                String lastWord = words[words.length - 1].toLowerCase(java.util.Locale.ROOT);
                if (start > 0 && words.length >= MIN_NAME_WORDS && capitals >= 3
                        && (lexicon.institutionWords().contains(lastWord)
                            || lexicon.institutionWords().contains(lastWord + "s"))) {
                    String head = name.substring(0, name.lastIndexOf(' '));
                    names.computeIfAbsent(head, k -> new ArrayList<>()).add(new NameUse(name, p, start));
                }
            }
        }
        out.addAll(terms.values());
        pairs(new ArrayList<>(terms.values()), out);
        names.values().forEach(uses -> nameVariants(uses, out));
        return out;
    }

    private record NameUse(String name, Paragraph paragraph, int offset) {
    }

    private static boolean closes(String t, int end) {
        int i = end;
        while (i < t.length() && "\"”’ ".indexOf(t.charAt(i)) >= 0) {
            i++;
        }
        return i < t.length() && ",;)".indexOf(t.charAt(i)) >= 0;
    }

    /** The capitalised name before the parenthesis: "United Nations Mission in South Sudan". */
    private static String expansion(String t, int paren) {
        String before = t.substring(0, Math.max(0, paren)).stripTrailing();
        String[] words = before.split("[\\s\u00A0]+");
        int from = words.length;
        while (from > 0 && words.length - from < 12) {
            String w = words[from - 1];
            boolean capital = !w.isEmpty() && Character.isUpperCase(w.charAt(0));
            if (!capital && !CONNECTORS.contains(w)) {
                break;
            }
            from--;
        }
        while (from < words.length && CONNECTORS.contains(words[from])) {
            from++;
        }
        return from == words.length ? words[words.length - 1]
                : String.join(" ", Arrays.copyOfRange(words, from, words.length));
    }

    private static boolean mostlyCapitals(String t) {
        long letters = 0;
        long capitals = 0;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            letters += Character.isLetter((int) c) ? 1 : 0;
            capitals += Character.isUpperCase((int) c) ? 1 : 0;
        }
        return letters > 20 && capitals * 2 > letters;
    }

    /** Two capital letters with only capitals or digits between them: what {@link #ACRONYM} needs. */
    private static boolean hasCapitalRun(String t) {
        boolean open = false;
        for (int i = 0; i < t.length(); ) {
            int cp = t.codePointAt(i);
            if (Character.getType(cp) == Character.UPPERCASE_LETTER) {
                if (open) {
                    return true;
                }
                open = true;
            } else if (!(cp >= '0' && cp <= '9')) {
                open = false;
            }
            i += Character.charCount(cp);
        }
        return false;
    }

    private void abbreviations(Paragraph p, String t, boolean[] quoted, List<Object> out) {
        // A match counts only when it is a listed abbreviation: a paragraph without any skips the scan.
        boolean any = false;
        for (String a : lexicon.forbidden().keySet()) {
            if (t.contains(a)) {
                any = true;
                break;
            }
        }
        Matcher m = FORBIDDEN.matcher(any ? t : "");
        while (m.find()) {
            String meaning = lexicon.forbidden().get(m.group(1));
            if (meaning == null || partOfName(t, m.start())) {
                continue;
            }
            out.add(new Abbreviation(p, m.start(), m.group(1), meaning, quoted[m.start()]));
        }
    }

    private boolean partOfName(String t, int at) {
        for (String name : lexicon.namesAllowed()) {
            if (t.startsWith(name, at)) {
                return true;
            }
        }
        return false;
    }

    /** Acronyms of four letters or more that differ by one edit or by the order of their letters. */
    private static void pairs(List<Term> terms, List<Object> out) {
        for (int i = 0; i < terms.size(); i++) {
            for (int j = i + 1; j < terms.size(); j++) {
                String a = terms.get(i).getAcronym();
                String b = terms.get(j).getAcronym();
                if (a.length() < 4 || b.length() < 4) {
                    continue;
                }
                boolean transposed = sameLetters(a, b);
                if (transposed || oneEdit(a, b)) {
                    out.add(new AcronymPair(terms.get(i), terms.get(j), transposed));
                    out.add(new AcronymPair(terms.get(j), terms.get(i), transposed));
                }
            }
        }
    }

    static boolean sameLetters(String a, String b) {
        char[] x = a.toCharArray();
        char[] y = b.toCharArray();
        Arrays.sort(x);
        Arrays.sort(y);
        return Arrays.equals(x, y);
    }

    /** One letter inserted, dropped or replaced. */
    static boolean oneEdit(String a, String b) {
        if (Math.abs(a.length() - b.length()) > 1) {
            return false;
        }
        if (a.length() == b.length()) {
            int diff = 0;
            for (int i = 0; i < a.length(); i++) {
                if (a.charAt(i) != b.charAt(i)) {
                    diff++;
                }
            }
            return diff == 1;
        }
        String s = a.length() < b.length() ? a : b;
        String l = a.length() < b.length() ? b : a;
        for (int i = 0; i < l.length(); i++) {
            if ((l.substring(0, i) + l.substring(i + 1)).equals(s)) {
                return true;
            }
        }
        return false;
    }

    /** Names that share all words but the last: each later form is a variant of the first one. */
    private static void nameVariants(List<NameUse> uses, List<Object> out) {
        Map<String, NameUse> first = new LinkedHashMap<>();
        Map<String, Integer> count = new HashMap<>();
        for (NameUse u : uses) {
            first.putIfAbsent(u.name(), u);
            count.merge(u.name(), 1, Integer::sum);
        }
        if (first.size() < 2) {
            return;
        }
        List<NameUse> forms = new ArrayList<>(first.values());
        NameUse main = forms.stream().max((x, y) -> count.get(x.name()) - count.get(y.name())).orElseThrow();
        for (NameUse u : forms) {
            if (u != main) {
                out.add(new NameVariant(u.paragraph(), u.offset(), u.name(), main.name(), main.paragraph()));
            }
        }
    }
}
