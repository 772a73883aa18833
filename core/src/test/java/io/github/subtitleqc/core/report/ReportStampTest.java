package io.github.subtitleqc.core.report;

import io.github.subtitleqc.core.cache.CachedFile;
import io.github.subtitleqc.core.cache.ConfigFingerprint;
import io.github.subtitleqc.core.cache.ContentHash;
import io.github.subtitleqc.core.cache.ResultCache;
import io.github.subtitleqc.core.engine.EngineConfig;
import io.github.subtitleqc.core.engine.FileResult;
import io.github.subtitleqc.core.engine.FileSetup;
import io.github.subtitleqc.core.engine.SourceFile;
import io.github.subtitleqc.core.model.Severity;
import io.github.subtitleqc.core.score.Score;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

class ReportStampTest {

    private static final ConfigFingerprint CONFIG = ConfigFingerprint.of(EngineConfig.defaults(), List.of(), List.of());
    private static final ConfigFingerprint OTHER_CONFIG = ConfigFingerprint.of(EngineConfig.defaults().withProfile("bbc"),
            List.of(), List.of());
    private static final String SETTINGS = "format json subtitle-qc.json\n";

    @TempDir
    Path dir;

    private Path cacheFile;
    private Path report;
    private final List<String> warnings = new ArrayList<>();

    @BeforeEach
    void twoFiles() throws IOException {
        cacheFile = dir.resolve("target/subtitle-qc/cache.bin");
        report = dir.resolve("target/subtitle-qc/subtitle-qc.json");
        write("a.en.srt", "1\n00:00:01,000 --> 00:00:02,000\nHello\n");
        write("b.en.srt", "1\n00:00:01,000 --> 00:00:02,000\nWorld\n");
    }

    private void write(String name, String content) throws IOException {
        Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }

    private List<SourceFile> files(String... names) {
        List<SourceFile> files = new ArrayList<>();
        for (String name : names) {
            files.add(SourceFile.relativeTo(dir, dir.resolve(name)));
        }
        return files;
    }

    private static FileResult result(String path) {
        return new FileResult(path, "srt", "en", "netflix-en", "language tag 'en' in the file name", "UTF-8", 1,
                List.of(), new Score(100, Map.of()), null, new FileSetup("subtitles", null, null));
    }

    /**
     * A run as the plugin makes one: asks whether the reports are up to date, else forgets the stamp,
     * records every file in the cache (found there or not), writes the report unless up to date,
     * and stamps it. Returns whether the reports were up to date.
     */
    private boolean run(ConfigFingerprint config, String settings, List<SourceFile> files, Consumer<ResultCache> during)
            throws IOException {
        try (ResultCache cache = ResultCache.open(cacheFile, config, warnings::add)) {
            boolean upToDate = ReportStamp.upToDate(cache, settings, files, List.of(report), 2);
            if (!upToDate) {
                ReportStamp.forget(cache);
            }
            for (SourceFile f : files) {
                ContentHash hash = ContentHash.of(Files.readAllBytes(f.path()));
                CachedFile hit = cache.lookup(f.displayPath(), hash);
                cache.record(f.displayPath(), hash, hit != null ? hit.toRecord()
                        : ResultCache.encode(result(f.displayPath()), List.of(new byte[] {1})));
            }
            during.accept(cache);
            cache.commit();
            if (!upToDate) {
                Files.createDirectories(report.getParent());
                Files.writeString(report, "{\"files\": " + files.size() + "}");
                ReportStamp.remember(cache, settings, files, List.of(report));
            }
            return upToDate;
        }
    }

    private boolean run(String... names) throws IOException {
        return run(CONFIG, SETTINGS, files(names), cache -> { });
    }

    @Test
    void aReRunWithNothingChangedFindsTheReportsUpToDateAndTellsTheCacheEachFilesHash() throws IOException {
        assertThat(run("a.en.srt", "b.en.srt")).as("first run: no stamp").isFalse();
        assertThat(ReportStamp.fileOf(cacheFile)).isRegularFile();
        List<ContentHash> known = new ArrayList<>();

        assertThat(run(CONFIG, SETTINGS, files("a.en.srt", "b.en.srt"), cache -> {
            known.add(cache.known("a.en.srt"));
            known.add(cache.known("b.en.srt"));
        })).isTrue();

        assertThat(known).containsExactly(ContentHash.of(bytes("a.en.srt")), ContentHash.of(bytes("b.en.srt")));
        assertThat(run("a.en.srt", "b.en.srt")).as("and again").isTrue();
        assertThat(warnings).isEmpty();
    }

    private byte[] bytes(String name) throws IOException {
        return Files.readAllBytes(dir.resolve(name));
    }

    @Test
    void aFileEditedToTheSameSizeMakesTheReportsStale() throws IOException {
        run("a.en.srt", "b.en.srt");
        write("b.en.srt", "1\n00:00:01,000 --> 00:00:02,000\nWorlD\n");
        Files.setLastModifiedTime(dir.resolve("b.en.srt"), Files.getLastModifiedTime(dir.resolve("a.en.srt")));

        assertThat(run("a.en.srt", "b.en.srt")).isFalse();
        assertThat(run("a.en.srt", "b.en.srt")).as("stamped again after the reports were written").isTrue();
    }

    @Test
    void aFileAddedRemovedOrInAnotherOrderMakesTheReportsStale() throws IOException {
        write("c.en.srt", "1\n00:00:01,000 --> 00:00:02,000\nMore\n");
        run("a.en.srt", "b.en.srt");
        assertThat(run("a.en.srt", "b.en.srt", "c.en.srt")).as("added").isFalse();
        assertThat(run("a.en.srt", "c.en.srt")).as("removed").isFalse();
        assertThat(run("c.en.srt", "a.en.srt")).as("other order").isFalse();
        assertThat(run("c.en.srt", "a.en.srt")).isTrue();
    }

    @Test
    void otherSettingsOrAnotherConfigurationMakeTheReportsStale() throws IOException {
        run("a.en.srt", "b.en.srt");
        assertThat(run(CONFIG, SETTINGS + "format sarif subtitle-qc.sarif\n", files("a.en.srt", "b.en.srt"), c -> { }))
                .as("another format").isFalse();
        assertThat(run(CONFIG, SETTINGS, files("a.en.srt", "b.en.srt"), c -> { })).as("back").isFalse();
        assertThat(run(OTHER_CONFIG, SETTINGS, files("a.en.srt", "b.en.srt"), c -> { })).as("another profile").isFalse();
        assertThat(warnings).hasSize(1).allMatch(w -> w.contains("was made with another configuration"));
    }

    @Test
    void aReportFileChangedOrGoneIsWrittenAgain() throws IOException {
        run("a.en.srt", "b.en.srt");
        Files.writeString(report, "{\"files\": 9}");
        Files.setLastModifiedTime(report, FileTime.fromMillis(Files.getLastModifiedTime(report).toMillis() - 5000));
        assertThat(run("a.en.srt", "b.en.srt")).as("edited").isFalse();
        assertThat(report).hasContent("{\"files\": 2}");

        Files.setLastModifiedTime(report, FileTime.fromMillis(1_000_000_000_000L));
        assertThat(run("a.en.srt", "b.en.srt")).as("touched").isFalse();

        Files.delete(report);
        assertThat(run("a.en.srt", "b.en.srt")).as("deleted").isFalse();
        assertThat(report).hasContent("{\"files\": 2}");
    }

    @Test
    void aDamagedOrForeignStampIsNotUpToDateAndIsReplaced() throws IOException {
        run("a.en.srt", "b.en.srt");
        Path stamp = ReportStamp.fileOf(cacheFile);
        List<String> lines = Files.readAllLines(stamp);
        for (String damaged : List.of("", "subtitle-qc reports 0\n", String.join("\n", lines.subList(0, 3)),
                String.join("\n", lines).replace("files ", "files 0"), "\u0000\u00ff garbage")) {
            Files.writeString(stamp, damaged, StandardCharsets.ISO_8859_1);
            assertThat(run("a.en.srt", "b.en.srt")).as(damaged).isFalse();
            assertThat(run("a.en.srt", "b.en.srt")).as("stamped again: " + damaged).isTrue();
            lines = Files.readAllLines(stamp);
        }
    }

    @Test
    void noStampWhenAFileWasNotRecordedNorWithoutACache() throws IOException {
        // a run whose cache lacks a file (one it could not read): no stamp, so the next run writes its reports
        try (ResultCache cache = ResultCache.open(cacheFile, CONFIG, warnings::add)) {
            cache.record("a.en.srt", ContentHash.of(bytes("a.en.srt")),
                    ResultCache.encode(result("a.en.srt"), List.of(new byte[] {1})));
            cache.commit();
            Files.createDirectories(report.getParent());
            Files.writeString(report, "{}");
            ReportStamp.remember(cache, SETTINGS, files("a.en.srt", "b.en.srt"), List.of(report));
        }
        assertThat(ReportStamp.fileOf(cacheFile)).doesNotExist();

        ResultCache disabled = ResultCache.disabled();
        assertThat(ReportStamp.upToDate(disabled, SETTINGS, files("a.en.srt"), List.of(report), 1)).isFalse();
        ReportStamp.remember(disabled, SETTINGS, files(), List.of(report));
        ReportStamp.forget(disabled);
        assertThat(dir.resolve("target/subtitle-qc")).isDirectoryNotContaining("glob:**.reports");
    }

    @Test
    void theSettingsNameEverythingTheWritersAreToldApartFromTheResults() {
        RunStart start = new RunStart("1.0", null, 2, List.of(), Severity.ERROR);
        ReportTarget target = new ReportTarget(dir.resolve("out"), "subtitle-qc", line -> { }, 10, "out/subtitle-qc.json");
        Gate gate = new Gate(true, Severity.ERROR, 0, 0);
        List<ReportFormat> formats = List.of(new JsonFormat());
        String settings = ReportStamp.settings(start, gate, target, formats);

        assertThat(ReportStamp.settings(start, gate, target, formats)).isEqualTo(settings);
        assertThat(List.of(
                ReportStamp.settings(new RunStart("1.1", null, 2, List.of(), Severity.ERROR), gate, target, formats),
                ReportStamp.settings(new RunStart("1.0", "module", 2, List.of(), Severity.ERROR), gate, target, formats),
                ReportStamp.settings(new RunStart("1.0", null, 2, List.of(), Severity.WARNING), gate, target, formats),
                ReportStamp.settings(start.withBaseline(new RunStart.BaselineFile("b.json", "mvn")), gate, target, formats),
                ReportStamp.settings(start, new Gate(true, Severity.ERROR, 3, 0), target, formats),
                ReportStamp.settings(start, new Gate(true, Severity.ERROR, 0, 50), target, formats),
                ReportStamp.settings(start, gate, new ReportTarget(dir.resolve("other"), "subtitle-qc", line -> { }, 10,
                        "out/subtitle-qc.json"), formats),
                ReportStamp.settings(start, gate, new ReportTarget(dir.resolve("out"), "subtitle-qc-second", line -> { },
                        10, "out/subtitle-qc.json"), formats),
                ReportStamp.settings(start, gate, target, List.of(new JsonFormat(), new SarifFormat()))))
                .doesNotContain(settings).doesNotHaveDuplicates();
        // a format from another jar or folder (here the tests'): its code is in the settings; core's are in the configuration's key
        assertThat(ReportStamp.settings(start, gate, target, List.of(new JsonFormat(), new ElsewhereFormat())))
                .containsPattern("format elsewhere subtitle-qc.elsewhere code [0-9a-f]{64}\n")
                .contains("format json subtitle-qc.json\n");
        assertThat(ReportStamp.reportFiles(List.of(new ConsoleFormat(), new JsonFormat(), new SarifFormat()), target))
                .containsExactly(dir.resolve("out/subtitle-qc.json").toAbsolutePath(),
                        dir.resolve("out/subtitle-qc.sarif").toAbsolutePath());
    }

    /** A report format that is not in subtitle-qc-core. */
    private static final class ElsewhereFormat implements ReportFormat {
        @Override
        public String id() {
            return "elsewhere";
        }

        @Override
        public String description() {
            return "a format of another jar";
        }

        @Override
        public java.util.Optional<String> fileName(String baseName) {
            return java.util.Optional.of(baseName + ".elsewhere");
        }

        @Override
        public ReportWriter open(ReportTarget target) {
            throw new UnsupportedOperationException("not written in this test");
        }
    }
}
