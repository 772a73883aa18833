package io.github.subtitleqc.core.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import edu.hm.hafner.analysis.FileReaderFactory;
import edu.hm.hafner.analysis.Issue;
import edu.hm.hafner.analysis.parser.violations.JUnitAdapter;
import edu.hm.hafner.analysis.registry.ParserRegistry;
import io.github.subtitleqc.core.engine.Engine;
import io.github.subtitleqc.core.engine.EngineConfig;
import io.github.subtitleqc.core.engine.ProgressListener;
import io.github.subtitleqc.core.engine.Report;
import io.github.subtitleqc.core.engine.SourceFile;
import io.github.subtitleqc.core.engine.TestRules;
import io.github.subtitleqc.core.model.Finding;
import io.github.subtitleqc.core.model.Severity;
import org.apache.maven.plugin.surefire.log.api.NullConsoleLogger;
import org.apache.maven.plugins.surefire.report.ReportTestCase;
import org.apache.maven.plugins.surefire.report.ReportTestSuite;
import org.apache.maven.plugins.surefire.report.TestSuiteXmlParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * subtitle-qc-junit.xml as CI servers read it: with Jenkins Warnings NG's parser library
 * (analysis-model's {@code junit} parser) and with Surefire's report parser, against the JSON
 * report of the same run.
 */
class JUnitReportWriterTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Cue 1 at line 2 reads at 14 chars/s (limit 9): reading-speed error; gap of 1 frame before cue 3: min-gap warning. */
    private static final String CHINESE = """
            1
            00:00:01,000 --> 00:00:02,000
            就是亚马逊Facebook这样的公司

            2
            00:00:02,083 --> 00:00:05,000
            然后我们

            3
            00:00:05,062 --> 00:00:08,000
            好
            """;

    private static final String ENGLISH = """
            1
            00:00:01,000 --> 00:00:03,000
            Hello.
            """;

    @TempDir
    Path dir;

    /** Checks three files (one Chinese with findings, one clean English, one empty) and writes json and junit. */
    private Path run(Severity violationSeverity) throws IOException {
        Path subs = Files.createDirectories(dir.resolve("subs"));
        Files.writeString(subs.resolve("talk.zh-Hans.srt"), CHINESE);
        Files.writeString(subs.resolve("talk.en.srt"), ENGLISH);
        Files.writeString(subs.resolve("empty.srt"), "");
        List<SourceFile> files = Stream.of("talk.zh-Hans.srt", "talk.en.srt", "empty.srt")
                .map(n -> SourceFile.relativeTo(dir, subs.resolve(n))).toList();
        Engine engine = new Engine(EngineConfig.defaults().withThreads(1),
                List.of(new TestRules.ReadingSpeed(), new TestRules.MinGap(), new TestRules.EveryCue()));
        Report report = engine.check(files, ProgressListener.NONE);
        Path out = dir.resolve("target/subtitle-qc");
        ReportTarget target = new ReportTarget(out, ReportTarget.BASE_NAME, line -> { }, 10, null);
        RunStart start = new RunStart("test", null, files.size(), engine.rules(), violationSeverity);
        try (OpenWriters writers = OpenWriters.open(ReportFormats.discover(getClass().getClassLoader())
                .select("json,junit"), target)) {
            new ReportRun(start, new Gate(false, violationSeverity, 0, 0), null, writers.list()).write(report.files());
        }
        return out;
    }

    /** "file | rule" of every file and rule with a violation, per the JSON report; an unread file fails parse-error. */
    private static Set<String> failingInJson(Path json, Severity violationSeverity) throws IOException {
        Set<String> failing = new TreeSet<>();
        for (JsonNode file : JSON.readTree(json.toFile()).get("files")) {
            for (JsonNode f : file.get("findings")) {
                String rule = f.get("rule").textValue();
                boolean unread = rule.equals("parse-error") && file.get("cues").intValue() == 0;
                if (unread || Severity.parse(f.get("severity").textValue()).isAtLeast(violationSeverity)) {
                    failing.add(file.get("path").textValue() + " | " + rule);
                }
            }
        }
        return failing;
    }

    private static List<ReportTestCase> surefireCases(Path xml) throws Exception {
        List<ReportTestSuite> suites = new TestSuiteXmlParser(new NullConsoleLogger()).parse(xml.toString());
        return suites.stream().flatMap(s -> s.getTestCases().stream()).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"error", "warning"})
    void jenkinsAndSurefireFailWhatTheJsonReportHasAsViolations(String severity) throws Exception {
        Severity violationSeverity = Severity.parse(severity);
        Path out = run(violationSeverity);
        Path xml = out.resolve("subtitle-qc-junit.xml");
        Set<String> failing = failingInJson(out.resolve("subtitle-qc.json"), violationSeverity);
        assertThat(failing).containsExactlyElementsOf(violationSeverity == Severity.ERROR
                ? List.of("subs/empty.srt | parse-error", "subs/talk.zh-Hans.srt | reading-speed")
                : List.of("subs/empty.srt | parse-error", "subs/talk.zh-Hans.srt | min-gap",
                "subs/talk.zh-Hans.srt | reading-speed"));

        // Jenkins Warnings NG: the parser it picks by the id "junit"; one issue per failing case
        edu.hm.hafner.analysis.Report jenkins = new ParserRegistry().get("junit").createParser()
                .parse(new FileReaderFactory(xml, StandardCharsets.UTF_8));
        // 3 files × 7 rules (encoding, parse-error, format, track-kind, reading-speed, min-gap, every-cue)
        assertThat(jenkins.getCounter(JUnitAdapter.TOTAL_TESTS)).isEqualTo(21);
        assertThat(jenkins.getCounter(JUnitAdapter.FAILED_TESTS)).isEqualTo(failing.size());
        assertThat(jenkins.getCounter(JUnitAdapter.SKIPPED_TESTS)).isZero();
        assertThat(jenkins.getCounter(JUnitAdapter.PASSED_TESTS)).isEqualTo(21 - failing.size());
        // its message: "<test case name> : <failure message> <failure text>"
        assertThat(jenkins.stream().map(Issue::getMessage).map(m -> {
            String rule = m.substring(0, m.indexOf(" : "));
            String file = m.substring(m.indexOf(" in ") + 4).split("[ \n]")[0];
            return file + " | " + rule;
        }).collect(Collectors.<String, Set<String>>toCollection(TreeSet::new))).isEqualTo(failing);

        // Surefire's report parser: classname is the file, name the rule
        List<ReportTestCase> cases = surefireCases(xml);
        assertThat(cases).hasSize(21);
        assertThat(cases.stream().filter(ReportTestCase::hasFailure).map(c -> c.getFullClassName() + " | " + c.getName())
                .collect(Collectors.<String, Set<String>>toCollection(TreeSet::new))).isEqualTo(failing);
        assertThat(cases).noneMatch(ReportTestCase::hasError).noneMatch(ReportTestCase::hasSkipped);
        assertThat(cases.stream().filter(c -> c.getFullClassName().equals("subs/talk.en.srt")).map(ReportTestCase::getName))
                .containsExactly("encoding", "parse-error", "format", "track-kind", "reading-speed", "min-gap", "every-cue");

        Element suites = dom(xml).getDocumentElement();
        Element suite = (Element) suites.getElementsByTagName("testsuite").item(0);
        for (Element e : List.of(suites, suite)) {
            assertThat(e.getAttribute("name")).isEqualTo("subtitle-qc");
            assertThat(e.getAttribute("tests")).isEqualTo("21");
            assertThat(e.getAttribute("failures")).isEqualTo(Integer.toString(failing.size()));
            assertThat(e.getAttribute("errors")).isEqualTo("0");
            assertThat(e.getAttribute("skipped")).isEqualTo("0");
            assertThat(Double.parseDouble(e.getAttribute("time"))).isBetween(0.0, 60.0);
        }
    }

    @Test
    void theFailureTextListsEachViolationAndTheCaseSaysHowMany() throws Exception {
        Path out = run(Severity.ERROR);
        ReportTestCase speed = surefireCases(out.resolve("subtitle-qc-junit.xml")).stream()
                .filter(c -> c.getFullClassName().equals("subs/talk.zh-Hans.srt") && c.getName().equals("reading-speed"))
                .findFirst().orElseThrow();
        assertThat(speed.getFailureMessage()).isEqualTo("1 violation in subs/talk.zh-Hans.srt");
        assertThat(speed.getFailureType()).isEqualTo("error");
        assertThat(speed.getFailureDetail()).isEqualTo("2:1 14 chars/s, limit 9 (netflix-zh-hans)");

        ReportTestCase empty = surefireCases(out.resolve("subtitle-qc-junit.xml")).stream()
                .filter(c -> c.getFullClassName().equals("subs/empty.srt") && c.getName().equals("parse-error"))
                .findFirst().orElseThrow();
        assertThat(empty.getFailureMessage()).isEqualTo("could not be read: 1 violation in subs/empty.srt");
        assertThat(empty.getFailureDetail()).isEqualTo("1:1 no SubRip cue in this file: it is empty");
    }

    @Test
    void findingsBelowTheViolationSeverityGoToSystemOutAndDoNotFail() throws Exception {
        Path xml = dir.resolve("r.xml");
        try (JUnitReportWriter w = new JUnitReportWriter(xml)) {
            ReportRun.replay(SampleReports.twoFiles(), w);
        }
        // no rule list in a replay: a case for each rule with findings
        List<ReportTestCase> cases = surefireCases(xml);
        assertThat(cases).extracting(ReportTestCase::getFullClassName, ReportTestCase::getName, ReportTestCase::hasFailure)
                .containsExactly(tuple(SampleReports.ZH, "whitespace", false), tuple(SampleReports.ZH, "reading-speed", true),
                        tuple(SampleReports.ZH, "min-gap", false));
        assertThat(cases.get(1).getFailureMessage()).isEqualTo("2 violations in subs/talk.zh-Hans.srt");
        assertThat(cases.get(1).getFailureDetail()).isEqualTo("""
                10:1 reading speed 10.3 chars/s exceeds 9 (netflix-zh-hans): lengthen the cue to ≥ 2.23 s or shorten the text
                26:1 reading speed 9.04 chars/s exceeds 9 (netflix-zh-hans): lengthen the cue to ≥ 3.02 s or shorten the text""");
        Document doc = dom(xml);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < doc.getElementsByTagName("system-out").getLength(); i++) {
            out.add(doc.getElementsByTagName("system-out").item(i).getTextContent());
        }
        // the column is left out when unknown (GAP_5 has none)
        assertThat(out).containsExactly("7:4 info: two spaces in a row: write one",
                "18 warning: gap of 41 ms (1 frame) to the previous cue is below 2 frames");
    }

    @Test
    void markupAndCharactersXmlCannotHoldAreWrittenSafely() throws Exception {
        String path = "subs/<a & b>.srt";
        Finding odd = new Finding("glossary", Severity.ERROR, path, 1, 3, 2,
                "write \"<i>&amp;</i>\" as ']]>' \u0001here", null, null);
        Report report = Engine.report(List.of(SampleReports.file(path, "en", "netflix-en", "default", 4, odd)));
        Path xml = dir.resolve("r.xml");
        try (JUnitReportWriter w = new JUnitReportWriter(xml)) {
            ReportRun.replay(report, w);
        }
        ReportTestCase c = surefireCases(xml).get(0);
        assertThat(c.getFullClassName()).isEqualTo(path);
        assertThat(c.getFailureMessage()).isEqualTo("1 violation in subs/<a & b>.srt");
        assertThat(c.getFailureDetail()).isEqualTo("3:2 write \"<i>&amp;</i>\" as ']]>' \uFFFDhere");
        assertThat(new ParserRegistry().get("junit").createParser().parse(new FileReaderFactory(xml, StandardCharsets.UTF_8))
                .getCounter(JUnitAdapter.FAILED_TESTS)).isEqualTo(1);
    }

    @Test
    void theSpoolIsGoneAfterClose() throws Exception {
        Path tmp = Files.createDirectories(dir.resolve("tmp"));
        String before = System.getProperty("java.io.tmpdir");
        System.setProperty("java.io.tmpdir", tmp.toString());
        try {
            Path xml = dir.resolve("r.xml");
            try (JUnitReportWriter w = new JUnitReportWriter(xml)) {
                ReportRun.replay(SampleReports.twoFiles(), w);
            }
            assertThat(xml).isNotEmptyFile();
        } finally {
            System.setProperty("java.io.tmpdir", before);
        }
        try (Stream<Path> left = Files.list(tmp)) {
            assertThat(left).isEmpty();
        }
    }

    @Test
    void theFormatIsFoundByItsIdAndNamesItsFile() {
        ReportFormat f = ReportFormats.discover(getClass().getClassLoader()).select("junit").get(0);
        assertThat(f.fileName("subtitle-qc")).contains("subtitle-qc-junit.xml");
        assertThat(f.fileName("subtitle-qc-second")).contains("subtitle-qc-second-junit.xml");
    }

    private static Document dom(Path xml) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(xml.toFile());
    }
}
