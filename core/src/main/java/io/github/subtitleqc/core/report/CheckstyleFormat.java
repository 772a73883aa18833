package io.github.subtitleqc.core.report;

import java.io.IOException;
import java.nio.file.Files;
import java.util.Optional;

/** {@code checkstyle}: {@code subtitle-qc-checkstyle.xml}, for Jenkins Warnings NG and reviewdog (SPEC §8). */
public final class CheckstyleFormat implements ReportFormat {

    @Override
    public String id() {
        return "checkstyle";
    }

    @Override
    public String description() {
        return "Checkstyle XML, for Jenkins Warnings NG and reviewdog";
    }

    @Override
    public Optional<String> fileName(String baseName) {
        return Optional.of(baseName + "-checkstyle.xml");
    }

    @Override
    public ReportWriter open(ReportTarget target) throws IOException {
        return new CheckstyleReportWriter(Files.newOutputStream(target.reportFile(this)), true);
    }
}
