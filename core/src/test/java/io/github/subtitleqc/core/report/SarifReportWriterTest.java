package io.github.subtitleqc.core.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.subtitleqc.core.engine.Engine;
import io.github.subtitleqc.core.engine.EngineConfig;
import io.github.subtitleqc.core.engine.FileResult;
import io.github.subtitleqc.core.engine.Report;
import io.github.subtitleqc.core.engine.TestRules;
import io.github.subtitleqc.core.model.Finding;
import io.github.subtitleqc.core.model.Severity;
import io.github.subtitleqc.core.rule.Parameter;
import io.github.subtitleqc.core.rule.RuleDescriptor;
import io.github.subtitleqc.core.rule.RunRule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** subtitle-qc.sarif: valid SARIF 2.1.0 (the OASIS schema), field by field, and fingerprints that last. */
class SarifReportWriterTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The OASIS schema, vendored (see sarif/SOURCES.md); draft-04, format assertions on. */
    private static final Schema SCHEMA = schema();

    /** A rule of the user's own: no help text of ours, so its description is its help. */
    private static final RuleDescriptor OWN = RuleDescriptor.of("house-style", Severity.WARNING,
            "the house style guide's rules");

    private static final List<RunRule> RULES = List.of(
            new RunRule(RuleDescriptor.of("reading-speed", Severity.ERROR, "visible characters per second above maxCps",
                    Parameter.decimal("maxCps", "the most characters per second")), Severity.ERROR),
            new RunRule(RuleDescriptor.of("min-gap", Severity.WARNING, "a gap to the next cue below minGap"),
                    Severity.WARNING),
            new RunRule(RuleDescriptor.of("whitespace", Severity.INFO, "several spaces in a row"), Severity.INFO),
            new RunRule(OWN, Severity.ERROR));

    private static Schema schema() {
        try (InputStream in = SarifReportWriterTest.class.getResourceAsStream("sarif/sarif-schema-2.1.0.json")) {
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4).getSchema(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<String> schemaErrors(String sarif) {
        return SCHEMA.validate(sarif, InputFormat.JSON, ctx -> ctx.executionConfig(c -> c.formatAssertionsEnabled(true)))
                .stream().map(Error::toString).toList();
    }

    static String write(List<RunRule> rules, Report report) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (SarifReportWriter writer = new SarifReportWriter(out, false)) {
            RunStart start = new RunStart("1.2.3", null, report.files().size(), rules, Severity.ERROR);
            new ReportRun(start, new Gate(true, Severity.ERROR, 0, 0), null, List.of(writer)).write(report.files());
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    private static JsonNode run(Report report) throws IOException {
        JsonNode root = JSON.readTree(write(RULES, report));
        assertThat(root.get("runs").size()).isEqualTo(1);
        return root.get("runs").get(0);
    }

    /** Q&A <draft> "final" 字幕: every character that JSON, URIs or XML treat specially. */
    static Report specialCharacters() {
        String path = "subs/Q&A <draft> \"final\" 100% 字幕.zh-Hans.srt";
        return Engine.report(List.of(SampleReports.file(path, "zh-Hans", "netflix-zh-hans", "language tag", 3,
                new Finding("house-style", Severity.ERROR, path, 2, 6, 3,
                        "write 'Q&A' as \"Q & A\", not <b>Q&amp;A</b> — 问答 → 「问答」\\n", null, null))));
    }

    @Test
    void isValidSarif210() throws IOException {
        assertThat(schemaErrors(write(RULES, SampleReports.twoFiles()))).isEmpty();
        assertThat(schemaErrors(write(RULES, specialCharacters()))).isEmpty();
        assertThat(schemaErrors(write(RULES, SampleReports.clean()))).isEmpty();
        assertThat(schemaErrors(write(List.of(), SampleReports.oneError()))).isEmpty();
    }

    @Test
    void theSchemaCheckIsLive() throws IOException {
        ObjectNode root = (ObjectNode) JSON.readTree(write(RULES, SampleReports.twoFiles()));
        root.remove("version");
        ((ObjectNode) root.at("/runs/0/results/0")).put("level", "fatal");
        assertThat(schemaErrors(JSON.writeValueAsString(root))).hasSize(2);
    }

    @Test
    void theDriverListsEveryRuleThatRan() throws IOException {
        JsonNode root = JSON.readTree(write(RULES, SampleReports.twoFiles()));
        assertThat(root.get("version").textValue()).isEqualTo("2.1.0");
        JsonNode driver = root.at("/runs/0/tool/driver");
        assertThat(driver.get("name").textValue()).isEqualTo("subtitle-qc");
        assertThat(driver.get("version").textValue()).isEqualTo("1.2.3");
        assertThat(driver.get("informationUri").textValue()).isEqualTo("https://github.com/subtitleqc/subtitle-qc");
        JsonNode rules = driver.get("rules");
        assertThat(rules).extracting(r -> r.get("id").textValue(), r -> r.at("/defaultConfiguration/level").textValue())
                .containsExactly(tuple("reading-speed", "error"), tuple("min-gap", "warning"),
                        tuple("whitespace", "note"), tuple("house-style", "error"));
        JsonNode speed = rules.get(0);
        assertThat(speed.at("/shortDescription/text").textValue())
                .isEqualTo("visible characters per second above maxCps");
        assertThat(speed.at("/fullDescription/text").textValue())
                .isEqualTo("visible characters per second above maxCps. Parameters: maxCps (the most characters per second).");
        assertThat(speed.at("/help/text").textValue()).isEqualTo("Give the cue more time (move its end later, or merge"
                + " it with the next cue) or shorten its text, until characters per second are at or below the limit"
                + " the message names.");
        JsonNode own = rules.get(3);
        assertThat(own.at("/fullDescription/text").textValue())
                .isEqualTo("the house style guide's rules. Severity error in this build (default warning).");
        assertThat(own.at("/help/text").textValue()).isEqualTo("the house style guide's rules");
    }

    @Test
    void aFindingIsAResult() throws IOException {
        JsonNode results = run(SampleReports.twoFiles()).get("results");
        assertThat(results.size()).isEqualTo(4);
        JsonNode speed = results.get(1);
        assertThat(speed.get("ruleId").textValue()).isEqualTo("reading-speed");
        assertThat(speed.get("ruleIndex").intValue()).isEqualTo(0);
        assertThat(speed.get("level").textValue()).isEqualTo("error");
        assertThat(speed.at("/message/text").textValue()).isEqualTo(SampleReports.SPEED_3.message());
        assertThat(speed.get("locations").size()).isEqualTo(1);
        JsonNode location = speed.at("/locations/0/physicalLocation");
        assertThat(location.at("/artifactLocation/uri").textValue()).isEqualTo("subs/talk.zh-Hans.srt");
        assertThat(location.at("/artifactLocation/uriBaseId").textValue()).isEqualTo("%SRCROOT%");
        assertThat(run(SampleReports.twoFiles()).at("/originalUriBaseIds/%SRCROOT%").toString())
                .isEqualTo("{\"description\":{\"text\":\"the project's base directory\"}}");
        assertThat(JSON.convertValue(location.get("region"), Map.class))
                .isEqualTo(Map.of("startLine", 10, "startColumn", 1));
        assertThat(JSON.convertValue(speed.get("properties"), Map.class))
                .isEqualTo(Map.of("cue", 3, "value", 10.345, "limit", 9.0));
    }

    @Test
    void levelsAndAnUnknownColumn() throws IOException {
        JsonNode results = run(SampleReports.twoFiles()).get("results");
        assertThat(results).extracting(r -> r.get("ruleId").textValue(), r -> r.get("ruleIndex").intValue(),
                r -> r.get("level").textValue(), r -> r.at("/locations/0/physicalLocation/region/startLine").intValue(),
                r -> r.at("/locations/0/physicalLocation/region").has("startColumn"))
                .containsExactly(tuple("whitespace", 2, "note", 7, true), tuple("reading-speed", 0, "error", 10, true),
                        tuple("min-gap", 1, "warning", 18, false), tuple("reading-speed", 0, "error", 26, true));
        // a finding without a cue has no cue property; one of a rule that is not listed has no ruleIndex
        JsonNode unlisted = JSON.readTree(write(List.of(), Engine.report(List.of(SampleReports.file(SampleReports.EN,
                "en", "netflix-en", "tag", 1, new Finding("encoding", Severity.ERROR, SampleReports.EN, 0, 1, 0,
                        "byte 0xFF does not decode as UTF-8", null, null)))))).at("/runs/0/results/0");
        assertThat(unlisted.has("ruleIndex")).isFalse();
        assertThat(unlisted.get("properties").size()).isZero();
    }

    @Test
    void pathsAreRelativeUris() throws IOException {
        JsonNode result = run(specialCharacters()).at("/results/0");
        assertThat(result.at("/locations/0/physicalLocation/artifactLocation/uri").textValue())
                .isEqualTo("subs/Q&A%20%3Cdraft%3E%20%22final%22%20100%25%20%E5%AD%97%E5%B9%95.zh-Hans.srt");
        assertThat(result.at("/message/text").textValue())
                .isEqualTo("write 'Q&A' as \"Q & A\", not <b>Q&amp;A</b> — 问答 → 「问答」\\n");
        assertThat(SarifReportWriter.uri("c:/x.srt")).isEqualTo("./c:/x.srt");
    }

    @Test
    void theRunEndsWithTheVerdict() throws IOException {
        JsonNode invocation = run(SampleReports.twoFiles()).at("/invocations/0");
        assertThat(invocation.get("executionSuccessful").booleanValue()).isTrue();
        assertThat(invocation.at("/properties/passed").booleanValue()).isFalse();
        assertThat(invocation.at("/properties/score").doubleValue()).isEqualTo(94.3);
        assertThat(invocation.at("/properties/verdict").textValue()).startsWith("subtitle-qc failed: 2 errors in 1 file");
    }

    @Test
    void theFormatIsFoundByItsId(@TempDir Path dir) throws IOException {
        ReportFormat sarif = ServiceLoader.load(ReportFormat.class).stream().map(ServiceLoader.Provider::get)
                .filter(f -> f.id().equals("sarif")).findFirst().orElseThrow();
        assertThat(sarif.fileName(ReportTarget.BASE_NAME)).contains("subtitle-qc.sarif");
        assertThat(sarif.fileName("subtitle-qc-nightly")).contains("subtitle-qc-nightly.sarif");
        Consumer<ConsoleLine> console = line -> { };
        try (ReportWriter w = sarif.open(new ReportTarget(dir.resolve("out"), ReportTarget.BASE_NAME, console, -1, null))) {
            ReportRun.replay(SampleReports.twoFiles(), w);
        }
        assertThat(schemaErrors(Files.readString(dir.resolve("out/subtitle-qc.sarif")))).isEmpty();
    }

    // ---- fingerprints ---------------------------------------------------------------------------

    /** Cue 1 too fast (line 2), cue 3 one frame after cue 2 (line 10), cue 5 too fast (line 18). */
    private static final String TALK = SampleReports.resource("talk.zh-Hans.srt");

    /** The same, with a clean cue inserted first: every line moves down 4, every cue number up 1. */
    private static final String INSERTED = """
            1
            00:00:00,000 --> 00:00:00,900
            你好

            2
            00:00:01,000 --> 00:00:02,000
            就是亚马逊Facebook这样的公司

            3
            00:00:02,083 --> 00:00:05,000
            然后我们

            4
            00:00:05,062 --> 00:00:08,000
            好

            5
            00:00:09,000 --> 00:00:12,000
            对

            6
            00:00:12,500 --> 00:00:13,500
            就是亚马逊Facebook这样的公司
            """;

    /** The same as TALK, with cue 4 retimed (a longer, later cue that still breaks no rule). */
    private static final String RETIMED = TALK.replace("00:00:09,000 --> 00:00:12,000", "00:00:09,500 --> 00:00:12,400");

    private static List<Finding> findingsOf(String srt) {
        Engine engine = new Engine(EngineConfig.defaults().withThreads(1),
                List.of(new TestRules.ReadingSpeed(), new TestRules.MinGap()));
        FileResult result = engine.check("subs/talk.zh-Hans.srt", srt.getBytes(StandardCharsets.UTF_8));
        return result.findings();
    }

    private static List<String> fingerprints(String srt) throws IOException {
        FileResult result = new Engine(EngineConfig.defaults().withThreads(1),
                List.of(new TestRules.ReadingSpeed(), new TestRules.MinGap()))
                .check("subs/talk.zh-Hans.srt", srt.getBytes(StandardCharsets.UTF_8));
        JsonNode results = JSON.readTree(write(RULES, Engine.report(List.of(result)))).at("/runs/0/results");
        List<String> out = new ArrayList<>();
        results.forEach(r -> out.add(r.at("/partialFingerprints/subtitleQcFindingHash~1v1").textValue()));
        return out;
    }

    @Test
    void fingerprintsSurviveACueInsertedBefore() throws IOException {
        assertThat(findingsOf(TALK)).extracting(Finding::ruleId, Finding::cue, Finding::line).containsExactly(
                tuple("reading-speed", 1, 2), tuple("min-gap", 3, 10), tuple("reading-speed", 5, 18));
        assertThat(findingsOf(INSERTED)).extracting(Finding::ruleId, Finding::cue, Finding::line).containsExactly(
                tuple("reading-speed", 2, 6), tuple("min-gap", 4, 14), tuple("reading-speed", 6, 22));
        List<String> before = fingerprints(TALK);
        assertThat(before).hasSize(3).doesNotContainNull();
        assertThat(new HashSet<>(before)).hasSize(3);
        assertThat(fingerprints(INSERTED)).isEqualTo(before);
    }

    @Test
    void fingerprintsSurviveAnotherCueRetimed() throws IOException {
        assertThat(findingsOf(RETIMED)).extracting(Finding::ruleId, Finding::line).containsExactly(
                tuple("reading-speed", 2), tuple("min-gap", 10), tuple("reading-speed", 18));
        assertThat(fingerprints(RETIMED)).isEqualTo(fingerprints(TALK));
    }

    @Test
    void fingerprintsIgnoreNumbersButNotWords() {
        assertThat(Fingerprints.shape("gap 62 ms is 1 at 23.976, limit 2 frames (cue 309, 00:01:02,500)"))
                .isEqualTo("gap # ms is # at #, limit # frames (cue #, #)");
        Fingerprints a = new Fingerprints();
        Finding first = SampleReports.SPEED_3;
        Finding second = SampleReports.SPEED_7;
        String f1 = a.next(first);
        String f2 = a.next(second);
        assertThat(f1).isNotEqualTo(f2).hasSize(64);
        // a new run of the same file: the same fingerprints in the same order, whatever the values
        Fingerprints b = new Fingerprints();
        assertThat(b.next(new Finding("reading-speed", Severity.ERROR, first.file(), 9, 40, 1,
                first.message().replace("10.3", "11.7"), 11.7, 9.0))).isEqualTo(f1);
        assertThat(Fingerprints.guid(f1)).matches("[0-9a-f]{8}-[0-9a-f]{4}-3[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
    }
}
