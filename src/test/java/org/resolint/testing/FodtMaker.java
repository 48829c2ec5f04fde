package org.resolint.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes a draft as a flat ODF text document laid out like a UN draft, for LibreOffice to print
 * to PDF: the symbol as running head, the job number and "n/m" at the foot, justified paragraphs,
 * operative and sub-paragraph numbers at a hanging indent. The committed PDFs in
 * src/test/resources/pdf were made with {@code main} and {@code soffice --convert-to pdf}.
 */
public final class FodtMaker {
    private static final Pattern NUMBERED = Pattern.compile("^(\\d{1,3}\\.|\\([a-z]{1,4}\\))\\s+(.*)$");

    private FodtMaker() {
    }

    /** Usage: FodtMaker DRAFT.txt SYMBOL JOBNUMBER OUT.fodt */
    public static void main(String[] args) throws IOException {
        write(paragraphs(Files.readAllLines(Path.of(args[0]))), args[1], args[2], Path.of(args[3]));
    }

    /** A draft's paragraphs: blocks between blank lines, a block of short lines (the cover) line by line, "#!" out. */
    public static List<String> paragraphs(List<String> lines) {
        List<String> out = new ArrayList<>();
        List<String> block = new ArrayList<>();
        for (String line : lines) {
            if (line.startsWith("#!")) {
                continue;
            }
            if (line.isBlank()) {
                flush(block, out);
            } else {
                block.add(line.strip());
            }
        }
        flush(block, out);
        return out;
    }

    private static void flush(List<String> block, List<String> out) {
        if (block.isEmpty()) {
            return;
        }
        if (block.size() > 1 && block.stream().allMatch(l -> l.length() < 50)) {
            out.addAll(block);
        } else {
            out.add(String.join(" ", block));
        }
        block.clear();
    }

    public static void write(List<String> paragraphs, String symbol, String job, Path fodt) throws IOException {
        StringBuilder body = new StringBuilder();
        for (String p : paragraphs) {
            Matcher m = NUMBERED.matcher(p);
            if (m.matches()) {
                String style = m.group(1).startsWith("(") ? "Sub" : "Op";
                body.append("<text:p text:style-name=\"").append(style).append("\">").append(escape(m.group(1)))
                        .append("<text:tab/>").append(escape(m.group(2))).append("</text:p>\n");
            } else {
                String style = p.length() < 50 && !p.contains(",") ? "Cover" : "Pre";
                body.append("<text:p text:style-name=\"").append(style).append("\">").append(escape(p))
                        .append("</text:p>\n");
            }
        }
        Files.writeString(fodt, TEMPLATE.replace("@SYMBOL@", escape(symbol)).replace("@JOB@", escape(job))
                .replace("@BODY@", body), StandardCharsets.UTF_8);
    }

    /**
     * Prints the .fodt files to PDF beside them with LibreOffice, in one run and with a profile of its
     * own (a shared profile fails when another soffice runs). False when soffice is not installed.
     */
    public static boolean print(List<Path> fodts, Path profile) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("soffice", "-env:UserInstallation=" + profile.toUri(),
                "--headless", "--convert-to", "pdf", "--outdir", fodts.get(0).getParent().toString()));
        fodts.forEach(f -> command.add(f.toString()));
        Process p;
        try {
            p = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(profile.resolveSibling("soffice.log").toFile()).start();
        } catch (IOException notInstalled) {
            return false;
        }
        if (!p.waitFor(300, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IOException("soffice did not finish in 300 s");
        }
        return p.exitValue() == 0;
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static final String TEMPLATE = """
            <?xml version="1.0" encoding="UTF-8"?>
            <office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
             xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
             xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
             xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
             xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
             office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
             <office:font-face-decls>
              <style:font-face style:name="Liberation Serif" svg:font-family="'Liberation Serif'"/>
             </office:font-face-decls>
             <office:styles>
              <style:default-style style:family="paragraph">
               <style:paragraph-properties fo:margin-bottom="0.21cm" fo:line-height="115%"/>
               <style:text-properties style:font-name="Liberation Serif" fo:font-size="11pt" fo:language="en" fo:country="US"/>
              </style:default-style>
              <style:style style:name="Cover" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.05cm"/></style:style>
              <style:style style:name="Pre" style:family="paragraph"><style:paragraph-properties fo:text-align="justify" fo:text-indent="1.27cm"/></style:style>
              <style:style style:name="Op" style:family="paragraph"><style:paragraph-properties fo:text-align="justify" fo:margin-left="1.27cm" fo:text-indent="-1.27cm"><style:tab-stops><style:tab-stop style:position="0cm"/></style:tab-stops></style:paragraph-properties></style:style>
              <style:style style:name="Sub" style:family="paragraph"><style:paragraph-properties fo:text-align="justify" fo:margin-left="2.54cm" fo:text-indent="-1.27cm"><style:tab-stops><style:tab-stop style:position="0cm"/></style:tab-stops></style:paragraph-properties></style:style>
              <style:style style:name="Head" style:family="paragraph"><style:text-properties fo:font-size="9pt"/></style:style>
             </office:styles>
             <office:automatic-styles>
              <style:page-layout style:name="PL"><style:page-layout-properties fo:page-width="14.8cm" fo:page-height="21cm" fo:margin-top="1cm" fo:margin-bottom="1cm" fo:margin-left="1.8cm" fo:margin-right="1.8cm"/>
               <style:header-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-bottom="0.4cm"/></style:header-style>
               <style:footer-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-top="0.4cm"/></style:footer-style>
              </style:page-layout>
             </office:automatic-styles>
             <office:master-styles>
              <style:master-page style:name="Standard" style:page-layout-name="PL">
               <style:header><text:p text:style-name="Head">@SYMBOL@</text:p></style:header>
               <style:footer><text:p text:style-name="Head">@JOB@</text:p><text:p text:style-name="Head"><text:page-number text:select-page="current"/>/<text:page-count/></text:p></style:footer>
              </style:master-page>
             </office:master-styles>
             <office:body><office:text>
            @BODY@
             </office:text></office:body>
            </office:document>
            """;
}
