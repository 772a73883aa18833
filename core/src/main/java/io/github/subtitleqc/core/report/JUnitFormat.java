package io.github.subtitleqc.core.report;

import java.io.IOException;
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
        return new JUnitReportWriter(target.reportFile(this));
    }
}
