package io.github.subtitleqc.core.glossary;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import javax.xml.XMLConstants;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads glossaries (SPEC §6): CSV ({@code .csv}) and TSV ({@code .tsv}, {@code .txt}) with a header
 * row — {@code preferred} (required), {@code forbidden} (variants separated by {@code |}),
 * {@code caseSensitive} ({@code true}/{@code false}, default {@code true}), {@code language},
 * {@code note}; other columns are ignored — and TBX ({@code .tbx}, TBX-Basic: {@code termEntry} /
 * {@code langSec} or {@code langSet} / {@code termSec} or {@code tig}, with
 * {@code administrativeStatus} preferred / admitted / deprecated / superseded / forbidden).
 * Files are UTF-8 (a BOM is skipped). TBX is parsed with DTDs and external entities disabled.
 * Problems name the file as configured, with the line, and say what to change in their own words;
 * they carry no cause, because Maven prints every cause's message after the problem's, and a
 * parser's words ({@code CSVException: EOF reached before encapsulated token finished}) only
 * confuse. Entries name their source by file name
 * and line ({@code glossary.csv:12}), which is what a finding's message quotes.
 */
public final class GlossaryReader {

    private static final List<String> COLUMNS = List.of("preferred", "forbidden", "caseSensitive", "language", "note");

    /** The columns, as a message names them. */
    private static final String COLUMNS_SENTENCE =
            "the columns are preferred (required), forbidden, caseSensitive, language, note";

    /** Reads one glossary file; the format comes from its extension. */
    public List<GlossaryEntry> read(Path file) throws GlossaryException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        String text;
        try {
            text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new GlossaryException(file + ": glossary file not found: check the <glossaries> path");
        } catch (java.nio.file.AccessDeniedException e) {
            throw new GlossaryException(file + ": the glossary cannot be read (permission denied): make the file"
                    + " readable");
        } catch (IOException e) {
            if (Files.isDirectory(file)) {
                throw new GlossaryException(file + ": this is a folder, not a glossary file: name a .csv, .tsv or"
                        + " .tbx file in <glossaries>");
            }
            throw new GlossaryException(file + ": the glossary cannot be read (" + plain(e) + "): check that it is"
                    + " a readable file");
        } catch (OutOfMemoryError e) {
            throw new GlossaryException(file + ": the glossary is too big for the memory available: give Maven more"
                    + " memory (MAVEN_OPTS=-Xmx1g) or split it");
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        Source source = new Source(file.toString(), file.getFileName().toString());
        if (name.endsWith(".tbx") || name.endsWith(".xml")) {
            return readTbx(source, text);
        }
        if (name.endsWith(".csv")) {
            return readDelimited(source, text, ',');
        }
        if (name.endsWith(".tsv") || name.endsWith(".txt")) {
            return readDelimited(source, text, '\t');
        }
        throw new GlossaryException(file + ": unknown glossary format: use a .csv, .tsv or .tbx file");
    }

    /** Reads all glossaries, in order, into one. */
    public Glossary readAll(List<Path> files) throws GlossaryException {
        List<GlossaryEntry> all = new ArrayList<>();
        for (Path f : files) {
            all.addAll(read(f));
        }
        return new Glossary(all);
    }

    /**
     * A glossary file's names.
     *
     * @param label how problems name it: the path as configured
     * @param name  how entries name their source: the file name
     */
    record Source(String label, String name) {
    }

    List<GlossaryEntry> readDelimited(Source file, String text, char delimiter) throws GlossaryException {
        String label = file.label();
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(delimiter).setIgnoreEmptyLines(false)
                .setTrim(true).get();
        List<GlossaryEntry> entries = new ArrayList<>();
        long line = 1;
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            Map<String, Integer> columns = null;
            for (CSVRecord record : parser) {
                if (columns == null) {
                    columns = header(label, record, line);
                } else {
                    GlossaryEntry e = entry(file, line, record, columns);
                    if (e != null) {
                        entries.add(e);
                    }
                }
                line = parser.getCurrentLineNumber() + 1;
            }
            if (columns == null) {
                throw new GlossaryException(label + ":1: the glossary is empty: its first line must name the columns"
                        + " (" + COLUMNS_SENTENCE + ")");
            }
        } catch (IOException | java.io.UncheckedIOException | IllegalStateException e) {
            // commons-csv's own words name its classes and token states: say what is wrong in ours
            QuoteProblem problem = QuoteProblem.find(text, delimiter);
            if (problem != null) {
                throw new GlossaryException(label + ":" + problem.line + ": " + problem.message);
            }
            throw new GlossaryException(label + ":" + line + ": this line cannot be read as "
                    + (delimiter == ',' ? "CSV" : "TSV") + ": check its quotes and separators");
        }
        return entries;
    }

    /** An exception's message without class names, for a sentence. */
    private static String plain(Exception e) {
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName().replaceAll("Exception$", "") : m;
    }

    /**
     * The first quoting mistake of a CSV or TSV text (RFC 4180, as commons-csv reads it: a field
     * is quoted when its first character is {@code "}, a quote inside is written {@code ""}, and
     * only spaces may follow the closing quote before the separator), with its line.
     */
    record QuoteProblem(long line, String message) {

        static QuoteProblem find(String text, char delimiter) {
            long line = 1;
            boolean fieldStart = true;
            int n = text.length();
            for (int i = 0; i < n; i++) {
                char c = text.charAt(i);
                if (fieldStart && c == '"') {
                    long opened = line;
                    int column = column(text, i);
                    i++;
                    boolean closed = false;
                    for (; i < n; i++) {
                        char q = text.charAt(i);
                        if (q == '"') {
                            if (i + 1 < n && text.charAt(i + 1) == '"') {
                                i++;
                                continue;
                            }
                            closed = true;
                            break;
                        }
                        if (q == '\n' || (q == '\r' && !(i + 1 < n && text.charAt(i + 1) == '\n'))) {
                            line++;
                        }
                    }
                    if (!closed) {
                        return new QuoteProblem(opened, "a quoted field is not closed (its quote opens at column "
                                + column + "): close the quote or remove it");
                    }
                    int j = i + 1;
                    while (j < n && text.charAt(j) != delimiter && Character.isWhitespace(text.charAt(j))
                            && text.charAt(j) != '\n' && text.charAt(j) != '\r') {
                        j++;
                    }
                    if (j < n && text.charAt(j) != delimiter && text.charAt(j) != '\n' && text.charAt(j) != '\r') {
                        return new QuoteProblem(line, "a quoted field has text after its closing quote (column "
                                + column(text, j) + "): quote the whole field and write each quote inside it twice"
                                + " (\"\")");
                    }
                    i = j - 1;
                    fieldStart = false;
                    continue;
                }
                if (c == delimiter) {
                    fieldStart = true;
                } else if (c == '\n' || c == '\r') {
                    if (!(c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n')) {
                        line++;
                    }
                    fieldStart = true;
                } else {
                    fieldStart = false;
                }
            }
            return null;
        }

        /** The 1-based column of {@code at} in its line. */
        private static int column(String text, int at) {
            int start = at;
            while (start > 0 && text.charAt(start - 1) != '\n' && text.charAt(start - 1) != '\r') {
                start--;
            }
            return at - start + 1;
        }
    }

    private static Map<String, Integer> header(String label, CSVRecord record, long line) throws GlossaryException {
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < record.size(); i++) {
            String name = record.get(i).strip();
            for (String known : COLUMNS) {
                if (known.equalsIgnoreCase(name)) {
                    columns.put(known, i);
                }
            }
        }
        if (!columns.containsKey("preferred")) {
            List<String> names = Arrays.stream(record.values()).map(String::strip).filter(v -> !v.isEmpty()).toList();
            throw new GlossaryException(label + ":" + line + ": the header has no 'preferred' column"
                    + (names.isEmpty() ? " (the first line is empty)" : " (it names " + String.join(", ", names) + ")")
                    + ": the first line names the columns, and " + COLUMNS_SENTENCE);
        }
        return columns;
    }

    private static GlossaryEntry entry(Source file, long line, CSVRecord record, Map<String, Integer> columns)
            throws GlossaryException {
        String label = file.label();
        String preferred = get(record, columns, "preferred");
        String forbidden = get(record, columns, "forbidden");
        if (preferred.isEmpty()) {
            if (forbidden.isEmpty() && Arrays.stream(record.values()).allMatch(String::isBlank)) {
                return null;
            }
            throw new GlossaryException(label + ":" + line + ": the 'preferred' column is empty: every row needs the term to write");
        }
        String caseText = get(record, columns, "caseSensitive");
        boolean caseSensitive;
        if (caseText.isEmpty() || caseText.equalsIgnoreCase("true")) {
            caseSensitive = true;
        } else if (caseText.equalsIgnoreCase("false")) {
            caseSensitive = false;
        } else {
            throw new GlossaryException(label + ":" + line + ": caseSensitive is '" + caseText + "': write true or false");
        }
        List<String> variants = new ArrayList<>();
        for (String v : forbidden.split("\\|")) {
            if (!v.isBlank()) {
                variants.add(v.strip());
            }
        }
        String language = get(record, columns, "language");
        String note = get(record, columns, "note");
        return new GlossaryEntry(preferred, variants, caseSensitive, language.isEmpty() ? null : language,
                note.isEmpty() ? null : note, file.name() + ":" + line);
    }

    private static String get(CSVRecord record, Map<String, Integer> columns, String column) {
        Integer i = columns.get(column);
        return i == null || i >= record.size() ? "" : record.get(i).strip();
    }

    List<GlossaryEntry> readTbx(Source file, String text) throws GlossaryException {
        String label = file.label();
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        trySet(factory, XMLConstants.ACCESS_EXTERNAL_DTD, "");
        trySet(factory, XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        List<GlossaryEntry> entries = new ArrayList<>();
        XMLStreamReader xml = null;
        try (Reader reader = new StringReader(text)) {
            xml = factory.createXMLStreamReader(reader);
            TbxConcept concept = null;
            TbxTerm term = null;
            String language = null;
            String root = null;
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.DTD || event == XMLStreamConstants.ENTITY_REFERENCE) {
                    throw new GlossaryException(label + ":" + xml.getLocation().getLineNumber()
                            + ": TBX with a DOCTYPE or entity references is not accepted (they could read other files):"
                            + " remove the DOCTYPE");
                }
                if (event == XMLStreamConstants.START_ELEMENT) {
                    String el = xml.getLocalName();
                    if (root == null) {
                        root = el;
                        if (!el.equals("martif") && !el.equals("tbx")) {
                            throw new GlossaryException(label + ":" + xml.getLocation().getLineNumber()
                                    + ": not a TBX file: the root element is <" + el + ">, expected <martif> or <tbx>");
                        }
                    }
                    switch (el) {
                        case "termEntry", "conceptEntry" -> concept = new TbxConcept(xml.getLocation().getLineNumber());
                        case "langSet", "langSec" -> language = xmlLang(xml);
                        case "tig", "termSec", "ntig" -> term = new TbxTerm();
                        case "term" -> {
                            if (term == null) {
                                term = new TbxTerm();
                            }
                            term.text = xml.getElementText().strip();
                            term.line = xml.getLocation().getLineNumber();
                            if (concept != null) {
                                term.language = language;
                            }
                        }
                        case "termNote" -> {
                            if ("administrativeStatus".equals(xml.getAttributeValue(null, "type")) && term != null) {
                                term.status = xml.getElementText().strip();
                            }
                        }
                        default -> { }
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    String el = xml.getLocalName();
                    switch (el) {
                        case "tig", "termSec", "ntig" -> {
                            if (concept != null && term != null && term.text != null) {
                                concept.terms.add(term);
                            }
                            term = null;
                        }
                        case "langSet", "langSec" -> language = null;
                        case "termEntry", "conceptEntry" -> {
                            if (concept != null) {
                                concept.addTo(entries, file.name());
                            }
                            concept = null;
                        }
                        default -> { }
                    }
                }
            }
        } catch (XMLStreamException e) {
            Location at = e.getLocation();
            throw new GlossaryException(label + ":" + (at == null ? 1 : at.getLineNumber()) + ": malformed TBX: "
                    + xmlProblem(e));
        } catch (IOException e) {
            throw new GlossaryException(label + ": the glossary cannot be read (" + plain(e) + ")");
        } finally {
            if (xml != null) {
                try {
                    xml.close();
                } catch (XMLStreamException ignored) {
                    // nothing left to release
                }
            }
        }
        return entries;
    }

    /** The XML parser's sentence, without its "ParseError at [row,col]:[7,3] Message:" prefix. */
    private static String xmlProblem(XMLStreamException e) {
        String m = String.valueOf(e.getMessage()).replaceAll("\\s+", " ").strip();
        int at = m.indexOf("Message: ");
        return at >= 0 ? m.substring(at + "Message: ".length()) : m;
    }

    private static String xmlLang(XMLStreamReader xml) {
        String lang = xml.getAttributeValue(XMLConstants.XML_NS_URI, "lang");
        if (lang == null) {
            lang = xml.getAttributeValue(null, "lang");
        }
        return lang;
    }

    private static void trySet(XMLInputFactory factory, String property, Object value) {
        try {
            factory.setProperty(property, value);
        } catch (IllegalArgumentException ignored) {
            // a StAX implementation without this property: DTDs are already off
        }
    }

    /** One TBX term with its status. */
    private static final class TbxTerm {
        String text;
        String status;
        String language;
        int line;

        Kind kind() {
            String s = status == null ? "" : status.toLowerCase(Locale.ROOT);
            if (s.startsWith("preferred")) {
                return Kind.PREFERRED;
            }
            if (s.startsWith("deprecated") || s.startsWith("superseded") || s.startsWith("forbidden")
                    || s.startsWith("obsolete")) {
                return Kind.FORBIDDEN;
            }
            return Kind.ADMITTED;
        }
    }

    private enum Kind { PREFERRED, ADMITTED, FORBIDDEN }

    /** One TBX concept: its terms, grouped into an entry per language. */
    private static final class TbxConcept {
        final int line;
        final List<TbxTerm> terms = new ArrayList<>();

        TbxConcept(int line) {
            this.line = line;
        }

        void addTo(List<GlossaryEntry> entries, String label) {
            Map<String, List<TbxTerm>> byLanguage = new java.util.LinkedHashMap<>();
            for (TbxTerm t : terms) {
                byLanguage.computeIfAbsent(t.language == null ? "" : t.language, k -> new ArrayList<>()).add(t);
            }
            for (Map.Entry<String, List<TbxTerm>> e : byLanguage.entrySet()) {
                List<TbxTerm> list = e.getValue();
                TbxTerm preferred = list.stream().filter(t -> t.kind() == Kind.PREFERRED).findFirst()
                        .orElse(list.stream().filter(t -> t.kind() == Kind.ADMITTED).findFirst().orElse(null));
                List<String> forbidden = list.stream().filter(t -> t.kind() == Kind.FORBIDDEN).map(t -> t.text).toList();
                if (preferred == null || forbidden.isEmpty()) {
                    continue; // nothing to enforce: no variant is forbidden, or no term to recommend
                }
                entries.add(new GlossaryEntry(preferred.text, forbidden, true, e.getKey().isEmpty() ? null : e.getKey(),
                        null, label + ":" + line));
            }
        }
    }
}
