package io.github.subtitleqc.core.report;

import io.github.subtitleqc.core.engine.FileResult;

import java.util.Optional;

/** {@code console}: the build log's lines (SPEC §8), written file by file as results arrive. */
public final class ConsoleFormat implements ReportFormat {

    @Override
    public String id() {
        return "console";
    }

    @Override
    public String description() {
        return "the findings in the build log";
    }

    @Override
    public Optional<String> fileName(String baseName) {
        return Optional.empty();
    }

    @Override
    public ReportWriter open(ReportTarget target) {
        return new Writer(target);
    }

    private static final class Writer implements ReportWriter {
        private final ReportTarget target;
        private final ConsoleReport report;
        private boolean many;
        private String module;
        private RunStart.BaselineFile baseline;
        private long unlisted;

        Writer(ReportTarget target) {
            this.target = target;
            this.report = new ConsoleReport(target.consoleFindingsPerRule(), target.fullReport());
        }

        @Override
        public void start(RunStart run) {
            many = ConsoleReport.many(run.files());
            module = run.module();
            baseline = run.baseline();
        }

        @Override
        public void file(FileResult result) {
            if (!report.file(result, many, target.console())) {
                unlisted++;
            }
        }

        @Override
        public void finish(RunEnd end) {
            report.crossFile(end.crossFile(), target.console());
            if (baseline != null) {
                target.console().accept(new ConsoleLine(io.github.subtitleqc.core.model.Severity.INFO,
                        ConsoleReport.baseline(baseline, end.baselined(), end.baselineFixed(), module)));
            }
            ConsoleReport.end(unlisted, !end.crossFile().isEmpty(), ConsoleReport.summary(end.summary(), module),
                    target.console());
        }
    }
}
