package org.resolint.reader;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * A small element tree that remembers the line each element starts on (the DOM forgets it).
 * Parsed with SAX configured securely: no DOCTYPE, no external entities or DTDs, secure processing.
 */
final class XmlTree {

    /** An element: namespace, local name, attributes, start line, and its children (elements or text). */
    static final class Element {
        final String namespace;
        final String name;
        final Map<String, String> attributes;
        final int line;
        final List<Object> children = new ArrayList<>();
        Element parent;

        Element(String namespace, String name, Map<String, String> attributes, int line) {
            this.namespace = namespace;
            this.name = name;
            this.attributes = attributes;
            this.line = line;
        }

        String attribute(String local) {
            return attributes.get(local);
        }

        List<Element> elements() {
            List<Element> out = new ArrayList<>();
            for (Object c : children) {
                if (c instanceof Element e) {
                    out.add(e);
                }
            }
            return out;
        }

        Element child(String local) {
            for (Element e : elements()) {
                if (e.name.equals(local)) {
                    return e;
                }
            }
            return null;
        }
    }

    private XmlTree() {
    }

    static Element parse(Path file) throws InputException {
        SAXParser parser;
        try {
            SAXParserFactory factory = SAXParserFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setXIncludeAware(false);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            parser = factory.newSAXParser();
            parser.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            parser.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalStateException("XML parser cannot be configured securely", e);
        }
        Builder builder = new Builder();
        try (InputStream in = Files.newInputStream(file)) {
            parser.parse(new InputSource(in), builder);
        } catch (SAXParseException e) {
            throw new InputException(file, "malformed XML at line " + e.getLineNumber() + ", column "
                    + e.getColumnNumber() + " (" + oneLine(e.getMessage()) + ")", e);
        } catch (SAXException e) {
            throw new InputException(file, "malformed XML (" + oneLine(e.getMessage()) + ")", e);
        } catch (IOException e) {
            throw new InputException(file, "cannot read file (" + e.getClass().getSimpleName() + ": "
                    + e.getMessage() + ")", e);
        }
        if (builder.root == null) {
            throw new InputException(file, "XML file has no root element");
        }
        return builder.root;
    }

    private static String oneLine(String message) {
        return message == null ? "" : message.replaceAll("\\s+", " ").strip();
    }

    private static final class Builder extends DefaultHandler {
        private final List<Element> stack = new ArrayList<>();
        private Locator locator;
        private Element root;
        private StringBuilder text;

        @Override
        public void setDocumentLocator(Locator locator) {
            this.locator = locator;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes atts) {
            flushText();
            Map<String, String> attributes = new LinkedHashMap<>();
            for (int i = 0; i < atts.getLength(); i++) {
                attributes.put(atts.getLocalName(i).isEmpty() ? atts.getQName(i) : atts.getLocalName(i),
                        atts.getValue(i));
            }
            // The locator stands at the end of the start tag: the line of the '>' (the same line for short tags).
            Element e = new Element(uri, localName, attributes, locator == null ? 0 : locator.getLineNumber());
            if (stack.isEmpty()) {
                root = e;
            } else {
                e.parent = stack.get(stack.size() - 1);
                e.parent.children.add(e);
            }
            stack.add(e);
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            flushText();
            stack.remove(stack.size() - 1);
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (stack.isEmpty()) {
                return;
            }
            if (text == null) {
                text = new StringBuilder();
            }
            text.append(ch, start, length);
        }

        private void flushText() {
            if (text != null && !stack.isEmpty()) {
                stack.get(stack.size() - 1).children.add(text.toString());
            }
            text = null;
        }
    }
}
