package io.github.subtitleqc.core.report;

import io.github.subtitleqc.core.engine.FileResult;
import io.github.subtitleqc.core.model.Finding;
import io.github.subtitleqc.core.model.Severity;
import io.github.subtitleqc.core.read.ReaderRules;
import io.github.subtitleqc.core.rule.RunRule;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes {@code subtitle-qc-junit.xml}: one {@code <testsuite name="subtitle-qc">} in a
 * {@code <testsuites>}, and in it one {@code <testcase classname="<file>" name="<rule>">} per
 * checked file and per rule that ran. A case fails when the file has findings of that rule at or
 * above the violation severity: its {@code <failure>} says how many and lists them one per line,
 * {@code line:column message} (no column when unknown); findings below the violation severity go
 * to the case's {@code <system-out>}, and do not fail it. A file that could not be read at all (a
 * {@code parse-error} finding and no cue) always fails its {@code parse-error} case.
 *
 * <p>The suite's counts come first in the file but are known only at the end, so the test cases
 * are spooled to a temporary file as they come and copied behind the suite's start tag in
 * {@link #finish}. The suite's {@code time} is the seconds between {@link #start} and
 * {@link #finish}; cases carry none.
 */
public final class JUnitReportWriter implements ReportWriter {

    /** The suite's name. */
    public static final String SUITE = ReportTarget.BASE_NAME;

    private static final XMLOutputFactory XML = XMLOutputFactory.newFactory();

    private final Path file;
    private Path spool;
    private OutputStream spoolOut;
    private XMLStreamWriter cases;
    private RunStart run;
    private long started;
    private int tests;
    private int failures;

    /** A writer to {@code file}, whose directory must exist. */
    public JUnitReportWriter(Path file) {
        this.file = file;
    }

    @Override
    public void start(RunStart run) throws IOException {
        this.run = run;
        this.started = System.nanoTime();
        spool = Files.createTempFile("subtitle-qc-junit", ".xml");
        spoolOut = new java.io.BufferedOutputStream(Files.newOutputStream(spool), 1 << 16);
        cases = xml(() -> XML.createXMLStreamWriter(spoolOut, StandardCharsets.UTF_8.name()));
    }

    @Override
    public void file(FileResult result) throws IOException {
        Map<String, List<Finding>> byRule = new LinkedHashMap<>();
        for (RunRule r : run.rules()) {
            byRule.put(r.id(), new ArrayList<>());
        }
        for (Finding f : result.findings()) {
            byRule.computeIfAbsent(f.ruleId(), id -> new ArrayList<>()).add(f);
        }
        for (Map.Entry<String, List<Finding>> e : byRule.entrySet()) {
            testCase(result, e.getKey(), e.getValue());
        }
    }

    private void testCase(FileResult result, String rule, List<Finding> findings) throws IOException {
        boolean unread = rule.equals(ReaderRules.PARSE_ERROR.id()) && result.cues() == 0 && !findings.isEmpty();
        List<Finding> failed = new ArrayList<>();
        List<Finding> other = new ArrayList<>();
        for (Finding f : findings) {
            (unread || f.severity().isAtLeast(run.violationSeverity()) ? failed : other).add(f);
        }
        tests++;
        if (!failed.isEmpty()) {
            failures++;
        }
        xml(() -> {
            cases.writeCharacters("\n    ");
            if (failed.isEmpty() && other.isEmpty()) {
                cases.writeEmptyElement("testcase");
                cases.writeAttribute("classname", xmlChars(result.path()));
                cases.writeAttribute("name", rule);
                return null;
            }
            cases.writeStartElement("testcase");
            cases.writeAttribute("classname", xmlChars(result.path()));
            cases.writeAttribute("name", rule);
            if (!failed.isEmpty()) {
                Severity worst = failed.stream().map(Finding::severity).max(Enum::compareTo).orElseThrow();
                cases.writeCharacters("\n      ");
                cases.writeStartElement("failure");
                cases.writeAttribute("message", (unread ? "could not be read: " : "")
                        + failed.size() + (failed.size() == 1 ? " violation" : " violations") + " in " + xmlChars(result.path()));
                cases.writeAttribute("type", worst.id());
                cases.writeCharacters(lines(failed, false));
                cases.writeEndElement();
            }
            if (!other.isEmpty()) {
                cases.writeCharacters("\n      ");
                cases.writeStartElement("system-out");
                cases.writeCharacters(lines(other, true));
                cases.writeEndElement();
            }
            cases.writeCharacters("\n    ");
            cases.writeEndElement();
            return null;
        });
    }

    /** One line per finding: {@code line:column message}, the column left out when unknown. */
    private static String lines(List<Finding> findings, boolean severity) {
        StringBuilder b = new StringBuilder();
        for (Finding f : findings) {
            if (!b.isEmpty()) {
                b.append('\n');
            }
            b.append(f.line());
            if (f.column() > 0) {
                b.append(':').append(f.column());
            }
            b.append(' ');
            if (severity) {
                b.append(f.severity().id()).append(": ");
            }
            b.append(xmlChars(f.message()));
        }
        return b.toString();
    }

    @Override
    public void finish(RunEnd end) throws IOException {
        xml(() -> {
            cases.writeCharacters("\n  ");
            cases.flush();
            cases.close();
            return null;
        });
        cases = null;
        spoolOut.close();
        String time = String.format(Locale.ROOT, "%.3f", (System.nanoTime() - started) / 1e9);
        try (OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            XMLStreamWriter x = xml(() -> XML.createXMLStreamWriter(out, StandardCharsets.UTF_8.name()));
            xml(() -> {
                x.writeStartDocument(StandardCharsets.UTF_8.name(), "1.0");
                x.writeCharacters("\n");
                x.writeStartElement("testsuites");
                counts(x, time);
                x.writeCharacters("\n  ");
                x.writeStartElement("testsuite");
                counts(x, time);
                x.writeCharacters("\n    ");
                x.writeStartElement("properties");
                property(x, "subtitle-qc.version", run.toolVersion());
                property(x, "violationSeverity", run.violationSeverity().id());
                if (run.module() != null) {
                    property(x, "module", run.module());
                }
                x.writeCharacters("\n    ");
                x.writeEndElement();
                x.flush();
                return null;
            });
            Files.copy(spool, out);
            xml(() -> {
                x.writeEndElement();
                x.writeCharacters("\n");
                x.writeEndElement();
                x.writeCharacters("\n");
                x.writeEndDocument();
                x.close();
                return null;
            });
        }
    }

    private void counts(XMLStreamWriter x, String time) throws XMLStreamException {
        x.writeAttribute("name", SUITE);
        x.writeAttribute("tests", Integer.toString(tests));
        x.writeAttribute("failures", Integer.toString(failures));
        x.writeAttribute("errors", "0");
        x.writeAttribute("skipped", "0");
        x.writeAttribute("time", time);
    }

    private static void property(XMLStreamWriter x, String name, String value) throws XMLStreamException {
        x.writeCharacters("\n      ");
        x.writeEmptyElement("property");
        x.writeAttribute("name", name);
        x.writeAttribute("value", xmlChars(value == null ? "" : value));
    }

    @Override
    public void close() throws IOException {
        try {
            if (cases != null) {
                xml(() -> {
                    cases.close();
                    return null;
                });
            }
            if (spoolOut != null) {
                spoolOut.close();
            }
        } finally {
            if (spool != null) {
                Files.deleteIfExists(spool);
            }
        }
    }

    /**
     * The text with what XML 1.0 cannot hold at all (control characters but tab and line breaks,
     * lone surrogates, U+FFFE, U+FFFF) replaced by U+FFFD; escaping is the XML writer's.
     */
    static String xmlChars(String s) {
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean ok;
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                if (b != null) {
                    b.append(c).append(s.charAt(i + 1));
                }
                i++;
                continue;
            }
            ok = c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c < 0xD800) || (c > 0xDFFF && c < 0xFFFE);
            if (!ok && b == null) {
                b = new StringBuilder(s.length()).append(s, 0, i);
            }
            if (b != null) {
                b.append(ok ? c : '\uFFFD');
            }
        }
        return b == null ? s : b.toString();
    }

    private interface XmlStep<T> {
        T run() throws XMLStreamException;
    }

    private static <T> T xml(XmlStep<T> step) throws IOException {
        try {
            return step.run();
        } catch (XMLStreamException e) {
            throw new IOException("cannot write JUnit XML: " + e.getMessage(), e);
        }
    }
}
