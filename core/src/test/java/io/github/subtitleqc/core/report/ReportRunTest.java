package io.github.subtitleqc.core.report;

import io.github.subtitleqc.core.engine.ConfigurationException;
import io.github.subtitleqc.core.engine.FileResult;
import io.github.subtitleqc.core.engine.Report;
import io.github.subtitleqc.core.model.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static io.github.subtitleqc.core.report.SampleReports.WHERE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The writer SPI: what writers are told, in which order, and the verdict from the same stream. */
class ReportRunTest {

    private static final ReportFormats FORMATS = ReportFormats.discover(ReportRunTest.class.getClassLoader());

    /** Records the calls a writer gets. */
    private static final class Recorder implements ReportWriter {
        final List<String> calls = new ArrayList<>();

        @Override
        public void start(RunStart run) {
            calls.add("start " + run.files() + " files");
        }

        @Override
        public void file(FileResult result) {
            calls.add("file " + result.path());
        }

        @Override
        public void finish(RunEnd end) {
            calls.add("finish " + end.summary().errors() + " errors, " + end.verdict().sentence());
        }

        @Override
        public void close() {
            calls.add("close");
        }
    }

    /** Reports one warning on the second file it saw: a cross-file finding on a file with no other. */
    static final class OnSecondFile implements io.github.subtitleqc.core.rule.ProjectRule<String> {
        @Override
        public io.github.subtitleqc.core.rule.RuleDescriptor descriptor() {
            return io.github.subtitleqc.core.rule.RuleDescriptor.of("second", Severity.WARNING, "marks the second file");
        }

        @Override
        public String newSummary(io.github.subtitleqc.core.rule.RuleContext context) {
            return context.file();
        }

        @Override
        public void collect(String summary, io.github.subtitleqc.core.rule.CueView cue,
                            io.github.subtitleqc.core.rule.RuleContext context) {
        }

        @Override
        public void finish(List<String> summaries, io.github.subtitleqc.core.rule.ProjectReporter reporter) {
            reporter.report(summaries.get(1), 1, 2, 0, "the second of " + summaries.size(), null, null);
        }
    }

    @Test
    void aRunStreamsEachFileThenTheCrossFileFindingsWhichCountInTheVerdictButInNoScore(@TempDir Path dir)
            throws IOException {
        Path fast = Files.writeString(dir.resolve("a.en.srt"),
                "1\n00:00:01,000 --> 00:00:02,000\nA boy plays the piano in a bright room.\n");
        Path calm = Files.writeString(dir.resolve("b.en.srt"), "1\n00:00:01,000 --> 00:00:04,000\nHello.\n");
        io.github.subtitleqc.core.engine.Engine engine = new io.github.subtitleqc.core.engine.Engine(
                io.github.subtitleqc.core.engine.EngineConfig.defaults().withProfile("netflix-en").withThreads(2),
                List.of(new io.github.subtitleqc.core.engine.TestRules.ReadingSpeed()), List.of(new OnSecondFile()));
        List<String> calls = new ArrayList<>();
        ReportWriter recorder = new ReportWriter() {
            @Override
            public void start(RunStart run) {
            }

            @Override
            public void file(FileResult result) {
                calls.add("file " + result.path() + " " + result.findings().size() + " finding(s), score "
                        + result.score().value());
            }

            @Override
            public void finish(RunEnd end) {
                calls.add("finish " + end.crossFile().stream().map(f -> f.file() + ":" + f.line() + " " + f.ruleId()
                        + " " + f.severity()).toList() + ", " + end.summary().warnings() + " warning(s), "
                        + end.summary().filesWithViolations() + " file(s) with violations, score "
                        + end.summary().score().value());
            }
        };
        RunStart start = new RunStart("1.0", null, 2, engine.rules(), Severity.WARNING);

        Verdict verdict = new ReportRun(start, new Gate(true, Severity.WARNING, 0, 0), WHERE, List.of(recorder))
                .run(engine, List.of(new io.github.subtitleqc.core.engine.SourceFile(fast, "a.en.srt"),
                        new io.github.subtitleqc.core.engine.SourceFile(calm, "b.en.srt")),
                        io.github.subtitleqc.core.engine.ProgressListener.NONE);

        assertThat(calls).containsExactly(
                "file a.en.srt 1 finding(s), score 0.0",
                "file b.en.srt 0 finding(s), score 100.0",
                "finish [b.en.srt:2 second WARNING], 1 warning(s), 2 file(s) with violations, score 50.0");
        assertThat(verdict.violations()).isEqualTo(2);
        assertThat(verdict.failed()).isTrue();
    }

    @Test
    void writersAreToldTheRunInOrderAndTheVerdictComesFromTheSameStream() throws IOException {
        Recorder a = new Recorder();
        Recorder b = new Recorder();
        RunStart start = new RunStart("1.0", null, 2, List.of(), Severity.ERROR);
        Verdict verdict = new ReportRun(start, new Gate(true, Severity.ERROR, 1, 0), WHERE, List.of(a, b))
                .write(SampleReports.twoFiles().files());
        assertThat(verdict.failed()).isTrue();
        assertThat(verdict.violations()).isEqualTo(2);
        assertThat(a.calls).containsExactly("start 2 files", "file subs/talk.zh-Hans.srt", "file subs/talk.en.srt",
                "finish 2 errors, " + verdict.sentence());
        assertThat(b.calls).isEqualTo(a.calls);
    }

    @Test
    void theTallyOfAStreamEqualsTheWholeReport() {
        Report report = SampleReports.twoFiles();
        RunSummary s = RunTally.of(report, Severity.WARNING);
        assertThat(s.files()).isEqualTo(2);
        assertThat(s.cues()).isEqualTo(40);
        assertThat(List.of(s.errors(), s.warnings(), s.infos())).containsExactly(2L, 1L, 1L);
        assertThat(s.score()).isEqualTo(report.score());
        assertThat(s.violations()).isEqualTo(3);
        assertThat(s.filesWithViolations()).isEqualTo(1);
        assertThat(s.firstViolation()).isEqualTo(SampleReports.SPEED_3);
    }

    @Test
    void theConsoleWriterPrintsWhatTheWholeReportRenders() throws IOException {
        Report report = SampleReports.twoFiles();
        List<ConsoleLine> streamed = new ArrayList<>();
        ReportTarget target = new ReportTarget(Path.of("target"), ReportTarget.BASE_NAME, streamed::add, 1, WHERE);
        try (ReportWriter w = new ConsoleFormat().open(target)) {
            ReportRun.replay(report, w);
        }
        assertThat(streamed).isEqualTo(new ConsoleReport(1, WHERE).render(report));
    }

    @Test
    void theModuleIsNamedInTheSummaryAndVerdict() throws IOException {
        List<ConsoleLine> lines = new ArrayList<>();
        ReportTarget target = new ReportTarget(Path.of("target"), ReportTarget.BASE_NAME, lines::add, 10, null);
        RunStart start = new RunStart("1.0", "english", 1, List.of(), Severity.ERROR);
        Verdict verdict;
        try (ReportWriter w = new ConsoleFormat().open(target)) {
            verdict = new ReportRun(start, new Gate(true, Severity.ERROR, 0, 0), null, List.of(w))
                    .write(SampleReports.clean().files());
        }
        assertThat(lines.get(lines.size() - 1).text())
                .isEqualTo("subtitle-qc (english): 1 file, 30 cues, 0 errors, 0 warnings, 0 infos; score 100");
        assertThat(verdict.sentence()).isEqualTo("subtitle-qc (english) passed: 0 errors (0 allowed), score 100.");
    }

    @Test
    void theJsonFormatWritesItsFileUnderTheRunsBaseName(@TempDir Path dir) throws IOException {
        ReportFormat json = FORMATS.select("json").get(0);
        assertThat(json.fileName("subtitle-qc-cjk")).contains("subtitle-qc-cjk.json");
        ReportTarget target = new ReportTarget(dir.resolve("out"), "subtitle-qc-cjk", l -> { }, 10, null);
        try (ReportWriter w = json.open(target)) {
            ReportRun.replay(SampleReports.twoFiles(), w);
        }
        ByteArrayOutput whole = new ByteArrayOutput();
        JsonReportWriter.write(SampleReports.twoFiles(), whole);
        assertThat(Files.readString(dir.resolve("out/subtitle-qc-cjk.json"))).isEqualTo(whole.toString());
    }

    @Test
    void formatsAreSelectedByIdEachOnceInTheOrderGiven() {
        assertThat(FORMATS.select(" JSON , console,json,")).extracting(ReportFormat::id).containsExactly("json", "console");
        assertThat(FORMATS.select("")).isEmpty();
        assertThat(FORMATS.ids()).contains("console", "json");
    }

    @Test
    void anUnknownFormatIsRefusedWithASuggestion() {
        assertThatThrownBy(() -> FORMATS.select("console,jsn")).isInstanceOf(ConfigurationException.class)
                .hasMessageStartingWith("unknown report format 'jsn' in formats (did you mean 'json'?): use any of ")
                .hasMessageEndingWith(", separated by commas");
    }

    @Test
    void theGateRefusesValuesOutOfRange() {
        assertThatThrownBy(() -> new Gate(true, Severity.ERROR, -1, 0)).isInstanceOf(ConfigurationException.class)
                .hasMessage("maxAllowedViolations is -1: use 0 or more (0 fails the build on the first violation)");
        assertThatThrownBy(() -> new Gate(true, Severity.ERROR, 0, 100.5)).isInstanceOf(ConfigurationException.class)
                .hasMessage("minScore is 100.5: use a score from 0 to 100 (0 never fails the build on its score)");
        assertThatThrownBy(() -> new Gate(true, Severity.ERROR, 0, Double.NaN)).isInstanceOf(ConfigurationException.class);
    }

    @Test
    void theVersionIsTheBuiltOne() {
        assertThat(ReportRun.version()).matches("\\d+\\.\\d+\\.\\d+.*");
    }

    private static final class ByteArrayOutput extends java.io.ByteArrayOutputStream {
        @Override
        public String toString() {
            return toString(java.nio.charset.StandardCharsets.UTF_8);
        }
    }
}
