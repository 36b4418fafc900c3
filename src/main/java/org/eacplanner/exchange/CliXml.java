package org.eacplanner.exchange;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads PowerShell's CliXML serialization ({@code <Objs>} of {@code <Obj>}: {@code TN}/{@code TNRef} type names,
 * {@code ToString}, {@code Props} and {@code MS} members, the primitive elements, {@code LST}/{@code IE}/{@code STK}
 * /{@code QUE} collections, {@code DCT} dictionaries, {@code Ref} to an earlier object) with a streaming parser that
 * refuses any DTD (so no entity is ever expanded) and bounds the size, the nesting and the number of elements. The
 * {@code _xHHHH_} escapes of strings are decoded.
 */
public final class CliXml {

    /** A file that is not CliXML, is malformed, or goes past a bound; the message says which and where. */
    public static final class CliXmlException extends Exception {
        private static final long serialVersionUID = 1L;

        CliXmlException(String message) {
            super(message);
        }
    }

    /**
     * Limits: bytes read, element nesting, elements in all, characters of one value (a certificate's raw data is a
     * few kilobytes; a value of millions is not an export's).
     */
    public record Limits(long maxBytes, int maxDepth, int maxElements, int maxText) {
        public static final Limits DEFAULT = new Limits(64L * 1024 * 1024, 64, 2_000_000, 4 * 1024 * 1024);
    }

    private static final String NS = "http://schemas.microsoft.com/powershell/2004/04";
    private static final Set<String> COLLECTIONS = Set.of("LST", "IE", "STK", "QUE");

    private final XMLStreamReader in;
    private final Limits limits;
    private final Map<String, List<String>> typeNames = new HashMap<>();
    private final Map<String, PsObject> objects = new HashMap<>();
    private int depth;
    private int elements;

    private CliXml(XMLStreamReader in, Limits limits) {
        this.in = in;
        this.limits = limits;
    }

    /** The top-level objects of {@code xml}, in order. */
    public static List<PsObject> read(InputStream xml) throws CliXmlException {
        return read(xml, Limits.DEFAULT);
    }

    public static List<PsObject> read(InputStream xml, Limits limits) throws CliXmlException {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        XMLStreamReader r = null;
        try {
            r = f.createXMLStreamReader(new Bounded(xml, limits.maxBytes()));
            return new CliXml(r, limits).document();
        } catch (XMLStreamException e) {
            String why = e.getMessage() == null ? "malformed XML" : e.getMessage().replaceAll("\\s+", " ");
            TooLarge large = tooLarge(e);
            throw new CliXmlException(large != null ? large.getMessage() : "not well-formed XML: " + why);
        } finally {
            if (r != null) {
                try {
                    r.close();
                } catch (XMLStreamException ignored) {
                    // the stream is the caller's
                }
            }
        }
    }

    private static TooLarge tooLarge(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() != null ? t.getCause()
                : t instanceof XMLStreamException x ? x.getNestedException() : null) {
            if (t instanceof TooLarge large) {
                return large;
            }
            if (t == t.getCause()) {
                return null;
            }
        }
        return null;
    }

    private List<PsObject> document() throws XMLStreamException, CliXmlException {
        while (in.hasNext()) {
            int event = in.next();
            if (event == XMLStreamConstants.DTD) {
                throw new CliXmlException("the file has a DOCTYPE: CliXML never does (refused, nothing expanded)");
            }
            if (event == XMLStreamConstants.START_ELEMENT) {
                // PowerShell writes its namespace; a hand-made export without it is read too
                if (!"Objs".equals(in.getLocalName()) || !(NS.equals(in.getNamespaceURI()) || in.getNamespaceURI() == null
                        || in.getNamespaceURI().isEmpty())) {
                    throw new CliXmlException("not CliXML: the root element is <" + in.getLocalName()
                            + ">, not PowerShell's <Objs>");
                }
                return objs();
            }
        }
        throw new CliXmlException("empty file: no XML element");
    }

    private List<PsObject> objs() throws XMLStreamException, CliXmlException {
        List<PsObject> out = new ArrayList<>();
        enter();
        while (next() == XMLStreamConstants.START_ELEMENT) {
            Object v = value();
            if (v instanceof PsObject o) {
                out.add(o);
            }
        }
        leave();
        return out;
    }

    /** The value of the element at the cursor (a start tag); leaves the cursor on its end tag. */
    private Object value() throws XMLStreamException, CliXmlException {
        String name = in.getLocalName();
        enter();
        try {
            return switch (name) {
                case "Obj" -> obj();
                case "Ref" -> ref();
                case "Nil" -> {
                    skipToEnd();
                    yield null;
                }
                case "S", "C", "URI", "Version", "XD", "SBK", "SS", "G", "BA", "TS" -> unescape(textToEnd());
                case "B" -> Boolean.valueOf(textToEnd().trim());
                case "I32", "I16", "I64", "U32", "U16", "U64", "By", "SB" -> integer(name);
                case "Db", "Sg", "D" -> decimal(name);
                case "DT" -> dateTime();
                default -> {
                    skipToEnd(); // an element this reader has no use for
                    yield null;
                }
            };
        } finally {
            leave();
        }
    }

    private PsObject obj() throws XMLStreamException, CliXmlException {
        String refId = in.getAttributeValue(null, "RefId");
        List<String> types = List.of();
        String text = null;
        Map<String, Object> props = new LinkedHashMap<>();
        Object value = null;
        while (next() == XMLStreamConstants.START_ELEMENT) {
            String child = in.getLocalName();
            switch (child) {
                case "TN" -> types = typeNames();
                case "TNRef" -> {
                    types = typeNames.getOrDefault(in.getAttributeValue(null, "RefId"), List.of());
                    skipToEnd();
                }
                case "ToString" -> text = unescape(textToEnd());
                case "Props", "MS" -> members(props);
                case "DCT" -> value = dictionary();
                default -> {
                    if (COLLECTIONS.contains(child)) {
                        value = collection();
                    } else {
                        value = value(); // an enumeration's or a wrapped primitive's own value
                    }
                }
            }
        }
        PsObject o = new PsObject(types, text, props, value);
        if (refId != null) {
            objects.put(refId, o);
        }
        return o;
    }

    private List<String> typeNames() throws XMLStreamException, CliXmlException {
        String refId = in.getAttributeValue(null, "RefId");
        List<String> names = new ArrayList<>();
        enter();
        while (next() == XMLStreamConstants.START_ELEMENT) {
            names.add(unescape(textToEnd()));
        }
        leave();
        if (refId != null) {
            typeNames.put(refId, List.copyOf(names));
        }
        return names;
    }

    private void members(Map<String, Object> props) throws XMLStreamException, CliXmlException {
        enter();
        while (next() == XMLStreamConstants.START_ELEMENT) {
            String n = in.getAttributeValue(null, "N");
            Object v = value();
            if (n != null) {
                props.put(unescape(n), v);
            }
        }
        leave();
    }

    private List<Object> collection() throws XMLStreamException, CliXmlException {
        List<Object> items = new ArrayList<>();
        enter();
        while (next() == XMLStreamConstants.START_ELEMENT) {
            items.add(value());
        }
        leave();
        return items;
    }

    /** A dictionary as a map of its keys' text to the values. */
    private Map<String, Object> dictionary() throws XMLStreamException, CliXmlException {
        Map<String, Object> map = new LinkedHashMap<>();
        enter();
        while (next() == XMLStreamConstants.START_ELEMENT) { // <En>
            Object key = null;
            Object val = null;
            enter();
            while (next() == XMLStreamConstants.START_ELEMENT) {
                String n = in.getAttributeValue(null, "N");
                Object v = value();
                if ("Key".equals(n)) {
                    key = v;
                } else if ("Value".equals(n)) {
                    val = v;
                }
            }
            leave();
            map.put(key instanceof PsObject o ? o.text() : String.valueOf(key), val);
        }
        leave();
        return map;
    }

    private PsObject ref() throws XMLStreamException, CliXmlException {
        String refId = in.getAttributeValue(null, "RefId");
        skipToEnd();
        PsObject o = objects.get(refId);
        if (o == null) {
            throw new CliXmlException("line " + in.getLocation().getLineNumber() + ": <Ref RefId=\"" + refId
                    + "\"> names no earlier object");
        }
        return o;
    }

    private Long integer(String name) throws XMLStreamException, CliXmlException {
        return parsed(name, "a whole number", Long::valueOf);
    }

    private Double decimal(String name) throws XMLStreamException, CliXmlException {
        return parsed(name, "a number", Double::valueOf);
    }

    /** The element's text read by {@code parse}; text it refuses is an error naming the line and the element. */
    private <T> T parsed(String name, String what, Function<String, T> parse)
            throws XMLStreamException, CliXmlException {
        String t = textToEnd().trim();
        try {
            return parse.apply(t);
        } catch (NumberFormatException e) {
            throw new CliXmlException("line " + in.getLocation().getLineNumber() + ": <" + name + "> holds '" + t
                    + "', not " + what);
        }
    }

    private OffsetDateTime dateTime() throws XMLStreamException, CliXmlException {
        String t = textToEnd().trim();
        try {
            return OffsetDateTime.parse(t);
        } catch (DateTimeParseException e) {
            throw new CliXmlException("line " + in.getLocation().getLineNumber() + ": <DT> holds '" + t
                    + "', not a date and time with its offset");
        }
    }

    /** The next start or end tag (text between elements is skipped). */
    private int next() throws XMLStreamException, CliXmlException {
        while (in.hasNext()) {
            int e = in.next();
            if (e == XMLStreamConstants.DTD) {
                throw new CliXmlException("the file has a DOCTYPE: CliXML never does (refused, nothing expanded)");
            }
            if (e == XMLStreamConstants.START_ELEMENT) {
                if (++elements > limits.maxElements()) {
                    throw new CliXmlException("more than " + limits.maxElements() + " elements: refused");
                }
                return e;
            }
            if (e == XMLStreamConstants.END_ELEMENT) {
                return e;
            }
            if (e == XMLStreamConstants.ENTITY_REFERENCE) {
                throw new CliXmlException("line " + in.getLocation().getLineNumber()
                        + ": an entity reference (&" + in.getLocalName() + ";): CliXML has none");
            }
        }
        throw new CliXmlException("the file ends in the middle of an element (truncated?)");
    }

    private String textToEnd() throws XMLStreamException, CliXmlException {
        StringBuilder b = new StringBuilder();
        while (in.hasNext()) {
            int e = in.next();
            if (e == XMLStreamConstants.CHARACTERS || e == XMLStreamConstants.CDATA || e == XMLStreamConstants.SPACE) {
                if (b.length() + in.getTextLength() > limits.maxText()) {
                    throw new CliXmlException("line " + in.getLocation().getLineNumber() + ": a value longer than "
                            + limits.maxText() + " characters: refused");
                }
                b.append(in.getTextCharacters(), in.getTextStart(), in.getTextLength());
            } else if (e == XMLStreamConstants.END_ELEMENT) {
                return b.toString();
            } else if (e == XMLStreamConstants.START_ELEMENT) {
                throw new CliXmlException("line " + in.getLocation().getLineNumber() + ": <" + in.getLocalName()
                        + "> inside a value that holds text only");
            } else if (e == XMLStreamConstants.ENTITY_REFERENCE) {
                throw new CliXmlException("line " + in.getLocation().getLineNumber() + ": an entity reference: CliXML has none");
            }
        }
        throw new CliXmlException("the file ends in the middle of a value (truncated?)");
    }

    private void skipToEnd() throws XMLStreamException, CliXmlException {
        int open = 1;
        while (open > 0) {
            int e = next();
            if (e == XMLStreamConstants.START_ELEMENT) {
                enter();
                open++;
            } else {
                if (open > 1) {
                    leave();
                }
                open--;
            }
        }
    }

    private void enter() throws CliXmlException {
        if (++depth > limits.maxDepth()) {
            throw new CliXmlException("line " + in.getLocation().getLineNumber() + ": nested more than "
                    + limits.maxDepth() + " levels deep: refused");
        }
    }

    private void leave() {
        depth--;
    }

    /** PowerShell's escapes in strings: {@code _x000D_} is a carriage return, {@code _x005F_} an underscore. */
    static String unescape(String s) {
        if (s.indexOf("_x") < 0) {
            return s;
        }
        StringBuilder b = new StringBuilder(s.length());
        int i = 0;
        while (i < s.length()) {
            if (i + 7 <= s.length() && s.charAt(i) == '_' && s.charAt(i + 1) == 'x' && s.charAt(i + 6) == '_'
                    && s.substring(i + 2, i + 6).matches("[0-9A-Fa-f]{4}")) {
                b.append((char) Integer.parseInt(s.substring(i + 2, i + 6), 16));
                i += 7;
            } else {
                b.append(s.charAt(i++));
            }
        }
        return b.toString();
    }

    /** Too many bytes: read as an I/O error by the parser, reported with its own message. */
    private static final class TooLarge extends IOException {
        private static final long serialVersionUID = 1L;

        TooLarge(long max) {
            super("larger than " + (max % (1024 * 1024) == 0 ? max / (1024 * 1024) + " MB" : max + " bytes")
                    + ": refused");
        }
    }

    private static final class Bounded extends FilterInputStream {
        private final long max;
        private long read;

        Bounded(InputStream in, long max) {
            super(in);
            this.max = max;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0 && ++read > max) {
                throw new TooLarge(max);
            }
            return b;
        }

        @Override
        public int read(byte[] buf, int off, int len) throws IOException {
            int n = super.read(buf, off, len);
            if (n > 0 && (read += n) > max) {
                throw new TooLarge(max);
            }
            return n;
        }
    }
}
