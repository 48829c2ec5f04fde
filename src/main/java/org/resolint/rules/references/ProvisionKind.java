package org.resolint.rules.references;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What an operative paragraph does, read from its opening words, and what the words before a
 * reference say the paragraph meant does: "as requested in paragraph 12" means a paragraph that
 * opens "Requests"; "the Committee established pursuant to paragraph 24" one that decides to
 * establish something; "the measures imposed by paragraph 5" one that decides what all States
 * shall do. A small explicit table, so every match can be shown.
 */
enum ProvisionKind {
    REQUEST("requests", "(?:as\\s+)?request(?:ed|s)?", null, "^(?:\\w+\\s+){0,2}?requests\\b",
            // what is "requested in" a paragraph may be asked there in other words ("Calls upon all
            // States to submit", "Encourages the GFRS to share … a list"), never demanded or recalled
            "request|calls?\\s+(?:upon|on|for)|called\\s+(?:upon|on|for)|encourag|invit|urg|ask",
            List.of("request")),
    ESTABLISH("establishes", "established|created|set up", null,
            "^(?:[\\w-]+\\s+){0,6}?(?:to\\s+)?(?:establish|establishes|create|creates|set up|sets up)\\b",
            "establish|creat|set(?:s)? up",
            List.of("establish", "creat", "set up", "sets up")),
    IMPOSE("imposes measures", "imposed|prohibited|required",
            "measures?|embargo|sanctions|prohibitions?|restrictions|ban|freeze|obligations|requirements",
            "^(?:[\\w’'(),-]+\\s+){0,20}?(?:all\\s+)?(?:member\\s+)?states\\s+(?:shall|are required|must)\\b"
            + "|^(?:[\\w-]+\\s+){0,6}?(?:to\\s+)?impose\\b",
            "shall|must|measures?|impos|prohibit|embargo|sanction|restrict|ban|freez|obligation|require",
            List.of("states", "impose")),
    AUTHORIZE("authorizes", "authori[sz]ed|conferred", "authori[sz]ations?|authority|acting",
            "^(?:\\w+\\s+){0,2}?authori[sz]es\\b|^(?:[\\w-]+\\s+){0,4}?to\\s+authori[sz]e\\b"
            + "|\\b(?:renew|extend)s?\\s+(?:the\\s+)?authori[sz]ations?\\b",
            "authori[sz]",
            List.of("authori")),
    RENEW("extends or renews", "extended|renewed", null,
            "^(?:[\\w-]+\\s+){0,4}?(?:to\\s+)?(?:extend|extends|renew|renews)\\b",
            "extend|extension|renew",
            List.of("extend", "renew")),
    DEMAND("demands", "demanded|demands", "demands", "^(?:\\w+\\s+){0,2}?demands\\b",
            "demand",
            List.of("demands")),
    CALL("calls upon", "called for|called upon|recommended", null, "^(?:\\w+\\s+){0,2}?calls\\b",
            "call|recommend|request",
            List.of("calls")),
    URGE("urges", "urged|recommended", null, "^(?:\\w+\\s+){0,2}?urges\\b",
            "urg|recommend",
            List.of("urges")),
    ENCOURAGE("encourages", "encouraged|recommended", null, "^(?:\\w+\\s+){0,2}?encourages\\b",
            "encourag|recommend",
            List.of("encourages")),
    WELCOME("welcomes", "welcomed", null, "^(?:\\w+\\s+){0,2}?welcomes\\b",
            "welcom",
            List.of("welcomes")),
    ENDORSE("endorses", "endorsed", null, "^(?:\\w+\\s+){0,2}?endorses\\b",
            "endors",
            List.of("endorses")),
    EXPRESS("expresses", "expressed", null, "^(?:\\w+\\s+){0,2}?expresses\\b",
            "express",
            List.of("expresses")),
    DIRECT("directs", "directed", null, "^(?:\\w+\\s+){0,2}?directs\\b",
            "direct",
            List.of("directs")),
    EXEMPT("sets out exemptions", "exempted", "exemptions?|exceptions?",
            "\\bshall not apply\\b|\\bexempt|\\bexception",
            "(?:shall|does|do|will)\\s+not\\s+apply|exempt|exception|may\\s+permit|not\\s+prevent",
            List.of("shall not apply", "exempt", "exception")),
    REPORT("asks for a report", "reported", "reports?|reporting|briefings?",
            "^(?:[\\w-]+\\s+){0,3}?requests\\b.{0,200}?\\b(?:report|reports|reporting|brief|briefing|briefings)\\b"
            // "Decides that the Panel shall provide to the Council an interim report", "Requests
            // that the Secretary-General provide detailed information within 30 days"
            + "|^(?:[\\w-]+\\s+){0,3}?decides\\s+that\\s+[^,;]{0,60}?\\bshall\\s+(?:provide|submit|present)\\b.{0,80}?\\breports?\\b"
            + "|^(?:[\\w-]+\\s+){0,3}?requests\\b.{0,120}?\\b(?:provide|submit)\\b.{0,30}?\\binformation\\b",
            "report|brief|inform",
            List.of("requests", "decides")),
    MANDATE("sets out a mandate", "mandated", "mandate|tasks",
            "^(?:[\\w’'(),-]+\\s+){0,14}?(?:mandate|tasks)\\b",
            "mandate|task",
            List.of("mandate", "tasks")),
    // "the declaration in paragraph 3": a paragraph that declares (item 10 of issue #17)
    DECLARE("declares", "declared", "declarations?", "^(?:\\w+\\s+){0,2}?declares\\b", "declar",
            List.of("declares"));

    private static final Pattern COMPLY = Pattern.compile("compl(?:y|ies|ied|ying|iance)");

    private final String shown;
    private final Pattern verb;
    private final Pattern noun;
    private final Pattern paragraph;
    private final Pattern mention;
    /** Words one of which every match of {@code paragraph} contains: a cheap test before the pattern runs. */
    private final List<String> needles;

    ProvisionKind(String shown, String verb, String noun, String paragraph, String mention, List<String> needles) {
        this.needles = needles;
        this.shown = shown;
        this.verb = Pattern.compile("(?i)^(?:" + verb + ")$");
        this.noun = noun == null ? null : Pattern.compile("(?i)^(?:" + noun + ")$");
        this.paragraph = Pattern.compile(paragraph);
        this.mention = Pattern.compile("(?i)\\b(?:" + mention + ")");
    }

    /**
     * Whether a text speaks of this kind anywhere, not only in its opening words ("Recalls …, and
     * requests"): the lenient test a named paragraph must fail before the whole-text content check
     * says it is of another kind.
     */
    boolean mentionedIn(String text) {
        return mention.matcher(text).find();
    }

    /** How a finding names the kind: "opens Requests", "imposes measures". */
    String shown() {
        return shown;
    }

    /** The kinds of a paragraph, from its opening words (its own references already blanked). */
    static Set<ProvisionKind> of(String text) {
        String lead = text.strip().toLowerCase(Locale.ROOT).replace('\u00A0', ' ');
        Set<ProvisionKind> out = EnumSet.noneOf(ProvisionKind.class);
        for (ProvisionKind k : values()) {
            if (k.needles.stream().anyMatch(lead::contains) && k.paragraph.matcher(lead).find()) {
                out.add(k);
            }
        }
        return out;
    }

    /** {@link #of} without the needles, to test that they never change the result. */
    static Set<ProvisionKind> ofByPatternsAlone(String text) {
        String lead = text.strip().toLowerCase(Locale.ROOT).replace('\u00A0', ' ');
        Set<ProvisionKind> out = EnumSet.noneOf(ProvisionKind.class);
        for (ProvisionKind k : values()) {
            if (k.paragraph.matcher(lead).find()) {
                out.add(k);
            }
        }
        return out;
    }

    /**
     * The kinds the connective's verb ("requested", "established", "imposed") and the head noun
     * ("the measures", "the exemptions", "the report") ask for: "the report requested in" asks
     * for a paragraph that requests a report.
     */
    static Set<ProvisionKind> expected(String verb, String head, List<String> words) {
        Set<ProvisionKind> out = EnumSet.noneOf(ProvisionKind.class);
        // "Demands that Eritrea comply immediately with", "Iraq's compliance with": what is complied
        // with is a demand or an obligation.
        if (words.stream().anyMatch(w -> COMPLY.matcher(w).matches())) {
            out.add(DEMAND);
            out.add(IMPOSE);
        }
        for (ProvisionKind k : values()) {
            // "the working group to be created in accordance with": a participle ending the phrase
            // speaks as the connective's verb does.
            if (verb != null && k.verb.matcher(verb).matches()
                    || head != null && (k.verb.matcher(head).matches() || k.noun != null && k.noun.matcher(head).matches())) {
                out.add(k);
            }
        }
        return out;
    }
}
