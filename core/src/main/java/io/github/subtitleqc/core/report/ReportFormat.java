package io.github.subtitleqc.core.report;

import java.io.IOException;
import java.util.Optional;

/**
 * A report format that users name in {@code formats}: {@code console}, {@code json},
 * {@code sarif}… One class per format, listed in
 * {@code META-INF/services/io.github.subtitleqc.core.report.ReportFormat}, so a jar of your own
 * formats on the plugin's classpath is picked up the same way. Formats are stateless; each run
 * opens its own {@link ReportWriter}.
 */
public interface ReportFormat {

    /** The id users write in {@code formats}: lower-case, e.g. {@code sarif}. */
    String id();

    /** One line: what the format is for, shown when a format id is misspelt. */
    String description();

    /**
     * The name of the file it writes, from the run's base name ({@code subtitle-qc}, or
     * {@code subtitle-qc-<executionId>} for a second execution): e.g. {@code baseName + ".sarif"};
     * empty for a format that writes no file (the console).
     */
    Optional<String> fileName(String baseName);

    /**
     * Whether its writer draws cues ({@link io.github.subtitleqc.core.engine.FileResult#cueDetails()}):
     * a front door that writes this format turns on
     * {@link io.github.subtitleqc.core.engine.EngineConfig#withCueDetails}. Off by default, since
     * keeping every cue's text costs memory on big runs.
     */
    default boolean needsCueDetails() {
        return false;
    }

    /** A writer for one run; a format that writes a file creates it (and its directory) here. */
    ReportWriter open(ReportTarget target) throws IOException;
}
