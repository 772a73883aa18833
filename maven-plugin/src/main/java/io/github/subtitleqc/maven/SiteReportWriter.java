package io.github.subtitleqc.maven;

import io.github.subtitleqc.core.engine.FileResult;
import io.github.subtitleqc.core.model.Finding;
import io.github.subtitleqc.core.model.Severity;
import io.github.subtitleqc.core.report.Numbers;
import io.github.subtitleqc.core.report.ReportRun;
import io.github.subtitleqc.core.report.ReportWriter;
import io.github.subtitleqc.core.report.RunEnd;
import io.github.subtitleqc.core.report.RunStart;
import io.github.subtitleqc.core.report.RunSummary;
import org.apache.maven.doxia.sink.Sink;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The Maven site page, as a streaming {@link ReportWriter}: the page starts with the totals, which
 * are known only at the end, so each file's row and findings are spooled to a temporary file as
 * they come and rendered to the Doxia {@link Sink} from there by {@link #finish}. Nothing of a file
 * stays on the heap. Text goes to the Sink as text, never as markup. The page is drawn with the Sink
 * alone (head, sections, tables, the same events maven-reporting-impl's renderer sends), so the
 * plugin needs only maven-reporting-api and doxia-sink-api, not the site renderer's tree.
 */
final class SiteReportWriter implements ReportWriter {

    private static final byte FILE = 'F';
    private static final byte FINDING = 'X';

    private final Sink sink;
    private final Path spool;
    private final DataOutputStream out;

    SiteReportWriter(Sink sink) throws IOException {
        this.sink = sink;
        this.spool = Files.createTempFile("subtitle-qc-site", ".bin");
        this.out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(spool), 1 << 16));
    }

    @Override
    public void start(RunStart run) {
    }

    @Override
    public void file(FileResult result) throws IOException {
        out.writeByte(FILE);
        out.writeUTF(result.path());
        out.writeUTF(result.profile());
        out.writeInt(result.cues());
        out.writeLong(result.count(Severity.ERROR));
        out.writeLong(result.count(Severity.WARNING));
        out.writeLong(result.count(Severity.INFO));
        out.writeDouble(result.score().value());
        for (Finding f : result.findings()) {
            write(f);
        }
    }

    private void write(Finding f) throws IOException {
        out.writeByte(FINDING);
        out.writeUTF(f.ruleId());
        out.writeUTF(f.severity().id());
        out.writeInt(f.line());
        out.writeInt(f.column());
        out.writeInt(f.cue());
        writeLong(f.message());
        out.writeUTF(f.file());
    }

    /** A string that may be longer than {@link DataOutputStream#writeUTF} takes. */
    private void writeLong(String s) throws IOException {
        byte[] bytes = s.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    private static String readLong(DataInputStream in) throws IOException {
        return new String(in.readNBytes(in.readInt()), java.nio.charset.StandardCharsets.UTF_8);
    }

    @Override
    public void finish(RunEnd end) throws IOException {
        out.close();
        new Page(sink, end).render();
    }

    @Override
    public void close() throws IOException {
        out.close();
        Files.deleteIfExists(spool);
    }

    /** One record of the spool: a file's row, or one of its findings. */
    private record Row(String path, String profile, int cues, long errors, long warnings, long infos, double score) {
    }

    /** Reads the spool back, record by record. */
    private interface Visitor {
        void file(Row row);

        void finding(Finding finding);
    }

    private void replay(Visitor visitor) {
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(spool), 1 << 16))) {
            while (true) {
                int kind;
                try {
                    kind = in.readByte();
                } catch (EOFException e) {
                    return;
                }
                if (kind == FILE) {
                    visitor.file(new Row(in.readUTF(), in.readUTF(), in.readInt(), in.readLong(), in.readLong(),
                            in.readLong(), in.readDouble()));
                } else {
                    String rule = in.readUTF();
                    Severity severity = Severity.parse(in.readUTF());
                    int line = in.readInt();
                    int column = in.readInt();
                    int cue = in.readInt();
                    String message = readLong(in);
                    visitor.finding(new Finding(rule, severity, in.readUTF(), cue, line, column, message, null, null));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read back the site report's spool " + spool, e);
        }
    }

    /** The page: overview, files, each file's findings, then the cross-file findings. */
    private final class Page {
        private final Sink sink;
        private final RunEnd end;
        /** The depth of the open section: 1 for a top-level one. */
        private int section;

        Page(Sink sink, RunEnd end) {
            this.sink = sink;
            this.end = end;
        }

        void render() {
            sink.head();
            sink.title();
            text("Subtitle QC");
            sink.title_();
            sink.head_();
            sink.body();
            renderBody();
            sink.body_();
            sink.flush();
            sink.close();
        }

        private void renderBody() {
            RunSummary s = end.summary();
            startSection("Overview");
            paragraph("subtitle-qc " + ReportRun.version() + " checked " + count(s.files(), "file") + ".");
            startTable();
            header("Files", "Cues", "Errors", "Warnings", "Infos", "Score");
            row(Integer.toString(s.files()), Long.toString(s.cues()), Long.toString(s.errors()),
                    Long.toString(s.warnings()), Long.toString(s.infos()), Numbers.format(s.score().value(), 1));
            endTable();
            endSection();

            startSection("Files");
            if (s.files() == 0) {
                paragraph("No subtitle file was found.");
            } else {
                startTable();
                header("File", "Profile", "Cues", "Errors", "Warnings", "Infos", "Score");
                replay(new Visitor() {
                    @Override
                    public void file(Row r) {
                        row(r.path(), r.profile(), Integer.toString(r.cues()), Long.toString(r.errors()),
                                Long.toString(r.warnings()), Long.toString(r.infos()), Numbers.format(r.score(), 1));
                    }

                    @Override
                    public void finding(Finding finding) {
                    }
                });
                endTable();
            }
            endSection();

            startSection("Findings");
            if (s.errors() + s.warnings() + s.infos() == 0) {
                paragraph("No findings.");
            }
            boolean[] open = {false};
            replay(new Visitor() {
                @Override
                public void file(Row r) {
                    closeFile(open);
                    if (r.errors() + r.warnings() + r.infos() > 0) {
                        openFile(r.path(), open);
                    }
                }

                @Override
                public void finding(Finding f) {
                    findingRow(f);
                }
            });
            closeFile(open);
            if (!end.crossFile().isEmpty()) {
                startSection("Across files");
                paragraph("Findings of rules that compare files with each other, such as one term spelt two ways.");
                String current = null;
                for (Finding f : end.crossFile()) {
                    if (!f.file().equals(current)) {
                        closeFile(open);
                        openFile(f.file(), open);
                        current = f.file();
                    }
                    findingRow(f);
                }
                closeFile(open);
                endSection();
            }
            endSection();
        }

        private void openFile(String path, boolean[] open) {
            startSection(path);
            startTable();
            header("Rule", "Severity", "Line", "Column", "Message", "Cue");
            open[0] = true;
        }

        private void closeFile(boolean[] open) {
            if (open[0]) {
                endTable();
                endSection();
                open[0] = false;
            }
        }

        private void findingRow(Finding f) {
            row(f.ruleId(), f.severity().id(), Integer.toString(f.line()), f.column() > 0 ? Integer.toString(f.column()) : "",
                    f.message(), f.cue() > 0 ? Integer.toString(f.cue()) : "");
        }

        private void startSection(String name) {
            section++;
            sink.section(section, null);
            sink.anchor(name);
            sink.anchor_();
            sink.sectionTitle(section, null);
            text(name);
            sink.sectionTitle_(section);
        }

        private void endSection() {
            sink.section_(section);
            section--;
        }

        private void startTable() {
            sink.table();
            sink.tableRows(null, false);
        }

        private void endTable() {
            sink.tableRows_();
            sink.table_();
        }

        private void paragraph(String text) {
            sink.paragraph();
            text(text);
            sink.paragraph_();
        }

        /** Text outside a table cell; Doxia's renderers write "-" for an empty one. */
        private void text(String text) {
            sink.text(text == null || text.isEmpty() ? "-" : text);
        }

        private void header(String... cells) {
            sink.tableRow();
            for (String c : cells) {
                sink.tableHeaderCell();
                sink.text(c);
                sink.tableHeaderCell_();
            }
            sink.tableRow_();
        }

        /** A row of plain-text cells ({@code tableRow} would read "{text, url}" in a message as a link). */
        private void row(String... cells) {
            sink.tableRow();
            for (String c : cells) {
                sink.tableCell();
                sink.text(c);
                sink.tableCell_();
            }
            sink.tableRow_();
        }

        private static String count(long n, String noun) {
            return n + " " + noun + (n == 1 ? "" : "s");
        }
    }
}
