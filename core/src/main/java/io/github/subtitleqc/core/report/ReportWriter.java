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

    /** One file's result, with all its findings (those of cross-file rules included). */
    void file(FileResult result) throws IOException;

    /** The run ends: its totals, score and verdict. */
    void finish(RunEnd end) throws IOException;

    @Override
    default void close() throws IOException {
    }
}
