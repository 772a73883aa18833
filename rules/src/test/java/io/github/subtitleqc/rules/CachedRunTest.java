package io.github.subtitleqc.rules;

import io.github.subtitleqc.core.cache.ContentHash;
import io.github.subtitleqc.core.cache.ResultCache;
import io.github.subtitleqc.core.engine.Engine;
import io.github.subtitleqc.core.engine.EngineConfig;
import io.github.subtitleqc.core.engine.FileResult;
import io.github.subtitleqc.core.engine.ProgressListener;
import io.github.subtitleqc.core.engine.ResultSink;
import io.github.subtitleqc.core.engine.SourceFile;
import io.github.subtitleqc.core.model.Finding;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A run with the result cache gives exactly what a run without it gives: every file's result and
 * the cross-file findings, whether files come from the cache, were changed, or the cache was damaged.
 */
class CachedRunTest {

    private static final Path SEED = Path.of("../seeds/src/main/subtitles/big-tech-llm-anecdotes.zh-Hans.srt");

    @TempDir
    Path dir;
    private Path cacheFile;
    private List<SourceFile> files;
    private final List<String> warnings = new ArrayList<>();

    /** What a run handed its sink. */
    private record Run(List<FileResult> files, List<Finding> crossFile, int hits) {
    }

    @BeforeEach
    void copyFiles() throws IOException {
        cacheFile = dir.resolve("target/subtitle-qc/cache.bin");
        files = new ArrayList<>();
        files.add(copy(SEED, "seed.zh-Hans.srt"));
        Path real = RealCorpusTermsTest.REAL;
        try (var all = Files.walk(real)) {
            for (Path p : all.filter(p -> p.toString().endsWith(".vtt")).sorted().limit(12).toList()) {
                files.add(copy(p, "real/" + real.relativize(p).toString().replace('\\', '/')));
            }
        }
        // two episodes that spell one name two ways: a cross-file finding
        files.add(write("ep1.en.srt", "1\n00:00:01,000 --> 00:00:03,000\nDeepSeek released a model.\n\n"
                + "2\n00:00:04,000 --> 00:00:06,000\nDeepSeek again.\n"));
        files.add(write("ep2.en.srt", "1\n00:00:01,000 --> 00:00:03,000\nThen Deepseek said so.\n"));
    }

    private SourceFile copy(Path from, String name) throws IOException {
        Path to = dir.resolve("subs").resolve(name);
        Files.createDirectories(to.getParent());
        Files.copy(from, to);
        return new SourceFile(to, name);
    }

    private SourceFile write(String name, String text) throws IOException {
        Path to = dir.resolve("subs").resolve(name);
        Files.createDirectories(to.getParent());
        Files.writeString(to, text, StandardCharsets.UTF_8);
        return new SourceFile(to, name);
    }

    private Run run(boolean cached) throws IOException {
        return run(cached, cache -> { });
    }

    /** A run; {@code before} is given the cache before the engine runs. */
    private Run run(boolean cached, java.util.function.Consumer<ResultCache> before) throws IOException {
        Engine engine = Engine.withDiscoveredRules(EngineConfig.defaults().withThreads(2)
                .withGlossaries(List.of(Path.of("../seeds/glossary.csv"))), getClass().getClassLoader());
        List<FileResult> results = new ArrayList<>();
        List<Finding> crossFile = new ArrayList<>();
        try (ResultCache cache = cached ? engine.openCache(cacheFile, warnings::add) : ResultCache.disabled()) {
            before.accept(cache);
            engine.run(files, ProgressListener.NONE, new ResultSink() {
                @Override
                public void file(FileResult result) {
                    results.add(result);
                }

                @Override
                public void crossFile(List<Finding> findings) {
                    crossFile.addAll(findings);
                }
            }, cache);
            return new Run(results, crossFile, cache.hits());
        }
    }

    @Test
    void aReRunTakesEveryFileFromTheCacheAndReportsExactlyWhatAColdRunDoes() throws IOException {
        Run cold = run(false);
        Run first = run(true);
        Run second = run(true);
        Run third = run(true); // on the cache the re-run wrote from the entries it read

        assertThat(cold.crossFile()).extracting(Finding::file, Finding::ruleId)
                .contains(org.assertj.core.groups.Tuple.tuple("ep2.en.srt", "term-consistency"));
        assertThat(first.hits()).isZero();
        assertThat(second.hits()).isEqualTo(files.size());
        assertThat(first.files()).isEqualTo(cold.files());
        assertThat(second.files()).isEqualTo(cold.files());
        assertThat(second.crossFile()).isEqualTo(cold.crossFile());
        assertThat(third.hits()).isEqualTo(files.size());
        assertThat(third.files()).isEqualTo(cold.files());
        assertThat(third.crossFile()).isEqualTo(cold.crossFile());
        assertThat(warnings).isEmpty();
        assertThat(cacheFile).isRegularFile();
    }

    @Test
    void aFileWhoseHashTheCacheWasToldIsTakenFromItWithoutBeingReadAgain() throws IOException {
        Run cold = run(false);
        run(true);
        Path ep2 = files.get(files.size() - 1).path();
        byte[] content = Files.readAllBytes(ep2);
        Files.delete(ep2); // read now, it would be a parse-error finding

        Run told = run(true, cache -> cache.know("ep2.en.srt", ContentHash.of(content)));

        assertThat(told.hits()).isEqualTo(files.size());
        assertThat(told.files()).isEqualTo(cold.files());
        assertThat(told.crossFile()).isEqualTo(cold.crossFile());

        // an edited file's hash, told before the run, is a miss: the file is read and checked
        String edited = "1\n00:00:01,000 --> 00:00:03,000\nThen DeepSeek said so.\n";
        Files.writeString(ep2, edited);
        Run stale = run(true, cache -> cache.know("ep2.en.srt",
                ContentHash.of(edited.getBytes(StandardCharsets.UTF_8))));
        Run coldAfter = run(false);
        assertThat(stale.hits()).isEqualTo(files.size() - 1);
        assertThat(stale.files()).isEqualTo(coldAfter.files());
        assertThat(stale.crossFile()).isEqualTo(coldAfter.crossFile());
        assertThat(warnings).isEmpty();
    }

    @Test
    void aChangedFileIsCheckedAgainAndTheCrossFileFindingsFollowIt() throws IOException {
        run(true);
        // the second episode now agrees with the first: the term finding goes away
        Files.writeString(files.get(files.size() - 1).path(), "1\n00:00:01,000 --> 00:00:03,000\nThen DeepSeek said so.\n");

        Run after = run(true);
        Run cold = run(false);

        assertThat(after.hits()).isEqualTo(files.size() - 1);
        assertThat(after.files()).isEqualTo(cold.files());
        assertThat(after.crossFile()).isEqualTo(cold.crossFile());
        assertThat(after.crossFile()).extracting(Finding::file).doesNotContain("ep2.en.srt");
    }

    @Test
    void aDamagedCacheIsIgnoredWithAWarningAndRebuilt() throws IOException {
        Run cold = run(false);
        run(true);
        byte[] bytes = Files.readAllBytes(cacheFile);
        Files.write(cacheFile, java.util.Arrays.copyOf(bytes, bytes.length / 2));

        Run damaged = run(true);
        Run rebuilt = run(true);

        assertThat(warnings).hasSize(1);
        assertThat(warnings.get(0)).contains(cacheFile.toString());
        assertThat(damaged.files()).isEqualTo(cold.files());
        assertThat(damaged.crossFile()).isEqualTo(cold.crossFile());
        assertThat(rebuilt.hits()).isEqualTo(files.size());
        assertThat(rebuilt.files()).isEqualTo(cold.files());
    }

    @Test
    void anotherConfigurationDoesNotUseTheCache() throws IOException {
        run(true);
        Engine other = Engine.withDiscoveredRules(EngineConfig.defaults().withProfile("netflix-en"),
                getClass().getClassLoader());
        try (ResultCache cache = other.openCache(cacheFile, warnings::add)) {
            assertThat(cache.isEnabled()).isTrue();
            other.run(files, ProgressListener.NONE, new ResultSink() {
                @Override
                public void file(FileResult result) {
                }

                @Override
                public void crossFile(List<Finding> findings) {
                }
            }, cache);
            assertThat(cache.hits()).isZero();
        }
    }
}
