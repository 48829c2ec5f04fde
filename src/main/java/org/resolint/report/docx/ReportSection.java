package org.resolint.report.docx;

import org.resolint.check.FileResult;

/**
 * An extension point of the review report: a section drawn from facts other areas add to the
 * model (the reference index, the acronym table, the template checklist). A section renders
 * only when the model gives it something to show, so the report never holds empty headings.
 */
public interface ReportSection {
    /** The heading of the section ("Reference index"). */
    String title();

    /** Whether this draft's model has data for the section. */
    boolean hasData(FileResult result);

    /** Writes the section's body below its heading. */
    void render(WordWriter out, FileResult result);
}
