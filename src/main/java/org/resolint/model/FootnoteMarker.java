package org.resolint.model;

import java.util.regex.Pattern;

/**
 * A footnote's call written after a paragraph's last mark: "2015),1", "Conference, 2/",
 * "1991,°", "2015),¹", "2015),[^1]" (Markdown), "2015),*". It is not the paragraph's end.
 */
public final class FootnoteMarker {
    private static final Pattern AFTER_MARK = Pattern.compile(
            "(?<=[,;:.])[\\s\\u00A0]?(?:\\d{1,3}/?|/\\d{1,3}/?|°|[¹²³⁰⁴-⁹]{1,3}|\\*{1,3}|\\[\\^[^\\]\\s]{1,12}\\])$");

    private FootnoteMarker() {
    }

    /** The text without a footnote call after its last punctuation mark. */
    public static String strip(String text) {
        return AFTER_MARK.matcher(text).replaceFirst("");
    }
}
