package io.github.subtitleqc.core.engine;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * Checks files on a few threads and hands the results over in the files' order. A small window of
 * files is in flight ahead of the next one to hand over (four per thread), so what is held at any
 * time is a few files' results, whatever the number of files.
 */
final class OrderedChecks {

    /** Files in flight per thread: enough to keep every thread busy when file sizes differ. */
    private static final int AHEAD_PER_THREAD = 4;

    /** Where the results go, in order, on the calling thread. */
    @FunctionalInterface
    interface Consumer {
        void accept(CheckedFile file) throws IOException;
    }

    private final int threads;
    private final Function<SourceFile, CheckedFile> attempt;
    private final Function<SourceFile, CheckedFile> retryAlone;

    /**
     * @param threads    how many files at once (at least 1)
     * @param attempt    checks a file; null when it ran out of memory
     * @param retryAlone checks a file again when no other file is being checked; never null
     */
    OrderedChecks(int threads, Function<SourceFile, CheckedFile> attempt, Function<SourceFile, CheckedFile> retryAlone) {
        this.threads = Math.max(1, threads);
        this.attempt = attempt;
        this.retryAlone = retryAlone;
    }

    void run(List<SourceFile> files, Consumer consumer) throws IOException {
        int n = files.size();
        if (threads == 1 || n < 2) {
            for (SourceFile file : files) {
                CheckedFile c = attempt.apply(file);
                consumer.accept(c != null ? c : retryAlone.apply(file));
            }
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, n), r -> {
            Thread t = new Thread(r, "subtitle-qc");
            t.setDaemon(true);
            return t;
        });
        try {
            ArrayDeque<Future<CheckedFile>> window = new ArrayDeque<>();
            int submitted = 0;
            int ahead = threads * AHEAD_PER_THREAD;
            for (int i = 0; i < n; i++) {
                while (submitted < n && submitted - i < ahead) {
                    SourceFile file = files.get(submitted++);
                    window.add(pool.submit(() -> attempt.apply(file)));
                }
                CheckedFile c = window.poll().get();
                if (c == null) {
                    // out of memory: let the files checked with it finish, then try it alone
                    for (Future<CheckedFile> other : window) {
                        awaitQuietly(other);
                    }
                    c = retryAlone.apply(files.get(i));
                }
                consumer.accept(c);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while checking subtitles", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("checking failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private static void awaitQuietly(Future<CheckedFile> future) throws InterruptedException {
        try {
            future.get();
        } catch (ExecutionException e) {
            // reported when its turn comes
        }
    }
}
