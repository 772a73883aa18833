package io.github.subtitleqc.seeds;

import io.github.subtitleqc.core.engine.Engine;
import io.github.subtitleqc.core.engine.EngineConfig;
import io.github.subtitleqc.core.engine.FileResult;
import io.github.subtitleqc.core.engine.RuleRegistry;
import io.github.subtitleqc.core.model.SubtitleDocument;
import io.github.subtitleqc.core.read.SrtReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The seeds module's three copies of the seed: the SRT as transcribed, and the TTML and ASS that
 * {@link SeedConversion} wrote from it. The committed files are what it writes
 * ({@code -Dsubtitleqc.writeSeeds=true} rewrites them), and the engine finds the same timing
 * problems in all three, at the same cues.
 */
class SeedFormatsTest {

    private static final Path SUBTITLES = Path.of("../seeds/src/main/subtitles");
    private static final String NAME = "big-tech-llm-anecdotes.zh-Hans";
    private static final Set<String> TIMING = Set.of("overlap", "min-gap", "min-duration", "max-duration", "invalid-timing");

    private static SubtitleDocument seed;

    @BeforeAll
    static void readSeed() throws IOException {
        seed = new SrtReader().read(Files.readString(SUBTITLES.resolve(NAME + ".srt"), StandardCharsets.UTF_8), issue -> {
            throw new AssertionError("the seed reads without findings: " + issue);
        });
        assertThat(seed.cues()).hasSize(558);
    }

    @Test
    void theCommittedConversionsAreWhatTheUtilityWrites() throws IOException {
        assertCommitted(NAME + ".ttml", SeedConversion.toTtml(seed, "zh-Hans"));
        assertCommitted(NAME + ".ass", SeedConversion.toAss(seed, "Big tech LLM anecdotes (zh-Hans)"));
    }

    private static void assertCommitted(String fileName, String written) throws IOException {
        Path file = SUBTITLES.resolve(fileName);
        if (Boolean.getBoolean("subtitleqc.writeSeeds")) {
            Files.writeString(file, written, StandardCharsets.UTF_8);
        }
        assertThat(file).as("run with -Dsubtitleqc.writeSeeds=true to write it").exists();
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).as(fileName).isEqualTo(written);
    }

    @Test
    void theThreeFormatsGiveTheSameTimingFindings() throws IOException {
        Engine engine = new Engine(EngineConfig.defaults().withThreads(1),
                RuleRegistry.discover(getClass().getClassLoader()));
        FileResult srt = check(engine, ".srt");
        FileResult ttml = check(engine, ".ttml");
        FileResult ass = check(engine, ".ass");
        assertThat(List.of(srt.format(), ttml.format(), ass.format())).containsExactly("srt", "ttml", "ass");
        assertThat(List.of(srt.cues(), ttml.cues(), ass.cues())).containsExactly(558, 558, 558);
        assertThat(List.of(srt.profile(), ttml.profile(), ass.profile()))
                .containsOnly("netflix-zh-hans");
        List<String> srtTiming = timing(srt);
        assertThat(srtTiming).hasSizeGreaterThan(500);
        // TTML keeps the milliseconds: the same findings, word for word
        assertThat(timing(ttml)).isEqualTo(srtTiming);
        assertThat(all(ttml)).isEqualTo(all(srt));
        // ASS keeps centiseconds: every finding of the SRT at the same cue, and seven more where a
        // time rounded to 10 ms takes a cue of 833-839 ms below 5/6 s, or a 2-frame gap below 2 frames
        List<String> assTiming = ruleAndCue(ass);
        assertThat(assTiming).containsAll(ruleAndCue(srt));
        List<String> more = new java.util.ArrayList<>(assTiming);
        ruleAndCue(srt).forEach(more::remove);
        assertThat(more).containsExactlyInAnyOrder("min-duration cue 42", "min-duration cue 202", "min-duration cue 260",
                "min-duration cue 428", "min-duration cue 472", "min-duration cue 523", "min-gap cue 468");
        for (int cue : new int[] {42, 202, 260, 428, 472, 523}) {
            long srtDuration = seed.cues().get(cue - 1).durationMs();
            assertThat(srtDuration).as("cue %d in the SRT", cue).isBetween(833L, 839L);
        }
    }

    private static FileResult check(Engine engine, String extension) throws IOException {
        Path file = SUBTITLES.resolve(NAME + extension);
        return engine.check("src/main/subtitles/" + NAME + extension, Files.readAllBytes(file));
    }

    private static List<String> timing(FileResult result) {
        return result.findings().stream().filter(f -> TIMING.contains(f.ruleId()))
                .map(f -> f.ruleId() + " cue " + f.cue() + ": " + f.message() + " (" + f.value() + ")").toList();
    }

    private static List<String> all(FileResult result) {
        return result.findings().stream()
                .map(f -> f.ruleId() + " cue " + f.cue() + " " + f.severity() + ": " + f.message()).sorted().toList();
    }

    private static List<String> ruleAndCue(FileResult result) {
        return result.findings().stream().filter(f -> TIMING.contains(f.ruleId()))
                .map(f -> f.ruleId() + " cue " + f.cue()).toList();
    }
}
