package io.github.subtitleqc.core.report;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;

/** What the streaming writers share about the stream they write to. */
final class Outputs {

    private Outputs() {
    }

    /**
     * Closes a writer's generator, if it made one, and then the stream when the writer owns it,
     * even when closing the generator fails.
     */
    static void close(Closeable generator, OutputStream out, boolean closeOut) throws IOException {
        try {
            if (generator != null) {
                generator.close();
            }
        } finally {
            if (closeOut) {
                out.close();
            }
        }
    }
}
