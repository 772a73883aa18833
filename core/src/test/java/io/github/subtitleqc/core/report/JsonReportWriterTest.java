package io.github.subtitleqc.core.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.subtitleqc.core.engine.Engine;
import io.github.subtitleqc.core.engine.FileResult;
import io.github.subtitleqc.core.engine.Report;
import io.github.subtitleqc.core.score.Score;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** SPEC §8: subtitle-qc.json, field by field. */
class JsonReportWriterTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static byte[] write(Report report) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        JsonReportWriter.write(report, out);
        return out.toByteArray();
    }

    private static JsonNode parse(Report report) throws IOException {
        return JSON.readTree(write(report));
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    void theTopLevel() throws IOException {
        JsonNode root = parse(SampleReports.twoFiles());
        assertThat(fieldNames(root)).containsExactly("version", "files", "crossFileFindings", "summary");
        assertThat(root.get("crossFileFindings").isArray()).isTrue();
        assertThat(root.get("crossFileFindings").size()).isZero();
        assertThat(root.get("version").isInt()).isTrue();
        assertThat(root.get("version").intValue()).isEqualTo(1);
        assertThat(root.get("files").size()).isEqualTo(2);
    }

    @Test
    void aFile() throws IOException {
        JsonNode file = parse(SampleReports.twoFiles()).get("files").get(0);
        assertThat(fieldNames(file)).containsExactly("path", "format", "language", "profile", "profileReason",
                "languageConfidence", "kind", "fileSet", "encoding", "cues", "score", "costs", "findings");
        assertThat(file.get("languageConfidence").isNull()).isTrue();
        assertThat(file.get("kind").textValue()).isEqualTo("subtitles");
        assertThat(file.get("fileSet").isNull()).isTrue();
        assertThat(file.get("path").textValue()).isEqualTo("subs/talk.zh-Hans.srt");
        assertThat(file.get("format").textValue()).isEqualTo("srt");
        assertThat(file.get("language").textValue()).isEqualTo("zh-Hans");
        assertThat(file.get("profile").textValue()).isEqualTo("netflix-zh-hans");
        assertThat(file.get("profileReason").textValue()).isEqualTo("language tag 'zh-Hans' in the file name");
        assertThat(file.get("encoding").textValue()).isEqualTo("UTF-8");
        assertThat(file.get("cues").isInt()).isTrue();
        assertThat(file.get("cues").intValue()).isEqualTo(10);
        assertThat(file.get("score").isNumber()).isTrue();
        assertThat(file.get("score").doubleValue()).isEqualTo(77.5);
        assertThat(JSON.convertValue(file.get("costs"), Map.class))
                .containsExactly(Map.entry("reading-speed", 20.0), Map.entry("min-gap", 2.5));
        assertThat(file.get("findings").size()).isEqualTo(4);
    }

    @Test
    void aMeasuredFinding() throws IOException {
        JsonNode finding = parse(SampleReports.twoFiles()).get("files").get(0).get("findings").get(1);
        assertThat(fieldNames(finding)).containsExactly("rule", "severity", "cue", "line", "column", "message", "value",
                "limit");
        assertThat(finding.get("rule").textValue()).isEqualTo("reading-speed");
        assertThat(finding.get("severity").textValue()).isEqualTo("error");
        assertThat(finding.get("cue").intValue()).isEqualTo(3);
        assertThat(finding.get("line").intValue()).isEqualTo(10);
        assertThat(finding.get("column").intValue()).isEqualTo(1);
        assertThat(finding.get("message").textValue()).isEqualTo("reading speed 10.3 chars/s exceeds 9"
                + " (netflix-zh-hans): lengthen the cue to ≥ 2.23 s or shorten the text");
        // measured values with three decimals
        assertThat(finding.get("value").doubleValue()).isEqualTo(10.345);
        assertThat(finding.get("limit").doubleValue()).isEqualTo(9.0);
    }

    /**
     * Values and limits are written as Jackson writes the double rounded to three decimals, also
     * where the writer has the text ready (whole values from 1 to 9999) and at its edges.
     */
    @Test
    void valuesAreWrittenAsJacksonWritesTheirRoundedDouble() throws IOException {
        double[] values = {0.0, -0.0, 0.5, 1.0, 42.0, 833.0, 9999.0, 10_000.0, 1e7, 12.3456, 0.0005, -3.0, 7000.0004};
        List<io.github.subtitleqc.core.model.Finding> findings = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            findings.add(new io.github.subtitleqc.core.model.Finding("line-length", io.github.subtitleqc.core.model.Severity.ERROR,
                    SampleReports.EN, i + 1, i + 1, 1, "m", values[i], values[values.length - 1 - i]));
        }
        String text = new String(write(io.github.subtitleqc.core.engine.Engine.report(List.of(SampleReports.file(
                SampleReports.EN, "en", "netflix-en", "r", values.length,
                findings.toArray(new io.github.subtitleqc.core.model.Finding[0]))))), java.nio.charset.StandardCharsets.UTF_8);
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"value\" : ([^,\\s]+),\\s+\"limit\" : ([^\\s]+)").matcher(text);
        for (int i = 0; i < values.length; i++) {
            assertThat(m.find()).isTrue();
            assertThat(m.group(1)).as("value %s", values[i]).isEqualTo(JSON.writeValueAsString(Numbers.round(values[i], 3)));
            assertThat(m.group(2)).as("limit %s", values[values.length - 1 - i])
                    .isEqualTo(JSON.writeValueAsString(Numbers.round(values[values.length - 1 - i], 3)));
        }
        assertThat(m.find()).isFalse();
    }

    /** The writers' pretty printing gives Jackson's default text, nested deeper than its ready-made levels too. */
    @Test
    void prettyPrintingIsJacksonsDefault() throws IOException {
        assertThat(nested(g -> PrettyJson.use(g))).isEqualTo(nested(com.fasterxml.jackson.core.JsonGenerator::useDefaultPrettyPrinter));
    }

    private static String nested(java.util.function.Consumer<com.fasterxml.jackson.core.JsonGenerator> pretty) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (com.fasterxml.jackson.core.JsonGenerator g = new com.fasterxml.jackson.core.JsonFactory().createGenerator(out)) {
            pretty.accept(g);
            for (int level = 0; level < 40; level++) {
                g.writeStartObject();
                g.writeStringField("name", "ünï \"" + level);
                g.writeNumberField("n", level * 0.5);
                g.writeArrayFieldStart("list");
                g.writeStartObject();
                g.writeNullField("x");
                g.writeEndObject();
                g.writeNumber(level);
                g.writeEndArray();
                g.writeFieldName("next");
            }
            g.writeNull();
            for (int level = 0; level < 40; level++) {
                g.writeEndObject();
            }
        }
        return out.toString(java.nio.charset.StandardCharsets.UTF_8);
    }

    @Test
    void unknownPartsAreNull() throws IOException {
        JsonNode findings = parse(SampleReports.twoFiles()).get("files").get(0).get("findings");
        JsonNode whitespace = findings.get(0);
        assertThat(whitespace.get("severity").textValue()).isEqualTo("info");
        assertThat(whitespace.get("column").intValue()).isEqualTo(4);
        assertThat(whitespace.get("value").isNull()).isTrue();
        assertThat(whitespace.get("limit").isNull()).isTrue();
        JsonNode gap = findings.get(2);
        assertThat(gap.get("severity").textValue()).isEqualTo("warning");
        assertThat(gap.get("column").isNull()).isTrue(); // column 0: unknown

        FileResult unreadable = new FileResult("notes.txt", "unknown", null, "netflix-en", "no letters", null, 0,
                List.of(new io.github.subtitleqc.core.model.Finding("parse-error",
                        io.github.subtitleqc.core.model.Severity.ERROR, "notes.txt", 0, 1, 0, "no reader", null, null)),
                new Score(0.0, Map.of("parse-error", 100.0)));
        JsonNode file = parse(Engine.report(List.of(unreadable))).get("files").get(0);
        assertThat(file.get("language").isNull()).isTrue();
        assertThat(file.get("encoding").isNull()).isTrue();
        assertThat(file.get("findings").get(0).get("cue").isNull()).isTrue();
        assertThat(file.get("findings").get(0).get("line").intValue()).isEqualTo(1);
    }

    @Test
    void theSummary() throws IOException {
        JsonNode summary = parse(SampleReports.twoFiles()).get("summary");
        assertThat(fieldNames(summary)).containsExactly("files", "cues", "errors", "warnings", "infos", "score", "costs",
                "baselined", "baselineFixed");
        assertThat(summary.get("baselined").intValue()).as("no baseline: none left out").isZero();
        assertThat(summary.get("baselineFixed").intValue()).isZero();
        assertThat(summary.get("files").intValue()).isEqualTo(2);
        assertThat(summary.get("cues").intValue()).isEqualTo(40);
        assertThat(summary.get("errors").intValue()).isEqualTo(2);
        assertThat(summary.get("warnings").intValue()).isEqualTo(1);
        assertThat(summary.get("infos").intValue()).isEqualTo(1);
        assertThat(summary.get("score").doubleValue()).isEqualTo(94.3);
        assertThat(JSON.convertValue(summary.get("costs"), Map.class))
                .containsExactly(Map.entry("reading-speed", 5.1), Map.entry("min-gap", 0.6)); // 100 - 94.3
    }

    @Test
    void aCleanFileHasEmptyFindingsAndCosts() throws IOException {
        JsonNode root = parse(SampleReports.clean());
        JsonNode file = root.get("files").get(0);
        assertThat(file.get("findings").isArray()).isTrue();
        assertThat(file.get("findings").size()).isZero();
        assertThat(file.get("costs").isObject()).isTrue();
        assertThat(file.get("costs").size()).isZero();
        assertThat(file.get("score").doubleValue()).isEqualTo(100.0);
        assertThat(root.get("summary").get("score").doubleValue()).isEqualTo(100.0);
    }

    @Test
    void isUtf8EndsWithANewLineAndLeavesTheStreamOpen() throws IOException {
        boolean[] closed = {false};
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        FilterOutputStream out = new FilterOutputStream(bytes) {
            @Override
            public void close() {
                closed[0] = true;
            }
        };
        JsonReportWriter.write(SampleReports.twoFiles(), out);
        assertThat(closed[0]).isFalse();
        String text = bytes.toString(StandardCharsets.UTF_8);
        assertThat(text).contains("\"message\" : \"reading speed 10.3 chars/s exceeds 9 (netflix-zh-hans): lengthen the"
                + " cue to ≥ 2.23 s or shorten the text\"").endsWith("}\n");
    }

    @Test
    void writesAFileCreatingItsDirectory(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("target/subtitle-qc").resolve(JsonReportWriter.FILE_NAME);
        JsonReportWriter.write(SampleReports.twoFiles(), file);
        assertThat(file).exists().hasFileName("subtitle-qc.json");
        assertThat(JSON.readTree(Files.readAllBytes(file))).isEqualTo(parse(SampleReports.twoFiles()));
    }
}
