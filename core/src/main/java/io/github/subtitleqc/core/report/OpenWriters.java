package io.github.subtitleqc.core.report;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * One open writer per report format, for a {@link ReportRun}: opened together, closed together.
 * Closing closes every writer, also after one of them fails to close (the first failure is thrown,
 * the others added to it), and a format that fails to open closes the ones opened before it.
 */
public final class OpenWriters implements AutoCloseable {

    private final List<ReportWriter> writers = new ArrayList<>();

    private OpenWriters() {
    }

    /** Opens a writer for each format, in order, on the same target. */
    public static OpenWriters open(List<ReportFormat> formats, ReportTarget target) throws IOException {
        OpenWriters open = new OpenWriters();
        try {
            for (ReportFormat f : formats) {
                open.writers.add(f.open(target));
            }
        } catch (IOException | RuntimeException e) {
            try {
                open.close();
            } catch (IOException | RuntimeException closing) {
                e.addSuppressed(closing);
            }
            throw e;
        }
        return open;
    }

    /** The writers, in the formats' order. */
    public List<ReportWriter> list() {
        return List.copyOf(writers);
    }

    @Override
    public void close() throws IOException {
        Exception first = null;
        for (ReportWriter w : writers) {
            try {
                w.close();
            } catch (IOException | RuntimeException e) {
                if (first == null) {
                    first = e;
                } else {
                    first.addSuppressed(e);
                }
            }
        }
        if (first instanceof IOException io) {
            throw io;
        }
        if (first != null) {
            throw (RuntimeException) first;
        }
    }
}
