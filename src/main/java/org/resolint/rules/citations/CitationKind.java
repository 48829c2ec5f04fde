package org.resolint.rules.citations;

/** What a citation names. Only Security Council resolutions are checked against the table. */
public enum CitationKind {
    /** {@code resolution 2272 (2016)}, {@code its resolutions 2359 (2017), 2295 (2016)}, {@code S/RES/1582}. */
    SC_RESOLUTION,
    /** A resolution of another body: {@code General Assembly resolution 60/1}, {@code A/RES/...}, {@code 1514 (XV)}. */
    OTHER_RESOLUTION,
    /** {@code S/PRST/2015/22}. */
    PRESIDENTIAL_STATEMENT,
    /** {@code S/2013/110}, or before 1994 {@code S/21258}. */
    DOCUMENT
}
