package io.github.subtitleqc.core.read;

import org.junit.jupiter.api.Assumptions;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The shared test corpus ({@code ../shared/corpus} next to the repository, see its SOURCES.md).
 * Tests are run from the module folder, so it is {@code ../../shared/corpus}; the system
 * property {@code subtitleqc.corpus} points elsewhere.
 */
final class Corpus {

    private Corpus() {
    }

    /** The corpus folder; skips the calling test, saying why, when it is not there. */
    static Path root() {
        Path root = Path.of(System.getProperty("subtitleqc.corpus", "../../shared/corpus")).toAbsolutePath().normalize();
        Assumptions.assumeTrue(Files.isDirectory(root),
                () -> "test corpus not found at " + root + ": set -Dsubtitleqc.corpus=/path/to/corpus");
        return root;
    }
}
