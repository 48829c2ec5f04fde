package org.resolint.rules.style;

/** The text says it is a negotiation draft ("Zero draft", "under silence"), where leftovers are expected. A fact for the rules; built once, read-only. */
public final class NegotiationMark {
    private final String words;

    public NegotiationMark(String words) {
        this.words = words;
    }

    public String getWords() {
        return words;
    }

    @Override
    public String toString() {
        return "NegotiationMark " + words;
    }
}
