package io.github.subtitleqc.core.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * Where and how one run's reports are written.
 *
 * @param outputDirectory        the directory report files go to
 * @param baseName               the files' name without extension: {@code subtitle-qc}, or
 *                               {@code subtitle-qc-<executionId>} for an execution that is not the default one
 * @param console                where console lines go (the build log)
 * @param consoleFindingsPerRule the most findings the console prints per rule and file; −1 for all
 * @param fullReport             where the full list of findings is (a report file's path as the user
 *                               sees it), for the console's "… and 12 more" lines; {@code null} if none
 */
public record ReportTarget(Path outputDirectory, String baseName, Consumer<ConsoleLine> console,
                           int consoleFindingsPerRule, String fullReport) {

    /** The default base name of report files. */
    public static final String BASE_NAME = "subtitle-qc";

    /** The path of a file in the output directory. */
    public Path resolve(String fileName) {
        return outputDirectory.resolve(fileName);
    }

    /** The path of a format's report file for this run, its directory created. */
    public Path reportFile(ReportFormat format) throws IOException {
        Path file = resolve(format.fileName(baseName).orElseThrow(() -> new IllegalArgumentException(
                "the " + format.id() + " format writes no file")));
        Files.createDirectories(file.toAbsolutePath().getParent());
        return file;
    }
}
