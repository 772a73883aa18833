package io.github.subtitleqc.core.report;

import io.github.subtitleqc.core.cache.ResultCache;
import io.github.subtitleqc.core.engine.Engine;
import io.github.subtitleqc.core.engine.FileResult;
import io.github.subtitleqc.core.engine.ProgressListener;
import io.github.subtitleqc.core.engine.ResultSink;
import io.github.subtitleqc.core.engine.SourceFile;
import io.github.subtitleqc.core.model.Finding;
import io.github.subtitleqc.core.engine.Report;
import io.github.subtitleqc.core.model.Severity;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Properties;

/**
 * Sends one run to its writers: start, each file in order, then the totals and the verdict, which
 * are tallied from the very results the writers were given. Front doors (the Maven plugin, a CLI)
 * call this and then act on the verdict.
 */
public final class ReportRun {

    private static final String VERSION = readVersion();

    private final RunStart start;
    private final Gate gate;
    private final String where;
    private final List<ReportWriter> writers;

    /**
     * @param start   what the writers are told first
     * @param gate    when the run fails
     * @param where   where the full report is, for the verdict sentence, or {@code null}
     * @param writers the writers, already open
     */
    public ReportRun(RunStart start, Gate gate, String where, List<ReportWriter> writers) {
        this.start = start;
        this.gate = gate;
        this.where = where;
        this.writers = List.copyOf(writers);
    }

    /** subtitle-qc's version, as built. */
    public static String version() {
        return VERSION;
    }

    /**
     * Checks the files with the engine and writes the report as it goes: each file's result goes
     * to every writer as soon as the engine hands it over, the cross-file findings and the verdict
     * at the end. Returns the verdict; the writers are not closed.
     */
    public Verdict run(Engine engine, List<SourceFile> files, ProgressListener progress) throws IOException {
        return run(engine, files, progress, ResultCache.disabled());
    }

    /** {@link #run(Engine, List, ProgressListener)} with a result cache ({@link Engine#openCache}). */
    public Verdict run(Engine engine, List<SourceFile> files, ProgressListener progress, ResultCache cache)
            throws IOException {
        Stream stream = new Stream();
        engine.run(files, progress, stream, cache);
        return stream.verdict;
    }

    /** Writes a report of results already computed (no cross-file findings apart) and returns its verdict. */
    public Verdict write(Iterable<FileResult> results) throws IOException {
        Stream stream = new Stream();
        for (FileResult r : results) {
            stream.file(r);
        }
        stream.crossFile(List.of());
        return stream.verdict;
    }

    /** Tallies what it is given and passes it on to the writers. */
    private final class Stream implements ResultSink {
        private final RunTally tally = new RunTally(gate.violationSeverity());
        private boolean started;
        private Verdict verdict;
        /** The files' own findings the baseline left out, until the engine gives the run's. */
        private long baselined;
        private int baselineFixed;

        private void start() throws IOException {
            if (!started) {
                started = true;
                for (ReportWriter w : writers) {
                    w.start(start);
                }
            }
        }

        @Override
        public void file(FileResult result) throws IOException {
            start();
            tally.add(result);
            baselined += result.baselined();
            for (ReportWriter w : writers) {
                w.file(result);
            }
        }

        @Override
        public void baseline(long all, int fixed) {
            baselined = all;
            baselineFixed = fixed;
        }

        @Override
        public void crossFile(List<Finding> findings) throws IOException {
            start();
            tally.addCrossFile(findings);
            RunSummary summary = tally.summary();
            verdict = Verdict.of(summary, gate, where, start.module());
            RunEnd end = new RunEnd(summary, verdict, findings, baselined, baselineFixed);
            for (ReportWriter w : writers) {
                w.finish(end);
            }
        }
    }

    /**
     * Feeds a whole report to one writer, with the default gate (errors count, none allowed) and
     * no rule list: for tests and for tools that already hold a report.
     */
    public static Verdict replay(Report report, ReportWriter writer) throws IOException {
        RunStart start = new RunStart(VERSION, null, report.files().size(), List.of(), Severity.ERROR);
        return new ReportRun(start, new Gate(true, Severity.ERROR, 0, 0), null, List.of(writer)).write(report.files());
    }

    private static String readVersion() {
        Properties p = new Properties();
        try (InputStream in = ReportRun.class.getResourceAsStream("/io/github/subtitleqc/core/version.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String v = p.getProperty("version", "");
        return v.isEmpty() || v.startsWith("$") ? "unknown" : v;
    }
}
