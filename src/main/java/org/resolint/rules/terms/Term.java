package org.resolint.rules.terms;

import org.resolint.model.Paragraph;

/**
 * An acronym of one text: where it is spelled out (the first and any second time), where it is
 * first used otherwise, how often, and whether readers know it without a definition.
 */
public final class Term {
    private final String acronym;
    private final boolean wellKnown;
    private String expansion;
    private Paragraph definition;
    private int definitionOffset;
    private Paragraph redefinition;
    private int redefinitionOffset;
    private int definitions;
    private Paragraph firstUse;
    private int firstUseOffset;
    private int uses;

    Term(String acronym, boolean wellKnown) {
        this.acronym = acronym;
        this.wellKnown = wellKnown;
    }

    void defined(Paragraph p, int offset, String spelledOut) {
        definitions++;
        if (definitions == 1) {
            definition = p;
            definitionOffset = offset;
            expansion = spelledOut;
        } else if (definitions == 2) {
            redefinition = p;
            redefinitionOffset = offset;
        }
    }

    void used(Paragraph p, int offset) {
        uses++;
        if (firstUse == null) {
            firstUse = p;
            firstUseOffset = offset;
        }
    }

    public String getAcronym() { return acronym; }
    /** Listed in rules/terms/acronyms-allowed.yaml. */
    public boolean isWellKnown() { return wellKnown; }
    /** The words before the definition's parenthesis, or null. */
    public String getExpansion() { return expansion; }
    public Paragraph getDefinition() { return definition; }
    public int getDefinitionOffset() { return definitionOffset; }
    /** Where it is spelled out a second time, or null. */
    public Paragraph getRedefinition() { return redefinition; }
    public int getRedefinitionOffset() { return redefinitionOffset; }

    /**
     * The second spelling-out as written, from the first word of the name to the closing
     * bracket ("Stabilization Force (SFOR)"), or the acronym alone when it cannot be found so.
     */
    public String getRedefinitionWords() {
        int start = getRedefinitionStart();
        int close = redefinition.getText().indexOf(')', redefinitionOffset);
        return start == redefinitionOffset || close < 0 ? acronym : redefinition.getText().substring(start, close + 1);
    }

    /** Where {@link #getRedefinitionWords()} begins in the paragraph's text. */
    public int getRedefinitionStart() {
        String t = redefinition.getText();
        int paren = t.lastIndexOf('(', redefinitionOffset);
        if (expansion == null || paren < 0 || t.indexOf(')', redefinitionOffset) < 0) {
            return redefinitionOffset;
        }
        String name = java.util.regex.Pattern.quote(expansion).replace(" ", "\\E[\\s\u00A0]+\\Q");
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(name + "[\\s\u00A0]*$")
                .matcher(t.substring(0, paren));
        return m.find() ? m.start() : redefinitionOffset;
    }
    public int getDefinitions() { return definitions; }
    /** First use outside a definition, or null. */
    public Paragraph getFirstUse() { return firstUse; }
    public int getFirstUseOffset() { return firstUseOffset; }
    /** Uses outside definitions. */
    public int getUses() { return uses; }

    @Override
    public String toString() {
        return "Term " + acronym + " defs=" + definitions + " uses=" + uses + (wellKnown ? " known" : "");
    }
}
