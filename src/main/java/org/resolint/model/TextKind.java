package org.resolint.model;

/** What kind of document the text is. */
public enum TextKind {
    DRAFT, ADOPTED, QUOTATION
}
