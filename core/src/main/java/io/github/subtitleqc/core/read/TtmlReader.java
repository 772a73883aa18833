package io.github.subtitleqc.core.read;

import io.github.subtitleqc.core.model.Cue;
import io.github.subtitleqc.core.model.CueLayout;
import io.github.subtitleqc.core.model.Format;
import io.github.subtitleqc.core.model.Region;
import io.github.subtitleqc.core.model.SubtitleDocument;
import io.github.subtitleqc.core.time.FrameRate;

import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.StringReader;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads TTML: IMSC 1.x, DFXP and other TTML profiles ({@code .ttml}, {@code .dfxp}), with the
 * JDK's StAX parser, DTDs and external entities off: a DOCTYPE is reported and skipped, nothing is
 * fetched, and an entity it would declare is reported and kept as written.
 *
 * <p>Times are resolved as TTML2 §12 says for the {@code media} time base: {@code begin},
 * {@code end} and {@code dur} on {@code body}, {@code div}, {@code p} and {@code span}, each
 * relative to its parent's begin in a {@code par} container (the default) and to the end of the
 * previous sibling in a {@code seq} container; an element without {@code end} or {@code dur} ends
 * with its children ({@code par}: the last to end; {@code seq}: the last one), text in a
 * {@code par} element lasting as long as the element; everything is clipped to its parent. Time
 * expressions are read by {@link TtmlTime} with the document's {@code ttp:frameRate},
 * {@code ttp:frameRateMultiplier}, {@code ttp:subFrameRate} and {@code ttp:tickRate}.
 *
 * <p>A cue is what one {@code p} shows at once: a {@code p} whose spans all show with it is one
 * cue; a {@code p} whose spans have their own times gives one cue per stretch of time in which the
 * same spans show. {@code <br/>} breaks lines; white space is collapsed as in XSL-FO
 * ({@code xml:space="default"}: line ends and tabs are spaces, runs of spaces are one, spaces at
 * the start and end of a line go) or kept ({@code xml:space="preserve"}, a line end breaks the
 * line). Text under {@code tts:display="none"} or {@code tts:visibility="hidden"} (on the element,
 * an ancestor, or a referenced style) is not shown, nor metadata. A cue's lines are its visible
 * text, with {@code &}, {@code <} and <code>{\</code> written as character references so that
 * {@link io.github.subtitleqc.core.text.VisibleText} shows them as they are. Each text line keeps
 * the XML source line and column of its first character; the cue's line is that of its
 * {@code p}. The cue's region is its {@code region} (on the {@code p} or the nearest ancestor).
 */
public final class TtmlReader implements SubtitleReader {

    /** TTML's namespace, and DFXP's earlier ones. */
    private static final List<String> TT_NAMESPACES = List.of("http://www.w3.org/ns/ttml",
            "http://www.w3.org/2006/10/ttaf1", "http://www.w3.org/2006/04/ttaf1", "http://www.w3.org/2006/02/ttaf1");
    private static final String XML_NAMESPACE = "http://www.w3.org/XML/1998/namespace";
    /** Deeper elements are not read (a limit against stack overflows in what follows). */
    private static final int MAX_DEPTH = 200;
    private static final Pattern XML_DECLARATION_ENCODING =
            Pattern.compile("\\A\\s*<\\?xml[^>]*?encoding\\s*=\\s*[\"']([A-Za-z0-9._:-]+)[\"']");

    @Override
    public Format format() {
        return Format.TTML;
    }

    @Override
    public SubtitleDocument read(DecodedText decoded, Consumer<ReadIssue> issues) {
        Matcher m = XML_DECLARATION_ENCODING.matcher(decoded.text());
        if (!decoded.bom() && m.find()) {
            String declared = m.group(1);
            Charset charset = null;
            try {
                charset = Charset.forName(declared);
            } catch (RuntimeException e) {
                // an unknown name: reported below
            }
            if (charset == null || !charset.equals(decoded.charset())) {
                int[] at = Lines.position(decoded.text(), m.start(1));
                issues.accept(new ReadIssue(ReaderRules.FORMAT.id(), 0, at[0], at[1], "the XML declaration says the"
                        + " file is in " + declared + ", but it was read as " + decoded.charset().name()
                        + ": set the encoding parameter to " + declared + ", or re-save the file as "
                        + decoded.charset().name() + " and change the declaration"));
            }
        }
        return read(decoded.text(), issues);
    }

    @Override
    public SubtitleDocument read(String text, Consumer<ReadIssue> issues) {
        return new Parse(text, issues).run();
    }

    /** An element or a run of text in the document tree. */
    private abstract static class Item {
    }

    /** A run of text, with the source offset of each of its chars. */
    private static final class Text extends Item {
        final String chars;
        final int[] offsets;
        /** An entity reference the parser could not expand, kept as written (not escaped). */
        final boolean reference;

        Text(String chars, int[] offsets, boolean reference) {
            this.chars = chars;
            this.offsets = offsets;
            this.reference = reference;
        }
    }

    /** An element: TTML ones by local name, others as {@code #foreign} (their text is not read). */
    private static final class Node extends Item {
        final String name;
        final Map<String, String> attributes;
        final int line;
        final int column;
        final List<Item> children = new ArrayList<>();
        Node parent;
        boolean closed;
        double begin;
        double end;

        Node(String name, Map<String, String> attributes, int line, int column) {
            this.name = name;
            this.attributes = attributes;
            this.line = line;
            this.column = column;
        }

        String attribute(String key) {
            return attributes.get(key);
        }

        boolean seq() {
            return "seq".equals(strip(attributes.get("timeContainer")));
        }
    }

    /** A char of a cue's text and its source offset, or a {@code br}. */
    private record Glyph(char c, int offset, boolean preserve, boolean reference, boolean br) {
    }

    private static String strip(String s) {
        return s == null ? null : s.strip();
    }

    /** The state of one read. */
    private static final class Parse {
        private final String text;
        private final Consumer<ReadIssue> issues;
        private final int[] lineStarts;
        private final List<Cue> cues = new ArrayList<>();
        private final Map<String, Node> styles = new HashMap<>();
        private final Map<String, Region> regions = new LinkedHashMap<>();
        private final Occurrences lenientTimes = new Occurrences();
        private final Occurrences badTimes = new Occurrences();
        private final Occurrences noEnd = new Occurrences();
        private final Occurrences entities = new Occurrences();
        private Node root;
        private TtmlTime time = TtmlTime.DEFAULT;
        private Optional<FrameRate> frameRate = Optional.empty();
        /**
         * The source offset where the next event starts. The parser's location is exact after a tag
         * but may lie past the start of the next tag after text, so text is followed in the source.
         */
        private int cursor;
        private int tooDeep;

        Parse(String text, Consumer<ReadIssue> issues) {
            this.text = text;
            this.issues = issues;
            List<Integer> starts = new ArrayList<>();
            starts.add(0);
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '\n' || c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n')) {
                    starts.add(i + 1);
                }
            }
            lineStarts = starts.stream().mapToInt(Integer::intValue).toArray();
        }

        SubtitleDocument run() {
            boolean complete = parseXml();
            if (root == null) {
                if (complete) {
                    issue(ReaderRules.PARSE_ERROR.id(), 0, 1, 1, "not a TTML document: there is no root element"
                            + " (a TTML document is an XML document whose root is <tt>)");
                }
                return document(Optional.empty());
            }
            if (!root.name.equals("tt")) {
                issue(ReaderRules.PARSE_ERROR.id(), 0, root.line, root.column, "not a TTML document: the root element"
                        + " is <" + root.name.replace("#foreign:", "") + ">, not <tt>; no cue was read");
                return document(Optional.empty());
            }
            parameters();
            collectHead(root);
            Node body = child(root, "body");
            if (body != null) {
                resolve(body, 0, Double.POSITIVE_INFINITY, false);
                cues(body, body.begin < body.end);
            }
            report(lenientTimes, ReaderRules.FORMAT.id(), "times", "is not written as TTML says"
                    + " (hh:mm:ss with two-digit minutes and seconds, a '.' before a fraction, or an offset such as"
                    + " 1.5s): it was read as players that accept it read it; write it as TTML says");
            report(badTimes, ReaderRules.PARSE_ERROR.id(), "times", "is not a TTML time expression,"
                    + " so the attribute was ignored; write a clock time (01:02:03.500, 01:02:03:12) or an offset"
                    + " (1.5s, 30f, 100t)");
            report(noEnd, ReaderRules.FORMAT.id(), "cues", "never ends: neither its p nor an element"
                    + " around it has an end or dur, so it stays on screen to the end of the programme; it was read as"
                    + " ending where it starts: give it an end or dur");
            report(entities, ReaderRules.PARSE_ERROR.id(), "entity references", "is not"
                    + " declared (XML declares only &amp; &lt; &gt; &quot; &apos;): XML parsers reject the whole"
                    + " document; it was kept as written; write the character or a numeric reference (&#160;)");
            if (tooDeep > 0) {
                issue(ReaderRules.PARSE_ERROR.id(), 0, 1, 1, tooDeep + " elements are nested more than " + MAX_DEPTH
                        + " deep and were not read");
            }
            return document(declaredLanguage(root, body));
        }

        /**
         * The language the document declares: {@code xml:lang} on {@code tt}, else the closest below
         * it that the whole text shares, on {@code body} or on its first {@code div} (IMSC documents
         * often leave {@code tt}'s empty and set it there).
         */
        private static Optional<String> declaredLanguage(Node root, Node body) {
            Node node = root;
            Node next = body;
            while (node != null) {
                String lang = strip(node.attribute("xml:lang"));
                if (lang != null && !lang.isEmpty()) {
                    return Optional.of(lang);
                }
                node = next;
                next = node == null ? null : child(node, "div");
            }
            return Optional.empty();
        }

        private SubtitleDocument document(Optional<String> language) {
            return new SubtitleDocument(Format.TTML, cues, language, List.copyOf(regions.values()), List.of(),
                    Optional.empty(), frameRate);
        }

        /** One finding for all occurrences: {@code what} they are, said of the first, with how many there are. */
        private void report(Occurrences o, String rule, String many, String what) {
            if (o.count() > 0) {
                issue(rule, o.cue(), o.line(), o.column(), o.first() + o.times(many) + " " + what);
            }
        }

        private void issue(String rule, int cue, int line, int column, String message) {
            issues.accept(new ReadIssue(rule, cue, line, column, message));
        }

        // ---- XML to a tree ----

        /** Reads the XML into a tree of nodes; false when the XML is malformed (reported). */
        private boolean parseXml() {
            XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
            factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
            factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
            factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
            factory.setProperty(XMLInputFactory.IS_COALESCING, false);
            factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
            XMLStreamReader reader = null;
            Node current = null;
            int depth = 0;
            int skipDepth = 0;
            try {
                reader = factory.createXMLStreamReader(new StringReader(text));
                while (reader.hasNext()) {
                    int event = reader.next();
                    int startOffset = Math.min(cursor, text.length());
                    Location l = reader.getLocation();
                    int located = l != null && l.getLineNumber() > 0
                            ? offset(l.getLineNumber(), Math.max(1, l.getColumnNumber())) : startOffset;
                    switch (event) {
                        case XMLStreamConstants.START_ELEMENT -> {
                            depth++;
                            cursor = Math.max(cursor, located);
                            if (skipDepth > 0 || depth > MAX_DEPTH) {
                                if (skipDepth++ == 0) {
                                    tooDeep++;
                                }
                                break;
                            }
                            int at = Math.max(startOffset, text.lastIndexOf('<', Math.max(0, located - 1)));
                            int[] pos = position(at);
                            Node node = new Node(elementName(reader), attributes(reader), pos[0], pos[1]);
                            if (current == null) {
                                if (root == null) {
                                    root = node;
                                    rootNamespace(reader, node);
                                }
                            } else {
                                node.parent = current;
                                current.children.add(node);
                            }
                            current = node;
                        }
                        case XMLStreamConstants.END_ELEMENT -> {
                            depth--;
                            cursor = Math.max(cursor, located);
                            if (skipDepth > 0) {
                                skipDepth--;
                                break;
                            }
                            if (current != null) {
                                current.closed = true;
                                current = current.parent;
                            }
                        }
                        case XMLStreamConstants.CHARACTERS, XMLStreamConstants.SPACE, XMLStreamConstants.CDATA -> {
                            Text t = text(reader.getText(), startOffset, event == XMLStreamConstants.CDATA);
                            if (current != null && skipDepth == 0) {
                                current.children.add(t);
                            }
                        }
                        case XMLStreamConstants.ENTITY_REFERENCE -> {
                            int at = skipSpace(startOffset);
                            int[] pos = position(at);
                            String written = "&" + reader.getLocalName() + ";";
                            int semi = text.indexOf(';', at);
                            cursor = semi < 0 ? located : semi + 1;
                            entities.seen(0, pos[0], pos[1], written);
                            if (current != null && skipDepth == 0) {
                                int[] offsets = new int[written.length()];
                                java.util.Arrays.fill(offsets, at);
                                current.children.add(new Text(written, offsets, true));
                            }
                        }
                        case XMLStreamConstants.DTD -> {
                            int doctype = text.indexOf("<!DOCTYPE", startOffset);
                            int[] pos = position(doctype < 0 ? skipSpace(startOffset) : doctype);
                            cursor = Math.max(cursor, located);
                            issue(ReaderRules.FORMAT.id(), 0, pos[0], pos[1], "the document has a DOCTYPE: it was"
                                    + " not read (no DTD is fetched and no entity it declares is expanded), and TTML"
                                    + " needs none: remove it");
                        }
                        case XMLStreamConstants.COMMENT -> cursor = after(startOffset, "-->", located);
                        case XMLStreamConstants.PROCESSING_INSTRUCTION -> cursor = after(startOffset, "?>", located);
                        default -> {
                            // the end of the document
                        }
                    }
                }
                return true;
            } catch (XMLStreamException e) {
                Location l = e.getLocation();
                int[] at = position(l != null && l.getLineNumber() > 0
                        ? offset(l.getLineNumber(), Math.max(1, l.getColumnNumber())) : cursor);
                issue(ReaderRules.PARSE_ERROR.id(), 0, at[0], at[1], "the XML is not well-formed: "
                        + xmlMessage(e) + "; the cues before this point were read, the rest of the file was not");
                return false;
            } catch (RuntimeException e) {
                int[] at = position(cursor);
                issue(ReaderRules.PARSE_ERROR.id(), 0, at[0], at[1], "the XML could not be read: " + e
                        + "; the cues before this point were read, the rest of the file was not");
                return false;
            } finally {
                if (reader != null) {
                    try {
                        reader.close();
                    } catch (XMLStreamException e) {
                        // nothing to release
                    }
                }
            }
        }

        private static String xmlMessage(XMLStreamException e) {
            String m = e.getMessage() == null ? e.toString() : e.getMessage();
            int at = m.indexOf("Message: ");
            return (at >= 0 ? m.substring(at + "Message: ".length()) : m).strip();
        }

        private void rootNamespace(XMLStreamReader reader, Node node) {
            String ns = reader.getNamespaceURI();
            if (node.name.equals("tt") && (ns == null || ns.isEmpty())) {
                issue(ReaderRules.FORMAT.id(), 0, node.line, node.column, "the root <tt> is in no namespace: TTML"
                        + " documents are in the namespace http://www.w3.org/ns/ttml, and players that check it reject"
                        + " this one; add xmlns=\"http://www.w3.org/ns/ttml\"");
            }
        }

        /** The local name of a TTML element (or one in no namespace), else {@code #foreign:name}. */
        private static String elementName(XMLStreamReader reader) {
            String ns = reader.getNamespaceURI();
            String local = reader.getLocalName();
            return ns == null || ns.isEmpty() || TT_NAMESPACES.contains(ns) ? local : "#foreign:" + local;
        }

        /** Attributes by local name, with {@code xml:}, {@code ttp:} and {@code tts:} for those namespaces. */
        private static Map<String, String> attributes(XMLStreamReader reader) {
            Map<String, String> map = new HashMap<>();
            for (int i = 0; i < reader.getAttributeCount(); i++) {
                String ns = reader.getAttributeNamespace(i);
                String local = reader.getAttributeLocalName(i);
                String key;
                if (ns == null || ns.isEmpty()) {
                    key = local;
                } else if (ns.equals(XML_NAMESPACE)) {
                    key = "xml:" + local;
                } else if (ns.endsWith("#parameter")) {
                    key = "ttp:" + local;
                } else if (ns.endsWith("#styling") || ns.endsWith("#style")) {
                    key = "tts:" + local;
                } else {
                    continue;
                }
                map.put(key, reader.getAttributeValue(i));
            }
            return map;
        }

        /** A run of text and the source offset of each char (entities, CRLF and CDATA accounted for). */
        private Text text(String chars, int start, boolean cdata) {
            int[] offsets = new int[chars.length()];
            int i = Math.min(start, text.length());
            if (cdata && text.startsWith("<![CDATA[", i)) {
                i += "<![CDATA[".length();
            }
            for (int k = 0; k < chars.length(); k++) {
                offsets[k] = Math.min(i, Math.max(0, text.length() - 1));
                if (i >= text.length()) {
                    continue;
                }
                char s = text.charAt(i);
                if (s == '&' && !cdata) {
                    int semi = text.indexOf(';', i);
                    if (Character.isHighSurrogate(chars.charAt(k)) && k + 1 < chars.length()) {
                        offsets[++k] = offsets[k - 1];
                    }
                    i = semi < 0 ? i + 1 : semi + 1;
                } else if (s == '\r') {
                    i += i + 1 < text.length() && text.charAt(i + 1) == '\n' ? 2 : 1;
                } else {
                    i++;
                }
            }
            cursor = Math.max(cursor, cdata ? i + "]]>".length() : i);
            return new Text(chars, offsets, false);
        }

        /** The offset after the first {@code end} from {@code from}, else {@code otherwise}. */
        private int after(int from, String end, int otherwise) {
            int at = text.indexOf(end, from);
            return at < 0 ? Math.max(cursor, otherwise) : at + end.length();
        }

        private int skipSpace(int offset) {
            int i = Math.min(offset, text.length());
            while (i < text.length() && text.charAt(i) != '<' && text.charAt(i) != '&'
                    && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            return i < text.length() ? i : Math.min(offset, Math.max(0, text.length() - 1));
        }

        private int offset(int line, int column) {
            if (lineStarts.length == 0 || text.isEmpty()) {
                return 0;
            }
            int l = Math.max(1, Math.min(line, lineStarts.length));
            return Math.max(0, Math.min(lineStarts[l - 1] + column - 1, text.length()));
        }

        /** 1-based line and column of a char offset. */
        private int[] position(int at) {
            int offset = Math.max(0, Math.min(at, text.length() - 1));
            int lo = 0;
            int hi = lineStarts.length - 1;
            while (lo < hi) {
                int mid = (lo + hi + 1) >>> 1;
                if (lineStarts[mid] <= offset) {
                    lo = mid;
                } else {
                    hi = mid - 1;
                }
            }
            return new int[] {lo + 1, Math.max(1, offset - lineStarts[lo] + 1)};
        }

        // ---- parameters, styles, regions ----

        private void parameters() {
            double rate = 30;
            String frameRateValue = strip(root.attribute("ttp:frameRate"));
            if (frameRateValue != null) {
                if (frameRateValue.matches("[0-9]{1,6}") && Integer.parseInt(frameRateValue) > 0) {
                    rate = Integer.parseInt(frameRateValue);
                } else {
                    parameterIssue("frameRate", frameRateValue, "a positive whole number", "30");
                }
            }
            double multiplier = 1;
            long[] fraction = {1, 1};
            String multiplierValue = strip(root.attribute("ttp:frameRateMultiplier"));
            if (multiplierValue != null) {
                String[] parts = multiplierValue.split("\\s+");
                if (parts.length == 2 && parts[0].matches("[0-9]{1,9}") && parts[1].matches("[0-9]{1,9}")
                        && Integer.parseInt(parts[0]) > 0 && Integer.parseInt(parts[1]) > 0) {
                    multiplier = Double.parseDouble(parts[0]) / Double.parseDouble(parts[1]);
                    fraction = new long[] {Long.parseLong(parts[0]), Long.parseLong(parts[1])};
                } else {
                    parameterIssue("frameRateMultiplier", multiplierValue, "two positive whole numbers (1000 1001)",
                            "1 1");
                }
            }
            int subFrameRate = 1;
            String subValue = strip(root.attribute("ttp:subFrameRate"));
            if (subValue != null) {
                if (subValue.matches("[0-9]{1,6}") && Integer.parseInt(subValue) > 0) {
                    subFrameRate = Integer.parseInt(subValue);
                } else {
                    parameterIssue("subFrameRate", subValue, "a positive whole number", "1");
                }
            }
            double effective = rate * multiplier;
            // TTML: without ttp:tickRate, ticks are frames × sub-frames when a frame rate is given, else 1 per second
            double tickRate = frameRateValue != null ? effective * subFrameRate : 1;
            String tickValue = strip(root.attribute("ttp:tickRate"));
            if (tickValue != null) {
                if (tickValue.matches("[0-9]{1,9}") && Integer.parseInt(tickValue) > 0) {
                    tickRate = Integer.parseInt(tickValue);
                } else {
                    parameterIssue("tickRate", tickValue, "a positive whole number", String.valueOf(tickRate));
                }
            }
            time = new TtmlTime(effective, subFrameRate, tickRate);
            if (frameRateValue != null) {
                frameRate = Optional.of(new FrameRate((long) rate * fraction[0], fraction[1]));
            }
            String timeBase = strip(root.attribute("ttp:timeBase"));
            if (timeBase != null && !timeBase.equals("media")) {
                issue(ReaderRules.FORMAT.id(), 0, root.line, root.column, "ttp:timeBase is \"" + timeBase
                        + "\": times were read as media times (from the start of the programme), which is what they"
                        + " are unless the programme's timecode does not start at 00:00:00:00 or jumps");
            }
        }

        private void parameterIssue(String name, String value, String expected, String used) {
            issue(ReaderRules.FORMAT.id(), 0, root.line, root.column, "ttp:" + name + " is \"" + value + "\", not "
                    + expected + ": the default, " + used + ", was used");
        }

        private void collectHead(Node node) {
            Node head = child(node, "head");
            if (head == null) {
                return;
            }
            walk(head, n -> {
                String id = strip(n.attribute("xml:id"));
                if (id == null) {
                    return;
                }
                if (n.name.equals("style")) {
                    styles.putIfAbsent(id, n);
                } else if (n.name.equals("region")) {
                    regions.putIfAbsent(id, new Region(id, 100, 3, 0, 100, 0, 100, "", n.line));
                }
            });
        }

        private static void walk(Node node, Consumer<Node> visit) {
            visit.accept(node);
            for (Item i : node.children) {
                if (i instanceof Node n) {
                    walk(n, visit);
                }
            }
        }

        private static Node child(Node node, String name) {
            for (Item i : node.children) {
                if (i instanceof Node n && n.name.equals(name)) {
                    return n;
                }
            }
            return null;
        }

        /** A style property of an element: its own attribute, else the last referenced style that sets it. */
        private String style(Node node, String property) {
            return style(node, "tts:" + property, 0);
        }

        private String style(Node node, String key, int depth) {
            String own = strip(node.attribute(key));
            if (own != null || depth > 16) {
                return own;
            }
            String refs = strip(node.attribute("style"));
            if (refs == null || refs.isEmpty()) {
                return null;
            }
            String found = null;
            for (String ref : refs.split("\\s+")) {
                Node style = styles.get(ref);
                if (style != null) {
                    String v = style(style, key, depth + 1);
                    if (v != null) {
                        found = v;
                    }
                }
            }
            return found;
        }

        // ---- timing (TTML2 §12) ----

        private static boolean timed(Node n) {
            return switch (n.name) {
                case "body", "div", "p", "span", "br" -> true;
                default -> false;
            };
        }

        /** Sets the active interval of {@code n} and its descendants, in seconds from the start of the media. */
        private void resolve(Node n, double syncBase, double parentEnd, boolean inSeq) {
            double beginOffset = timeAttribute(n, "begin");
            double endOffset = timeAttribute(n, "end");
            double dur = timeAttribute(n, "dur");
            n.begin = syncBase + (Double.isNaN(beginOffset) ? 0 : beginOffset);
            boolean explicit = !Double.isNaN(endOffset) || !Double.isNaN(dur);
            double explicitEnd = Double.POSITIVE_INFINITY;
            if (!Double.isNaN(endOffset)) {
                explicitEnd = syncBase + endOffset;
            }
            if (!Double.isNaN(dur)) {
                explicitEnd = Math.min(explicitEnd, n.begin + dur);
            }
            double limit = Math.min(parentEnd, explicitEnd);
            double implicitEnd;
            boolean seq = n.seq();
            if (seq) {
                double t = n.begin;
                for (Item i : n.children) {
                    if (i instanceof Node c && timed(c)) {
                        resolve(c, t, limit, true);
                        t = Math.max(c.end, c.begin);
                    }
                }
                implicitEnd = t;
            } else {
                boolean text = false;
                boolean any = false;
                implicitEnd = n.begin;
                for (Item i : n.children) {
                    if (i instanceof Node c && timed(c)) {
                        resolve(c, n.begin, limit, false);
                        if (!c.name.equals("br")) {
                            any = true;
                            implicitEnd = Math.max(implicitEnd, c.end);
                        }
                    } else if (i instanceof Text t && !t.chars.isBlank()) {
                        text = true;
                    }
                }
                if (text || !any && !inSeq) {
                    // text is an anonymous span, which lasts as long as its par parent; so does an empty element
                    implicitEnd = Double.POSITIVE_INFINITY;
                }
            }
            n.end = Math.min(explicit ? explicitEnd : implicitEnd, parentEnd);
        }

        /** The seconds an attribute gives, or NaN when absent or not a time expression (reported). */
        private double timeAttribute(Node n, String name) {
            String value = n.attribute(name);
            if (value == null) {
                return Double.NaN;
            }
            TtmlTime.Parsed parsed = time.parse(value);
            if (!parsed.valid()) {
                badTimes.seen(0, n.line, n.column, name + "=\"" + value + "\"");
            } else if (parsed.lenient()) {
                lenientTimes.seen(0, n.line, n.column, name + "=\"" + value + "\"");
            }
            return parsed.seconds();
        }

        // ---- cues ----

        /** The cues of the paragraphs under {@code n}, in document order. */
        private void cues(Node n, boolean shown) {
            for (Item i : n.children) {
                if (i instanceof Node c && (c.name.equals("div") || c.name.equals("p"))) {
                    boolean visible = shown && !"none".equals(style(c, "display"));
                    if (c.name.equals("p")) {
                        if (visible && c.closed) {
                            paragraph(c);
                        }
                    } else {
                        cues(c, visible);
                    }
                }
            }
        }

        private void paragraph(Node p) {
            if (!(p.begin < p.end)) {
                return;
            }
            TreeSet<Double> bounds = new TreeSet<>();
            bounds.add(p.begin);
            bounds.add(p.end);
            collectBounds(p, p, bounds);
            List<Double> times = new ArrayList<>(bounds);
            boolean single = times.size() == 2;
            for (int k = 0; k + 1 < times.size(); k++) {
                double from = times.get(k);
                double to = times.get(k + 1);
                List<Glyph> glyphs = new ArrayList<>();
                boolean hidden = "hidden".equals(inheritedVisibility(p));
                collect(p, from, to, hidden, false, glyphs);
                List<List<Glyph>> lines = lines(glyphs);
                if (lines.isEmpty() && !single) {
                    continue;
                }
                addCue(p, from, to, lines);
            }
        }

        private String inheritedVisibility(Node n) {
            for (Node a = n; a != null; a = a.parent) {
                String v = style(a, "visibility");
                if (v != null) {
                    return v;
                }
            }
            return null;
        }

        private void collectBounds(Node p, Node n, TreeSet<Double> bounds) {
            for (Item i : n.children) {
                if (i instanceof Node c && (c.name.equals("span") || c.name.equals("br"))) {
                    for (double t : new double[] {c.begin, c.end}) {
                        if (t > p.begin && t < p.end) {
                            bounds.add(t);
                        }
                    }
                    collectBounds(p, c, bounds);
                }
            }
        }

        /** The glyphs of {@code n}'s content that show throughout {@code [from, to)}. */
        private void collect(Node n, double from, double to, boolean hidden, boolean preserve, List<Glyph> out) {
            String space = strip(n.attribute("xml:space"));
            boolean keep = space == null ? preserve : space.equals("preserve");
            String visibility = style(n, "visibility");
            boolean invisible = visibility == null ? hidden : visibility.equals("hidden");
            boolean textShows = !n.seq();
            for (Item i : n.children) {
                if (i instanceof Node c) {
                    if (c.name.equals("br")) {
                        if (c.begin <= from && c.end >= to) {
                            out.add(new Glyph('\n', 0, false, false, true));
                        }
                    } else if ((c.name.equals("span") || c.name.equals("p")) && c.begin <= from && c.end >= to
                            && !"none".equals(style(c, "display"))) {
                        collect(c, from, to, invisible, keep, out);
                    }
                } else if (i instanceof Text t && textShows && !invisible) {
                    for (int k = 0; k < t.chars.length(); k++) {
                        out.add(new Glyph(t.chars.charAt(k), t.offsets[k], keep, t.reference, false));
                    }
                }
            }
        }

        /**
         * The lines the glyphs make: br breaks a line; in default white space handling line ends and
         * tabs are spaces, runs of spaces are one and spaces at either end of a line go; with
         * {@code xml:space="preserve"} a line end breaks the line and spaces stay. Empty lines go.
         */
        private static List<List<Glyph>> lines(List<Glyph> glyphs) {
            List<List<Glyph>> lines = new ArrayList<>();
            List<Glyph> line = new ArrayList<>();
            boolean space = false;
            for (Glyph g : glyphs) {
                if (g.br || g.preserve && (g.c == '\n' || g.c == '\r')) {
                    finish(line, lines);
                    line = new ArrayList<>();
                    space = false;
                    continue;
                }
                if (g.preserve) {
                    line.add(g);
                    space = false;
                    continue;
                }
                boolean white = g.c == ' ' || g.c == '\t' || g.c == '\n' || g.c == '\r';
                if (white) {
                    if (!space && !line.isEmpty()) {
                        line.add(new Glyph(' ', g.offset, false, false, false));
                    }
                    space = true;
                } else {
                    line.add(g);
                    space = false;
                }
            }
            finish(line, lines);
            return lines;
        }

        private static void finish(List<Glyph> line, List<List<Glyph>> lines) {
            int end = line.size();
            while (end > 0 && line.get(end - 1).c == ' ' && !line.get(end - 1).preserve) {
                end--;
            }
            if (end > 0) {
                lines.add(new ArrayList<>(line.subList(0, end)));
            }
        }

        private void addCue(Node p, double from, double to, List<List<Glyph>> glyphLines) {
            int ordinal = cues.size() + 1;
            long start = millis(from);
            long end;
            if (Double.isInfinite(to)) {
                noEnd.seen(ordinal, p.line, p.column, "cue " + ordinal);
                end = start;
            } else {
                end = millis(to);
            }
            List<String> lines = new ArrayList<>();
            List<Integer> sourceLines = new ArrayList<>();
            List<Integer> sourceColumns = new ArrayList<>();
            for (List<Glyph> l : glyphLines) {
                StringBuilder s = new StringBuilder();
                for (int k = 0; k < l.size(); k++) {
                    Glyph g = l.get(k);
                    if (g.reference) {
                        s.append(g.c);
                    } else if (g.c == '&') {
                        s.append("&amp;");
                    } else if (g.c == '<') {
                        s.append("&lt;");
                    } else if (g.c == '{' && k + 1 < l.size() && l.get(k + 1).c == '\\') {
                        s.append("&#123;");
                    } else {
                        s.append(g.c);
                    }
                }
                lines.add(s.toString());
                int[] at = position(l.get(0).offset);
                sourceLines.add(at[0]);
                sourceColumns.add(at[1]);
            }
            String id = strip(p.attribute("xml:id"));
            CueLayout layout = layout(p);
            int firstTextLine = sourceLines.isEmpty() ? p.line : sourceLines.get(0);
            cues.add(new Cue(ordinal, id, start, end, lines, p.line, firstTextLine, "", layout, "",
                    sourceLines, sourceColumns));
        }

        private CueLayout layout(Node p) {
            for (Node a = p; a != null; a = a.parent) {
                String region = strip(a.attribute("region"));
                if (region != null && !region.isEmpty()) {
                    Region r = regions.get(region);
                    if (r == null) {
                        r = new Region(region, 100, 3, 0, 100, 0, 100, "", a.line);
                    }
                    CueLayout d = CueLayout.DEFAULT;
                    return new CueLayout(d.vertical(), d.line(), d.snapToLines(), d.lineAlign(), d.position(),
                            d.positionAlign(), d.size(), d.align(), Optional.of(r));
                }
            }
            return CueLayout.DEFAULT;
        }

        private static long millis(double seconds) {
            double ms = Math.rint(seconds * 1000);
            return ms >= 1e15 ? (long) 1e15 : (long) ms;
        }
    }
}
