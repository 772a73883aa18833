package io.github.subtitleqc.core.report;

import java.io.IOException;
import java.nio.file.Files;
import java.util.Optional;

/** {@code sarif}: {@code subtitle-qc.sarif}, SARIF 2.1.0 for GitHub code scanning (SPEC §8). */
public final class SarifFormat implements ReportFormat {

    @Override
    public String id() {
        return "sarif";
    }

    @Override
    public String description() {
        return "SARIF 2.1.0, for GitHub code scanning";
    }

    @Override
    public Optional<String> fileName(String baseName) {
        return Optional.of(baseName + ".sarif");
    }

    @Override
    public ReportWriter open(ReportTarget target) throws IOException {
        return new SarifReportWriter(Files.newOutputStream(target.reportFile(this)), true);
    }
}
