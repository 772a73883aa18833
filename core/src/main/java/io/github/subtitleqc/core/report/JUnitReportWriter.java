package io.github.subtitleqc.core.report;

import io.github.subtitleqc.core.engine.FileResult;
import io.github.subtitleqc.core.model.Finding;
import io.github.subtitleqc.core.model.Severity;
import io.github.subtitleqc.core.read.ReaderRules;
import io.github.subtitleqc.core.rule.RunRule;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
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
 * checked file and per rule that ran on it by itself (a reader or per-cue rule). A case fails when the file has findings of that rule at or
 * above the violation severity: its {@code <failure>} says how many and lists them one per line,
 * {@code line:column message} (no column when unknown); findings below the violation severity go
 * to the case's {@code <system-out>}, and do not fail it. A file that could not be read at all (a
 * {@code parse-error} finding and no cue) always fails its {@code parse-error} case.
 *
 * <p>The findings of rules that compare files ({@code term-consistency}…), known only after the
 * last file, go to a second suite, {@code <testsuite name="subtitle-qc cross-file rules">},
 * written only when there are any: one case per file and rule with such findings, failing and
 * listing them as above. {@code <testsuites>} counts the cases of both suites.
 *
 * <p>The suite's counts come first in the file but are known only at the end, so the test cases
 * are spooled to a temporary file as they come and copied behind the suite's start tag in
 * {@link #finish}. The suite's {@code time} is the seconds between {@link #start} and
 * {@link #finish}; cases carry none.
 */
public final class JUnitReportWriter implements ReportWriter {

    /** The name of the suite of each file's cases. */
    public static final String SUITE = ReportTarget.BASE_NAME;

    /** The name of the suite of the cross-file rules' cases. */
    public static final String CROSS_FILE_SUITE = ReportTarget.BASE_NAME + " cross-file rules";

    private static final XMLOutputFactory XML = XMLOutputFactory.newFactory();

    private final Path file;
    private Path spool;
    private OutputStream spoolOut;
    private Writer spoolText;
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
        // a buffered Writer: given a stream, the JDK's XML writer writes each byte on its own
        spoolOut = new BufferedOutputStream(Files.newOutputStream(spool), 1 << 16);
        spoolText = utf8(spoolOut);
        cases = xml(() -> XML.createXMLStreamWriter(spoolText));
    }

    @Override
    public void file(FileResult result) throws IOException {
        Map<String, List<Finding>> byRule = new LinkedHashMap<>();
        for (RunRule r : run.rules()) {
            if (!r.crossFile()) {
                byRule.put(r.id(), new ArrayList<>());
            }
        }
        for (Finding f : result.findings()) {
            byRule.computeIfAbsent(f.ruleId(), id -> new ArrayList<>()).add(f);
        }
        for (Map.Entry<String, List<Finding>> e : byRule.entrySet()) {
            boolean unread = e.getKey().equals(ReaderRules.PARSE_ERROR.id()) && result.cues() == 0
                    && !e.getValue().isEmpty();
            tests++;
            if (testCase(cases, result.path(), e.getKey(), e.getValue(), unread)) {
                failures++;
            }
        }
    }

    /** Whether a case with these findings fails: it has a violation, or its file could not be read. */
    private boolean fails(List<Finding> findings, boolean unread) {
        return findings.stream().anyMatch(f -> unread || f.severity().isAtLeast(run.violationSeverity()));
    }

    /**
     * Writes one test case, {@code classname} the file and {@code name} the rule.
     *
     * @param unread true when the file could not be read at all: every finding fails the case
     * @return true when the case fails
     */
    private boolean testCase(XMLStreamWriter out, String path, String rule, List<Finding> findings, boolean unread)
            throws IOException {
        List<Finding> failed = new ArrayList<>();
        List<Finding> other = new ArrayList<>();
        for (Finding f : findings) {
            (unread || f.severity().isAtLeast(run.violationSeverity()) ? failed : other).add(f);
        }
        xml(() -> {
            out.writeCharacters("\n    ");
            if (failed.isEmpty() && other.isEmpty()) {
                out.writeEmptyElement("testcase");
                out.writeAttribute("classname", xmlChars(path));
                out.writeAttribute("name", rule);
                return null;
            }
            out.writeStartElement("testcase");
            out.writeAttribute("classname", xmlChars(path));
            out.writeAttribute("name", rule);
            if (!failed.isEmpty()) {
                Severity worst = failed.stream().map(Finding::severity).max(Enum::compareTo).orElseThrow();
                out.writeCharacters("\n      ");
                out.writeStartElement("failure");
                out.writeAttribute("message", (unread ? "could not be read: " : "")
                        + failed.size() + (failed.size() == 1 ? " violation" : " violations") + " in " + xmlChars(path));
                out.writeAttribute("type", worst.id());
                out.writeCharacters(lines(failed, false));
                out.writeEndElement();
            }
            if (!other.isEmpty()) {
                out.writeCharacters("\n      ");
                out.writeStartElement("system-out");
                out.writeCharacters(lines(other, true));
                out.writeEndElement();
            }
            out.writeCharacters("\n    ");
            out.writeEndElement();
            return null;
        });
        return !failed.isEmpty();
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
        spoolText.flush();
        spoolOut.close();
        // the cross-file cases: one per file and rule with findings, counted before the header is written
        Map<String, Map<String, List<Finding>>> crossFile = new LinkedHashMap<>();
        CrossFile.byFile(end.crossFile()).forEach((path, findings) -> crossFile.put(path, CrossFile.byRule(findings)));
        int crossTests = 0;
        int crossFailures = 0;
        for (Map<String, List<Finding>> byRule : crossFile.values()) {
            for (List<Finding> findings : byRule.values()) {
                crossTests++;
                crossFailures += fails(findings, false) ? 1 : 0;
            }
        }
        String time = seconds(System.nanoTime() - started);
        int allTests = tests + crossTests;
        int allFailures = failures + crossFailures;
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            Writer text = utf8(out); // flushed into out by x.flush(), before the spool is copied to out
            XMLStreamWriter x = xml(() -> XML.createXMLStreamWriter(text));
            xml(() -> {
                x.writeStartDocument(StandardCharsets.UTF_8.name(), "1.0");
                x.writeCharacters("\n");
                x.writeStartElement("testsuites");
                counts(x, SUITE, allTests, allFailures, time);
                x.writeCharacters("\n  ");
                x.writeStartElement("testsuite");
                counts(x, SUITE, tests, failures, time);
                properties(x);
                x.flush();
                return null;
            });
            Files.copy(spool, out);
            xml(() -> {
                x.writeEndElement();
                x.flush();
                return null;
            });
            if (!crossFile.isEmpty()) {
                int n = crossTests;
                int failed = crossFailures;
                xml(() -> {
                    x.writeCharacters("\n  ");
                    x.writeStartElement("testsuite");
                    counts(x, CROSS_FILE_SUITE, n, failed, seconds(0));
                    properties(x);
                    return null;
                });
                for (Map.Entry<String, Map<String, List<Finding>>> f : crossFile.entrySet()) {
                    for (Map.Entry<String, List<Finding>> r : f.getValue().entrySet()) {
                        testCase(x, f.getKey(), r.getKey(), r.getValue(), false);
                    }
                }
                xml(() -> {
                    x.writeCharacters("\n  ");
                    x.writeEndElement();
                    return null;
                });
            }
            xml(() -> {
                x.writeCharacters("\n");
                x.writeEndElement();
                x.writeCharacters("\n");
                x.writeEndDocument();
                x.close();
                return null;
            });
            text.flush();
        }
    }

    private void properties(XMLStreamWriter x) throws XMLStreamException {
        x.writeCharacters("\n    ");
        x.writeStartElement("properties");
        property(x, "subtitle-qc.version", run.toolVersion());
        property(x, "violationSeverity", run.violationSeverity().id());
        if (run.module() != null) {
            property(x, "module", run.module());
        }
        x.writeCharacters("\n    ");
        x.writeEndElement();
    }

    private static String seconds(long nanos) {
        return String.format(Locale.ROOT, "%.3f", nanos / 1e9);
    }

    private static void counts(XMLStreamWriter x, String name, int tests, int failures, String time)
            throws XMLStreamException {
        x.writeAttribute("name", name);
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
                spoolText.flush();
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

    /** A buffered UTF-8 writer into {@code out} (not closed with it: {@code out} is). */
    private static Writer utf8(OutputStream out) {
        return new java.io.BufferedWriter(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
    }
}
