package org.eacplanner.probe;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.eacplanner.model.Outcome;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * XML from servers, parsed without DTDs: a document with a {@code DOCTYPE} is refused outright, so no entity,
 * internal or external, is ever expanded and nothing a DTD names is ever fetched or read.
 */
public final class SafeXml {

    private SafeXml() {
    }

    public static Document parse(byte[] xml) {
        try {
            DocumentBuilder b = factory().newDocumentBuilder();
            b.setEntityResolver((publicId, systemId) -> {
                throw new SAXException("external entities are not allowed");
            });
            b.setErrorHandler(null);
            return b.parse(new ByteArrayInputStream(xml));
        } catch (SAXException e) {
            String why = Errors.describe(e);
            ProbeText reason = why.contains("DOCTYPE") ? ProbeText.of("probe.xml.doctype")
                    : ProbeText.of("probe.xml.malformed", why);
            throw new ProbeProblem(Outcome.FAIL, reason, ProbeText.of("probe.advice.noDtd"));
        } catch (IOException | ParserConfigurationException e) {
            throw ProbeProblem.error(ProbeText.of("probe.xml.unreadable", Errors.describe(e)), null);
        }
    }

    static DocumentBuilderFactory factory() throws ParserConfigurationException {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        f.setFeature("http://xml.org/sax/features/external-general-entities", false);
        f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        f.setXIncludeAware(false);
        f.setExpandEntityReferences(false);
        return f;
    }

    /** The text of the first element with this local name (any namespace), or null. */
    public static String text(Document doc, String localName) {
        NodeList nodes = doc.getElementsByTagNameNS("*", localName);
        return nodes.getLength() == 0 ? null : nodes.item(0).getTextContent().trim();
    }

    /** An attribute of the first element with this local name, or null. */
    public static String attribute(Document doc, String localName, String attribute) {
        NodeList nodes = doc.getElementsByTagNameNS("*", localName);
        if (nodes.getLength() == 0) {
            return null;
        }
        String v = ((Element) nodes.item(0)).getAttribute(attribute);
        return v.isEmpty() ? null : v;
    }
}
