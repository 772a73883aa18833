package io.github.subtitleqc.core.report;

import io.github.subtitleqc.core.engine.FileResult;
import io.github.subtitleqc.core.model.Finding;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * Writes {@code subtitle-qc-checkstyle.xml} in Checkstyle's XML format, which Jenkins Warnings NG,
 * reviewdog and most CI dashboards read, one {@code <file>} at a time:
 *
 * <pre>{@code
 * <checkstyle version="0.1.0">
 *   <file name="subs/talk.zh-Hans.srt">
 *     <error line="10" column="1" severity="error" message="reading speed…" source="subtitle-qc.reading-speed"/>
 *   </file>
 *   <file name="subs/talk.en.srt"/>
 * </checkstyle>
 * }</pre>
 *
 * Every checked file has its {@code <file>}, also without findings (so a dashboard counts it as
 * checked and clean). The findings of rules that compare files ({@code term-consistency}…), known
 * only after the last file, follow in further {@code <file>} elements, one per file that has any,
 * so such a file has two elements: its own findings, then these. {@code version} is subtitle-qc's; {@code severity} is {@code error},
 * {@code warning} or {@code info}; {@code column} is left out when unknown. Escaping is the XML
 * writer's; characters XML 1.0 cannot hold at all (control characters) become U+FFFD.
 */
public final class CheckstyleReportWriter implements ReportWriter {

    /** The prefix of {@code source}: {@code subtitle-qc.reading-speed}. */
    public static final String SOURCE_PREFIX = ReportTarget.BASE_NAME + ".";

    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

    private final OutputStream out;
    private final boolean closeOut;
    private XMLStreamWriter x;

    /** What the XML writer writes to: UTF-8 into {@link #out}. */
    private final Writer text;

    /**
     * A writer to {@code out}, which {@link #close} closes when {@code closeOut}. The JDK's XML
     * writer is given a buffered {@link Writer}: given a stream, it writes each byte on its own (a
     * system call each unbuffered: 148 s instead of 6 s for 480,000 findings; a synchronised call
     * each into a BufferedOutputStream, 3.5 times slower than through a Writer, measured).
     */
    public CheckstyleReportWriter(OutputStream out, boolean closeOut) {
        this.out = new BufferedOutputStream(out, 1 << 16);
        this.text = new BufferedWriter(new OutputStreamWriter(this.out, StandardCharsets.UTF_8), 1 << 16);
        this.closeOut = closeOut;
    }

    @Override
    public void start(RunStart run) throws IOException {
        try {
            x = FACTORY.createXMLStreamWriter(text);
            x.writeStartDocument(StandardCharsets.UTF_8.name(), "1.0");
            x.writeCharacters("\n");
            x.writeStartElement("checkstyle");
            x.writeAttribute("version", xml(run.toolVersion()));
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
    }

    @Override
    public void file(FileResult result) throws IOException {
        file(result.path(), result.findings());
    }

    /** A {@code <file>} element with an {@code <error>} per finding. */
    private void file(String path, List<Finding> findings) throws IOException {
        try {
            x.writeCharacters("\n  ");
            if (findings.isEmpty()) {
                x.writeEmptyElement("file");
                x.writeAttribute("name", xml(path));
                return;
            }
            x.writeStartElement("file");
            x.writeAttribute("name", xml(path));
            for (Finding f : findings) {
                x.writeCharacters("\n    ");
                x.writeEmptyElement("error");
                x.writeAttribute("line", Integer.toString(f.line()));
                if (f.column() > 0) {
                    x.writeAttribute("column", Integer.toString(f.column()));
                }
                x.writeAttribute("severity", f.severity().id());
                x.writeAttribute("message", xml(f.message()));
                x.writeAttribute("source", SOURCE_PREFIX + f.ruleId());
            }
            x.writeCharacters("\n  ");
            x.writeEndElement();
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
    }

    @Override
    public void finish(RunEnd end) throws IOException {
        for (Map.Entry<String, List<Finding>> file : CrossFile.byFile(end.crossFile()).entrySet()) {
            file(file.getKey(), file.getValue());
        }
        try {
            x.writeCharacters("\n");
            x.writeEndElement();
            x.writeEndDocument();
            x.writeCharacters("\n");
            x.flush();
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
        out.flush();
    }

    @Override
    public void close() throws IOException {
        try {
            if (x != null) {
                x.close();
            }
        } catch (XMLStreamException e) {
            throw new IOException(e);
        } finally {
            text.flush();
            if (closeOut) {
                out.close();
            } else {
                out.flush();
            }
        }
    }

    /** The text with what XML 1.0 cannot hold (most C0 controls, lone surrogates, U+FFFE/U+FFFF) as U+FFFD. */
    static String xml(String text) {
        StringBuilder s = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean ok;
            if (Character.isHighSurrogate(c)) {
                ok = i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
                if (ok) {
                    if (s != null) {
                        s.append(c).append(text.charAt(i + 1));
                    }
                    i++;
                    continue;
                }
            } else {
                ok = c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD);
            }
            if (!ok && s == null) {
                s = new StringBuilder(text.length()).append(text, 0, i);
            }
            if (s != null) {
                s.append(ok ? c : '\uFFFD');
            }
        }
        return s == null ? text : s.toString();
    }
}
