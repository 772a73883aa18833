package io.github.subtitleqc.core.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * {@code junit}: {@code subtitle-qc-junit.xml}, one test case per file and rule, for CI servers
 * that show test results (GitLab's {@code artifacts:reports:junit}, Jenkins).
 */
public final class JUnitFormat implements ReportFormat {

    @Override
    public String id() {
        return "junit";
    }

    @Override
    public String description() {
        return "JUnit XML: one test case per file and rule, for CI servers' test views (GitLab, Jenkins)";
    }

    @Override
    public Optional<String> fileName(String baseName) {
        return Optional.of(baseName + "-junit.xml");
    }

    @Override
    public ReportWriter open(ReportTarget target) throws IOException {
        Path file = target.resolve(fileName(target.baseName()).orElseThrow());
        Files.createDirectories(file.toAbsolutePath().getParent());
        return new JUnitReportWriter(file);
    }
}
