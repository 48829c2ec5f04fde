package org.resolint.report;

import java.io.IOException;
import java.io.Writer;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.resolint.check.ReportPaths;
import org.resolint.check.CheckRun;
import org.resolint.check.FileResult;
import org.resolint.model.Finding;

/**
 * JUnit XML as GitLab and Jenkins read it: one {@code testsuite} per draft, one failing
 * {@code testcase} per finding (a clean draft gets one passing case, so it shows as green),
 * and an {@code error} case for a draft that could not be read.
 */
public final class JunitReporter implements Reporter {

    @Override
    public void write(CheckRun run, Writer out) throws IOException {
        try {
            XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            x.writeStartDocument("UTF-8", "1.0");
            nl(x, 0);
            long findings = run.files().stream().mapToLong(f -> f.findings().size()).sum();
            long errors = run.files().stream().filter(FileResult::failed).count();
            x.writeStartElement("testsuites");
            x.writeAttribute("name", "resolint");
            x.writeAttribute("tests", Long.toString(run.files().stream().mapToLong(JunitReporter::cases).sum()));
            x.writeAttribute("failures", Long.toString(findings));
            x.writeAttribute("errors", Long.toString(errors));
            for (FileResult file : run.files()) {
                writeSuite(x, file);
            }
            nl(x, 0);
            x.writeEndElement();
            nl(x, 0);
            x.writeEndDocument();
            x.flush();
        } catch (XMLStreamException e) {
            throw new IOException("cannot write JUnit XML: " + e.getMessage(), e);
        }
        out.flush();
    }

    private static long cases(FileResult f) {
        return f.failed() || f.findings().isEmpty() ? 1 : f.findings().size();
    }

    private static void writeSuite(XMLStreamWriter x, FileResult file) throws XMLStreamException {
        String path = ReportPaths.relative(file.path());
        nl(x, 1);
        x.writeStartElement("testsuite");
        x.writeAttribute("name", path);
        x.writeAttribute("tests", Long.toString(cases(file)));
        x.writeAttribute("failures", Integer.toString(file.findings().size()));
        x.writeAttribute("errors", file.failed() ? "1" : "0");
        x.writeAttribute("skipped", "0");
        if (file.failed()) {
            startCase(x, path, "read " + path, 1);
            x.writeStartElement("error");
            x.writeAttribute("message", clean(file.error()));
            x.writeAttribute("type", "input");
            x.writeCharacters(clean(file.error()));
            x.writeEndElement();
            endCase(x);
        } else if (file.findings().isEmpty()) {
            startCase(x, path, "no findings", 1);
            endCase(x);
        }
        for (Finding f : file.findings()) {
            String name = f.rule() + (f.paragraph() == null ? "" : " " + f.paragraph())
                    + " at line " + f.location().line() + ":" + f.location().column();
            startCase(x, path, name, f.location().line());
            x.writeStartElement("failure");
            x.writeAttribute("message", clean(f.message()));
            x.writeAttribute("type", f.severity().id());
            x.writeCharacters(clean(path + ":" + f.location().line() + ":" + f.location().column() + ": "
                    + f.severity().id() + " [" + f.rule() + "] "
                    + Where.prefix(f) + f.message()
                    + (f.suggestion() == null ? "" : " (suggestion: " + f.suggestion() + ")")));
            x.writeEndElement();
            endCase(x);
        }
        nl(x, 1);
        x.writeEndElement();
    }

    private static void startCase(XMLStreamWriter x, String path, String name, int line) throws XMLStreamException {
        nl(x, 2);
        x.writeStartElement("testcase");
        x.writeAttribute("classname", path);
        x.writeAttribute("name", clean(name));
        x.writeAttribute("file", path);
        x.writeAttribute("line", Integer.toString(Math.max(1, line)));
        x.writeAttribute("time", "0");
    }

    private static void endCase(XMLStreamWriter x) throws XMLStreamException {
        x.writeEndElement();
    }

    private static void nl(XMLStreamWriter x, int depth) throws XMLStreamException {
        x.writeCharacters("\n" + "  ".repeat(depth));
    }

    /** XML 1.0 cannot hold most control characters even escaped; a draft's text might carry them. */
    static String clean(String s) {
        if (s == null) {
            return "";
        }
        return s.replaceAll("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\uFFFE\\uFFFF]", "\uFFFD");
    }
}
