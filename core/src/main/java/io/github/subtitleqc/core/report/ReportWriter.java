package io.github.subtitleqc.core.report;

import io.github.subtitleqc.core.engine.FileResult;

import java.io.Closeable;
import java.io.IOException;

/**
 * Writes one run's report as it goes: {@link #start} once, {@link #file} once per file in input
 * order, {@link #finish} once, then {@link #close}. A writer keeps no more than one file's result
 * at a time: what it needs at the end (totals, an overview) it tallies as it goes, and what must
 * come before the per-file parts in its output (JUnit's suite totals, the HTML overview) it spools
 * to a temporary file, never to the heap. {@link #close} releases what the writer holds, also
 * when the run ended early.
 */
public interface ReportWriter extends Closeable {

    /** The run starts: the rules that will run, how many files there are. */
    void start(RunStart run) throws IOException;

    /**
     * One file's result, as soon as the file is done: its own findings (reader and per-cue rules)
     * and the score they give; the findings of cross-file rules come in {@link #finish}.
     */
    void file(FileResult result) throws IOException;

    /**
     * The run ends: the findings of cross-file rules ({@link RunEnd#crossFile()}, which a writer
     * shows where its format's consumers read findings), the totals (which count them), score
     * and verdict.
     */
    void finish(RunEnd end) throws IOException;

    @Override
    default void close() throws IOException {
    }
}
