package org.resolint.report.docx;

import java.io.IOException;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.xmlbeans.XmlException;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.StylesDocument;

/**
 * The styles of a Word copy made from a plain-text draft, after the layout of Security Council
 * drafts: Times New Roman 12 (Liberation Serif where it is missing), justified, British English;
 * preambular paragraphs and operative paragraphs indented on their first line, sub-paragraphs
 * further in, the cover lines set flush left without spacing.
 */
public final class UnDraftStyles {
    public static final String COVER = "DraftCover";
    public static final String PREAMBULAR = "Preambular";
    public static final String OPERATIVE = "Operative";
    public static final String SUBPARAGRAPH = "SubParagraph";
    public static final String HEADING = "DraftHeading";
    /** 1.27 cm (half an inch), the UN's indent step. */
    private static final int STEP = 720;

    private UnDraftStyles() {
    }

    private static final String XML = """
            <w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
             <w:docDefaults>
              <w:rPrDefault><w:rPr>
               <w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="Times New Roman" w:cs="Times New Roman"/>
               <w:sz w:val="24"/><w:szCs w:val="24"/><w:lang w:val="en-GB" w:eastAsia="en-GB" w:bidi="ar-SA"/>
              </w:rPr></w:rPrDefault>
              <w:pPrDefault><w:pPr><w:spacing w:after="120" w:line="240" w:lineRule="auto"/></w:pPr></w:pPrDefault>
             </w:docDefaults>
             <w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/>
              <w:pPr><w:jc w:val="both"/></w:pPr><w:rPr><w:lang w:val="en-GB"/></w:rPr></w:style>
             <w:style w:type="paragraph" w:styleId="%s"><w:name w:val="Draft Cover"/><w:basedOn w:val="Normal"/>
              <w:pPr><w:spacing w:after="0"/><w:jc w:val="left"/></w:pPr><w:rPr><w:lang w:val="en-GB"/></w:rPr></w:style>
             <w:style w:type="paragraph" w:styleId="%s"><w:name w:val="Preambular Paragraph"/><w:basedOn w:val="Normal"/>
              <w:pPr><w:ind w:firstLine="%d"/></w:pPr><w:rPr><w:lang w:val="en-GB"/></w:rPr></w:style>
             <w:style w:type="paragraph" w:styleId="%s"><w:name w:val="Operative Paragraph"/><w:basedOn w:val="Normal"/>
              <w:pPr><w:ind w:left="0" w:firstLine="%d"/></w:pPr><w:rPr><w:lang w:val="en-GB"/></w:rPr></w:style>
             <w:style w:type="paragraph" w:styleId="%s"><w:name w:val="Sub-paragraph"/><w:basedOn w:val="Normal"/>
              <w:pPr><w:ind w:left="%d" w:firstLine="%d"/></w:pPr><w:rPr><w:lang w:val="en-GB"/></w:rPr></w:style>
             <w:style w:type="paragraph" w:styleId="%s"><w:name w:val="Draft Heading"/><w:basedOn w:val="Normal"/>
              <w:pPr><w:keepNext/><w:spacing w:before="240"/><w:jc w:val="center"/></w:pPr><w:rPr><w:b/><w:lang w:val="en-GB"/></w:rPr></w:style>
             <w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/></w:style>
             <w:style w:type="character" w:styleId="CommentReference"><w:name w:val="annotation reference"/><w:basedOn w:val="DefaultParagraphFont"/>
              <w:rPr><w:sz w:val="16"/><w:lang w:val="en-GB"/></w:rPr></w:style>
             <w:style w:type="paragraph" w:styleId="CommentText"><w:name w:val="annotation text"/><w:basedOn w:val="Normal"/>
              <w:pPr><w:jc w:val="left"/></w:pPr><w:rPr><w:sz w:val="20"/><w:lang w:val="en-GB"/></w:rPr></w:style>
            </w:styles>
            """.formatted(COVER, PREAMBULAR, STEP, OPERATIVE, STEP, SUBPARAGRAPH, STEP, STEP, HEADING);

    /** Gives {@code doc} (a new document) these styles. */
    public static void apply(XWPFDocument doc) throws IOException {
        try {
            doc.createStyles().setStyles(StylesDocument.Factory.parse(XML).getStyles());
        } catch (XmlException e) {
            throw new IOException("the built-in draft styles do not parse: " + e.getMessage(), e);
        }
    }
}
