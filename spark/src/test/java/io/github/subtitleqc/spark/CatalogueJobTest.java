package io.github.subtitleqc.spark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.subtitleqc.core.engine.Engine;
import io.github.subtitleqc.core.engine.EngineConfig;
import io.github.subtitleqc.core.engine.ProgressListener;
import io.github.subtitleqc.core.engine.RuleOverride;
import io.github.subtitleqc.core.engine.SourceFile;
import io.github.subtitleqc.core.model.Severity;
import io.github.subtitleqc.core.report.Gate;
import io.github.subtitleqc.core.report.JsonReportWriter;
import io.github.subtitleqc.core.report.ReportRun;
import io.github.subtitleqc.core.report.RunStart;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The job in {@code local[2]} over the generator's small corpus (100 files), and over a handful of
 * files (the seed, five files of the generator's tiny corpus, three that spell a term two ways
 * across files) with settings, against the plugin's JSON report
 * for the same files and settings, written in-process as the plugin's check goal writes it.
 */
class CatalogueJobTest {

    private static final Path SEED = Path.of("../seeds/src/main/subtitles/big-tech-llm-anecdotes.zh-Hans.srt");
    private static final Path GLOSSARY = Path.of("../seeds/glossary.csv");

    private static SparkSession spark;

    @BeforeAll
    static void start() {
        spark = SparkSession.builder().master("local[2]").appName("subtitle-qc test")
                .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "2").getOrCreate();
    }

    @AfterAll
    static void stop() {
        if (spark != null) {
            spark.stop();
        }
    }

    @Test
    void findingsAndScoresEqualThePluginsJsonRowForRow(@TempDir Path temp) throws Exception {
        Path input = temp.resolve("subtitles");
        copyFixtures(input);
        Path out = temp.resolve("out");

        JobSettings settings = JobSettings.parse(input.toUri().toString(), "--output", out.toUri().toString(),
                "--glossary", GLOSSARY.toAbsolutePath().toString(), "--rule", "max-lines:maxLines=1",
                "--severity", "term-consistency=error", "--partitions", "3");
        CatalogueJob.Result result = CatalogueJob.run(spark, settings);

        JsonNode json = pluginJson(input, EngineConfig.defaults().withGlossaries(List.of(GLOSSARY))
                .withRules(List.of(new RuleOverride("max-lines", null, null, Map.of("maxLines", "1")),
                        new RuleOverride("term-consistency", null, "error", Map.of()))));

        List<String> expected = findingRows(json);
        List<String> actual = spark.read().parquet(out.resolve("findings").toString()).collectAsList().stream()
                .map(CatalogueJobTest::row).sorted().toList();
        assertThat(actual).hasSize(expected.size()).containsExactlyElementsOf(expected);
        assertThat(result.files()).isEqualTo(9);
        assertThat(result.findings()).isEqualTo(expected.size());
        // the fixtures are chosen so that every kind of row is there
        assertThat(actual).anyMatch(r -> r.contains("|term-consistency|error|"))
                .anyMatch(r -> r.contains("|glossary|error|"))
                .anyMatch(r -> r.contains("|max-lines|"))
                .anyMatch(r -> r.startsWith("big-tech-llm-anecdotes.zh-Hans.srt|srt|zh-Hans|"));

        List<String> expectedScores = new ArrayList<>();
        for (JsonNode f : json.get("files")) {
            expectedScores.add(String.join("|", f.get("path").asText(), f.get("format").asText(),
                    f.get("language").asText(), f.get("profile").asText(), f.get("encoding").asText(),
                    f.get("cues").asText(), String.valueOf(f.get("score").asDouble()), costs(f.get("costs"))));
        }
        expectedScores.sort(Comparator.naturalOrder());
        List<String> actualScores = spark.read().parquet(out.resolve("scores").toString()).collectAsList().stream()
                .map(r -> String.join("|", r.getAs("file"), r.getAs("format"), r.getAs("language"), r.getAs("profile"),
                        r.getAs("encoding"), String.valueOf((int) r.getAs("cues")),
                        String.valueOf((double) r.getAs("score")),
                        costs(r.getJavaMap(r.fieldIndex("costs")))))
                .sorted().toList();
        assertThat(actualScores).containsExactlyElementsOf(expectedScores);
    }

    @Test
    void theSmallGeneratedCorpusGivesThePluginsFindingsRowForRow(@TempDir Path temp) throws Exception {
        // gen_corpus.py --preset small: 100 files, 50,000 cues, committed with its manifest
        Path input = temp.resolve("small");
        Files.createDirectories(input);
        Path corpus = Path.of(CatalogueJobTest.class.getResource("small").toURI());
        try (Stream<Path> s = Files.list(corpus)) {
            for (Path p : s.filter(p -> p.toString().endsWith(".srt")).toList()) {
                Files.copy(p, input.resolve(p.getFileName().toString()));
            }
        }
        Path out = temp.resolve("out");
        CatalogueJob.Result result = CatalogueJob.run(spark, JobSettings.parse(input.toString(), "--output", out.toString()));
        JsonNode json = pluginJson(input, EngineConfig.defaults());
        List<String> expected = findingRows(json);
        List<String> actual = spark.read().parquet(out.resolve("findings").toString()).collectAsList().stream()
                .map(CatalogueJobTest::row).sorted().toList();
        assertThat(result.files()).isEqualTo(100);
        assertThat(json.get("summary").get("cues").asInt()).isEqualTo(50_000);
        assertThat(actual).hasSize(expected.size()).containsExactlyElementsOf(expected);
        // the generator's oracle, computed without parsing: 242 cues start before the previous one ends
        long overlaps = actual.stream().filter(r -> r.contains("|overlap|")).count();
        assertThat(overlaps).isEqualTo(expectedOverlaps(corpus));
    }

    private static long expectedOverlaps(Path corpus) throws IOException {
        return new ObjectMapper().readTree(corpus.resolve("manifest.json").toFile()).get("overlap").asLong();
    }

    @Test
    void theCrossFileRulesSeeEveryFileNotOnePartitions(@TempDir Path temp) throws Exception {
        Path input = temp.resolve("subtitles");
        copyFixtures(input);
        Path out = temp.resolve("out");
        // one file a partition: term-consistency still compares s01e01, s01e02 and s01e03
        CatalogueJob.run(spark, JobSettings.parse(input.toString(), "--output", out.toString(), "--partitions", "9"));
        List<String> rows = spark.read().parquet(out.resolve("findings").toString())
                .filter("rule = 'term-consistency'").collectAsList().stream().map(CatalogueJobTest::row).sorted().toList();
        assertThat(rows).contains("s01e02.en.srt|srt|en|netflix-en|term-consistency|warning|1|3|9|'finetune' is also"
                + " written 'fine-tune' (4 times: big-tech-llm-anecdotes.zh-Hans.srt 1, s01e01.en.srt 2, this file 1):"
                + " use one spelling|null|null");
    }

    private static void copyFixtures(Path input) throws IOException, URISyntaxException {
        Files.createDirectories(input);
        Path fixtures = Path.of(CatalogueJobTest.class.getResource("catalogue").toURI());
        try (Stream<Path> s = Files.list(fixtures)) {
            for (Path p : s.toList()) {
                Files.copy(p, input.resolve(p.getFileName().toString()));
            }
        }
        Files.copy(SEED, input.resolve(SEED.getFileName().toString()));
    }

    /** The JSON report the plugin writes for these files: the engine's run through the JSON writer, files in path order. */
    private static JsonNode pluginJson(Path base, EngineConfig config) throws IOException {
        Engine engine = Engine.withDiscoveredRules(config, CatalogueJobTest.class.getClassLoader());
        List<SourceFile> files;
        try (Stream<Path> s = Files.list(base)) {
            files = s.sorted().map(p -> SourceFile.relativeTo(base, p)).toList();
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JsonReportWriter writer = new JsonReportWriter(bytes, false)) {
            new ReportRun(new RunStart("test", "test", files.size(), engine.rules(), Severity.WARNING),
                    new Gate(false, Severity.WARNING, 0, 0), null, List.of(writer))
                    .run(engine, files, ProgressListener.NONE);
        }
        return new ObjectMapper().readTree(bytes.toByteArray());
    }

    /** Every finding of the JSON report as a row of the findings table: the file's own, then the cross-file ones. */
    private static List<String> findingRows(JsonNode json) {
        List<String> rows = new ArrayList<>();
        Map<String, JsonNode> byPath = new java.util.HashMap<>();
        for (JsonNode f : json.get("files")) {
            byPath.put(f.get("path").asText(), f);
            for (JsonNode x : f.get("findings")) {
                rows.add(row(f, f.get("path").asText(), x));
            }
        }
        for (JsonNode x : json.get("crossFileFindings")) {
            rows.add(row(byPath.get(x.get("path").asText()), x.get("path").asText(), x));
        }
        rows.sort(Comparator.naturalOrder());
        return rows;
    }

    private static String row(JsonNode file, String path, JsonNode x) {
        return String.join("|", path, text(file.get("format")), text(file.get("language")), text(file.get("profile")),
                text(x.get("rule")), text(x.get("severity")), text(x.get("cue")), text(x.get("line")),
                text(x.get("column")), text(x.get("message")), number(x.get("value")), number(x.get("limit")));
    }

    private static String row(Row r) {
        List<String> cells = new ArrayList<>();
        for (String name : CatalogueJob.FINDINGS.fieldNames()) {
            Object v = r.getAs(name);
            cells.add(v instanceof Double d ? String.valueOf(d) : String.valueOf(v));
        }
        return String.join("|", cells);
    }

    private static String text(JsonNode n) {
        return n == null || n.isNull() ? "null" : n.asText();
    }

    private static String number(JsonNode n) {
        return n == null || n.isNull() ? "null" : String.valueOf(n.asDouble());
    }

    private static String costs(Map<String, Double> costs) {
        List<String> out = new ArrayList<>();
        costs.forEach((k, v) -> out.add(k + "=" + v));
        out.sort(Comparator.naturalOrder()); // a map: its order is not its meaning
        return String.join(",", out);
    }

    private static String costs(JsonNode costs) {
        List<String> out = new ArrayList<>();
        costs.fields().forEachRemaining(e -> out.add(e.getKey() + "=" + e.getValue().asDouble()));
        out.sort(Comparator.naturalOrder());
        return String.join(",", out);
    }
}
