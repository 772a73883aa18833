package io.github.subtitleqc.core.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import edu.hm.hafner.analysis.FileReaderFactory;
import edu.hm.hafner.analysis.Issue;
import edu.hm.hafner.analysis.parser.CheckStyleParser;
import edu.hm.hafner.analysis.parser.violations.JUnitAdapter;
import edu.hm.hafner.analysis.parser.violations.SarifAdapter;
import edu.hm.hafner.analysis.registry.ParserRegistry;
import io.github.subtitleqc.core.model.Severity;
import org.apache.maven.plugin.surefire.log.api.NullConsoleLogger;
import org.apache.maven.plugins.surefire.report.ReportTestCase;
import org.apache.maven.plugins.surefire.report.TestSuiteXmlParser;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static io.github.subtitleqc.core.report.CrossFileRun.NEAR_EN;
import static io.github.subtitleqc.core.report.CrossFileRun.TERM_EN;
import static io.github.subtitleqc.core.report.CrossFileRun.TERM_ZH;
import static io.github.subtitleqc.core.report.SampleReports.EN;
import static io.github.subtitleqc.core.report.SampleReports.ZH;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The findings of cross-file rules, which reach writers only when the run ends ({@link RunEnd#crossFile()}),
 * as each format's consumer reads them: Jackson for JSON, the OASIS schema and Warnings NG for SARIF,
 * Warnings NG for Checkstyle, Warnings NG and Surefire for JUnit, jsoup for HTML, and the build log's lines.
 * {@link CrossFileRun}: two files with their own findings, then 'Wi-Fi'/'WiFi' in both and a near miss in one.
 */
class CrossFileFindingsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private Path write(String name, WriterOpener opener, Severity violationSeverity) throws IOException {
        Path file = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(file); ReportWriter w = opener.open(file, out)) {
            CrossFileRun.feed(w, violationSeverity);
        }
        return file;
    }

    private interface WriterOpener {
        ReportWriter open(Path file, OutputStream out) throws IOException;
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    void jsonListsThemWithTheirPathBetweenTheFilesAndTheSummary() throws IOException {
        JsonNode root = JSON.readTree(write("r.json", (f, out) -> new JsonReportWriter(out, false), Severity.ERROR)
                .toFile());

        assertThat(fieldNames(root)).containsExactly("version", "files", "crossFileFindings", "summary");
        // each file keeps its own findings and score
        assertThat(root.at("/files/0/findings").size()).isEqualTo(4);
        assertThat(root.at("/files/1/findings").size()).isZero();
        assertThat(root.at("/files/1/score").doubleValue()).isEqualTo(100.0);
        JsonNode cross = root.get("crossFileFindings");
        assertThat(cross.size()).isEqualTo(3);
        assertThat(fieldNames(cross.get(0))).containsExactly("path", "rule", "severity", "cue", "line", "column",
                "message", "value", "limit");
        List<Object> found = new ArrayList<>();
        cross.forEach(f -> found.add(tuple(f.get("path").textValue(), f.get("rule").textValue(),
                f.get("severity").textValue(), f.get("cue").intValue(), f.get("line").intValue(),
                f.get("column").isNull() ? null : f.get("column").intValue(), f.get("message").textValue(),
                f.get("value").isNull(), f.get("limit").isNull())));
        assertThat(found).containsExactly(
                tuple(ZH, "term-consistency", "warning", 9, 34, 2, TERM_ZH.message(), true, true),
                tuple(EN, "term-consistency", "warning", 4, 14, 9, TERM_EN.message(), true, true),
                tuple(EN, "term-near-miss", "info", 7, 26, null, NEAR_EN.message(), true, true));
        JsonNode summary = root.get("summary");
        assertThat(summary.get("errors").intValue()).isEqualTo(2);
        assertThat(summary.get("warnings").intValue()).isEqualTo(3);
        assertThat(summary.get("infos").intValue()).isEqualTo(2);
        assertThat(summary.get("score").doubleValue()).isEqualTo(94.3);
    }

    @Test
    void sarifHasThemAsResultsThatTheSchemaAndWarningsNgAccept() throws IOException {
        Path file = write("r.sarif", (f, out) -> new SarifReportWriter(out, false), Severity.ERROR);
        String sarif = Files.readString(file);
        assertThat(SarifReportWriterTest.schemaErrors(sarif)).isEmpty();

        JsonNode results = JSON.readTree(sarif).at("/runs/0/results");
        assertThat(results.size()).isEqualTo(4 + 3);
        List<Object> last = new ArrayList<>();
        for (int i = 4; i < 7; i++) {
            JsonNode r = results.get(i);
            JsonNode region = r.at("/locations/0/physicalLocation/region");
            last.add(tuple(r.get("ruleId").textValue(), r.get("ruleIndex").intValue(), r.get("level").textValue(),
                    r.at("/message/text").textValue(), r.at("/locations/0/physicalLocation/artifactLocation/uri").textValue(),
                    r.at("/locations/0/physicalLocation/artifactLocation/uriBaseId").textValue(),
                    region.get("startLine").intValue(), region.has("startColumn") ? region.get("startColumn").intValue() : null,
                    r.at("/partialFingerprints").has(Fingerprints.KEY)));
        }
        assertThat(last).containsExactly(
                tuple("term-consistency", 3, "warning", TERM_ZH.message(), "subs/talk.zh-Hans.srt", "%SRCROOT%", 34, 2, true),
                tuple("term-consistency", 3, "warning", TERM_EN.message(), "subs/talk.en.srt", "%SRCROOT%", 14, 9, true),
                tuple("term-near-miss", 4, "note", NEAR_EN.message(), "subs/talk.en.srt", "%SRCROOT%", 26, null, true));

        edu.hm.hafner.analysis.Report jenkins = new SarifAdapter().parse(new FileReaderFactory(file));
        assertThat(jenkins.getErrorMessages()).isEmpty();
        assertThat(jenkins.stream().map(i -> tuple(i.getFileName(), i.getLineStart(), i.getType(), i.getSeverity())))
                .hasSize(7)
                .contains(tuple(ZH, 34, "term-consistency", edu.hm.hafner.analysis.Severity.WARNING_NORMAL),
                        tuple(EN, 14, "term-consistency", edu.hm.hafner.analysis.Severity.WARNING_NORMAL),
                        tuple(EN, 26, "term-near-miss", edu.hm.hafner.analysis.Severity.WARNING_LOW));
        Issue near = jenkins.stream().filter(i -> i.getType().equals("term-near-miss")).findFirst().orElseThrow();
        assertThat(near.getMessage()).endsWith(NEAR_EN.message());
    }

    @Test
    void checkstyleHasThemInFurtherFileElementsThatWarningsNgReads() throws IOException {
        Path file = write("r.xml", (f, out) -> new CheckstyleReportWriter(out, false), Severity.ERROR);
        assertThat(Files.readString(file)).endsWith("""
                  <file name="subs/talk.en.srt"/>
                  <file name="subs/talk.zh-Hans.srt">
                    <error line="34" column="2" severity="warning" message="'Wi-Fi' here, 'WiFi' in subs/talk.en.srt (2 times): write one form across the files" source="subtitle-qc.term-consistency"/>
                  </file>
                  <file name="subs/talk.en.srt">
                    <error line="14" column="9" severity="warning" message="'WiFi' here, 'Wi-Fi' in subs/talk.zh-Hans.srt (1 time): write one form across the files" source="subtitle-qc.term-consistency"/>
                    <error line="26" severity="info" message="'Hermoine' is one letter from 'Hermione', written so in subs/talk.zh-Hans.srt: check the spelling" source="subtitle-qc.term-near-miss"/>
                  </file>
                </checkstyle>
                """);

        edu.hm.hafner.analysis.Report jenkins = new CheckStyleParser().parse(new FileReaderFactory(file));
        assertThat(jenkins.getErrorMessages()).isEmpty();
        assertThat(jenkins.stream().map(i -> tuple(i.getFileName(), i.getLineStart(), i.getColumnStart(), i.getType(),
                i.getSeverity(), i.getMessage()))).hasSize(7).endsWith(
                tuple(ZH, 34, 2, "term-consistency", edu.hm.hafner.analysis.Severity.WARNING_NORMAL, TERM_ZH.message()),
                tuple(EN, 14, 9, "term-consistency", edu.hm.hafner.analysis.Severity.WARNING_NORMAL, TERM_EN.message()),
                tuple(EN, 26, 0, "term-near-miss", edu.hm.hafner.analysis.Severity.WARNING_LOW, NEAR_EN.message()));
    }

    @Test
    void junitHasASuiteOfCrossFileCasesCountedInTheTotals() throws Exception {
        // at warning, both term-consistency findings are violations; the near miss (info) is not
        Path file = write("r.xml", (f, out) -> new JUnitReportWriter(f), Severity.WARNING);

        org.w3c.dom.Document dom = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file.toFile());
        org.w3c.dom.Element all = dom.getDocumentElement();
        assertThat(List.of(all.getAttribute("tests"), all.getAttribute("failures"))).containsExactly("9", "4");
        NodeList suites = dom.getElementsByTagName("testsuite");
        List<Object> suiteRows = new ArrayList<>();
        for (int i = 0; i < suites.getLength(); i++) {
            org.w3c.dom.Element suite = (org.w3c.dom.Element) suites.item(i);
            List<String> cases = new ArrayList<>();
            NodeList testCases = suite.getElementsByTagName("testcase");
            for (int c = 0; c < testCases.getLength(); c++) {
                org.w3c.dom.Element tc = (org.w3c.dom.Element) testCases.item(c);
                cases.add(tc.getAttribute("classname") + " | " + tc.getAttribute("name"));
            }
            suiteRows.add(tuple(suite.getAttribute("name"), suite.getAttribute("tests"), suite.getAttribute("failures"),
                    cases));
        }
        // the per-file suite: a case per file and per-file rule, none for the cross-file rules
        assertThat(suiteRows).containsExactly(
                tuple("subtitle-qc", "6", "2", List.of(ZH + " | reading-speed", ZH + " | min-gap", ZH + " | whitespace",
                        EN + " | reading-speed", EN + " | min-gap", EN + " | whitespace")),
                tuple("subtitle-qc cross-file rules", "3", "2", List.of(ZH + " | term-consistency",
                        EN + " | term-consistency", EN + " | term-near-miss")));
        NodeList out = dom.getElementsByTagName("system-out");
        assertThat(out.item(out.getLength() - 1).getTextContent()).isEqualTo("26 info: " + NEAR_EN.message());

        // Surefire reads the cases: the cross-file ones fail at warning, the near miss (info) does not
        List<ReportTestCase> cases = new TestSuiteXmlParser(new NullConsoleLogger()).parse(file.toString()).stream()
                .flatMap(s -> s.getTestCases().stream()).toList();
        assertThat(cases).hasSize(9);
        List<ReportTestCase> cross = cases.stream().filter(c -> c.getName().startsWith("term-")).toList();
        assertThat(cross).extracting(ReportTestCase::getFullClassName, ReportTestCase::getName, ReportTestCase::hasFailure)
                .containsExactlyInAnyOrder(tuple(ZH, "term-consistency", true), tuple(EN, "term-consistency", true),
                        tuple(EN, "term-near-miss", false));
        ReportTestCase en = cross.stream().filter(c -> c.getFullClassName().equals(EN) && c.hasFailure()).findFirst()
                .orElseThrow();
        assertThat(en.getFailureMessage()).isEqualTo("1 violation in subs/talk.en.srt");
        assertThat(en.getFailureType()).isEqualTo("warning");
        assertThat(en.getFailureDetail()).isEqualTo("14:9 " + TERM_EN.message());

        edu.hm.hafner.analysis.Report jenkins = new ParserRegistry().get("junit").createParser()
                .parse(new FileReaderFactory(file, StandardCharsets.UTF_8));
        assertThat(jenkins.getCounter(JUnitAdapter.TOTAL_TESTS)).isEqualTo(9);
        assertThat(jenkins.getCounter(JUnitAdapter.FAILED_TESTS)).isEqualTo(4);
        assertThat(jenkins.getCounter(JUnitAdapter.PASSED_TESTS)).isEqualTo(5);
        assertThat(jenkins.stream().map(Issue::getMessage).filter(m -> m.startsWith("term-consistency : ")))
                .containsExactlyInAnyOrder(
                        "term-consistency : 1 violation in subs/talk.zh-Hans.srt 34:2 " + TERM_ZH.message(),
                        "term-consistency : 1 violation in subs/talk.en.srt 14:9 " + TERM_EN.message());
    }

    @Test
    void junitWithoutCrossFileFindingsHasOneSuite() throws Exception {
        Path file = dir.resolve("r.xml");
        try (JUnitReportWriter w = new JUnitReportWriter(file)) {
            ReportRun.replay(SampleReports.twoFiles(), w);
        }
        NodeList suites = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file.toFile())
                .getElementsByTagName("testsuite");
        assertThat(suites.getLength()).isEqualTo(1);
        assertThat(((org.w3c.dom.Element) suites.item(0)).getAttribute("name")).isEqualTo("subtitle-qc");
    }

    @Test
    void htmlHasAnAcrossFilesSectionAndCountsThemInTheOverview() throws IOException {
        Path file = dir.resolve("out/subtitle-qc.html");
        try (HtmlReportWriter w = new HtmlReportWriter(file)) {
            CrossFileRun.feed(w, Severity.ERROR);
        }
        Document page = Jsoup.parse(file.toFile(), "UTF-8");

        assertThat(page.select("p.totals").text()).startsWith("score 94.3 · 2 files · 40 cues · 2 errors, 3 warnings, 2 infos");
        assertThat(page.select("header p.across").text()).isEqualTo("3 findings across files in 2 files: from rules"
                + " that compare files, counted above and below, not in any file's score");
        assertThat(page.select("header p.across a").attr("href")).isEqualTo("#across-files");
        // a file's row counts its cross-file findings; its score is its own
        assertThat(page.select("table.files tbody tr").eachText()).containsExactly(
                ZH + " 77.5 10 2 2 1 netflix-zh-hans", EN + " 100 30 0 1 1 netflix-en");
        assertThat(page.select("table.rules tbody tr").eachText()).containsExactly(
                "reading-speed 2 0 0 5.1", "min-gap 0 1 0 0.6", "term-consistency 0 2 0 0", "term-near-miss 0 0 1 0",
                "whitespace 0 0 1 0");
        // the files' own sections are untouched
        assertThat(page.select("main > section.file").eachAttr("data-findings")).containsExactly("4", "0");

        Element across = page.selectFirst("main > section#across-files");
        assertThat(across.selectFirst("h2").text()).isEqualTo("Across files");
        assertThat(across.select("section.across-file h3").eachText()).containsExactly(ZH, EN);
        assertThat(across.select("section.across-file h3 a").eachAttr("href")).containsExactly("#file-1", "#file-2");
        assertThat(across.select("section.across-file[data-file=" + EN + "] table.findings tbody tr"))
                .extracting(tr -> tr.select("td").stream().map(Element::text).toList()).containsExactly(
                        List.of("4", "", "14:9", "term-consistency", "warning", TERM_EN.message(), "", "", ""),
                        List.of("7", "", "26:1", "term-near-miss", "info", NEAR_EN.message(), "", "", ""));
        assertThat(across.select("section.across-file[data-file=" + ZH + "] td.message").eachText())
                .containsExactly(TERM_ZH.message());
    }

    @Test
    void htmlLeavesNoTemporaryFileBehind() throws IOException {
        Path file = dir.resolve("out/subtitle-qc.html");
        try (HtmlReportWriter w = new HtmlReportWriter(file)) {
            CrossFileRun.feed(w, Severity.ERROR);
        }
        try (Stream<Path> files = Files.list(file.getParent())) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("subtitle-qc.html");
        }
    }

    @Test
    void theConsoleGroupsAndCapsThemAndCountsThem() throws IOException {
        List<String> lines = new ArrayList<>();
        ReportTarget target = new ReportTarget(dir, ReportTarget.BASE_NAME,
                l -> lines.add("[" + l.level() + "] " + l.text()), 1, SampleReports.WHERE);
        try (ReportWriter w = new ConsoleFormat().open(target)) {
            CrossFileRun.feed(w, Severity.ERROR);
        }
        assertThat(lines.subList(lines.indexOf("[INFO] " + EN + ": 30 cues, profile netflix-en (language tag 'en' in"
                + " the file name), score 100"), lines.size())).containsExactly(
                "[INFO] " + EN + ": 30 cues, profile netflix-en (language tag 'en' in the file name), score 100",
                "[INFO] across files: 3 findings of rules that compare files (counted in the totals, not in any file's"
                        + " score)",
                "[INFO] subs/talk.zh-Hans.srt: 1 warning across files",
                "[INFO]   term-consistency: 1 warning",
                "[WARNING] subs/talk.zh-Hans.srt:[34,2] term-consistency: " + TERM_ZH.message() + " (cue 9)",
                "[INFO] subs/talk.en.srt: 1 warning, 1 info across files",
                "[INFO]   term-consistency: 1 warning",
                "[WARNING] subs/talk.en.srt:[14,9] term-consistency: " + TERM_EN.message() + " (cue 4)",
                "[INFO]   term-near-miss: 1 info",
                "[INFO] subs/talk.en.srt:[26,1] term-near-miss: " + NEAR_EN.message() + " (cue 7)",
                "[INFO] subtitle-qc: 2 files, 40 cues, 2 errors, 3 warnings, 2 infos; score 94.3"
                        + " (reading-speed −5.1, min-gap −0.6)");
    }

    @Test
    void theConsoleCapsThemPerRuleAndFile() throws IOException {
        List<String> lines = new ArrayList<>();
        ConsoleReport report = new ConsoleReport(1, SampleReports.WHERE);
        io.github.subtitleqc.core.model.Finding second = new io.github.subtitleqc.core.model.Finding("term-consistency",
                Severity.WARNING, EN, 6, 22, 1, "'WiFi' here again", null, null);
        report.crossFile(List.of(TERM_EN, second), l -> lines.add("[" + l.level() + "] " + l.text()));
        assertThat(lines).containsExactly(
                "[INFO] across files: 2 findings of rules that compare files (counted in the totals, not in any file's"
                        + " score)",
                "[INFO] subs/talk.en.srt: 2 warnings across files",
                "[INFO]   term-consistency: 2 warnings",
                "[WARNING] subs/talk.en.srt:[14,9] term-consistency: " + TERM_EN.message() + " (cue 4)",
                "[INFO]   … and 1 more term-consistency finding (all of them are in target/subtitle-qc/subtitle-qc.json)");
    }

    @Test
    void inALargeRunTheConsoleSaysUnlistedFilesHaveNoFindingsOfTheirOwn() throws IOException {
        List<String> lines = new ArrayList<>();
        ReportTarget target = new ReportTarget(dir, ReportTarget.BASE_NAME,
                l -> lines.add("[" + l.level() + "] " + l.text()), -1, null);
        String ep7 = "subs/ep7.en.srt";
        io.github.subtitleqc.core.model.Finding term = new io.github.subtitleqc.core.model.Finding("term-consistency",
                Severity.WARNING, ep7, 2, 6, 1, "'WiFi' here, 'Wi-Fi' in 59 other files: write one form", null, null);
        try (ReportWriter w = new ConsoleFormat().open(target)) {
            w.start(new RunStart("1.2.3", null, 60, CrossFileRun.RULES, Severity.ERROR));
            for (int i = 1; i <= 60; i++) {
                w.file(SampleReports.file("subs/ep" + i + ".en.srt", "en", "netflix-en", "tag", 10));
            }
            RunSummary summary = new RunSummary(60, 600, 0, 1, 0, new io.github.subtitleqc.core.score.Score(100.0,
                    java.util.Map.of()), Severity.ERROR, 0, 0, null);
            w.finish(new RunEnd(summary, Verdict.of(summary, new Gate(true, Severity.ERROR, 0, 0), null, null),
                    List.of(term)));
        }
        assertThat(lines).containsExactly(
                "[INFO] across files: 1 finding of rules that compare files (counted in the totals, not in any file's"
                        + " score)",
                "[INFO] subs/ep7.en.srt: 1 warning across files",
                "[INFO]   term-consistency: 1 warning",
                "[WARNING] subs/ep7.en.srt:[6,1] term-consistency: " + term.message() + " (cue 2)",
                "[INFO] 60 files without findings of their own not listed",
                "[INFO] subtitle-qc: 60 files, 600 cues, 0 errors, 1 warning, 0 infos; score 100");
    }
}
