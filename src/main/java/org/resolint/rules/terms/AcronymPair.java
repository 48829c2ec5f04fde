package org.resolint.rules.terms;

/** Two acronyms of one text that differ by one letter or by the order of their letters (MONUSCO, MONUSOC). Given in both orders. A fact for the rules; built once, read-only. */
public final class AcronymPair {
    private final Term term;
    private final Term variant;
    private final boolean transposed;

    public AcronymPair(Term term, Term variant, boolean transposed) {
        this.term = term;
        this.variant = variant;
        this.transposed = transposed;
    }

    public Term getTerm() {
        return term;
    }

    public Term getVariant() {
        return variant;
    }

    /** Same letters in another order. */
    public boolean isTransposed() {
        return transposed;
    }

    @Override
    public String toString() {
        return "AcronymPair " + term + " " + variant + " " + transposed;
    }
}
