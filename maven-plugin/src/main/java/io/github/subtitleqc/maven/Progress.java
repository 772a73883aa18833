package io.github.subtitleqc.maven;

import io.github.subtitleqc.core.engine.FileResult;
import io.github.subtitleqc.core.engine.ProgressListener;
import org.apache.maven.plugin.logging.Log;

/** Logs progress on long runs: at most every few seconds, only when there are many files. */
final class Progress implements ProgressListener {

    /** Runs with fewer files than this get no progress lines. */
    static final int MIN_FILES = 50;
    private static final long INTERVAL_NANOS = 5_000_000_000L;

    private final Log log;
    private final int total;
    private final long start = System.nanoTime();
    private long lastLog = start;

    Progress(Log log, int total) {
        this.log = log;
        this.total = total;
        if (total >= MIN_FILES) {
            log.info("subtitle-qc: checking " + total + " files");
        }
    }

    @Override
    public synchronized void fileDone(int done, int total, FileResult file) {
        if (this.total < MIN_FILES) {
            return;
        }
        long now = System.nanoTime();
        if (now - lastLog >= INTERVAL_NANOS || done == total) {
            lastLog = now;
            log.info(String.format(java.util.Locale.ROOT, "subtitle-qc: %d/%d files checked (%.0f s)", done, total,
                    (now - start) / 1e9));
        }
    }
}
