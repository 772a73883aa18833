package io.github.subtitleqc.rules;

import io.github.subtitleqc.core.cache.CachedFile;
import io.github.subtitleqc.core.cache.ConfigFingerprint;
import io.github.subtitleqc.core.cache.ContentHash;
import io.github.subtitleqc.core.cache.ResultCache;
import io.github.subtitleqc.core.cache.ResultCodec;
import io.github.subtitleqc.core.engine.CueDetails;
import io.github.subtitleqc.core.engine.Engine;
import io.github.subtitleqc.core.engine.EngineConfig;
import io.github.subtitleqc.core.engine.FileResult;
import io.github.subtitleqc.core.engine.ProgressListener;
import io.github.subtitleqc.core.engine.Report;
import io.github.subtitleqc.core.engine.RuleRegistry;
import io.github.subtitleqc.core.engine.SourceFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Real results — the built-in rules over the seed and the real WebVTT corpus, with cue details —
 * read back from {@link ResultCodec} and from a {@link ResultCache} exactly as they were.
 */
class CachedResultsTest {

    private static final Path SEED = Path.of("../seeds/src/main/subtitles/big-tech-llm-anecdotes.zh-Hans.srt");

    @TempDir
    Path dir;

    private static String dump(FileResult r) {
        StringBuilder s = new StringBuilder(new FileResult(r.path(), r.format(), r.language(), r.profile(),
                r.profileReason(), r.encoding(), r.cues(), r.findings(), r.score(), null, r.setup()).toString());
        s.append("\ncosts in order: ").append(r.score().costs().entrySet());
        CueDetails d = r.cueDetails();
        if (d != null) {
            s.append("\ncue details: ").append(d.size()).append(" cues, limit ").append(d.cpsLimit());
            for (int i = 0; i < d.size(); i++) {
                s.append('\n').append(d.startMs(i)).append(' ').append(d.endMs(i)).append(' ').append(d.cps(i))
                        .append(' ').append(d.text(i));
            }
        }
        return s.toString();
    }

    private static List<SourceFile> files() throws IOException {
        List<SourceFile> files = new ArrayList<>();
        files.add(new SourceFile(SEED, "seeds/" + SEED.getFileName()));
        Path real = RealCorpusTermsTest.REAL;
        try (var all = Files.walk(real)) {
            all.filter(p -> p.toString().endsWith(".vtt")).sorted()
                    .forEach(p -> files.add(new SourceFile(p, "real/" + real.relativize(p).toString().replace('\\', '/'))));
        }
        return files;
    }

    private static Report check(List<SourceFile> files) {
        EngineConfig config = EngineConfig.defaults().withThreads(2).withCueDetails(true)
                .withGlossaries(List.of(Path.of("../seeds/glossary.csv")));
        return Engine.withDiscoveredRules(config, CachedResultsTest.class.getClassLoader()).check(files,
                ProgressListener.NONE);
    }

    @Test
    void theEnginesResultsOnTheSeedReadBackExactly() throws IOException {
        Report report = check(files());
        FileResult seed = report.files().get(0);
        assertThat(seed.findings()).hasSizeGreaterThan(100);
        assertThat(seed.cueDetails().size()).isEqualTo(seed.cues());

        for (FileResult r : report.files()) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (DataOutputStream out = new DataOutputStream(bytes)) {
                ResultCodec.write(r, out);
            }
            FileResult back = ResultCodec.read(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())));
            assertThat(dump(back)).as(r.path()).isEqualTo(dump(r));
            assertThat(back.findings()).as(r.path()).isEqualTo(r.findings());
        }
    }

    @Test
    void theEnginesResultsReadBackFromTheCacheFile() throws IOException {
        List<SourceFile> files = files();
        Report report = check(files);
        ConfigFingerprint fingerprint = ConfigFingerprint.of(EngineConfig.defaults(),
                RuleRegistry.discover(getClass().getClassLoader()),
                RuleRegistry.discoverProjectRules(getClass().getClassLoader()));
        Path file = dir.resolve("subtitle-qc/cache.bin");
        List<String> warnings = new ArrayList<>();
        try (ResultCache cache = ResultCache.open(file, fingerprint, warnings::add)) {
            for (int i = 0; i < files.size(); i++) {
                cache.record(files.get(i).displayPath(), ContentHash.of(Files.readAllBytes(files.get(i).path())),
                        report.files().get(i), List.of(new byte[] {(byte) i}));
            }
            cache.commit();
        }

        try (ResultCache cache = ResultCache.open(file, fingerprint, warnings::add)) {
            assertThat(cache.size()).isEqualTo(files.size());
            for (int i = 0; i < files.size(); i++) {
                CachedFile hit = cache.lookup(files.get(i).displayPath(),
                        ContentHash.of(Files.readAllBytes(files.get(i).path())));
                assertThat(dump(hit.result())).as(files.get(i).displayPath()).isEqualTo(dump(report.files().get(i)));
                assertThat(hit.summaries()).singleElement().isEqualTo(new byte[] {(byte) i});
            }
        }
        assertThat(warnings).isEmpty();
        if (Boolean.getBoolean("printTerms")) {
            System.out.printf("%d files, %d findings, %d cues: cache file %d bytes%n", files.size(),
                    report.findings().count(), report.cues(), Files.size(file));
        }
    }
}
