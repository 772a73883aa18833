package io.github.subtitleqc.core.read;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.StringReader;
import java.util.Optional;
import java.util.Set;

/**
 * The root element of an XML text, to tell a TTML document saved as {@code .xml} (media3, many
 * delivery pipelines) from any other XML file. Reads only up to the first start tag, with DTDs and
 * external entities off.
 */
public final class XmlRoot {

    /** TTML's namespace, and the two drafts DFXP files still use. */
    static final Set<String> TTML_NAMESPACES = Set.of("http://www.w3.org/ns/ttml",
            "http://www.w3.org/2006/10/ttaf1", "http://www.w3.org/2006/04/ttaf1");

    private static final XMLInputFactory FACTORY = XMLInputFactory.newFactory();

    static {
        FACTORY.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        FACTORY.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        FACTORY.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
    }

    /**
     * The root element's name.
     *
     * @param namespace its namespace URI, {@code ""} for none
     * @param localName its local name
     */
    public record Name(String namespace, String localName) {

        /** {@code tt} in a TTML namespace. */
        public boolean isTtml() {
            return localName.equals("tt") && TTML_NAMESPACES.contains(namespace);
        }

        @Override
        public String toString() {
            return namespace.isEmpty() ? localName : "{" + namespace + "}" + localName;
        }
    }

    private XmlRoot() {
    }

    /** The root element of {@code text}, or empty when it is not well-formed up to that tag. */
    public static Optional<Name> of(String text) {
        XMLStreamReader reader = null;
        try {
            synchronized (FACTORY) {
                reader = FACTORY.createXMLStreamReader(new StringReader(text));
            }
            while (reader.hasNext()) {
                if (reader.next() == XMLStreamConstants.START_ELEMENT) {
                    String ns = reader.getNamespaceURI();
                    return Optional.of(new Name(ns == null ? XMLConstants.NULL_NS_URI : ns, reader.getLocalName()));
                }
            }
            return Optional.empty();
        } catch (XMLStreamException | RuntimeException e) {
            return Optional.empty();
        } finally {
            if (reader != null) {
                try {
                    reader.close();
                } catch (XMLStreamException ignored) {
                    // nothing held
                }
            }
        }
    }
}
