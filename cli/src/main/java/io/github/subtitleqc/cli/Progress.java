package io.github.subtitleqc.cli;

import io.github.subtitleqc.core.engine.FileResult;
import io.github.subtitleqc.core.engine.ProgressListener;

import java.util.Locale;

/**
 * Progress of a long run. On a terminal: a bar on standard error, redrawn in place, shown once a
 * run has taken {@value #BAR_AFTER_NANOS} ns. Elsewhere (a CI log): the plugin's plain lines, every
 * few seconds, for runs of many files.
 */
final class Progress implements ProgressListener {

    static final int MIN_FILES = 50;
    private static final long BAR_AFTER_NANOS = 2_000_000_000L;
    private static final long BAR_EVERY_NANOS = 200_000_000L;
    private static final long LINE_EVERY_NANOS = 5_000_000_000L;

    private static volatile boolean barShown;

    private final boolean terminal;
    private final int total;
    private final long start = System.nanoTime();
    private long last = start;

    Progress(int total) {
        this.terminal = System.console() != null && !"dumb".equals(System.getenv("TERM"));
        this.total = total;
        if (!terminal && total >= MIN_FILES) {
            Console.info("subtitle-qc: checking " + total + " files");
        }
    }

    @Override
    public synchronized void fileDone(int done, int total, FileResult file) {
        long now = System.nanoTime();
        if (terminal) {
            if (now - start >= BAR_AFTER_NANOS && (now - last >= BAR_EVERY_NANOS || done == total)) {
                last = now;
                int width = 30;
                int filled = total == 0 ? width : (int) ((long) done * width / total);
                synchronized (Console.class) {
                    Console.ERR.print(String.format(Locale.ROOT, "\r[%s%s] %d/%d files (%.0f s)", "#".repeat(filled),
                            " ".repeat(width - filled), done, total, (now - start) / 1e9));
                    Console.ERR.flush();
                    barShown = true;
                }
                if (done == total) {
                    clearLine();
                }
            }
        } else if (this.total >= MIN_FILES && (now - last >= LINE_EVERY_NANOS || done == total)) {
            last = now;
            Console.info(String.format(Locale.ROOT, "subtitle-qc: %d/%d files checked (%.0f s)", done, total,
                    (now - start) / 1e9));
        }
    }

    /** Removes the bar, so that a line printed next starts on a clean line. */
    static void clearLine() {
        if (barShown) {
            barShown = false;
            Console.ERR.print("\r" + " ".repeat(60) + "\r");
            Console.ERR.flush();
        }
    }
}
