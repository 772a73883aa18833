package io.github.subtitleqc.core.report;

import java.io.IOException;
import java.nio.file.Files;
import java.util.Optional;

/** {@code json}: {@code subtitle-qc.json}, every finding with its numbers (SPEC §8). */
public final class JsonFormat implements ReportFormat {

    @Override
    public String id() {
        return "json";
    }

    @Override
    public String description() {
        return "every finding with its value and limit, for scripts";
    }

    @Override
    public Optional<String> fileName(String baseName) {
        return Optional.of(baseName + ".json");
    }

    @Override
    public ReportWriter open(ReportTarget target) throws IOException {
        return new JsonReportWriter(Files.newOutputStream(target.reportFile(this)), true);
    }
}
