package io.github.subtitleqc.core.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import edu.hm.hafner.analysis.FileReaderFactory;
import edu.hm.hafner.analysis.Issue;
import edu.hm.hafner.analysis.IssueParser;
import edu.hm.hafner.analysis.parser.CheckStyleParser;
import edu.hm.hafner.analysis.parser.violations.SarifAdapter;
import io.github.subtitleqc.core.engine.Engine;
import io.github.subtitleqc.core.engine.EngineConfig;
import io.github.subtitleqc.core.engine.ProgressListener;
import io.github.subtitleqc.core.engine.Report;
import io.github.subtitleqc.core.engine.SourceFile;
import io.github.subtitleqc.core.engine.TestRules;
import io.github.subtitleqc.core.model.Severity;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The real consumer: Jenkins Warnings NG reads subtitle-qc-checkstyle.xml and subtitle-qc.sarif with
 * its parser library (analysis-model: {@link CheckStyleParser}, and {@link SarifAdapter} over
 * violations-lib's SARIF parser) and must see what subtitle-qc.json of the same run says.
 */
class WarningsNgConsumerTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** reading-speed at cues 1 and 5 (lines 2, 18), min-gap at cue 3 (line 10), every-cue at each cue. */
    private static final String TALK = SampleReports.resource("talk.zh-Hans.srt");

    /** A block whose timing line cannot be read (line 5), then one good cue (line 9). */
    private static final String BROKEN = """
            1
            00:00:01,000 --> 00:00:03,000
            Hello there.

            2
            00:00:04,000 -> 00:00:06,000
            A timing line without its arrow.

            3
            00:00:07,000 --> 00:00:09,000
            Goodbye.
            """;

    private static final Map<edu.hm.hafner.analysis.Severity, String> CHECKSTYLE_SEVERITY = Map.of(
            edu.hm.hafner.analysis.Severity.ERROR, "error",
            edu.hm.hafner.analysis.Severity.WARNING_NORMAL, "warning",
            edu.hm.hafner.analysis.Severity.WARNING_LOW, "info");

    private static final Map<edu.hm.hafner.analysis.Severity, String> SARIF_SEVERITY = Map.of(
            edu.hm.hafner.analysis.Severity.WARNING_HIGH, "error",
            edu.hm.hafner.analysis.Severity.WARNING_NORMAL, "warning",
            edu.hm.hafner.analysis.Severity.WARNING_LOW, "info");

    @TempDir
    Path project;

    private Path write(String relative, String content) throws IOException {
        Path file = project.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }

    /** Checks the files with a real engine and writes json, checkstyle and sarif in one run. */
    private Path run(List<Path> files) throws IOException {
        Engine engine = new Engine(EngineConfig.defaults().withThreads(1),
                List.of(new TestRules.ReadingSpeed(), new TestRules.MinGap(), new TestRules.EveryCue()));
        Report report = engine.check(files.stream().map(f -> SourceFile.relativeTo(project, f)).toList(),
                ProgressListener.NONE);
        return writeReports(engine, report);
    }

    private Path writeReports(Engine engine, Report report) throws IOException {
        Path out = project.resolve("target/subtitle-qc");
        ReportTarget target = new ReportTarget(out, ReportTarget.BASE_NAME, line -> { }, -1, null);
        List<ReportWriter> writers = List.of(new JsonFormat().open(target), new CheckstyleFormat().open(target),
                new SarifFormat().open(target));
        try {
            RunStart start = new RunStart(ReportRun.version(), null, report.files().size(), engine.rules(), Severity.ERROR);
            new ReportRun(start, new Gate(true, Severity.ERROR, 0, 0), null, writers).write(report.files());
        } finally {
            for (ReportWriter w : writers) {
                w.close();
            }
        }
        return out;
    }

    /** subtitle-qc.json's findings: file, line, column, severity, rule, message. */
    private static List<Tuple> jsonFindings(Path out) throws IOException {
        JsonNode root = JSON.readTree(out.resolve("subtitle-qc.json").toFile());
        List<Tuple> findings = new ArrayList<>();
        for (JsonNode file : root.get("files")) {
            for (JsonNode f : file.get("findings")) {
                findings.add(tuple(file.get("path").textValue(), f.get("line").intValue(),
                        f.get("column").isNull() ? 0 : f.get("column").intValue(), f.get("severity").textValue(),
                        f.get("rule").textValue(), f.get("message").textValue()));
            }
        }
        return findings;
    }

    private static edu.hm.hafner.analysis.Report parse(IssueParser parser, Path file) {
        edu.hm.hafner.analysis.Report report = parser.parse(new FileReaderFactory(file));
        assertThat(report.getErrorMessages()).isEmpty();
        return report;
    }

    private static List<Tuple> checkstyleIssues(Path out) {
        return parse(new CheckStyleParser(), out.resolve("subtitle-qc-checkstyle.xml")).stream()
                .map(i -> tuple(i.getFileName(), i.getLineStart(), i.getColumnStart(),
                        CHECKSTYLE_SEVERITY.get(i.getSeverity()), i.getType(), i.getMessage()))
                .toList();
    }

    /** violations-lib's SARIF parser reads no columns, and prefixes the message with the rule's texts. */
    private static List<Issue> sarifIssues(Path out) {
        return List.copyOf(parse(new SarifAdapter(), out.resolve("subtitle-qc.sarif")).get());
    }

    private static List<Tuple> withoutColumnAndMessage(List<Tuple> findings) {
        return findings.stream().map(t -> tuple(t.toArray()[0], t.toArray()[1], t.toArray()[3], t.toArray()[4])).toList();
    }

    @Test
    void warningsNgSeesWhatTheJsonReportSays() throws IOException {
        Path out = run(List.of(write("subs/talk.zh-Hans.srt", TALK), write("subs/broken.en.srt", BROKEN),
                write("subs/empty.en.srt", "")));
        List<Tuple> json = jsonFindings(out);
        assertThat(json).hasSize(12);

        List<Tuple> checkstyle = checkstyleIssues(out);
        assertThat(checkstyle).containsExactlyElementsOf(json);

        List<Issue> sarif = sarifIssues(out);
        assertThat(sarif).hasSize(json.size());
        assertThat(sarif).extracting(i -> tuple(i.getFileName(), i.getLineStart(), SARIF_SEVERITY.get(i.getSeverity()),
                i.getType())).containsExactlyInAnyOrderElementsOf(withoutColumnAndMessage(json));
        for (Issue issue : sarif) {
            assertThat(json).anySatisfy(t -> {
                assertThat(t.toArray()[0]).isEqualTo(issue.getFileName());
                assertThat(t.toArray()[1]).isEqualTo(issue.getLineStart());
                assertThat(issue.getMessage()).startsWith(issue.getType()).endsWith((String) t.toArray()[5]);
            });
        }
    }

    @Test
    void specialCharactersInPathAndMessageRoundTrip() throws IOException {
        Report report = SarifReportWriterTest.specialCharacters();
        Engine engine = new Engine(EngineConfig.defaults().withThreads(1), List.of());
        Path out = writeReports(engine, report);
        String path = "subs/Q&A <draft> \"final\" 100% 字幕.zh-Hans.srt";
        String message = "write 'Q&A' as \"Q & A\", not <b>Q&amp;A</b> — 问答 → 「问答」\\n";

        assertThat(checkstyleIssues(out)).containsExactly(tuple(path, 6, 3, "error", "house-style", message));
        List<Issue> sarif = sarifIssues(out);
        assertThat(sarif).hasSize(1);
        assertThat(sarif.get(0).getFileName()).isEqualTo(path);
        assertThat(sarif.get(0).getLineStart()).isEqualTo(6);
        assertThat(sarif.get(0).getSeverity()).isEqualTo(edu.hm.hafner.analysis.Severity.WARNING_HIGH);
        assertThat(sarif.get(0).getMessage()).endsWith(message);
    }
}
