package org.resolint.model;

/** The grammatical form of a paragraph's opening word, which tells preamble from operative part. */
public enum OpenerForm {
    /** Participle or adjective phrase: Recalling, Deeply concerned, Having considered. */
    PREAMBULAR,
    /** Present-tense verb: Decides, Further requests, Calls upon. */
    OPERATIVE,
    /** Neither (a sub-paragraph's noun phrase, a quotation, a heading). */
    OTHER
}
