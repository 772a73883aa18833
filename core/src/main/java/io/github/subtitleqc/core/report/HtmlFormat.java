package io.github.subtitleqc.core.report;

import java.io.IOException;
import java.util.Optional;

/**
 * {@code html}: {@code subtitle-qc.html}, one self-contained page (inline CSS and SVG, nothing
 * loaded from the network) with the build's overview and, per file, a timeline of its cues, a
 * reading-speed histogram and its findings.
 */
public final class HtmlFormat implements ReportFormat {

    @Override
    public String id() {
        return "html";
    }

    @Override
    public String description() {
        return "one self-contained page with charts per file, for people (opens from a CI artifact)";
    }

    @Override
    public Optional<String> fileName(String baseName) {
        return Optional.of(baseName + ".html");
    }

    @Override
    public boolean needsCueDetails() {
        return true;
    }

    @Override
    public ReportWriter open(ReportTarget target) throws IOException {
        return new HtmlReportWriter(target.reportFile(this));
    }
}
