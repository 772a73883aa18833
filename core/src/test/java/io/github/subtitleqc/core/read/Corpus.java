package io.github.subtitleqc.core.read;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The test corpus: the SubRip and WebVTT part of the shared corpus, copied into
 * {@code core/src/test/corpus} (see its README.md and SOURCES.md). Tests run from the module
 * folder; the system property {@code subtitleqc.corpus} points elsewhere.
 */
final class Corpus {

    private Corpus() {
    }

    /** The corpus folder; fails the calling test, saying why, when it is not there. */
    static Path root() {
        Path root = Path.of(System.getProperty("subtitleqc.corpus", "src/test/corpus")).toAbsolutePath().normalize();
        if (!Files.isDirectory(root)) {
            throw new IllegalStateException("test corpus not found at " + root
                    + ": run the tests from the module folder or set -Dsubtitleqc.corpus=/path/to/corpus");
        }
        return root;
    }
}
