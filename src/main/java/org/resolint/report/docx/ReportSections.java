package org.resolint.report.docx;

import java.util.List;

/**
 * The sections the report draws between "Findings by paragraph" and "Rules that ran", in order.
 * Each slot below is reserved for work that adds its facts to the model; add the section's
 * class to {@link #extensions()} when it lands.
 */
public final class ReportSections {
    private ReportSections() {
    }

    public static List<ReportSection> extensions() {
        return List.of(
                // EXTENSION POINT "Template used": which resolution template the draft was held to, and why.
                // EXTENSION POINT "Reference index": each internal reference, its target paragraph; stale ones marked.
                // EXTENSION POINT "Acronyms and defined terms": term, where defined, paragraphs that use it.
                // EXTENSION POINT "Template checklist": each required clause: found in paragraph N, or missing.
        );
    }
}
